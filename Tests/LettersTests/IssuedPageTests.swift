import Foundation
import Testing

@testable import Letters

/// Pages a letter sends that are no letters (a certificate, a receipt, a project proposal), the
/// model's talk around them, and the lines under a signer that are no positions.
@Suite struct IssuedPageTests {
  static func letters(_ text: String, path: String = "t.md") -> [Letter] { lettersIn(text, path: path) }

  /// A stamped letter, then the certificate it sends on a page of its own (a model's `---` and
  /// the page's picture between): the certificate's office is its issuer, `ให้ไว้ ณ วันที่` its date,
  /// its signer stays in its body.
  @Test func aCertificateAfterTheLetterThatSendsIt() throws {
    let text = """
      ต่อไปนี้คือข้อความที่ถอดได้จากเอกสาร ๒ หน้า

      **ที่** ศธ ๐๔๐๖๙/ว ๓๘๑๒

      **ถึง** โรงเรียนบ้านโนนทัน

      ตามที่สำนักงานได้จัดการอบรมเชิงปฏิบัติการ บัดนี้การอบรมเสร็จสิ้นแล้ว จึงขอส่งเกียรติบัตรมาพร้อมนี้

      **สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑**
      ๑๔ พฤศจิกายน ๒๕๖๘

      ---

      ![ตราสำนักงาน](page_2_image_1.png)

      # เกียรติบัตร
      **สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑**

      มอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า

      ## นางสาวจิราพร ศรีสุวรรณ

      ได้ผ่านการอบรมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก

      ให้ไว้ ณ วันที่ ๒๕ ตุลาคม พ.ศ. ๒๕๖๘

      (นายธีระพงษ์ ศรีสมบูรณ์)<br>
      ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑

      ---

      ถอดข้อความครบทั้ง ๒ หน้าแล้วครับ หากต้องการให้จัดรูปแบบเป็นตารางแจ้งได้เลยครับ
      """
    let letters = Self.letters(text)
    #expect(letters.count == 2)
    #expect(letters.first?.kind == .stamped)
    #expect(letters.first?.lines.start == 3)
    let certificate = try #require(letters.last)
    #expect(certificate.kind == .annex)
    #expect(certificate.issuer?.name == "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑")
    #expect(certificate.date?.date?.iso == "2025-10-25")
    #expect(certificate.signature == nil)
    #expect(certificate.body.last?.hasPrefix("(นายธีระพงษ์ ศรีสมบูรณ์)") == true)
    #expect(!certificate.body.contains { $0.hasPrefix("ให้ไว้") || $0.hasPrefix("ถอดข้อความ") })
  }

  /// A memo asking approval for a project, its approvals under the signer, then the proposal on a
  /// page of its own, its sections numbered as the office numbers them.
  @Test func aProposalAfterTheMemo() throws {
    let text = """
      # บันทึกข้อความ

      **ส่วนราชการ** คณะสาธารณสุขศาสตร์ งานบริการวิชาการ
      **ที่** อว ๐๖๐๕.๑๖/๓๒๑ **วันที่** ๙ กุมภาพันธ์ ๒๕๖๙
      **เรื่อง** ขออนุมัติโครงการบริการวิชาการแก่สังคม

      **เรียน** คณบดีคณะสาธารณสุขศาสตร์

      สาขาวิชาอนามัยชุมชน ได้จัดทำโครงการบริการวิชาการแก่สังคม รายละเอียดตามโครงการที่แนบมาพร้อมนี้

      จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

      **(อาจารย์ ดร.ปริญญา สมบูรณ์ชัย)**<br>
      หัวหน้าสาขาวิชาอนามัยชุมชน

      - อนุมัติ<br>
      (รองศาสตราจารย์ ดร.สมชาย ภูมิวงศ์)<br>
      คณบดีคณะสาธารณสุขศาสตร์<br>
      ๑๑ ก.พ. ๖๙

      ---

      ## โครงการบริการวิชาการแก่สังคม การปฐมพยาบาลขั้นพื้นฐาน

      **๑. ชื่อโครงการ** การปฐมพยาบาลขั้นพื้นฐานสำหรับแกนนำนักเรียน

      **๒. หน่วยงานที่รับผิดชอบ** สาขาวิชาอนามัยชุมชน

      **๓. หลักการและเหตุผล**

      การบาดเจ็บและการเจ็บป่วยฉุกเฉินในโรงเรียนเกิดขึ้นได้ทุกเวลา
      """
    let letters = Self.letters(text)
    #expect(letters.map(\.kind) == [.memo, .annex])
    #expect(letters.first?.lines.end == 19)
    #expect(letters.last?.subject == "โครงการบริการวิชาการแก่สังคม การปฐมพยาบาลขั้นพื้นฐาน")
  }

  /// `เรื่อง …` under an enclosed order's date is that order's subject; a note of copies under the
  /// signer is no position.
  @Test func anEnclosedOrdersSubjectAndANoteOfCopies() throws {
    let text = """
      ที่ ตช 0018.23/1567                                           สถานีตำรวจภูธรบางพลี
                                                                   อำเภอบางพลี จังหวัดสมุทรปราการ 10540

                                              14 มกราคม 2569

      เรื่อง	ขอให้ส่งข้อมูลบัญชีเงินฝาก

      เรียน	ผู้จัดการธนาคารกรุงไทย สาขาบางพลี

      สิ่งที่ส่งมาด้วย	1. สำเนาคำสั่งสถานีตำรวจภูธรบางพลี ที่ 12/2569 ลงวันที่ 5 มกราคม 2569
      			    เรื่อง แต่งตั้งคณะพนักงานสอบสวน	จำนวน 1 ฉบับ

                ด้วยพนักงานสอบสวนได้รับคำร้องทุกข์ จึงขอให้ธนาคารส่งข้อมูลบัญชี

                                   ขอแสดงความนับถือ

                                  (นายสมชาย ใจดี)
                               ผู้กำกับการสถานีตำรวจภูธรบางพลี
      สำเนาเรียน ผู้บังคับการตำรวจภูธรจังหวัดสมุทรปราการ
      """
    let letter = try #require(Self.letters(text, path: "t.txt").first)
    #expect(letter.subject == "ขอให้ส่งข้อมูลบัญชีเงินฝาก")
    #expect(letter.enclosures.first?.title.hasSuffix("เรื่อง แต่งตั้งคณะพนักงานสอบสวน") == true)
    #expect(letter.signature?.positions == ["ผู้กำกับการสถานีตำรวจภูธรบางพลี"])
  }
}
