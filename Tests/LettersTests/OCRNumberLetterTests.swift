import Testing

@testable import Letters

/// Letters among a number's digits as Tesseract's Thai model prints them (Corpus/ocr/README.md,
/// numbers table): it has no ๗ and prints ฒ or ซ in its place, and sets a stray letter after
/// a code's dot. The number is still read, by its shape: a dropped letter flags it as suspect
/// (`ocr_suspect`); a letter read as a digit makes the value inferred (confidence 0.6,
/// `ocr_digits`, letter-json.md "Values read through OCR").
@Suite struct OCRNumberLetterTests {
  @Test(
    arguments: [
      // (printed, canonical, a letter dropped, a letter read as a digit)
      ("ชม ๐๐๑ฒ.๒/ว ๓๒๑๕", "ชม 0017.2/ว 3215", false, true),  // ฒ for ๗ before the dot
      ("มท ๐๓๐ซ.๓/ว ๕๕๑", "มท 0307.3/ว 551", false, true),  // ซ for ๗
      ("มท ๐๕๑๐.ฒ/ว ๕๑๕", "มท 0510.7/ว 515", false, true),  // ฒ for ๗ after the dot
      ("มท ๐๕๑๐.ญ๓/ว ๕๑๕๓", "มท 0510.3/ว 5153", true, false),  // a stray letter after the dot
      ("๐๐๒๓.๑/ว ๑๐๐ซ", "0023.1/ว 1007", false, true),  // ซ for ๗ ending the serial
      ("ลป ๐๐๓ส/วด๑๒๐", "ลป 003/ว 1120", true, true),  // a stray letter before the slash, ด for ๑
      ("สพ ๐๐๒๓.ต/ว๒๕๓๕", "สพ 0023/ว 2535", true, false),  // a stray letter between the dot and the slash
      ("ขก ฒ๓๕๐๑/๐๒๕", "ขก 73501/025", false, true),  // ฒ for the code's first ๗ (held-out Tesseract run 4401)
      ("ชบ ซ๓๑๐๕/ว ๑๒", "ชบ 73105/ว 12", false, true),  // ซ for it
    ] as [(String, String, Bool, Bool)])
  func readsANumberWithALetterForADigit(_ printed: String, _ canonical: String, _ dropped: Bool, _ asDigit: Bool) throws {
    let (number, end) = try #require(LetterNumberReader.read(Array(printed.unicodeScalars), at: 0))
    #expect(number.canonical == canonical)
    #expect(number.suspect == dropped)
    #expect(number.letterAsDigit == asDigit)
    #expect(number.confidence == (asDigit ? 0.6 : 1.0))
    #expect(number.raw == printed)
    #expect(end == printed.unicodeScalars.count)
  }

  /// A letter after the digits that begins a word is not a digit.
  @Test(arguments: ["มท ๐๘๑๒/ว ๑๕๖๕ ซึ่ง", "มท ๐๘๑๒/ว ๑๕๖๕ฒนา"])
  func aWordAfterTheSerialIsNotRead(_ printed: String) throws {
    let (number, _) = try #require(LetterNumberReader.read(Array(printed.unicodeScalars), at: 0))
    #expect(number.canonical == "มท 0812/ว 1565")
    #expect(!number.suspect)
  }

  /// The header of a real page (004, light noise): the number with a stray letter, its serial
  /// on a later line; the letter's date and fields follow it.
  @Test func aLetterWhoseNumberHoldsALetterIsRead() throws {
    let text = """
      ด่วนที่สุด
      ที มท ๐๕๑๐.ญ๓/ว

      ๕๑๕๓

      กรมส่งเสริมการปกครองท้องถิน

      ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐

      ๑๓ จั้นวาคม ๒๕๒๒๐

      เรือง การประเมินผลการปฏิบัติราชการของข้าราชการในสังกัดกรม

      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      ตามที่ กรมส่งเสริมการปกครองท้องถิ่นได้แจ้งแนวทางการประเมินผล
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.number?.canonical == "มท 0510.3/ว 5153")
    #expect(letter.date?.raw == "๑๓ จั้นวาคม ๒๕๒๒๐")
    #expect(letter.to == "ผู้ว่าราชการจังหวัด ทุกจังหวัด")
    #expect(letter.warnings.contains { $0.code == .ocrSuspect })
  }
}
