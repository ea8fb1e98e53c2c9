import Foundation
import Testing

@testable import Letters

/// The kinds the contract names besides letters and orders (held-out 1800–1803): a regulation
/// (ระเบียบ) and a bylaw (ข้อบังคับ) are orders titled `… ว่าด้วย… พ.ศ. …` with no number and
/// no เรื่อง; a statement (แถลงการณ์) and a press release (ข่าว) are announcements, the one dated
/// at its foot under its office, the other numbered `ฉบับที่ …/…` with a contact block at its
/// foot and no signature.
@Suite struct TitledDocumentTests {
  func parse(_ text: String, path: String = "test.txt") -> LetterDocument {
    LetterParser().parse(bytes: Array(text.utf8), path: path)
  }

  static let regulationTitles: [(String, String, String)] = [
    // (title block, issuer, subject)
    (
      """
                                ระเบียบกรมการปกครอง
                ว่าด้วยการใช้รถส่วนกลาง
                              พ.ศ. ๒๕๖๘
                    ---------------------------------
      """, "กรมการปกครอง", "ว่าด้วยการใช้รถส่วนกลาง พ.ศ. ๒๕๖๘"
    ),
    (
      """
      ระเบียบกรมการปกครองว่าด้วยการใช้รถส่วนกลาง พ.ศ. ๒๕๖๘
      """, "กรมการปกครอง", "ว่าด้วยการใช้รถส่วนกลาง พ.ศ. ๒๕๖๘"
    ),
    (
      """
      # ข้อบังคับมหาวิทยาลัยราชภัฏอุดรธานี
      # ว่าด้วยการจัดการศึกษาระดับปริญญาตรี
      # (ฉบับที่ ๒)
      # พ.ศ. ๒๕๖๘

      ---
      """, "มหาวิทยาลัยราชภัฏอุดรธานี", "ว่าด้วยการจัดการศึกษาระดับปริญญาตรี (ฉบับที่ ๒) พ.ศ. ๒๕๖๘"
    ),
  ]

  @Test(arguments: regulationTitles)
  func aRegulationIsAnOrderWithItsMatterAsSubject(_ title: String, _ issuer: String, _ subject: String) throws {
    let text = """
      \(title)

                โดยที่เป็นการสมควรปรับปรุงระเบียบว่าด้วยการใช้รถส่วนกลางให้เหมาะสม

                อาศัยอำนาจตามความในมาตรา ๓๒ แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔ จึงวางระเบียบไว้ ดังต่อไปนี้

                ข้อ ๑ ระเบียบนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศเป็นต้นไป

                          ประกาศ ณ วันที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๘

                                (นายสมชาย ใจดี)
                                อธิบดีกรมการปกครอง
      """
    let document = parse(text, path: title.hasPrefix("#") ? "test.md" : "test.txt")
    #expect(document.letters.count == 1)
    let letter = try #require(document.letters.first)
    #expect(letter.kind == .order)
    #expect(letter.issuer == Issuer(name: issuer, address: nil))
    #expect(letter.subject == subject)
    #expect(letter.date?.date?.iso == "2025-03-12")
    #expect(letter.body.first == "โดยที่เป็นการสมควรปรับปรุงระเบียบว่าด้วยการใช้รถส่วนกลางให้เหมาะสม")
    #expect(letter.body.count == 3)
    #expect(letter.signature?.name == "นายสมชาย ใจดี")
  }

  @Test func aStatementIsDatedAtItsFoot() throws {
    let text = """
                              แถลงการณ์กระทรวงการต่างประเทศ
                        เรื่อง สถานการณ์ในประเทศเมียนมา

                กระทรวงการต่างประเทศติดตามสถานการณ์อย่างใกล้ชิด และขอให้คนไทยในพื้นที่ระมัดระวัง

                จึงขอแถลงให้ทราบโดยทั่วกัน


                                                    กระทรวงการต่างประเทศ
                                                     ๓ กุมภาพันธ์ ๒๕๖๘
      """
    let letter = try #require(parse(text).letters.first)
    #expect(letter.kind == .announcement)
    #expect(letter.issuer?.name == "กระทรวงการต่างประเทศ")
    #expect(letter.subject == "สถานการณ์ในประเทศเมียนมา")
    #expect(letter.date?.date?.iso == "2025-02-03")
    #expect(
      letter.body == [
        "กระทรวงการต่างประเทศติดตามสถานการณ์อย่างใกล้ชิด และขอให้คนไทยในพื้นที่ระมัดระวัง", "จึงขอแถลงให้ทราบโดยทั่วกัน",
      ])
    #expect(letter.signature == nil)
  }

  @Test func aPressReleaseHasAnIssueNumberAndAContactFoot() throws {
    let text = """
      # ข่าวสำนักงานประชาสัมพันธ์จังหวัดเลย

      **ฉบับที่ ๒๐๕/๒๕๖๘**<br>
      **วันที่ ๔ ธันวาคม ๒๕๖๘**

      ## เรื่อง จังหวัดเลยเชิญชวนเที่ยวงานดอกฝ้ายบานฯ

      จังหวัดเลยกำหนดจัดงานดอกฝ้ายบานฯ ระหว่างวันที่ ๒๖ ธันวาคม ๒๕๖๘ ถึงวันที่ ๔ มกราคม ๒๕๖๙

      ---

      ฝ่ายข่าว สำนักงานประชาสัมพันธ์จังหวัดเลย<br>
      โทร. ๐ ๔๒๘๑ ๑๒๓๔<br>
      ไปรษณีย์อิเล็กทรอนิกส์ loei@prd.go.th
      """
    let letter = try #require(parse(text, path: "test.md").letters.first)
    #expect(letter.kind == .announcement)
    #expect(letter.number?.canonical == "205/2568")
    #expect(letter.number?.serial == "205")
    #expect(letter.number?.yearSuffix == "2568")
    #expect(letter.number?.prefix == nil)
    #expect(letter.id == "205/2568@2568")
    #expect(letter.date?.date?.iso == "2025-12-04")
    #expect(letter.subject == "จังหวัดเลยเชิญชวนเที่ยวงานดอกฝ้ายบานฯ")
    #expect(letter.body == ["จังหวัดเลยกำหนดจัดงานดอกฝ้ายบานฯ ระหว่างวันที่ ๒๖ ธันวาคม ๒๕๖๘ ถึงวันที่ ๔ มกราคม ๒๕๖๙"])
    #expect(letter.contact.units == ["ฝ่ายข่าว สำนักงานประชาสัมพันธ์จังหวัดเลย"])
    #expect(letter.contact.phones.map(\.number) == ["042811234"])
    #expect(letter.contact.emails == ["loei@prd.go.th"])
    #expect(letter.warnings.isEmpty)
  }

  /// `ว่าด้วย` deep in an order's sentence titles nothing; a body line `ฉบับที่ …` in a letter
  /// is no number.
  @Test func regardingInABodyTitlesNothing() throws {
    let text = """
      ที่ มท ๐๓๑๐.๔/ว ๑๒๓                 กรมการปกครอง
                                          ถนนอัษฎางค์ กรุงเทพฯ ๑๐๒๐๐

                          ๓ มีนาคม ๒๕๖๘

      เรื่อง ระเบียบว่าด้วยการใช้รถส่วนกลาง

      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

                ด้วยกรมการปกครองได้ออกระเบียบกรมการปกครอง ว่าด้วยการใช้รถส่วนกลาง พ.ศ. ๒๕๖๘

                ทั้งนี้ ขอให้ใช้รถส่วนกลางตามความจำเป็น และปฏิบัติตาม
      ระเบียบว่าด้วยการรักษาความลับของทางราชการ พ.ศ. 2544 โดยเคร่งครัด

      ระเบียบกรมการปกครองว่าด้วยการใช้รถส่วนกลาง ให้ถือปฏิบัติตั้งแต่บัดนี้ และขอให้แจ้งทุกอำเภอ

      ขอแสดงความนับถือ

      (นายสมชาย ใจดี)
      อธิบดีกรมการปกครอง
      """
    let document = parse(text)
    #expect(document.letters.count == 1)
    #expect(document.letters.first?.kind == .external)
    #expect(document.letters.first?.subject == "ระเบียบว่าด้วยการใช้รถส่วนกลาง")
    #expect(document.letters.first?.body.count == 3)
  }
}
