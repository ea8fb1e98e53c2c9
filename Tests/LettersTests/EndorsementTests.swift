import Foundation
import Testing

@testable import Letters

/// A superior's endorsement under a memo's signature (การเกษียนหนังสือ, held-out 1500): the
/// opinion and the order with their own bracketed names and dates belong to the letter, not to
/// an annex page, and change none of its fields.
@Suite struct EndorsementTests {
  static let memo = """
    บันทึกข้อความ

    ส่วนราชการ  สถาบันพัฒนาฝีมือแรงงาน ๑๒ สงขลา กลุ่มงานพัฒนาฝีมือแรงงาน

    ที่  รง ๐๓๑๒/๑๘๗                        วันที่  ๙ กุมภาพันธ์ ๒๕๖๙

    เรื่อง  ขออนุมัติจัดฝึกอบรมหลักสูตรช่างซ่อมรถจักรยานยนต์ไฟฟ้า

    เรียน  ผู้อำนวยการสถาบันพัฒนาฝีมือแรงงาน ๑๒ สงขลา

              ตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๙ นั้น

              จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

                                  (นายธนวัฒน์ เพชรสุวรรณ)
                              หัวหน้ากลุ่มงานพัฒนาฝีมือแรงงาน

    """

  @Test(arguments: [
    "ความเห็นหัวหน้าฝ่ายบริหารทั่วไป\nได้ตรวจสอบแล้ว มีงบประมาณเพียงพอ\nเห็นควรอนุมัติ\n(นางสาวอรุณี แก้วประดิษฐ์)\nหัวหน้าฝ่ายบริหารทั่วไป\n๑๓ ก.พ. ๒๕๖๙",
    "คำสั่ง\nอนุมัติ\n(นายประวิทย์ หนูทอง)\nผู้อำนวยการสถาบันพัฒนาฝีมือแรงงาน ๑๒ สงขลา\n๑๖ ก.พ. ๒๕๖๙",
  ])
  func anEndorsementUnderTheSignatureIsTheLetters(_ endorsement: String) throws {
    let text = Self.memo + endorsement + "\n"
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
    #expect(letters.count == 1)
    let memo = try #require(letters.first)
    #expect(memo.lines.end == text.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
    #expect(memo.signature?.name == "นายธนวัฒน์ เพชรสุวรรณ")
    #expect(memo.date?.date?.iso == "2026-02-09")
  }

  /// An annex page after the signature stays an annex page.
  @Test func anAnnexPageIsNoEndorsement() throws {
    let text = Self.memo + "เอกสารแนบท้ายบันทึกข้อความ\nรายชื่อผู้เข้ารับการฝึก\n๑. นายสมชาย ใจดี\n"
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
    #expect(letters.map(\.kind) == [.memo, .annex])
  }
}
