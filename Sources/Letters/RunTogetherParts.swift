import ThaiText

/// ส่วนที่พิมพ์ติดกัน — parts of a letter that an OCR which lost the page's layout set on one
/// line: the signer's bracketed name and positions (`(นายวิชัย สุขเจริญรัตน์) รองอธิบดี ปฏิบัติ
/// ราชการแทน อธิบดี…`), the contact block (`กองคลัง โทร. … โทรสาร … ไปรษณีย์อิเล็กทรอนิกส์ …`),
/// a field's numbered items (`สิ่งที่ส่งมาด้วย ๑. … ๒. …`), a memo's office and its number
/// (`ส่วนราชการ … โทร. … ที่ … วันที่ …`), an announcement's title and subject, its date and its
/// signer (`ประกาศ ณ วันที่ … (นาย…) …`). Each is cut back
/// into the lines the page printed, every piece numbered as the source line. (`เรื่อง … เรียน …`
/// on one line the header reader cuts itself, knowing whether a เรียน line follows.)
enum RunTogetherParts {
  /// `lines`, with every run-together line cut into its parts.
  /// - Complexity: O(n) in the text; a line is looked at further only when its first letters
  ///   open one of the parts (a bracket, a field's label, a title's word) or hold a phone.
  static func split(_ lines: [Line]) -> [Line] {
    var atTop = true
    return split(lines, atTop: &atTop)
  }

  /// The same for a file read in chunks: `atTop` (whether the text so far has begun on its
  /// page: a title stands at a page's top) is carried from one chunk to the next, so that a
  /// chunk's first line is no page's top unless the page broke there.
  static func split(_ lines: [Line], atTop: inout Bool) -> [Line] {
    var out: [Line]?
    for (k, line) in lines.enumerated() {
      let top = atTop
      if line.isPageBreak {
        atTop = true
      } else if !line.isEmptyish, Vocabulary.marks(line.scalars) == nil {
        atTop = false
      }
      guard let pieces = pieces(of: line, atTop: top) else {
        out?.append(line)
        continue
      }
      if out == nil { out = Array(lines[..<k]) }
      out?.append(contentsOf: pieces.map { Line(number: line.number, raw: $0) })
    }
    return out ?? lines
  }

  /// The parts of `line`, or nil when it is one part.
  static func pieces(of line: Line, atTop: Bool) -> [String]? {
    let s = line.scalars
    guard s.count >= 12, let first = s.first else { return nil }
    let text = line.text
    switch first {
    case "(": return signature(s)
    case "ส":
      // (Loosely: `สิงทีส่งมาด้วย`, its marks lost.)
      if Vocabulary.leading(Vocabulary.enclosures, in: s) != nil { return items(text) }
      if text.hasUTF8Prefix("ส่วนราชการ") { return memoOffice(s) }
      if let parts = datedSignature(s) { return parts }
    case "อ": if Vocabulary.leading(Vocabulary.references, in: s) != nil { return items(text) }
    // A unit's name opens with one of these letters too (`คณะ…`): the contact test below.
    case "ป", "ค":
      if atTop, let parts = titleAndSubject(s, text) { return parts }
      if first == "ป", let parts = datedSignature(s) { return parts }
    case "ใ": if let parts = datedSignature(s) { return parts }
    // (At a page's top: further down, `ด่วนที่สุด ที่ …` goes on a citation of the line above.)
    case "ด", "ล": if atTop, let parts = markAndNumber(s) { return parts }
    default: break
    }
    // A byte search first: most lines give no phone.
    if text.utf8Range(of: " โทร") != nil,
      SignatureParser.startsUnit(s) || Vocabulary.leading(Vocabulary.officeWords, in: s) != nil
    {
      return contact(text)
    }
    return nil
  }

  /// A letter's mark and its number on one line (`ด่วนทีสุด   ที ขก ๐๐๓๒.๒๐๑.๓/๕๖๒๑   โรงพยาบาล…`,
  /// a photographed page's skew): the mark, then the number's line.
  static func markAndNumber(_ s: [Unicode.Scalar]) -> [String]? {
    guard let space = s.firstIndex(of: " "), Vocabulary.marks(Array(s[..<space])) != nil else { return nil }
    var at = space
    while at < s.count, s[at] == " " { at += 1 }
    let rest = Array(s[at...])
    guard LetterSegmenter.numberStart(rest) != nil else { return nil }
    return [String(scalars: s[..<space]), String(scalars: rest)]
  }

  /// An announcement's or an order's title with its subject (`ประกาศจังหวัดลำพูน เรื่อง ห้ามเผา…`):
  /// cut before `เรื่อง`. A citation of one in a body dates it (`… ลงวันที่ …`) and is left whole.
  static func titleAndSubject(_ s: [Unicode.Scalar], _ text: String) -> [String]? {
    guard let (_, end) = Vocabulary.leading(DatedAnnouncementCitation.titleWords, in: s),
      Vocabulary.leading(Vocabulary.officeWords, in: s, at: end) != nil,
      text.utf8Range(of: "ลงวันที่") == nil, text.utf8Range(of: "ลว.") == nil,
      ThaiDateParser.matches(in: s).isEmpty
    else { return nil }
    return cut(text, before: [" เรื่อง "], once: true)
  }

  /// `(name) position…`: the bracketed name, then the positions.
  static func signature(_ s: [Unicode.Scalar]) -> [String]? {
    // A person's name with its title (`(นาย…`, `(ว่าที่ร้อยตรี…`): `(แบบ ตรฒ) จำนวน ๑ ชุด` is none.
    guard let close = s.firstIndex(of: ")"), close <= 60, close + 2 < s.count,
      SignatureParser.isBracketedName(Array(s[...close])), SignatureParser.startsWithPersonTitle(Array(s[1..<close]))
    else { return nil }
    let rest = String(scalars: s[(close + 1)...]).trimmed
    guard let head = rest.unicodeScalars.first, ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset(head)) else {
      return nil
    }
    return [String(scalars: s[...close]), rest]
  }

  /// An announcement's or order's date line that goes on with its signer (`ประกาศ ณ วันที่ ๒
  /// กุมภาพันธ์ พ.ศ. ๒๕๖๙ (นายวรวิทย์ เกียรติพงศ์ธร) นายกเทศมนตรี…`): cut before the bracketed
  /// name, which is cut from its positions in turn.
  static func datedSignature(_ s: [Unicode.Scalar]) -> [String]? {
    guard let (_, end) = Vocabulary.leading(Vocabulary.issuedAt, in: s),
      let open = s[end...].firstIndex(of: "("), open > end, s[open - 1] == " ",
      let signer = signature(Array(s[open...]))
    else { return nil }
    return [String(scalars: s[..<open]).trimmed] + signer
  }

  /// A unit's line that goes on with its phone, fax, e-mail and coordinator: cut before each
  /// label (a coordinator's own phone stays with the coordinator).
  static func contact(_ text: String) -> [String]? {
    guard var pieces = cut(text, before: [" โทรศัพท์ ", " โทร. ", " โทร "], once: true), pieces.count == 2,
      // The unit's names before the phone, not a sentence that gives a number to call.
      pieces[0].unicodeScalars.count <= 100, !sentenceWords.contains(where: { pieces[0].utf8Range(of: $0) != nil })
    else {
      return nil
    }
    // A contact block has more than a phone: a memo's `ส่วนราชการ` line ends with its
    // unit's phone (`กลุ่มงาน… โทร. ๐ ๓๗๒๔ ๓๐๑๘`), the header's own.
    let last = pieces.removeLast()
    guard let parts = cut(last, before: Self.contactLabels) else { return nil }
    return pieces + parts
  }

  /// The labels after a phone that a contact block's line goes on with.
  static let contactLabels = [" โทรสาร ", " ไปรษณีย์อิเล็กทรอนิกส์ ", " อีเมล ", " E-mail ", " เว็บไซต์ ", " ผู้ประสานงาน "]

  /// Words of a sentence, which a unit's name has none of (`กรมฯ ขอให้ติดต่อ โทร. …`).
  static let sentenceWords = ["ขอให้", "ได้ที่", "ติดต่อ", "สอบถาม", "โปรด", "ซึ่ง", "เพื่อ"]

  /// A field's numbered items on its label's line: cut before each next number (` ๒. `, ` 2. `).
  static func items(_ text: String) -> [String]? {
    let s = text.scalarArray
    guard let label = Vocabulary.field(Vocabulary.listFields, in: s),
      let (n, _) = ItemReader.itemNumber(Array(s[LetterNumberReader.skipSpaces(s, label.1)...])), n == 1
    else { return nil }
    var pieces: [String] = []
    var rest = text
    var next = 2
    while true {
      let thai = " " + ThaiDigits.thai(String(next)) + ". "
      let arabic = " " + String(next) + ". "
      guard let r = rest.utf8Range(of: thai) ?? rest.utf8Range(of: arabic) else { break }
      pieces.append(String(rest[..<r.lowerBound]).trimmed)
      rest = String(rest[r.lowerBound...]).trimmed
      next += 1
    }
    guard !pieces.isEmpty else { return nil }
    return pieces + [rest]
  }

  /// A memo's `ส่วนราชการ …` line that goes on with its `ที่ <number>`: cut before it.
  static func memoOffice(_ s: [Unicode.Scalar]) -> [String]? {
    var i = 10
    while i + 5 < s.count {
      if s[i] == " ", s[i + 1] == "ท", s[i + 2] == "ี", s[i + 3] == "่", s[i + 4] == " ",
        LetterNumberReader.read(s, at: LetterNumberReader.skipSpaces(s, i + 5)) != nil
      {
        return [String(scalars: s[..<i]), String(scalars: s[(i + 1)...])]
      }
      i += 1
    }
    return nil
  }

  /// `text` cut before each of `markers` found (the marker's leading space dropped), or nil
  /// when none is there; `once` cuts at the first marker found only.
  static func cut(_ text: String, before markers: [String], once: Bool = false) -> [String]? {
    var pieces: [String] = []
    var rest = text
    while true {
      let hits = markers.compactMap { rest.utf8Range(of: $0) }.filter { $0.lowerBound > rest.startIndex }
      guard let first = hits.min(by: { $0.lowerBound < $1.lowerBound }) else { break }
      pieces.append(String(rest[..<first.lowerBound]).trimmed)
      rest = String(rest[first.lowerBound...]).trimmed
      if once { break }
    }
    guard !pieces.isEmpty else { return nil }
    return pieces + [rest]
  }
}
