import ThaiText

/// ป้ายกำกับโดด — a header label that box-level OCR (PaddleOCR, EasyOCR, cloud OCR) set on a
/// line of its own, its value on the next: `ที่` then `ศธ ๐๔๓๔๒.๑๕/๑๘๗`, `วันที่` then
/// `๑๑ พฤศจิกายน ๒๕๖๘`. Such engines give one text box a line, and a memo form's label and
/// value are two boxes. The two lines are read as one, numbered where the label stands.
/// An order's `สั่ง ณ วันที่` counts as `วันที่`.
///
/// Only `ที่` and `วันที่` before what they label (a number, a date), and `ส่วนราชการ` before
/// a line that is no label: the other labels (`เรื่อง`, `เรียน`, `อ้างถึง`, …) are read on a
/// line of their own already.
enum LoneLabels {
  static func joined(_ lines: [Line]) -> [Line] {
    // Most files have none: nothing is copied unless a label stands alone.
    guard lines.indices.dropLast().contains(where: { isLoneLabel(lines[$0].scalars) != nil }) else { return lines }
    var out: [Line] = []
    out.reserveCapacity(lines.count)
    var k = 0
    while k < lines.count {
      if k + 1 < lines.count, let label = isLoneLabel(lines[k].scalars), labels(label, lines[k + 1].scalars) {
        // The closing's halves join as one word (`ขอแสดงความนับถือ`); a label and its value
        // with a space.
        let gap = label == .closing ? "" : " "
        out.append(Line(number: lines[k].number, raw: lines[k].text + gap + lines[k + 1].text))
        k += 2
      } else {
        out.append(lines[k])
        k += 1
      }
    }
    return out
  }

  /// `closing`: the closing's first half (`ขอแสดงความ`), its `นับถือ` on the next line — a
  /// narrow column or Tesseract broke the phrase.
  enum Label { case number, date, unit, closing }

  static let closingHalves = (Array("ขอแสดงความ".unicodeScalars), Array("นับถือ".unicodeScalars))

  /// `สั่ง ณ วันที่`, `ประกาศ ณ วันที่`: an order's or announcement's date label, read like
  /// วันที่.
  static let issuedOn: Keywords = ["สั่ง ณ วันที่", "ประกาศ ณ วันที่", "ให้ไว้ ณ วันที่"]

  /// The line is `ที่`, `วันที่` or `ส่วนราชการ` alone (a colon or dotted leader after it
  /// allowed).
  static func isLoneLabel(_ s: [Unicode.Scalar]) -> Label? {
    guard !s.isEmpty, s.count <= 24 else { return nil }
    // Each set tried in turn (an array of the sets, made for every short line, cost more than
    // the tries).
    if isAlone(Vocabulary.memoDate, s) || isAlone(issuedOn, s) { return .date }
    if isAlone(Vocabulary.number, s) { return .number }
    if isAlone(Vocabulary.memoUnit, s) { return .unit }
    if s.count == closingHalves.0.count, s.elementsEqual(closingHalves.0) { return .closing }
    return nil
  }

  /// The line is a keyword of `words` alone, a colon or dotted leader after it allowed.
  private static func isAlone(_ words: Keywords, _ s: [Unicode.Scalar]) -> Bool {
    guard let (_, end) = Vocabulary.field(words, in: s) else { return false }
    return Vocabulary.skipLeaders(s, end) == s.count
  }

  /// The next line begins with what the label names: a letter number, or a date.
  static func labels(_ label: Label, _ next: [Unicode.Scalar]) -> Bool {
    switch label {
    case .number:
      guard let (number, _) = LetterNumberReader.read(next, at: 0) else { return false }
      return LetterSegmenter.namesALetter(number)
    case .date:
      return ThaiDateParser.matches(in: next).first?.scalarRange.lowerBound == 0
    case .unit:
      return !next.isEmpty && Vocabulary.leading(Vocabulary.headerFields, in: next) == nil
    case .closing:
      return next.elementsEqual(closingHalves.1)
    }
  }
}
