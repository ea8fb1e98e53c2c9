import Testing

@testable import Letters

/// A space OCR put inside a letter's number: between the prefix's two letters (`พ ณ`), or
/// after the code's first digit (`๐ ๕๑๐.๓/ว`) — Tesseract's hOCR glyph boxes of a narrow ๐,
/// and sometimes its text (Corpus/ocr 001, 200, 105). The number is read whole and flagged.
@Suite struct OCRSplitNumberTests {
  @Test(
    arguments: [
      // (printed, canonical)
      ("พ ณ ๐๕๐๓/ว ๒๑๕๓", "พณ 0503/ว 2153"),
      ("มท ๐ ๕๑๐.๓/ว ๒๑๓๕", "มท 0510.3/ว 2135"),
      ("พ ณ ๐ ๕๐๓/ว ๒๑๕๓", "พณ 0503/ว 2153"),
      ("กห ๐ ๓๐๕/๑๕", "กห 0305/15"),
      ("ศธ ๐๔ ๐๐๙/ว ๑๘๗๓", "ศธ 04009/ว 1873"),
      ("ก ค ๐๕๐๒/๕๑๕๕", "กค 0502/5155"),
      ("กห ๐๐๑๕. ๓/๓๓๕", "กห 0015.3/335"),  // a space after the code's dot (hOCR of 811)
      ("กส ๐๐๒๓ .๑ /ว ๑๕๕", "กส 0023.1/ว 155"),  // a space before the dot (hOCR of 002)
      ("ชม ๐ ๐๑ฒ .๒/ว ๓๒๑๕", "ชม 0017.2/ว 3215"),  // and ฒ for ๗ after a split (hOCR of 114)
    ])
  func readsANumberWithASpaceInside(_ printed: String, _ canonical: String) throws {
    let (number, end) = try #require(LetterNumberReader.read(Array(printed.unicodeScalars), at: 0))
    #expect(number.canonical == canonical)
    #expect(number.suspect)
    #expect(number.raw == printed)
    #expect(end == printed.unicodeScalars.count)
  }

  /// Spaces that are not inside a number keep the text apart.
  @Test(
    arguments: [
      "ก ขอความร่วมมือ",  // a lone letter, then a word
      "๑ ๒๓๔ บาท",  // an amount, no slash
      "มท ๐๘๑๒ ลงวันที่ ๑/๒",  // the code ends; a slash comes only much later
      "ณ ที่ ๑๒/๒๕๖๗",  // ณ is a word, not half a prefix
    ])
  func spacedTextIsNotANumber(_ printed: String) {
    #expect(LetterNumberReader.read(Array(printed.unicodeScalars), at: 0) == nil)
  }

  /// The header of a real Tesseract page read from its hOCR (200, light noise): split prefix
  /// and code; the fields after the number are read.
  @Test func aLetterWhoseNumberIsSplitIsRead() throws {
    let text = """
      ด่วนมาก

      ที พ ณ ๐ ๕๐๓/ว ๒๑๕๓

      กรมการค้าภายใน
      ถนนนนทบุรี ตําบลบางกระสอ
      อําเภอเมืองนนทบุรี จังหวัดนนทบุรี ๑๑๐๐๐

      ๒๓ กรกฎาคม ๒๕๒๐

      เรือง ขอความร่วมมือกํากับดูแลราคาจําหน่ายปุ๋ยเคมีและการแสดงราคา
      ปัจจัยการผลิตทางการเกษตร

      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      ด้วยกรมการค้าภายในขอความร่วมมือ
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.number?.canonical == "พณ 0503/ว 2153")
    #expect(letter.subject == "ขอความร่วมมือกำกับดูแลราคาจำหน่ายปุ๋ยเคมีและการแสดงราคา ปัจจัยการผลิตทางการเกษตร")
    #expect(letter.to == "ผู้ว่าราชการจังหวัด ทุกจังหวัด")
    #expect(!letter.warnings.contains { $0.code == .headerMissing })
  }
}
