import ThaiText

/// ตรารับหนังสือ — `เลขที่รับ 1861 วันที่ 14/05/67 เวลา …`.
enum ReceiptReader {
  /// A stamp printed over one or several lines (`รับที่ ๔๕๖` / `วันที่ ๒ ก.พ. ๖๗` /
  /// `เวลา ๑๓.๑๕ น.`).
  static func read(_ block: [Line]) -> Receipt {
    let s: [Unicode.Scalar] = block.flatMap { $0.scalars + [Unicode.Scalar(" ")] }
    var receipt = Receipt()
    for word in Vocabulary.receipt.scalars {
      guard let r = LooseMatch.find(word, in: s) else { continue }
      var i = LetterNumberReader.skipSpaces(s, r.upperBound)
      // `เลขรับที่......๔๑๒......`: the word's ที่, then the pen's leaders.
      if let end = LooseMatch.end(of: CitationReader.marker, in: s, at: i) { i = end }
      while i < s.count, s[i] == "." || s[i] == ":" || s[i] == "…" || s[i] == " " { i += 1 }
      i = LetterNumberReader.skipSpaces(s, i)
      var digits = ""
      while i < s.count, let d = ThaiDigits.value(of: s[i]) {
        digits.append(ThaiDigits.asciiCharacter(d))
        i += 1
      }
      if !digits.isEmpty { receipt.number = digits }
      break
    }
    if let match = ThaiDateParser.matches(in: s).first {
      receipt.date = DateValue(match)
    }
    if let r = LooseMatch.find(Self.timeWord, in: s) {
      receipt.time = time(s, after: r.upperBound)
    }
    return receipt
  }

  /// `เวลา`: the stamp's time field.
  static let timeWord = Array("เวลา".unicodeScalars)

  /// `๑๓.๑๕ น.` / `14:00` after เวลา, as printed; nil when the field was left blank (`เวลา.....`).
  static func time(_ s: [Unicode.Scalar], after start: Int) -> String? {
    var i = start
    while i < s.count, s[i] == " " || s[i] == "." || s[i] == ":" { i += 1 }
    let begin = i
    var digits = 0
    while i < s.count, ThaiDigits.isDigit(s[i]) { i += 1; digits += 1 }
    guard (1...2).contains(digits), i < s.count, s[i] == "." || s[i] == ":" else { return nil }
    i += 1
    var minutes = 0
    while i < s.count, ThaiDigits.isDigit(s[i]) { i += 1; minutes += 1 }
    guard minutes == 2 else { return nil }
    var end = i
    // น. (นาฬิกา) after the time
    var j = LetterNumberReader.skipSpaces(s, i)
    if j < s.count, s[j] == "น" {
      j += 1
      if j < s.count, s[j] == "." { j += 1 }
      end = j
    }
    return String(scalars: s[begin..<end])
  }
}
