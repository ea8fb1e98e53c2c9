import Testing
import ThaiText

@Suite struct ThaiNormalizerTests {
  let normalizer = ThaiNormalizer()

  @Test(arguments: [
    // (input, expected, the step that must report it)
    ("เเละ", "และ", ThaiNormalizer.Step.doubleSaraE),
    ("กรมส่งเสริมการปกครองท้องถิ่นจังหวัด เเพร่", "กรมส่งเสริมการปกครองท้องถิ่นจังหวัด แพร่", .doubleSaraE),
    ("จ\u{0E4D}\u{0E32}นวน", "จำนวน", .saraAm),  // Tesseract's ํา
    ("จ\u{0E4D} \u{0E32}นวน", "จำนวน", .saraAm),  // ํ า with a space
    ("น\u{0E4D}\u{0E49}\u{0E32}", "น้ำ", .saraAm),  // ํ + tone + า
    ("ท\u{0E48}\u{0E35}", "ที่", .markOrder),  // tone typed before the vowel
    ("ก\u{0E49}\u{0E38}ง", "กุ้ง", .markOrder),
    // A mark typed twice (text taken from PDFs, Corpus 3904): Thai never doubles a mark.
    ("ที่\u{0E48} ได้\u{0E49}", "ที่ ได้", .repeatedMark),
    ("ท\u{0E48}\u{0E35}\u{0E48}", "ที่", .repeatedMark),  // tone, vowel, tone again
    ("ดี\u{0E35}\u{0E35}", "ดี", .repeatedMark),
    // Tesseract's Thai model has no ำ: น้ำ comes out น้้า (ํ read as a second ้), 58 times
    // in Corpus/ocr and the real-OCR held-out sets, and never a doubled mark otherwise.
    ("ว่ายน\u{0E49}\u{0E49}\u{0E32}", "ว่ายน้ำ", .repeatedMark),
    ("ซ\u{0E49}\u{0E49}\u{0E32}ซาก", "ซ้ำซาก", .repeatedMark),
    ("ที ่", "ที่", .spaceBeforeMark),
    ("เรื ่อง", "เรื่อง", .spaceBeforeMark),
    ("ท ำ", "ทำ", .spaceBeforeMark),
    ("ถนน\u{200B}นครราชสีมา", "ถนนนครราชสีมา", .zeroWidth),
    ("\u{FEFF}ที่", "ที่", .zeroWidth),
    ("เรื่อง \u{202E}ทดสอบ\u{202C}\u{200F}", "เรื่อง ทดสอบ", .zeroWidth),  // RLO, PDF, RLM
    ("เรื่อง\u{0}ทดสอบ", "เรื่อง ทดสอบ", .controlCharacters),
    ("เรื่อง \u{0}\u{1B}\u{7F} ทดสอบ\u{7}", "เรื่อง ทดสอบ", .controlCharacters),
    ("ที่\u{85}มท\u{0B}", "ที่ มท", .controlCharacters),  // C1 NEL, VT
    ("ศาลากลางจังหวัดอุตรดิตถ์  ", "ศาลากลางจังหวัดอุตรดิตถ์", .collapseSpaces),  // seed 000 trailing "  "
    ("เรียน   ผู้ว่าราชการจังหวัด", "เรียน ผู้ว่าราชการจังหวัด", .collapseSpaces),
    ("ที่\u{00A0}มท", "ที่ มท", .collapseSpaces),
    ("ย่อหน้า\u{2029}ต่อ \u{2028} ไป\u{1680}", "ย่อหน้า ต่อ ไป", .collapseSpaces),  // paragraph/line separators, ogham space
    ("บรรทัด\r\nถัดไป", "บรรทัด\nถัดไป", .lineEndings),
    ("บรรทัด\rถัดไป", "บรรทัด ถัดไป", .lineEndings),  // a lone CR must not add a line
    ("e\u{0301}", "\u{00E9}", .nfc),
    // Text taken from PDFs set in old Thai fonts: glyph variants in the Private Use Area
    // (Windows U+F700–F71A, Mac U+F884–F89E) for marks shifted down or left and for ญ ฐ
    // without their lower part.
    ("ที\u{F70A}", "ที่", .thaiGlyphVariants),  // mai ek shifted down
    ("ป\u{F701}\u{F713}น", "ปิ่น", .thaiGlyphVariants),  // sara i and mai ek shifted left
    ("\u{F700}าน", "ฐาน", .thaiGlyphVariants),  // tho than without its tail
    ("ก\u{F718}\u{F70B}ง", "กุ้ง", .thaiGlyphVariants),  // sara u lowered, mai tho shifted down
    ("ผู\u{F88B}", "ผู่", .thaiGlyphVariants),  // Mac: mai ek shifted down
  ])
  func repairsAndReportsIt(_ input: String, _ expected: String, _ step: ThaiNormalizer.Step) {
    let (output, report) = normalizer.normalize(input)
    // Swift's == is canonical equivalence; compare the scalars themselves.
    #expect(Array(output.unicodeScalars) == Array(expected.unicodeScalars))
    #expect((report.counts[step] ?? 0) > 0)
  }

  @Test(arguments: [
    "ที่ มท ๐๘๑๒/ว ๑๕๖๕",
    "สิ่งที่ส่งมาด้วย\t๑. เกณฑ์การคัดเลือก\tจำนวน ๑ ชุด",  // tabs are table columns
    "กุ้ง น้ำ ที่ เรื่อง",
    "",
  ])
  func cleanTextIsUntouched(_ text: String) {
    let (output, report) = normalizer.normalize(text)
    #expect(Array(output.unicodeScalars) == Array(text.unicodeScalars))
    #expect(report.isEmpty)
  }

  @Test func aStepTurnedOffLeavesItsDamage() {
    let keep = ThaiNormalizer(steps: Set(ThaiNormalizer.Step.allCases).subtracting([.doubleSaraE]))
    #expect(Array(keep("เเละ").unicodeScalars) == Array("เเละ".unicodeScalars))
    #expect(keep("จ\u{0E4D}\u{0E32}นวน") == "จำนวน")
  }

  @Test func lineCountNeverChanges() {
    let text = "ก\r\nข\n\n  \nค \u{200B}\r\n"
    let lines = { (s: String) in s.split(separator: "\n", omittingEmptySubsequences: false).count }
    #expect(lines(normalizer(text)) == lines(text.replacingOccurrences(of: "\r\n", with: "\n")))
  }

  /// Whatever order OCR put Thai marks in, the output is NFC (the JSON contract says every
  /// string is) and a second pass changes nothing. Found by the CI step that validates parse
  /// output of random files: ฺ (ccc 9) after ุ (ccc 103) was left in typing order.
  @Test(arguments: 0..<20)
  func outputIsNFCWhateverTheMarkOrder(_ seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 3
    func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
    let marks = (0x0E31...0x0E4E).filter { ThaiCharacter.isCombining(UInt8($0 - 0x0E00)) || $0 == 0x0E33 || $0 == 0x0E32 }
    let letters = Array(0x0E01...0x0E2E) + [0x20, 0x0A, 0x41, 0x0E40, 0xFFFD, 0xF70A, 0xF701, 0xF89B]
    for _ in 0..<300 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<next(30) {
        let pool = next(2) == 0 ? marks : letters
        scalars.append(Unicode.Scalar(UInt32(pool[next(pool.count)])) ?? "?")
      }
      let out = normalizer(String(scalars))
      let nfc = out.precomposedStringWithCanonicalMapping
      let hex = { (s: String) in s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
      #expect(Array(out.unicodeScalars) == Array(nfc.unicodeScalars), "\(hex(String(scalars))) → \(hex(out))")
      #expect(Array(normalizer(out).unicodeScalars) == Array(out.unicodeScalars))
    }
  }

  @Test func everySeedLetterIsStableUnderASecondPass() throws {
    for url in try Seeds.files() {
      let once = normalizer(try String(contentsOf: url, encoding: .utf8))
      #expect(normalizer(once) == once, "\(url.lastPathComponent)")
    }
  }
}
