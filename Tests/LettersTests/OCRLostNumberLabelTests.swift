import Foundation
import Testing

@testable import Letters

/// A header whose `ที่` OCR lost: the number stands alone at the head of its line (a memo's
/// `อก ๐๒๐๕/๕๑๕   วันที่ ๒๓ สิงหาคม`, Tesseract page of 302). Before เรื่อง and เรียน, a line
/// that begins with a whole letter number is the letter's number, flagged as suspect.
@Suite struct OCRLostNumberLabelTests {
  func parse(_ text: String) throws -> Letter {
    try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
  }

  @Test func aMemoNumberWithoutItsLabel() throws {
    let letter = try parse(
      """
      บันทึกข้อความ
      ส่วนราชการ สำนักงานปลัดกระทรวงอุตสาหกรรม โทร. ๐ ๒๒๐๒ ๓๐๐๐
      อก ๐๒๐๕/๘๑๔                       วันที่ ๒๗ สิงหาคม ๒๕๖๗
      เรื่อง ขออนุมัติแต่งตั้งคณะทำงาน
      เรียน ปลัดกระทรวงอุตสาหกรรม

      ตามที่กรมโรงงานอุตสาหกรรมเสนอ

      จึงเรียนมาเพื่อโปรดพิจารณา

      (นายสมชาย ใจดี)
      ผู้อำนวยการกอง
      """)
    #expect(letter.kind == .memo)
    #expect(letter.number?.canonical == "อก 0205/814")
    #expect(letter.date?.date?.iso == "2024-08-27")
    #expect(letter.subject == "ขออนุมัติแต่งตั้งคณะทำงาน")
    #expect(letter.warnings.contains { $0.code == .ocrSuspect })
  }

  @Test func anExternalLetterNumberWithoutItsLabel() throws {
    let letter = try parse(
      """
      ด่วน
      กต ๐๖๐๔/ว ๘๙๒

      กระทรวงการต่างประเทศ
      ถนนศรีอยุธยา กรุงเทพฯ ๑๐๔๐๐

      ๑๘ มีนาคม ๒๕๖๘

      เรื่อง การเตรียมการประชุม
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      ด้วยกระทรวงการต่างประเทศ

      ขอแสดงความนับถือ
      """)
    #expect(letter.number?.canonical == "กต 0604/ว 892")
    #expect(letter.issuer?.name == "กระทรวงการต่างประเทศ")
    #expect(letter.date?.date?.iso == "2025-03-18")
  }

  /// In the body, a citation at a line's head is not the letter's number.
  @Test func aNumberInTheBodyIsNotTheLettersNumber() throws {
    let letter = try parse(
      """
      ที่ มท ๐๘๑๒/ว ๑๕๖๕
      กรมส่งเสริมการปกครองท้องถิ่น
      ๑๘ มีนาคม ๒๕๖๘
      เรื่อง การเตรียมการประชุม
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      ตามหนังสือกระทรวงการต่างประเทศ ที่
      กต ๐๖๐๔/ว ๘๙๒ ลงวันที่ ๑ มีนาคม ๒๕๖๘ นั้น

      ขอแสดงความนับถือ
      """)
    #expect(letter.number?.canonical == "มท 0812/ว 1565")
  }
}
