import Foundation
import Letters
import Testing

/// Whatever the bytes, the parser returns a record whose line spans lie inside the file,
/// whose segments count up from 0, and whose JSON parses — it never crashes.
@Suite struct ParserPropertyTests {
  /// Pieces real letters are made of, shuffled into nonsense by a seeded generator.
  static let pieces = [
    "ที่ ", "ที ", "มท ", "๐๘๑๒", "/ว ", "๑๕๖๕", "/", "๖๖", "เรื่อง ", "เรียน ", "ถึง ", "อ้างถึง ",
    "สิ่งที่ส่งมาด้วย ", "๑. ", "จำนวน ๑ ชุด", "หนังสือ", "ลงวันที่ ", "๙ กรกฎาคม ๒๕๖๔", "๓๑ เมษายน ๒๕๖๗",
    "วันจันทร์ที่ ", "ขอแสดงความนับถือ", "(นายสมชาย ใจดี)", "ปฏิบัติราชการแทน", "โทร. ", "๐ ๒๒๔๑ ๙๐๐๐",
    " ต่อ ", "โทรสาร ", "บันทึกข้อความ", "ส่วนราชการ", ".....", "คำสั่ง", "ประกาศ", "ด่วนที่สุด", "ลับ",
    "เลขที่รับ ", "14/05/67", "- ๒ -", "/ต่อ...", "# ", "**", "<table><tr><td>", "</td></tr>",
    "<!-- PAGE BREAK -->", "\u{0C}", "\n", "\n", "\n\n", "\t", " ", "ํา", "เเ", "\u{200B}", "(", ")",
    "e-mail: a@b.go.th", "www.x.go.th", "ก", "ข", "๕๒๐", "๒๕๒๐๕", "0", "9", "\r\n",
  ]

  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return state >> 33
    }
  }

  @Test(arguments: 0..<300)
  func arbitraryLetterLikeTextGivesAConsistentRecord(_ seed: Int) throws {
    var generator = Generator(state: UInt64(seed) &* 2654435761 &+ 1)
    let count = Int(generator.next() % 400)
    var text = ""
    for _ in 0..<count { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
    try check(Array(text.utf8))
  }

  /// Found by the CI step that validates parse output of random files against the schema:
  /// markup stripped inside a line left two spaces, a URL ran on into the Thai glued to it, a
  /// ส่วนราชการ line of dots gave an issuer named "", `ที ๕/ว` a number without a serial, a
  /// page of junk a signature name with spaces around it, an enclosure line of จำนวน only an
  /// item with no title, `๐.` an item numbered 0, `่**ู` marks out of NFC order once the
  /// markup between them was gone. And one found by libFuzzer (scripts/fuzz.sh): an enclosure
  /// item "numbered" with forty digits overflowed Int and crashed.
  @Test(arguments: [
    "๕๒๐ **  ด่วนที่สุด", "เรื่อง **ทดสอบ**  ระบบ", "ก # ข", "ข้อความ **\t** ต่อ", "90<!-- PAGE BREAK -->ข\n\n\n****\nด่วนที่สุด",
    "ขอแสดงความนับถือ\n\n(นายสมชาย ใจดี)\nอธิบดี\n\nโทร. ๐ ๒๒๔๑ ๙๐๐๐\nwww.x.go.thปฏิบัติราชการแทน ก ข\nเว็บไซต์ www.dla.go.th และ www.moi.go.th\n",
    "สิ่งที่ส่งมาด้วย " + String(repeating: "๙", count: 40) + ". สำเนา", "ห\u{0C}่**ู", "สิงทีสงมาดวย จำนวน.\nเรือง", "สิงทีสงมาดวย\n0..<table>เรียน", "ที ๕/ว", "h\u{0C}สร()<table>", "สวนราชการ<t><tr>ถึง", "บันทึกข้อความ\nส่วนราชการ ..........\nที่ มท ๐๘๑๒/๑ วันที่ ๙ กรกฎาคม ๒๕๖๔\nเรื่อง ทดสอบ\nเรียน อธิบดี\n",
    "ข\n****\nค", "ข\n**\nค", "ข\n# \nค", "ข\n<br>\nค", "ชุด **** ขอแสดง", "<table><tr><td>ก\tข\n****\nค</td></tr>",
  ])
  func oddLinesGiveSchemaValidValues(_ text: String) throws {
    try check(Array(("ที่ มท ๐๘๑๒/ว ๑\nเรื่อง ทดสอบ\nเรียน ท่าน\n\n" + text + "\n").utf8))
    try check(Array(text.utf8))
  }

  @Test(arguments: 0..<100)
  func arbitraryBytesGiveARecordOrAFileWarning(_ seed: Int) throws {
    var generator = Generator(state: UInt64(seed) &+ 99)
    let count = Int(generator.next() % 2000)
    try check((0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
  }

  func check(_ bytes: [UInt8]) throws {
    let document = LetterParser().parse(bytes: bytes, path: "random.txt")
    let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
    for (index, letter) in document.letters.enumerated() {
      #expect(letter.segment == index)
      #expect(letter.lines.start >= 1)
      #expect(letter.lines.start <= letter.lines.end)
      #expect(letter.lines.end <= max(lineCount, 1))
      #expect(!letter.id.isEmpty)
      for warning in letter.warnings {
        if let line = warning.line { #expect((1...max(lineCount, 1)).contains(line)) }
      }
      let confidences = [letter.number?.confidence, letter.date?.confidence].compactMap { $0 }
      #expect(confidences.allSatisfy { (0...1).contains($0) })
    }
    if document.letters.isEmpty { #expect(!document.warnings.isEmpty) }
    if document.source.encoding == nil {  // only when the bytes are not text
      #expect(document.letters.isEmpty)
      #expect(document.warnings.contains { $0.code == .emptyInput || $0.code == .binaryInput })
    }
    // Text values as the schema has them: one line, single spaces, no space at either end;
    // a URL or an e-mail address is one token.
    for letter in document.letters {
      if let number = letter.number { #expect(!number.serial.isEmpty, "\(number.canonical)") }
      for enclosure in letter.enclosures {
        #expect(enclosure.index.map { $0 >= 1 } ?? true && !enclosure.title.isEmpty, "\(enclosure)")
      }
      if let signature = letter.signature {
        for text in [signature.name] + signature.positions {
          #expect(!text.isEmpty && text.first != " " && text.last != " " && !text.contains("  "), "\(text.debugDescription)")
        }
      }
      for token in letter.contact.urls + letter.contact.emails {
        #expect(!token.isEmpty && !token.contains { $0.isWhitespace || $0 == "<" || $0 == ">" }, "\(token.debugDescription)")
      }
      let texts = [letter.subject, letter.to, letter.closing, letter.issuer?.name] + letter.body.map(Optional.some)
      for text in texts.compactMap({ $0 }) {
        #expect(!text.isEmpty && !text.contains("  ") && !text.contains("\n") && !text.contains("\t"), "\(text.debugDescription)")
        #expect(text.first != " " && text.last != " ", "\(text.debugDescription)")
        #expect(Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), "not NFC")
      }
    }
    let json = LetterJSON.document(document).serialized()
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
  }
}
