import ThaiText

/// ป้ายหัวหนังสือ — the labels of a letter's header fields (เรื่อง, เรียน, อ้างถึง,
/// สิ่งที่ส่งมาด้วย) read through the damage real OCR does to a line's first characters.
///
/// Tesseract leaves debris before a label (`'เรียน`, `- สิ่งที่ส่งมาด้วย`, `“เรื่อง`), loses
/// the head of a long one (`งที่ส่งมาด้วย`, `สิงที ส่งมาด้วย` with a space inside), and sets
/// blank lines inside a field's text. A label found here is what ends the lines of the
/// field before it.
enum HeaderLabel {
  enum Field: Equatable { case subject, to, references, enclosures }

  /// Scalars Tesseract prints before a label where there is nothing: quotes, dashes,
  /// bullets, stray punctuation and spaces.
  static func isDebris(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case " ", "\t", "'", "\"", "`", "-", ".", ",", ":", ";", "|", "_", "~", "*",
      "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}", "\u{2022}":
      return true
    default: return false
    }
  }

  /// The line without the few debris scalars OCR put before its first word (at most 3;
  /// unchanged when none).
  static func withoutDebris(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var start = 0
    while start < s.count, start < 3, isDebris(s[start]) { start += 1 }
    return start == 0 ? s : Array(s[start...])
  }

  /// The tail that names an enclosure however its head was read: `ส่งมาด้วย`.
  static let enclosureTail = Array("ส่งมาด้วย".unicodeScalars)

  /// The header field a line begins, and where the label ends (an index into `s`). A label
  /// OCR broke with a space in its first few letters (`เรี ยน`, `เรื่ อง`) is read as whole.
  static func read(_ s: [Unicode.Scalar]) -> (Field, Int)? {
    if let found = readWhole(s) { return found }
    let rest = withoutDebris(s)
    let start = s.count - rest.count
    guard let first = rest.first, labelFirsts & Keywords.bit(first) != 0,
      let space = rest.prefix(6).firstIndex(of: " "), space >= 2, space + 1 < rest.count, rest[space + 1] != " "
    else { return nil }
    var joined = rest
    joined.remove(at: space)
    // The label must end past the space: the word before it alone is no label.
    guard let (field, end) = readWhole(joined), end > space else { return nil }
    return (field, end + 1 + start)
  }

  /// The first scalars of the labels (``Keywords/firstBits``): a line starting otherwise is
  /// no label broken by a space.
  static let labelFirsts =
    Vocabulary.subject.firstBits | Vocabulary.to.firstBits | Vocabulary.references.firstBits
    | Vocabulary.enclosures.firstBits

  private static func readWhole(_ s: [Unicode.Scalar]) -> (Field, Int)? {
    // At most a few scalars of debris: a line that starts with punctuation and goes on
    // with text is not a label.
    let rest = withoutDebris(s)
    let start = s.count - rest.count
    func shifted(_ found: (String, Int)?) -> Int? { found.map { $0.1 + start } }
    if let end = shifted(Vocabulary.field(Vocabulary.subject, in: rest)) { return (.subject, end) }
    if let end = shifted(Vocabulary.field(Vocabulary.to, in: rest)) { return (.to, end) }
    if let end = shifted(Vocabulary.field(Vocabulary.references, in: rest)) { return (.references, end) }
    // `ฮ้างถึง`: Tesseract reads อ as ฮ (the same glyph with a tail).
    if rest.first == "ฮ", let end = shifted(Vocabulary.field(Vocabulary.references, in: ["อ"] + rest.dropFirst())) {
      return (.references, end)
    }
    if let end = shifted(Vocabulary.field(Vocabulary.enclosures, in: rest)) { return (.enclosures, end) }
    // `อ้างถึง๑.`, `สิ่งที่ส่งมาด้วย1.`: the label glued to its first item's number.
    for (field, keywords) in [(Field.references, Vocabulary.references), (.enclosures, Vocabulary.enclosures)] {
      if let (_, end) = Vocabulary.leading(keywords, in: rest), ItemReader.itemNumber(Array(rest[end...])) != nil {
        return (field, end + start)
      }
    }
    // `งที่ส่งมาด้วย`, `สิงที ส่งมาด้วย`: the tail within the first few scalars, after Thai
    // letters only (the label's damaged head), and standing as a word.
    let head = min(rest.count, 8)
    for i in 1..<max(head, 1) where rest[i] == enclosureTail[0] {
      guard rest[..<i].allSatisfy({ $0 == " " || LetterNumberReader.thaiOffset($0) < 0x50 }),
        let end = LooseMatch.end(of: enclosureTail, in: rest, at: i)
      else { continue }
      // Then the end, a separator, or the first item's number glued on (`สิงทีส่งมาด้วย๑.`).
      if end == rest.count || isDebris(rest[end]) || ItemReader.itemNumber(Array(rest[end...])) != nil {
        return (.enclosures, end + start)
      }
    }
    return nil
  }

  /// A label OCR glued to its value (`เรืองขอความร่วมมือ…`, `เรียนนายอำเภอ…`,
  /// `อ้างถึงหนังสือ…`): the label followed straight by a Thai letter. Only for a field the
  /// header still expects — in a body `เรื่องนี้…` and `เรียนรู้…` begin sentences.
  static func readGlued(_ s: [Unicode.Scalar], expecting fields: [Field]) -> (Field, Int)? {
    let rest = withoutDebris(s)
    let start = s.count - rest.count
    for field in fields {
      let keywords: Keywords
      switch field {
      case .subject: keywords = Vocabulary.subject
      case .to: keywords = Vocabulary.to
      case .references: keywords = Vocabulary.references
      case .enclosures: keywords = Vocabulary.enclosures
      }
      if let (_, end) = Vocabulary.leading(keywords, in: rest), end < rest.count,
        LetterNumberReader.thaiOffset(rest[end]) < 0x50, rest.count - end >= 4
      {
        return (field, end + start)
      }
    }
    return nil
  }

  /// `เรียนผู้ว่าราชการ…`: the addressee's label glued to its value — not `เรียนรู้` (to learn),
  /// which goes on a sentence.
  static func gluedAddressee(_ s: [Unicode.Scalar]) -> Bool {
    guard let (field, end) = readGlued(s, expecting: [.to]), field == .to else { return false }
    let learn = Array("รู้".unicodeScalars)
    return !(s.count >= end + learn.count && Array(s[end..<(end + learn.count)]) == learn)
  }

  /// The non-blank lines after `last` that run up to a label of one of `fields`, when that
  /// label comes within `maxLines` lines and nothing else that starts a field stands between:
  /// the rest of a field whose lines OCR set apart with blank lines.
  static func linesBefore(
    _ fields: [Field], _ lines: [Line], after last: Int, limit: Int, maxLines: Int
  ) -> [Int] {
    var taken: [Int] = []
    var k = last + 1
    while k < limit {
      let line = lines[k]
      if line.isEmptyish || line.furniture != nil {
        k += 1
        continue
      }
      if let (field, _) = read(line.scalars) { return fields.contains(field) ? taken : [] }
      if taken.count == maxLines || FieldText.startsField(line) || LetterSegmenter.isNumberLine(line) { return [] }
      taken.append(k)
      k += 1
    }
    return []
  }
}
