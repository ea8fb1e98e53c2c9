import Foundation
import Testing

@testable import Letters
@testable import ThaiText

/// What the nineteenth round of held-out letters (7800–7907: a day's in-tray scanned as one
/// file; letters that reached the archive inside an e-mail, a chat, a post, a web page, a note)
/// showed the parser missing.
@Suite struct HeldOutSeventyEightTests {
  func parse(_ text: String, path: String = "t.txt") -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  static let letter = """
    ที่ ขก ๐๐๓๓.๐๐๑/ว ๒๒๑                          สำนักงานสาธารณสุขจังหวัดขอนแก่น
    ๑๒ มีนาคม ๒๕๖๘
    เรื่อง รับสมัครพนักงานกระทรวงสาธารณสุข
    เรียน นายอำเภอทุกอำเภอ
              สำนักงานสาธารณสุขจังหวัดขอนแก่นขอประชาสัมพันธ์การรับสมัคร
    ขอแสดงความนับถือ
    (นายปกรณ์ ทองศรีสุข)
    นายแพทย์สาธารณสุขจังหวัดขอนแก่น
    """

  /// A post's preface above an announcement and its hashtags, reactions and comments below are
  /// no letter and no annex page: the file holds the one announcement.
  @Test func aPostAroundTheLetter() throws {
    let text = """
      สำนักงานสาธารณสุขจังหวัดขอนแก่น
      12 มีนาคม เวลา 10:15 น.  · 🌏
      📢 สสจ.ขอนแก่น รับสมัครพนักงานกระทรวงสาธารณสุขทั่วไป ตำแหน่งนักวิชาการคอมพิวเตอร์ 1 อัตรา
      รายละเอียดตามประกาศด้านล่าง 👇

      ประกาศสำนักงานสาธารณสุขจังหวัดขอนแก่น
      เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานกระทรวงสาธารณสุขทั่วไป
      ด้วยสำนักงานสาธารณสุขจังหวัดขอนแก่นประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานกระทรวงสาธารณสุขทั่วไป
      ประกาศ ณ วันที่ ๑๐ มีนาคม พ.ศ. ๒๕๖๘
      (นายปกรณ์ ทองศรีสุข)
      นายแพทย์สาธารณสุขจังหวัดขอนแก่น

      #สสจ.ขอนแก่น #รับสมัครงาน

      👍 125
      18 ความคิดเห็น  42 แชร์
      ณัฐวุฒิ ภูมิศรี
      สมัครทางออนไลน์ได้ไหมครับ
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.kind == .announcement)
    #expect(letters.first?.lines.start == 6)
    #expect(letters.first?.lines.end == 11)
  }

  /// A web page's menu and breadcrumb above and its attachments and footer below.
  @Test func aWebPageAroundTheLetter() {
    let text = """
      ข้ามไปยังเนื้อหาหลัก
      หน้าแรก
      ข่าวประชาสัมพันธ์
      หน้าแรก > ข่าวประชาสัมพันธ์ > หนังสือราชการ

      \(Self.letter)

      ไฟล์แนบ: หนังสือ.pdf (245 KB)
      ข่าวที่เกี่ยวข้อง
      แจ้งกำหนดการรับนักเรียน ปีการศึกษา 2568
      Copyright © 2025 สำนักงานสาธารณสุขจังหวัดขอนแก่น
      """
    #expect(parse(text).count == 1)
  }

  /// An untitled page after a page break, or a titled one, stays an annex page.
  @Test func annexPagesStay() {
    let text = Self.letter + "\n\n- ๒ -\n\nรายชื่อผู้สมัคร\nนายสมชาย ใจดี\nนางสาวสมหญิง ใจงาม\n"
    #expect(parse(text).map(\.kind) == [.external, .annex])
  }

  /// A LINE chat export: the time and sender go from a message line; a message that opens with
  /// a letter's number opens a letter (the message above goes on no citation), and the chat
  /// between and after the letters is no annex page.
  @Test func aChatAroundTheLetters() throws {
    #expect(Line.chatMessage("14:21\tปลัดวิชัย ศรีทอง\t\"ที่ อด ๐๓๑๘/ว ๔๕๗") == "ที่ อด ๐๓๑๘/ว ๔๕๗")
    #expect(Line.chatMessage("ที่ อด ๐๓๑๘/ว ๔๕๗") == nil)
    let text = """
      [LINE] Chat history with ศูนย์ปฏิบัติการฯ
      Saved on: 2025/04/09 21:04

      2025/04/08(Tue)
      08:31\tปลัดวิชัย ศรีทอง\t[Sticker]
      09:15\tปลัดวิชัย ศรีทอง\tส่งหนังสือเชิญประชุมตามหนังสือจังหวัดครับ
      09:16\tปลัดวิชัย ศรีทอง\t"\(Self.letter)"
      09:20\tสาธารณสุขอำเภอ\tรับทราบครับ 🙏
      09:41\tรพ.บ้านผือ ER\t[Sticker]
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.number?.canonical == "ขก 0033.001/ว 221")
  }

  /// A reply that quotes the mail with the letter: the reply's greeting (`เรียน คุณ…`) above
  /// the attribution line (`… เขียนว่า:`) is no letter.
  @Test func aReplyAboveAQuotedMail() throws {
    let text = """
      เรียน คุณสมหญิง

      รับทราบครับ จะส่งรายชื่อภายในวันศุกร์นี้ครับ

      ขอบคุณครับ

      ในวันที่ พ. 12 มี.ค. 2568 เวลา 16:20 ธุรการ <pharmacy@example.go.th> เขียนว่า:

      \(Self.letter)
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.number?.canonical == "ขก 0033.001/ว 221")
  }

  /// A word processor's footer in English (`Page 1 of 3`) is a page's number.
  @Test func anEnglishPageFooter() {
    #expect(Line(number: 1, raw: "Page 1 of 3").furniture == .pageNumber)
  }

  /// A head's approval written short under a memo (`- ชอบ ลงนามแล้ว`, a name, a short date) is
  /// an endorsement, the memo's: no page of its own.
  @Test func aShortApproval() throws {
    let text = """
      บันทึกข้อความ
      ส่วนราชการ ที่ว่าการอำเภอบางปะอิน
      ที่ อย ๐๓๑๘/๑๒๓ วันที่ ๒ กรกฎาคม ๒๕๖๙
      เรื่อง ขอความเห็นชอบ
      เรียน นายอำเภอบางปะอิน
                จึงเรียนมาเพื่อโปรดพิจารณา

                                    (นางสาวชลธิชา มณีรัตน์)
                                   เจ้าพนักงานปกครองชำนาญงาน

            - ชอบ ลงนามแล้ว
                                      (นายอภิชาติ สุขเกษม)
                                       นายอำเภอบางปะอิน
                                          ๓ ก.ค. ๖๙
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.lines.end == 14)
    #expect(letters.first?.signature?.positions == ["เจ้าพนักงานปกครองชำนาญงาน"])
  }
}
