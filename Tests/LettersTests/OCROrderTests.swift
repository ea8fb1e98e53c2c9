import Foundation
import Testing

@testable import Letters

/// An order as real Tesseract reads it (heldout6, Corpus/ocr 1903 and 1904 light): its
/// subject's lines set apart by blank lines, a cited order's `ที่ … ลงวันที่ …` wrapped onto a
/// line of its own in the body, and `สั่ง ณ วันที่ … พ.ศ. ๒๕๒๐๕` with the year broken.
@Suite struct OCROrderTests {
  func parse(_ text: String) -> LetterDocument {
    LetterParser().parse(bytes: Array(text.utf8), path: "test.txt")
  }

  static let text = """
    คําสั่งโรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน

    ที่ ๑๒๓/๒๕๒๐๕
    เรือง แต่งตั้งคณะกรรมการพัฒนาคุณภาพโรงพยาบาลเพื่อรับ

    การประเมินรับรองคุณภาพ

    สถานพยาบาลซํา ปี ๒๕๒๐๕

    ด้วยโรงพยาบาลสมเด็จพระยุพราชสว่างแดนดินจะได้รับการ
    ประเมินเพื่อรับรองคุณภาพสถานพยาบาลซ้ํา จึงแต่งตั้งคณะกรรมการ ดังนี้

    ๑. นายแพทย์วรวุฒิ จันทร์หอม ประธานกรรมการ

    ทั้งนี้ ให้ยกเลิกคําสั่งโรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน
    ที่ ๕๓/๒๕๒๐๓ ลงวันที่ ๕ มีนาคม ๒๕๒๐๓
    และให้มีผลตั้งแต่บัดนี้เป็นต้นไป

    สัง ณ วันที ๑๑ กุมภาพันธ์ พ.ศ. ๒๕๒๐๕

    (นายธนพล อินทรสุวรรณ)
    ผู้อํานวยการโรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน
    """

  @Test func theWrappedCitedNumberBeginsNoLetter() throws {
    let letters = parse(Self.text).letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.kind == .order)
    #expect(letter.signature?.name == "นายธนพล อินทรสุวรรณ")
    // The cited order's year is as broken as the letter's own (`๒๕๒๐๓`): it is read as printed.
    #expect(letter.mentions.map(\.number?.raw) == ["๕๓/๒๕๒๐๓"])
    #expect(
      letter.body.last
        == "ทั้งนี้ ให้ยกเลิกคำสั่งโรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน ที่ ๕๓/๒๕๒๐๓ ลงวันที่ ๕ มีนาคม ๒๕๒๐๓ และให้มีผลตั้งแต่บัดนี้เป็นต้นไป"
    )
  }

  @Test func theSubjectRunsToTheBodysFirstSentence() throws {
    let letter = try #require(parse(Self.text).letters.first)
    #expect(letter.subject == "แต่งตั้งคณะกรรมการพัฒนาคุณภาพโรงพยาบาลเพื่อรับ การประเมินรับรองคุณภาพ สถานพยาบาลซำ ปี ๒๕๒๐๕")
    #expect(letter.body.first?.hasPrefix("ด้วยโรงพยาบาล") == true)
  }

  @Test func theDateAfterAnEraWithABrokenYearIsRead() throws {
    let letter = try #require(parse(Self.text).letters.first)
    #expect(letter.date?.raw == "๑๑ กุมภาพันธ์ พ.ศ. ๒๕๒๐๕")
    #expect(letter.date?.date?.iso.hasSuffix("-02-11") == true)
    #expect(!letter.body.contains { $0.hasPrefix("สัง ณ") })
  }
}
