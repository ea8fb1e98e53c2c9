import Foundation
import Testing

@testable import Letters

/// What the fourteenth round of held-out letters (6000–6307: state enterprises, courts and
/// prosecutors, LLM OCR of forms with dotted leaders, the margins of a letter) showed the parser
/// missing.
@Suite struct HeldOutSixtyTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  static func memo(endorsement: String) -> String {
    """
                                       บันทึกข้อความ

    ส่วนราชการ  สำนักกฎหมายและวิชาการศาลยุติธรรม โทร. ๐ ๒๕๑๒ ๘๔๔๘
    ที่  ศย ๐๑๖/๒๒๑๐                          วันที่  ๖ พฤศจิกายน ๒๕๖๖
    เรื่อง  ขอความเห็นชอบแนวปฏิบัติ
    เรียน  เลขาธิการสำนักงานศาลยุติธรรม

              สำนักกฎหมายและวิชาการศาลยุติธรรมได้จัดทำร่างแนวปฏิบัติเสนอมาพร้อมนี้

              จึงเรียนมาเพื่อโปรดพิจารณา

                                       (นางสาวณัฐธิดา วิเศษสุวรรณ)
                             ผู้อำนวยการสำนักกฎหมายและวิชาการศาลยุติธรรม

    \(endorsement)
          (นายอดิศักดิ์ ตั้งวิริยะกุล)
       เลขาธิการสำนักงานศาลยุติธรรม
              ๘ พ.ย. ๖๖
    """
  }

  /// A superior's approval under a memo's signature (`- เห็นชอบ ดำเนินการตามเสนอ`, a bracketed
  /// name, a position, a short date) belongs to the memo: no second letter, no field filled.
  @Test(arguments: ["- เห็นชอบ ดำเนินการตามเสนอ", "เห็นชอบ", "- อนุมัติ", "- เห็นควรอนุมัติ"])
  func anApprovalUnderAMemoIsTheMemos(_ endorsement: String) throws {
    let letters = parse(Self.memo(endorsement: endorsement))
    #expect(letters.count == 1)
    let memo = try #require(letters.first)
    #expect(memo.lines.end == 18)
    #expect(memo.signature?.name == "นางสาวณัฐธิดา วิเศษสุวรรณ")
    #expect(memo.body.count == 1)
  }

  /// A court's order cited by court and date (`ตามคำสั่งศาลปกครองเชียงใหม่ ลงวันที่ …`), as an
  /// announcement is by office and date: a mention with the court as issuer and no number.
  @Test func aCourtOrderCitedByCourtAndDate() throws {
    let text = """
      ที่ ชร ๐๐๑๗.๓/๔๔๑๒                                  ศาลากลางจังหวัดเชียงราย
                                                          ถนนสิงหไคล ชร ๕๗๐๐๐

                                    ๑๔ กรกฎาคม ๒๕๖๘

      เรื่อง  ส่งคำให้การ

      เรียน  อธิบดีศาลปกครองเชียงใหม่

                ตามที่ศาลได้มีหนังสือแจ้งว่า ผู้ฟ้องคดีได้ยื่นฟ้อง และตามคำสั่งศาลปกครองเชียงใหม่
      ลงวันที่ ๒๕ มิถุนายน ๒๕๖๘ ให้ผู้ถูกฟ้องคดีที่ ๑ ทำคำให้การยื่นต่อศาลภายในสามสิบวัน นั้น

                จังหวัดเชียงรายขอส่งคำให้การ จึงเรียนมาเพื่อโปรดทราบ

                                        ขอแสดงความนับถือ

                                      (นายชัยวัฒน์ ศรีสุข)
                                     ผู้ว่าราชการจังหวัดเชียงราย
      """
    let letter = try #require(parse(text).first)
    let mention = try #require(letter.mentions.first)
    #expect(mention.raw == "คำสั่งศาลปกครองเชียงใหม่ ลงวันที่ ๒๕ มิถุนายน ๒๕๖๘")
    #expect(mention.issuer == "ศาลปกครองเชียงใหม่")
    #expect(mention.number == nil)
    #expect(mention.date?.date?.iso == "2025-06-25")
  }

  /// An order cited with its number run into the office by OCR (`…ที่๓๕๒๑/๒๕๒`) is not one
  /// cited by office and date.
  @Test func anOrderWhoseNumberIsRunIntoTheOfficeIsNoDatedCitation() {
    let found = DatedAnnouncementCitation.find(
      in: "ตามคำสั่งจังหวัดนครศรีธรรมราชที่๓๕๒๑/๒๕๖๖ ลงวันที่ ๒๒ มกราคม ๒๕๖๖ แต่งตั้งคณะทำงาน", ocrYears: false)
    #expect(found.isEmpty)
  }

  /// A state enterprise's letterhead over the ที่ line (its name, the name in English, its
  /// address, a phone and website line) and no office block: the letterhead is the office and
  /// its line the first contact; no annex page of its own.
  @Test func aLetterheadOverTheNumberIsTheOffice() throws {
    let text = """
                                การไฟฟ้าส่วนภูมิภาค
                           PROVINCIAL ELECTRICITY AUTHORITY
              ๒๐๐ ถนนงามวงศ์วาน แขวงลาดยาว เขตจตุจักร กรุงเทพฯ ๑๐๙๐๐
                     โทร. ๐ ๒๕๘๙ ๐๑๐๐    www.pea.co.th

      ด่วน
      ที่ มท ๕๓๑๐/๒๒๔๑

                                     ๓ มีนาคม ๒๕๖๘

      เรื่อง  แจ้งดับไฟฟ้าเพื่อปรับปรุงระบบจำหน่าย

      เรียน  นายกเทศมนตรีนครนนทบุรี

                การไฟฟ้าส่วนภูมิภาคจะดับไฟฟ้าเพื่อปรับปรุงระบบจำหน่าย จึงเรียนมาเพื่อโปรดทราบ

                                        ขอแสดงความนับถือ

                                      (นายประเสริฐ ทองคำ)
                                    ผู้อำนวยการฝ่ายปฏิบัติการ
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.lines.start == 1)
    #expect(letter.issuer?.name == "การไฟฟ้าส่วนภูมิภาค")
    #expect(letter.issuer?.address == "๒๐๐ ถนนงามวงศ์วาน แขวงลาดยาว เขตจตุจักร กรุงเทพฯ ๑๐๙๐๐")
    #expect(letter.contact.phones.map(\.number) == ["025890100"])
    #expect(letter.contact.urls == ["www.pea.co.th"])
    #expect(letter.urgency == .urgent)
  }

  /// A stamped letter, then on a new page a form (`แบบ ๕๓๐๐` / `แบบคำขอ…`) filled in and signed
  /// by whoever asks (`ลงชื่อ …… ผู้ขอ`): the form is an annex page, its signing no signature.
  @Test func aFormOnANewPageIsAnAnnexAndItsSigningNoSignature() throws {
    let text = """
      ที่ ศธ ๐๔๐๙๙/๔๑๒๒

      ถึง กรมบัญชีกลาง

      ด้วยสำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต ๒ ขอส่งแบบคำขอรับบำเหน็จบำนาญ มาเพื่อโปรดพิจารณา

      สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต ๒
      ๒๐ ตุลาคม ๒๕๖๘

      ---

      <!-- page 2 -->

      **แบบ ๕๓๐๐**
      **แบบคำขอรับบำเหน็จบำนาญข้าราชการ**

      ๑. ข้าพเจ้า ........ นายสมพร ใจงาม ........ ตำแหน่ง ........ ครู ........

      ลงชื่อ ........ สมพร ใจงาม ........ ผู้ขอ
      (นายสมพร ใจงาม)
      ตำแหน่ง ........ ครู ........
      """
    let letters = parse(text)
    #expect(letters.map(\.kind) == [.stamped, .annex])
    #expect(letters.first?.issuer?.name == "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต ๒")
    let form = try #require(letters.last)
    #expect(form.subject == "แบบ ๕๓๐๐ แบบคำขอรับบำเหน็จบำนาญข้าราชการ")
    #expect(form.signature == nil)
    #expect(form.body.last?.hasPrefix("ลงชื่อ") == true)
  }

  /// An annex page whose first line names its announcement (`แนบท้ายประกาศ… ลงวันที่ …`) over
  /// the page's title: the line is the mention, the title the subject.
  @Test func anAnnouncementsOwnerLineOverTheTitle() throws {
    let text = """
      ประกาศองค์การบริหารส่วนตำบลหนองบัว
      เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง

      องค์การบริหารส่วนตำบลหนองบัวจะรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป

      ประกาศ ณ วันที่ ๒๔ ตุลาคม พ.ศ. ๒๕๖๘

      (นายอินทร ปัญญาดี)
      นายกองค์การบริหารส่วนตำบลหนองบัว

      ---

      <!-- page 2 -->

      แนบท้ายประกาศองค์การบริหารส่วนตำบลหนองบัว เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ลงวันที่ ๒๔ ตุลาคม ๒๕๖๘

      **ใบสมัครเพื่อเข้ารับการเลือกสรรเป็นพนักงานจ้าง**

      ๑. ชื่อ – สกุล ................................................
      """
    let letters = parse(text)
    let annex = try #require(letters.last)
    #expect(annex.kind == .annex)
    #expect(annex.subject == "ใบสมัครเพื่อเข้ารับการเลือกสรรเป็นพนักงานจ้าง")
    #expect(annex.mentions.first?.issuer == "องค์การบริหารส่วนตำบลหนองบัว")
    #expect(annex.mentions.first?.date?.date?.iso == "2025-10-24")
  }

  /// A model's note that the dotted blanks were empty in the original is no letter's text.
  @Test func aNoteOnTheOriginalIsTheTranscribers() {
    #expect(OCRRemark.isRemark(Array("หมายเหตุ: ช่องที่เป็นจุดไข่ปลาในต้นฉบับเว้นว่างไว้ จึงคงไว้ตามต้นฉบับ".unicodeScalars)))
    #expect(!OCRRemark.isRemark(Array("หมายเหตุ: กรุณาส่งใบตอบรับภายในวันที่ ๑๐ ตุลาคม ๒๕๖๘".unicodeScalars)))
  }

  /// A superior's order ticked on a printed memo (`คำสั่ง ☑ อนุมัติ ☐ ไม่อนุมัติ`, a name, a
  /// position, a date) belongs to the memo.
  @Test func aTickedOrderUnderAMemoIsTheMemos() throws {
    let letters = parse(Self.memo(endorsement: "คำสั่ง ☑ อนุมัติ ☐ ไม่อนุมัติ"))
    #expect(letters.count == 1)
    #expect(letters.first?.lines.end == 18)
  }

  /// A QR code's caption under the copies note (`สแกนเพื่อดาวน์โหลด…`) is no text of the letter.
  @Test func aQRCaptionIsNoText() {
    #expect(SystemFurniture.isSystemLine(Array("สแกนเพื่อดาวน์โหลดสิ่งที่ส่งมาด้วย".unicodeScalars)))
  }

  static func foot(_ between: String) -> String {
    """
    ที่ สธ ๐๒๐๘.๐๕/๓๓๑๒                                  กระทรวงสาธารณสุข
                                                         ถนนติวานนท์ จังหวัดนนทบุรี ๑๑๐๐๐

                                  ๑๒ กุมภาพันธ์ ๒๕๖๙

    เรื่อง  การจัดสรรงบประมาณ

    เรียน  ผู้ว่าราชการจังหวัดชลบุรี

              กระทรวงสาธารณสุขขอแจ้งการจัดสรรงบประมาณ จึงเรียนมาเพื่อโปรดทราบ

                                    ขอแสดงความนับถือ

                                  (นายสมศักดิ์ วัฒนไพบูลย์)
                                   ปลัดกระทรวงสาธารณสุข

    \(between)
    กองยุทธศาสตร์และแผนงาน
    โทร. ๐ ๒๕๙๐ ๑๓๗๘
    """
  }

  /// A note of copies set between the signature and the contact block, and the owner label
  /// `ส่วนราชการเจ้าของเรื่อง` before the unit: neither is a unit.
  @Test(arguments: [
    ("สำเนาเรียน  ผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ ๖\n           ผู้อำนวยการสำนักงานป้องกันควบคุมโรคที่ ๖\n", ["กองยุทธศาสตร์และแผนงาน"]),
    ("ส่วนราชการเจ้าของเรื่อง กลุ่มงบประมาณ", ["กลุ่มงบประมาณ", "กองยุทธศาสตร์และแผนงาน"]),
  ])
  func copiesAndTheOwnerLabelAreNoUnits(_ between: String, _ units: [String]) throws {
    let letter = try #require(parse(Self.foot(between)).first)
    #expect(letter.contact.units == units)
    #expect(letter.contact.phones.map(\.number) == ["025901378"])
  }

  /// `ปฏิบัติงานแทน` (a company's acting phrase) is the signer's acting.
  @Test func actingAsWorkOnBehalf() {
    #expect(SignatureParser.actingPhrase("ผู้ช่วยกรรมการผู้จัดการใหญ่ ปฏิบัติงานแทน") == "ปฏิบัติงานแทน")
  }

  /// A page breaking between two paragraphs, its continuation word the next page's first, and
  /// that page's first line indented as a paragraph opens: two paragraphs.
  @Test func anIndentedParagraphAfterAPageBreakIsNew() throws {
    let text = """
      ที่ กษ ๑๐๐๑/๒๒๑๔                                    กรมส่งเสริมการเกษตร
                                                         ถนนพหลโยธิน กรุงเทพฯ ๑๐๙๐๐

                                    ๑๘ เมษายน ๒๕๖๘

      เรื่อง  ขอให้ตรวจสอบข้อเท็จจริง

      เรียน  ผู้ว่าราชการจังหวัดพิษณุโลก

                กรมส่งเสริมการเกษตรได้ตรวจสอบเบื้องต้นจากรายงานของสำนักงานเกษตรจังหวัดพิษณุโลก
      ตามสิ่งที่ส่งมาด้วย ๒ แล้ว พบว่ามีข้อมูลการจ่ายเมล็ดพันธุ์ข้าวไม่ตรงกับบัญชีรายชื่อ จำนวน ๓๗ ราย
      รวม ๑๘,๕๐๐ กิโลกรัม จึงได้แต่งตั้งคณะกรรมการสืบสวนข้อเท็จจริงตามสิ่งที่ส่งมาด้วย ๓ แล้ว

                                                                    /กรมส่งเสริมการเกษตร...

                                           - ๒ -

                กรมส่งเสริมการเกษตรพิจารณาแล้ว เพื่อให้การตรวจสอบเป็นไปด้วยความรอบคอบ โปร่งใส
      และเป็นธรรมแก่ทุกฝ่าย จึงขอให้จังหวัดพิษณุโลกแต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริงระดับจังหวัด

                จึงเรียนมาเพื่อโปรดพิจารณา

                                        ขอแสดงความนับถือ

                                      (นายประยูร สุขใจ)
                                  อธิบดีกรมส่งเสริมการเกษตร
      """
    let letter = try #require(parse(text).first)
    #expect(letter.body.count == 3)
    #expect(letter.body.dropFirst().first?.hasPrefix("กรมส่งเสริมการเกษตรพิจารณาแล้ว") == true)
  }
}
