import Testing

@testable import Letters

/// One convention for a letter OCR printed for a digit, wherever it stands (letter-json.md,
/// "Values read through OCR"): the value is inferred, not read as printed — confidence 0.6 and
/// one `ocr_digits` warning on the letter, on the line where it is printed; `ocr_suspect` stays
/// for noise dropped.
@Suite struct LetterAsDigitTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  /// Tesseract's ฒ for ๗ in the letter's own number (a Thai-digit page, so the digit repair
  /// looks at the number too): one warning, not one from each reading.
  @Test func aLettersOwnNumberWarnsOnce() throws {
    let text = """
      ที่ ชม ๐๐๑ฒ.๒/ว ๓๒๑๕                              ศาลากลางจังหวัดเชียงใหม่
                                                  ถนนโชตนา ชม ๕๐๓๐๐
                                  ๑๒ มีนาคม ๒๕๖๙
      เรื่อง ขอเชิญประชุม
      เรียน นายอำเภอ ทุกอำเภอ
              ด้วยจังหวัดเชียงใหม่จะจัดประชุมหัวหน้าส่วนราชการ
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      ผู้ว่าราชการจังหวัดเชียงใหม่
      """
    let letter = try #require(parse(text).first)
    #expect(letter.number?.canonical == "ชม 0017.2/ว 3215")
    #expect(letter.number?.confidence == 0.6)
    #expect(letter.warnings.filter { $0.code == .ocrDigits && $0.line == 1 }.count == 1)
    #expect(!letter.warnings.contains { $0.code == .ocrSuspect })
  }

  /// An enclosed letter's number printed with Latin O for 0: the citation's number is
  /// inferred, and the letter is warned on the enclosure's line.
  @Test func aCitedNumberWarnsTheLetter() throws {
    let text = """
      ที่ ชร 0017.3/ว 512                              ศาลากลางจังหวัดเชียงราย
                                                  ถนนสิงหไคล ชร 57000
                                  15 ธันวาคม 2568
      เรื่อง มาตรการป้องกันฝุ่นละออง
      เรียน นายอำเภอ ทุกอำเภอ
      สิ่งที่ส่งมาด้วย  สำเนาหนังสือกรมควบคุมมลพิษ ที่ ทส O3O4/ว 1876 ลงวันที่ 12 ธันวาคม 2568
              ด้วยจังหวัดเชียงรายได้รับแจ้งจากกรมควบคุมมลพิษ
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      ผู้ว่าราชการจังหวัดเชียงราย
      """
    let letter = try #require(parse(text).first)
    let cited = try #require(letter.enclosures.first?.letter?.number)
    #expect(cited.canonical == "ทส 0304/ว 1876")
    #expect(cited.confidence == 0.6)
    #expect(letter.number?.confidence == 1.0)
    #expect(letter.warnings.map(\.code) == [.ocrDigits])
    #expect(letter.warnings.first?.line == 6)
  }
}
