import Foundation
import Testing

@testable import Letters

/// Letters printed or exported from an electronic document system (ระบบสารบรรณอิเล็กทรอนิกส์,
/// e-Office, DMS): the held-out set 3200–3207. The system prints lines of its own on every
/// page — print and download banners, the file's name, a document id, a QR code and where to
/// verify the document — and a signature may be electronic: a placeholder, the name without
/// brackets, and when it was signed.
@Suite struct ElectronicPrintoutTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  @Test(arguments: [
    "พิมพ์จากระบบสารบรรณอิเล็กทรอนิกส์ สำนักงานสาธารณสุขจังหวัดลำปาง โดย นางสาวปวีณา ใจมา 12/11/2569 10:45 น.    หน้า 1/2",
    "ดาวน์โหลดจากระบบสารบรรณอิเล็กทรอนิกส์เทศบาลเมืองบ้านไผ่ เมื่อ 3 พ.ย. 2569 เวลา 09:14 น.",
    "ไฟล์ : นพ0318-ว2175-อําเภอท่าอุเทน.pdf                                พิมพ์เมือ 21/11/2569 08:31",
    "ระบบสารบรรณอิเล็กทรอนิกส์ (e-Office) มหาวิทยาลัยนเรศวร          รหัสเอกสาร EO-69-0018342",
    "DMS กรมการปกครอง  เลขที่เอกสาร DOPA-DMS-2569-0047712  ชั้นความเร็ว ปกติ  ชั้นความลับ ปกติ",
    "สแกน QR Code เพื่อตรวจสอบความถูกต้องของเอกสาร",
    "ตรวจสอบเอกสารได้ที่ https://esaraban.dlt.go.th/verify   รหัสตรวจสอบ 7F3K-92QD-L8WM",
    "เอกสารฉบับนีลงนามด้วยลายมือชือดิจิทัล ตรวจสอบได้ที https://eoffice.nu.ac.th/verify/EO-69-0018342",
    "[QR Code]",
    // Held-out 4400 and 4406: a verify caption, and a banner of the file's parts set apart by bars.
    "สแกนเพื่อตรวจสอบความถูกต้องของเอกสาร",
    "ระบบสารบรรณอิเล็กทรอนิกส์ อำเภอหางดง | ชม0314-ว412.pdf | พิมพ์เมื่อ 30/01/2567 10:15",
    "ระบบสารบรรณอิเล็กทรอนิกส์ อำเภอหางดง | ไฟล์แนบ 1 : ชม0023.3-ว1286.pdf | หน้า 1/2",
  ])
  func whatTheSystemPrintsIsNoText(_ text: String) {
    #expect(Line(number: 1, raw: text).furniture != nil)
  }

  /// Text of the letter that says the same words stays text.
  @Test(arguments: [
    "ผ่านแบบรายงานที่ส่งมาด้วย ๒ ทางเว็บไซต์ https://nutrition.anamai.moph.go.th ภายในวันที่ ๓๐ ธันวาคม ๒๕๖๙",
    "๓. รายงานผลการดำเนินงานผ่านระบบรายงานของศูนย์บัญชาการเหตุการณ์",
    "ตรวจสอบเอกสารหลักฐานให้ครบถ้วนก่อนส่ง",
    "ระบบสารบรรณอิเล็กทรอนิกส์และการลงลายมือชื่อดิจิทัล",
    "พิมพ์เขียวแบบแปลนอาคาร จำนวน ๒ ชุด",
    "สแกนเอกสารเป็นไฟล์ .pdf แล้วส่งทางไปรษณีย์อิเล็กทรอนิกส์",
  ])
  func theLettersOwnWordsStayText(_ text: String) {
    #expect(Line(number: 1, raw: text).furniture == nil)
  }

  /// A print footer on every page, in the middle of a paragraph: one letter, the paragraph
  /// whole, no annex page made of the last footer.
  @Test func aPrintFooterOnEveryPage() throws {
    let letters = parse(
      """
      ที่ สธ ๐๙๒๑.๓/ว ๒๘๔๗
      กรมอนามัย
      ๗ พฤศจิกายน ๒๕๖๙

      เรื่อง  ขอความร่วมมือดำเนินการรณรงค์ลดการบริโภคเกลือ
      เรียน  ผู้ว่าราชการจังหวัด ทุกจังหวัด

                กรมอนามัยขอความร่วมมือจังหวัดดำเนินการรณรงค์ในสถานศึกษา และรายงานผล
      พิมพ์จากระบบสารบรรณอิเล็กทรอนิกส์ สำนักงานสาธารณสุขจังหวัดลำปาง โดย นางสาวปวีณา ใจมา 12/11/2569 10:45 น.    หน้า 1/2

                                              - ๒ -
      ผ่านแบบรายงานภายในวันที่ ๓๐ ธันวาคม ๒๕๖๙

                จึงเรียนมาเพื่อโปรดพิจารณา

                                ขอแสดงความนับถือ

                              (นายแพทย์ธีรวัฒน์ กาญจนวงศ์)
                                  อธิบดีกรมอนามัย

      สำนักโภชนาการ
      โทร. ๐ ๒๕๙๐ ๔๓๒๗

      พิมพ์จากระบบสารบรรณอิเล็กทรอนิกส์ สำนักงานสาธารณสุขจังหวัดลำปาง โดย นางสาวปวีณา ใจมา 12/11/2569 10:45 น.    หน้า 2/2
      """)
    #expect(letters.count == 1, "\(letters.map(\.lines))")
    #expect(letters.first?.lines.end == 22)
    #expect(
      letters.first?.body.first
        == "กรมอนามัยขอความร่วมมือจังหวัดดำเนินการรณรงค์ในสถานศึกษา และรายงานผล ผ่านแบบรายงานภายในวันที่ ๓๐ ธันวาคม ๒๕๖๙")
  }

  /// An electronic signature: a placeholder, the signer's name without brackets, and the time
  /// it was signed, which ends the letter; the system's verification note below is no part of it.
  @Test func anElectronicSignature() throws {
    let letters = parse(
      """
      ระบบสารบรรณอิเล็กทรอนิกส์ (e-Office) มหาวิทยาลัยนเรศวร          รหัสเอกสาร EO-69-0018342

                                         บันทึกข้อความ
      ส่วนราชการ  คณะสาธารณสุขศาสตร์ งานบริหารและธุรการ โทร. ๖๓๐๑
      ที่  อว ๐๖๐๓.๑๖.๐๑/๓๒๕๘          วันที่  ๑๗ พฤศจิกายน ๒๕๖๙
      เรื่อง  ขออนุมัติจัดโครงการอบรมเชิงปฏิบัติการ
      เรียน  คณบดีคณะสาธารณสุขศาสตร์

                งานบริหารและธุรการขออนุมัติจัดโครงการอบรมเชิงปฏิบัติการ

                จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

                               [ลายมือชื่ออิเล็กทรอนิกส์]
                               นางสาวกมลวรรณ ศรีสวัสดิ์
                               หัวหน้างานบริหารและธุรการ
                               ลงนามเมื่อ 18/11/2569 14:05:22

      เอกสารฉบับนี้ลงนามด้วยลายมือชื่อดิจิทัล ตรวจสอบได้ที่ https://eoffice.nu.ac.th/verify/EO-69-0018342
      หน้า 1/1
      """)
    #expect(letters.count == 1, "\(letters.map(\.lines))")
    let letter = try #require(letters.first)
    #expect(letter.kind == .memo)
    #expect(letter.lines.start == 3)
    #expect(letter.lines.end == 16)
    #expect(letter.signature?.name == "นางสาวกมลวรรณ ศรีสวัสดิ์")
    #expect(letter.signature?.positions == ["หัวหน้างานบริหารและธุรการ"])
  }

  /// A copy of an order certified true (`สำเนาถูกต้อง`, a name and a position) under its
  /// signature, with `(ลงชื่อ)` before the signer's name: one order, to the certification's end.
  @Test func aCertifiedCopyOfAnOrder() throws {
    let letters = parse(
      """
                            คำสั่งเทศบาลเมืองบ้านไผ่
                              ที่ ๘๑๔/๒๕๖๙
              เรื่อง  แต่งตั้งผู้ดูแลระบบสารบรรณอิเล็กทรอนิกส์

                เพื่อให้การรับ - ส่งหนังสือราชการของเทศบาลเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งผู้ดูแลระบบ

                ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป

                               สั่ง ณ วันที่ ๒ พฤศจิกายน พ.ศ. ๒๕๖๙

                            (ลงชื่อ)        ประพันธ์  ศรีบุญเรือง
                                         (นายประพันธ์ ศรีบุญเรือง)
                                          นายกเทศมนตรีเมืองบ้านไผ่

      สำเนาถูกต้อง

      (นางสาวจิราพร มูลศรี)
      นักจัดการงานทั่วไปชำนาญการ

      ดาวน์โหลดจากระบบสารบรรณอิเล็กทรอนิกส์เทศบาลเมืองบ้านไผ่ เมื่อ 3 พ.ย. 2569 เวลา 09:14 น.
      """)
    #expect(letters.count == 1, "\(letters.map(\.lines))")
    let letter = try #require(letters.first)
    #expect(letter.kind == .order)
    #expect(letter.lines.end == 18)
    #expect(letter.signature?.name == "นายประพันธ์ ศรีบุญเรือง")
    #expect(letter.signature?.positions == ["นายกเทศมนตรีเมืองบ้านไผ่"])
    #expect(letter.body.last == "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", "\(letter.body)")
  }

  /// The receiving office's routing notes from its e-saraban system after the contact block
  /// (`เรียน นายก …`, notes, who wrote them and when): the letter's; they fill no field.
  @Test func routingNotesAfterTheContactBlock() throws {
    let letters = parse(
      """
      ที่ ชม ๐๐๒๒.๒/ว ๑๑๘๔๗
      ศาลากลางจังหวัดเชียงใหม่
      ๑๐ พฤศจิกายน ๒๕๖๙

      เรื่อง  การเฝ้าระวังสถานการณ์ฝุ่นละอองขนาดเล็ก
      เรียน  นายกองค์การบริหารส่วนจังหวัดเชียงใหม่

                จังหวัดเชียงใหม่ขอให้องค์การบริหารส่วนจังหวัดเฝ้าระวังสถานการณ์ฝุ่นละออง

                จึงเรียนมาเพื่อโปรดดำเนินการ

                                  ขอแสดงความนับถือ

                                (นายเจษฎา ศรีวิชัย)
                                ผู้ว่าราชการจังหวัดเชียงใหม่

      สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดเชียงใหม่
      โทร. ๐ ๕๓๑๑ ๒๔๘๙

      ------------------------------------------------------------------
      การดำเนินการในระบบสารบรรณอิเล็กทรอนิกส์ องค์การบริหารส่วนจังหวัดเชียงใหม่
      เรียน  นายก อบจ.เชียงใหม่
           - เพื่อโปรดทราบ
           - เห็นควรมอบ กองสาธารณสุข ดำเนินการ
           อรอุมา ปัญญาวงค์ (นักจัดการงานทั่วไป) 14 พ.ย. 2569 09:20 น.
      - ทราบ มอบ กองสาธารณสุข
           พิชัย เลิศพงษ์อดิศร (นายก อบจ.เชียงใหม่) 14 พ.ย. 2569 16:48 น.
      """)
    #expect(letters.count == 1, "\(letters.map(\.lines))")
    #expect(letters.first?.lines.end == 27)
    #expect(letters.first?.contact.phones.count == 1)
  }
}
