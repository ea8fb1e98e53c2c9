import Foundation
import Letters
import Testing

/// A receipt stamp (ตรารับหนังสือ) set right above the letter's head with no blank line between
/// (held-out 807): the stamp ends where an urgency mark, the memo title or ส่วนราชการ begins.
@Suite struct ReceiptStampHeadTests {
  static let stamp = """
                                                    งานสารบรรณ โรงพยาบาลมหาสารคาม
                                                    เลขรับ ๒๒๗๑
                                                    วันที่ ๒๕ พ.ย. ๖๙
                                                    เวลา ๑๔.๒๐ น.
    """

  static let memo = """
    ส่วนราชการ  โรงพยาบาลมหาสารคาม กลุ่มงานการพยาบาล  โทร. ๐ ๔๓๗๑ ๑๗๕๐ ต่อ ๒๑๐๕
    ที่  มค ๐๐๓๓.๒๐๑.๐๓/๕๑๘                          วันที่  ๒๔ พ.ย. ๖๙
    เรื่อง  ขอสนับสนุนเวชภัณฑ์

    เรียน  ผู้อำนวยการโรงพยาบาลมหาสารคาม

              กลุ่มงานการพยาบาลขอสนับสนุนเวชภัณฑ์ จึงเรียนมาเพื่อโปรดพิจารณา

                                        (นางสาวพิมพ์ใจ ศรีสุข)
                                        หัวหน้ากลุ่มงานการพยาบาล
    """

  /// (what stands between the stamp and ส่วนราชการ, the urgency read)
  @Test(arguments: [
    ("ด่วน\n                                  บันทึกข้อความ\n", Urgency.urgent),
    ("                                  บันทึกข้อความ\n", nil),
    ("ด่วนที่สุด\n", Urgency.mostUrgent),
    ("", nil),
  ])
  func theStampEndsWhereTheHeadBegins(between: String, urgency: Urgency?) throws {
    let text = Self.stamp + "\n" + between + Self.memo
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.received?.number == "2271")
    #expect(letter.received?.date?.date?.iso == "2026-11-25")
    #expect(letter.received?.time == "๑๔.๒๐ น.")
    #expect(letter.urgency == urgency)
    #expect(letter.kind == .memo)
    #expect(letter.issuer?.name == "โรงพยาบาลมหาสารคาม กลุ่มงานการพยาบาล")
    #expect(letter.contact.phones.map(\.number) == ["043711750"])
  }

  /// The stamp's lines with blank lines between them, four lines above the letter (Tesseract
  /// page of 909): one stamp, the letter's own, not an annex page before it.
  @Test func aStampSpreadOverBlankLines() throws {
    let stamp = "งานสารบรรณ โรงพยาบาลมหาสารคาม\nเลขรับ ๒๒๗๑\n\nวันที่ ๒๕ พ.ย. ๖๙\n\nเวลา ๑๔.๒๐ น.\n\n"
    let letterText = """
      ด่วน
      ที่ ศธ ๐๔๓๓๔/ว ๒๗๘๑
      สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน
      ๒๓ พฤศจิกายน ๒๕๖๙
      เรื่อง การอบรมเชิงปฏิบัติการ
      เรียน ผู้อำนวยการโรงพยาบาลมหาสารคาม

      ตามหนังสือที่อ้างถึง นั้น

      ขอแสดงความนับถือ
      """
    let document = LetterParser().parse(bytes: Array((stamp + letterText).utf8), path: "t.txt")
    #expect(document.letters.map(\.kind) == [.external])
    let letter = try #require(document.letters.first)
    #expect(letter.received?.number == "2271")
    #expect(letter.received?.date?.date?.iso == "2026-11-25")
    #expect(letter.received?.time == "๑๔.๒๐ น.")
    #expect(letter.urgency == .urgent)
  }
}
