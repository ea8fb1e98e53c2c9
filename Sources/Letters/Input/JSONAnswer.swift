/// คำตอบ JSON ของโมเดล — an LLM-based OCR asked for structure that answered with the letter as a
/// JSON object, one key a line as models print it (`"เรื่อง": "การเฝ้าระวัง…",`, `"subject":
/// "เรื่อง …"`, `"เนื้อหา": [` then a paragraph a line): the lines as the letter prints them, each
/// with its source line's number. A key that names a label of the letter (`ที่`, `เรื่อง`,
/// `เรียน`, `อ้างถึง`, `สิ่งที่ส่งมาด้วย`, `โทร`, in Thai or English) prints the label before its
/// value; any other key is the model's and only its value stays (`"ชื่อ": "(นายวิชัย ปัญญาดี)"`);
/// a value with no Thai (`"language": "th"`, a note in English) is dropped unless it is an
/// address to reach (`www.…`, an e-mail); a body's paragraphs stand apart by a blank line; an
/// escaped line break (`\n`) breaks the line. Braces, brackets and the keys of nested objects
/// leave blank lines.
enum JSONAnswer {
  /// Keys whose value the letter prints after a label, with that label.
  static let labelled: [String: String] = [
    "ที่": "ที่", "เลขที่": "ที่", "เลขที่หนังสือ": "ที่", "number": "ที่", "no": "ที่", "letter_number": "ที่",
    "document_number": "ที่", "เรื่อง": "เรื่อง", "subject": "เรื่อง", "เรียน": "เรียน", "to": "เรียน",
    "addressee": "เรียน", "อ้างถึง": "อ้างถึง", "references": "อ้างถึง", "reference": "อ้างถึง",
    "สิ่งที่ส่งมาด้วย": "สิ่งที่ส่งมาด้วย", "enclosures": "สิ่งที่ส่งมาด้วย", "enclosure": "สิ่งที่ส่งมาด้วย",
    "attachments": "สิ่งที่ส่งมาด้วย", "โทร": "โทร.", "โทรศัพท์": "โทร.", "phone": "โทร.", "tel": "โทร.",
    "telephone": "โทร.", "โทรสาร": "โทรสาร", "fax": "โทรสาร", "อีเมล": "ไปรษณีย์อิเล็กทรอนิกส์",
    "email": "ไปรษณีย์อิเล็กทรอนิกส์", "e-mail": "ไปรษณีย์อิเล็กทรอนิกส์",
    "ไปรษณีย์อิเล็กทรอนิกส์": "ไปรษณีย์อิเล็กทรอนิกส์", "ผู้ประสานงาน": "ผู้ประสานงาน", "coordinator": "ผู้ประสานงาน",
  ]

  /// Keys whose array is the body: each element a paragraph.
  static let bodies: Set<String> = ["เนื้อหา", "เนื้อความ", "ข้อความ", "content", "body", "paragraphs"]

  /// The lines with a JSON answer in them read as the letter's; the lines as they are when none.
  static func lines(_ source: [SourceLine]) -> [SourceLine] {
    // Most files hold none: a line that opens with `{` is looked for first.
    guard source.contains(where: { firstByte($0.text) == 0x7B }) else { return source }
    // Every answer in the file (a file may hold several letters, and a chunk of it some).
    var out: [SourceLine] = []
    var from = 0
    while let open = source[from...].firstIndex(where: { firstByte($0.text) == 0x7B }) {
      guard let close = answerEnd(source, from: open) else {
        out += source[from...open]
        from = open + 1
        continue
      }
      out += source[from..<open]
      out += read(source, open...close)
      from = close + 1
    }
    out += source[from...]
    return out
  }

  /// The line that closes the object opened at `open`, when it is an answer (keys and values a
  /// line, in quotes); nil otherwise.
  static func answerEnd(_ source: [SourceLine], from open: Int) -> Int? {
    var depth = 0
    var end: Int?
    for k in open..<min(source.count, open + 2_000) {
      depth += braceBalance(source[k].text)
      if depth <= 0 {
        end = k
        break
      }
    }
    guard let close = end, close > open + 2,
      source[open...close].contains(where: { firstByte($0.text) == 0x22 && $0.text.utf8Range(of: "\":") != nil })
    else { return nil }
    return close
  }

  /// The lines of one answer, `open` its first, `close` its last.
  static func read(_ source: [SourceLine], _ range: ClosedRange<Int>) -> [SourceLine] {
    let (open, close) = (range.lowerBound, range.upperBound)
    var out: [SourceLine] = []
    var inBody = false
    var labelPending: String?
    for k in open...close {
      let number = source[k].number
      let (key, value, opens) = parse(source[k].text)
      if let opens {
        // `"key": [` or `"key": {`: a label for the array's first element, or a body.
        out.append(SourceLine(number: number, text: ""))
        if opens == 0x5B, let key {
          inBody = bodies.contains(key.lowercased())
          labelPending = labelled[key.lowercased()]
        }
        continue
      }
      guard let value else {
        // A brace or bracket alone: the end of an array or object.
        if firstByte(source[k].text) == 0x5D {
          inBody = false
          labelPending = nil
        }
        out.append(SourceLine(number: number, text: ""))
        continue
      }
      var label = key.flatMap { labelled[$0.lowercased()] }
      if key == nil, let pending = labelPending {
        label = pending
        labelPending = nil
      }
      guard keeps(value, label: label) else {
        out.append(SourceLine(number: number, text: ""))
        continue
      }
      if inBody { out.append(SourceLine(number: number, text: "")) }
      let pieces = value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      for (n, piece) in pieces.enumerated() {
        // (A value that prints its label already, `"subject": "เรื่อง …"`, keeps it once.)
        if n == 0, let label, !piece.hasUTF8Prefix(label) {
          out.append(SourceLine(number: number, text: label + " " + piece))
        } else {
          out.append(SourceLine(number: number, text: piece))
        }
      }
    }
    return out
  }

  /// Whether a value is the letter's: Thai in it, or an address to reach; a label's contact
  /// value (a phone in Arabic digits) too.
  static func keeps(_ value: String, label: String?) -> Bool {
    if value.utf8.contains(0xE0) { return true }
    if let label, label != "ที่", label != "เรื่อง", label != "เรียน" { return value.utf8.contains { (0x30...0x39).contains($0) || $0 == 0x40 } }
    return value.utf8Range(of: "www.") != nil || value.utf8Range(of: "http") != nil || value.utf8.contains(0x40)
  }

  static func firstByte(_ text: String) -> UInt8? { text.utf8.first { $0 != 0x20 && $0 != 0x09 } }

  /// `{` and `[` less `}` and `]` outside strings.
  static func braceBalance(_ text: String) -> Int {
    var balance = 0
    var inString = false
    var escaped = false
    for b in text.utf8 {
      if inString {
        if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
        continue
      }
      switch b {
      case 0x22: inString = true
      case 0x7B, 0x5B: balance += 1
      case 0x7D, 0x5D: balance -= 1
      default: break
      }
    }
    return balance
  }

  /// A line of a pretty-printed JSON object: its key, its string value (unescaped), or the
  /// bracket its value opens (`[` or `{`).
  static func parse(_ text: String) -> (key: String?, value: String?, opens: UInt8?) {
    let bytes = Array(text.utf8)
    var i = 0
    func skipSpace() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 } }
    func string() -> String? {
      guard i < bytes.count, bytes[i] == 0x22 else { return nil }
      i += 1
      var out: [UInt8] = []
      while i < bytes.count, bytes[i] != 0x22 {
        if bytes[i] == 0x5C, i + 1 < bytes.count {
          i += 1
          switch bytes[i] {
          case 0x6E: out.append(0x0A)  // \n
          case 0x74: out.append(0x09)  // \t
          case 0x72: break  // \r
          case 0x75 where i + 4 < bytes.count:  // \uXXXX
            if let v = UInt32(String(decoding: bytes[(i + 1)...(i + 4)], as: UTF8.self), radix: 16), let scalar = Unicode.Scalar(v) {
              out += Array(String(scalar).utf8)
            }
            i += 4
          default: out.append(bytes[i])  // \" \\ \/
          }
        } else {
          out.append(bytes[i])
        }
        i += 1
      }
      guard i < bytes.count else { return nil }
      i += 1
      return String(decoding: out, as: UTF8.self)
    }
    skipSpace()
    guard let first = string() else { return (nil, nil, nil) }
    skipSpace()
    guard i < bytes.count, bytes[i] == 0x3A else { return (nil, first, nil) }  // an array's element
    i += 1
    skipSpace()
    guard i < bytes.count else { return (first, nil, nil) }
    if bytes[i] == 0x5B || bytes[i] == 0x7B {
      // `"key": ["…"]` on one line holds its elements: read as the value, joined.
      if bytes[i] == 0x5B, i + 1 < bytes.count, bytes[i + 1] == 0x22 {
        i += 1
        var parts: [String] = []
        while let part = string() {
          parts.append(part)
          skipSpace()
          if i < bytes.count, bytes[i] == 0x2C { i += 1 }
          skipSpace()
        }
        return (first, parts.joined(separator: "\n"), nil)
      }
      return (first, nil, bytes[i])
    }
    if let value = string() { return (first, value, nil) }
    return (first, nil, nil)
  }
}
