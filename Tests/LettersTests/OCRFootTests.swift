import Foundation
import Letters
import Testing

/// A letter's foot as Tesseract leaves it (Corpus/ocr 004, 100, 104): scraps after the contact
/// block, debris before a contact label, a memo's closing sentence wrapped above the name.
/// None of them may become an annex page of its own.
@Suite struct OCRFootTests {
  static let letterHead = """
    ที่ มท ๐๕๑๐.๓/ว ๕๑๕๓
    กรมส่งเสริมการปกครองท้องถิน
    ๑๓ ธันวาคม ๒๕๒๐
    เรื่อง การประเมินผลการปฏิบัติราชการ
    เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

    ตามที่ กรมส่งเสริมการปกครองท้องถิ่นได้แจ้งแนวทางการประเมินผล นั้น

    ขอแสดงความนับถือ

    (นายศรัทธันท์ ศรีคงพล)
    รองอธิบดี ปฏิบัติราชการแทน
    อธิบดีกรมส่งเสริมการปกครองท้องถิ่น

    กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น
    โทร. ๐๒ ๒๕๑ ๓๐๐๐ ต่อ ๒๓๒๒

    """

  /// What follows the contact block: a scrap (page number, a misread mark) or a contact line
  /// with debris before its label. One letter, no annex.
  @Test(arguments: [
    ("๑\n\nลบ", nil),
    ("\"ไปรษณีย์อิเล็กทรอนิกส์ saraban@dla.go.th", "saraban@dla.go.th"),
    ("- ไปรษณีย์อิเล็กทรอนิกส์ saraban@dla.go.th", "saraban@dla.go.th"),
    // A speck inside the block, then the coordinator and more (hOCR of 1004).
    ("\n๑/ «สณฆพ\n\nผู้ประสานงาน พันตำรวจโทสุรชัยมีสุข โทร. 08 1734 6692\nไปรษณีย์อิเล็กทรอนิกส์ saraban@dla.go.th", "saraban@dla.go.th"),
  ] as [(String, String?)])
  func nothingAfterTheFootBecomesAnAnnex(_ tail: String, _ email: String?) throws {
    let document = LetterParser().parse(bytes: Array((Self.letterHead + tail + "\n").utf8), path: "t.txt")
    #expect(document.letters.map(\.kind) == [.external])
    #expect(document.letters.first?.signature?.name == "นายศรัทธันท์ ศรีคงพล")
    if let email { #expect(document.letters.first?.contact.emails == [email]) }
  }

  /// A memo's closing sentence wrapped onto a second line, then the name: the name is the
  /// signature, and the memo has no annex.
  @Test(arguments: ["มหาวิทยาลัยฯ ทีแนบมาพร้อมนี", "มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน ที่แนบมาพร้อมนี้"])
  func aWrappedMemoClosingKeepsTheSignature(_ wrapped: String) throws {
    let text = """
      บันทึกข้อความ
      ส่วนราชการ กองการพัสดุภาครัฐ โทร ๐ ๒๑๒๓ ๐๐๑๕
      ที่ กค (กวจ) ๐๕๐๕.๓/๕๒๑๕ วันที่ ๑๕ มกราคม ๒๕๒๐
      เรื่อง ขอความเห็นชอบตอบข้อหารือการจัดซื้อจัดจ้าง
      เสนอ อธิบดีกรมบัญชีกลาง

      คณะกรรมการวินิจฉัยฯ พิจารณาแล้วเห็นว่า สามารถดำเนินการโดยวิธีเฉพาะเจาะจงได้

      จึงเสนอมาเพื่อโปรดพิจารณา หากเห็นชอบ โปรดลงนามในหนังสือถึง
      \(wrapped)

      (นางสาวพรรณี ศรีวัฒนา)
      ผู้อำนวยการกองการพัสดุภาครัฐ
      """
    let document = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt")
    #expect(document.letters.map(\.kind) == [.memo])
    let memo = try #require(document.letters.first)
    #expect(memo.signature?.name == "นางสาวพรรณี ศรีวัฒนา")
    #expect(memo.closing?.hasPrefix("จึงเสนอมาเพื่อโปรดพิจารณา") == true)
    #expect(memo.closing?.hasSuffix(wrapped) == true)
  }

  /// The contact block's last lines set apart by a blank line, their labels damaged by heavy
  /// Tesseract noise (Corpus/ocr 300, 1601, 1900 heavy: `ไปรษัณีย์อิเล็กทรอนิกส์ …@…`,
  /// `เทรสาร …`): the letter's, not an annex page.
  @Test(arguments: [
    "ไปรษัณีย์อิเล็กทรอนิกส์ รสโฮ่ใต@ทาศู.๑๐.ไท",
    "เทรสาร 6 ๒๒๕๓ ๐๒๐๕๐\nไปรษณีย์อิเล็กทรอนิกส์ เธแอกอ๒5ร@สอ์่1รสรไอกอู่0.เห",
  ])
  func aDamagedContactTailIsTheLetters(_ tail: String) throws {
    let text = """
      ที่ คค ๐๓๑๕/ว ๒๐๗๓                     กรมเจ้าท่า

                          ๒๒ พฤษภาคม ๒๕๒๐๕

      เรื่อง มาตรการความปลอดภัยในการเดินเรือ

      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

                ด้วยกรมเจ้าท่าขอความร่วมมือจังหวัดแจ้งผู้ประกอบการเรือโดยสาร

      ขอแสดงความนับถือ

      (นายสมชาย ใจดี)
      อธิบดีกรมเจ้าท่า

      สำนักมาตรฐานเรือ
      โทร. ๐ ๒๒๓๓ ๑๓๑๑

      \(tail)
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
    #expect(letters.count == 1)
    #expect(letters.first?.contact.units == ["สำนักมาตรฐานเรือ"])
  }
}
