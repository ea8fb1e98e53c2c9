import Foundation
import Testing

@testable import Letters

/// A few short lines OCR left above a file's first letter — specks (`๑7`, `1`), a damaged
/// mark (`ลบ`), the receiving office's name over a receipt stamp — belong to that letter;
/// they are not an annex page of their own (Tesseract pages of 502, 807, 811).
@Suite struct ScrapsAboveALetterTests {
  static let memo = """
    บันทึกข้อความ
    ส่วนราชการ แผนกกำลังพล กองบิน ๗ โทร ๑๒๓๔
    ที่ กห ๐๖๑๕.๓/๓๓๕                วันที่ ๑๗ พ.ย. ๖๙
    เรื่อง ขออนุมัติจัดกำลังพล
    เรียน ผบ.บน.๗

    ๑. ตามอ้างถึง ทอ. ได้มอบหมายให้ บน.๗ เป็นหน่วยรับผิดชอบ

    จึงเรียนมาเพื่อโปรดพิจารณา

    (นาวาอากาศเอก สมชาย ใจดี)
    หัวหน้าแผนกกำลังพล
    """

  /// (the lines above, the letter's first line: `๑7`, Thai and Arabic digits in one token, is
  /// page furniture like `- ๒ -`, so a letter does not begin with it)
  @Test(arguments: [("๑7\nลบ\n", 2), ("1\n๑7\n", 1), ("งานสารบรรณ โรงพยาบาล\n\nมหาสารคาม\n", 1)])
  func linesAboveTheFirstLetterAreItsOwn(_ above: String, _ start: Int) throws {
    let document = LetterParser().parse(bytes: Array((above + "\n" + Self.memo).utf8), path: "t.txt")
    #expect(document.letters.map(\.kind) == [.memo])
    #expect(document.letters.first?.lines.start == start)
    #expect(document.letters.first?.subject == "ขออนุมัติจัดกำลังพล")
  }

  /// A real page above the letter (a schedule, long lines) stays an annex of its own.
  @Test func aPageAboveTheFirstLetterStaysAnAnnex() throws {
    let above = """
      กำหนดการประชุมคณะทำงานจัดกำลังพลสนับสนุนภารกิจบรรเทาสาธารณภัย
      เวลา ๐๙.๐๐ - ๑๒.๐๐ น. ประชุมชี้แจงแนวทางการปฏิบัติงานของหน่วย

      """
    let document = LetterParser().parse(bytes: Array((above + "\n" + Self.memo).utf8), path: "t.txt")
    #expect(document.letters.map(\.kind) == [.annex, .memo])
  }

  /// Specks above an order's title: still an order, titled and numbered.
  @Test func specksAboveAnOrder() throws {
    let text = "1\n๑7\n\nคำสั่งตำรวจภูธรจังหวัดอุบลราชธานี\nที่ ๕๑๘/๒๕๖๘\nเรื่อง แต่งตั้งคณะทำงาน\n\n"
      + "ตามที่ได้แต่งตั้งคณะทำงาน นั้น\n\nสั่ง ณ วันที่ ๒๐ ตุลาคม พ.ศ. ๒๕๖๘\n\n(นายสมชาย ใจดี)\nผู้บังคับการ\n"
    let document = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt")
    #expect(document.letters.map(\.kind) == [.order])
    #expect(document.letters.first?.number?.canonical == "518/2568")
    #expect(document.letters.first?.issuer?.name == "ตำรวจภูธรจังหวัดอุบลราชธานี")
  }

  /// Specks above a memo whose number OCR broke beyond reading: still a memo with its subject.
  @Test func specksAboveAMemoWithoutANumber() throws {
    let memo = Self.memo.replacingOccurrences(of: "ที่ กห ๐๖๑๕.๓/๓๓๕", with: "ที่ กห ๐๐%๑ ๓/")
    let document = LetterParser().parse(bytes: Array(("๑7\n\nลบ\n\n" + memo).utf8), path: "t.txt")
    #expect(document.letters.map(\.kind) == [.memo])
    #expect(document.letters.first?.subject == "ขออนุมัติจัดกำลังพล")
  }
}
