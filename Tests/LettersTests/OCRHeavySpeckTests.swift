import Foundation
import Testing

@testable import Letters

/// Specks of heavy Tesseract noise glued into the header (heldout5, 1605 heavy): between ที่
/// and the number's prefix, and before the date.
@Suite struct OCRHeavySpeckTests {
  @Test(arguments: [
    ("ที'สต ๐๐๓๑๕/๑๒๐๕", "สต 00315/1205"), ("ที`มท ๐๘๑๒/ว ๑๕๖๕", "มท 0812/ว 1565"), ("ทีมท ๐๕๑๒/ว ๑๕๐๕", "มท 0512/ว 1505"),
  ])
  func aSpeckBetweenTheLabelAndThePrefixIsPassedOver(_ line: String, _ canonical: String) throws {
    let s = Array(line.unicodeScalars)
    let start = try #require(LetterSegmenter.numberStart(s))
    #expect(LetterNumberReader.read(s, at: start)?.0.canonical == canonical)
  }

  @Test func aDateWithASpeckBeforeItIsTheLettersDate() throws {
    let text = """
      ที'สต ๐๐๓๑๕/๑๒๐๕                 สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพิษณุโลก
                                       ศาลากลางจังหวัดพิษณุโลก

                                ' ๒๕ กันยายน ๒๕๖๘

      เรื่อง  ขอความอนุเคราะห์ใช้สถานที่เป็นที่เลือกตั้ง

      เรียน  นายกเทศมนตรีเมืองอรัญญิก

                ด้วยคณะกรรมการการเลือกตั้งได้ประกาศให้มีการเลือกตั้ง
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.number?.canonical == "สต 00315/1205")
    #expect(letter.date?.date?.iso == "2025-09-25")
    #expect(letter.issuer == Issuer(name: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพิษณุโลก", address: "ศาลากลางจังหวัดพิษณุโลก"))
  }

  /// A speck after the signer's closing bracket: the name is still the signer's, and the foot
  /// is no annex page.
  @Test func aSpeckAfterTheSignersBracketLeavesTheName() throws {
    #expect(SignatureParser.isBracketedName(Array("(นางสาววิภาวรรณ แสงท่อง)        .".unicodeScalars)))
    #expect(!SignatureParser.isBracketedName(Array("(ตามบัญชีแนบท้าย) ,".unicodeScalars)))
    let text = """
      ที่ ลต ๐๐๓๑/๓๑๘๔                 สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพิษณุโลก

                                ๒๕ กันยายน ๒๕๖๘

      เรื่อง  ขอความอนุเคราะห์ใช้สถานที่เป็นที่เลือกตั้ง

      เรียน  นายกเทศมนตรีเมืองอรัญญิก

                ด้วยคณะกรรมการการเลือกตั้งได้ประกาศให้มีการเลือกตั้ง

      จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์
      ขอแสดงความนับถือ

      (นางสาววิภาวรรณ แสงทอง)        .
      ผู้อำนวยการสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพิษณุโลก

      ส่วนบริหารจัดการเลือกตั้ง
      โทร. ๐ ๕๕๒๕ ๑๘๓๔
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
    #expect(letters.count == 1)
    #expect(letters.first?.signature?.name == "นางสาววิภาวรรณ แสงทอง")
  }
}
