import Testing

@testable import Letters

/// What the twenty-second round of held-out letters (9000–9007: two-column and bilingual
/// layouts that OCR merged or interleaved) showed the parser missing.
@Suite struct HeldOutNinetyTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  /// A Thai letter with its English translation in a parallel column, OCR reading each row
  /// across both columns: the fields come from the Thai column alone.
  @Test func anEnglishColumnReadAcrossFillsNoField() throws {
    let text = """
      ที่ อว ๗๘.๑๗๐/๑๒๕๓                                No. MU 78.170/1253
                    คณะแพทยศาสตร์ มหาวิทยาลัยมหิดล       Faculty of Medicine, Mahidol University
                    ถนนราชวิถี กรุงเทพฯ ๑๐๔๐๐            Ratchawithi Road, Bangkok 10400

               ๑๔ มีนาคม ๒๕๖๘                              14 March 2025

      เรื่อง  ขอต่ออายุบันทึกความเข้าใจ                      Subject: Renewal of the Memorandum

      เรียน  อธิการบดีมหาวิทยาลัยโอซากา                   Dear President,

      สิ่งที่ส่งมาด้วย  แผนกิจกรรม พ.ศ. ๒๕๖๘ – ๒๕๗๓          Enclosure: Activity plan 2025 – 2030

              ตามที่มหาวิทยาลัยโอซากาแจ้งว่า                With reference to your letter, the
      บันทึกความเข้าใจจะสิ้นสุดอายุ นั้น                    Memorandum will expire.

              จึงเรียนมาเพื่อโปรดพิจารณา                    We would be grateful for your reply.

                          ขอแสดงความนับถือ                 Yours sincerely,

              (นางสาวปิยะนุช ศรีวัฒนา)                     (Ms. Piyanuch Sriwattana)
              คณบดีคณะแพทยศาสตร์                          Dean, Faculty of Medicine

      งานวิเทศสัมพันธ์                                  International Relations Unit
      โทร. ๐ ๒๓๐๖ ๙๑๐๐                               Tel. +66 2306 9100
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.lines.end == 24)
    #expect(letter.enclosures.map(\.title) == ["แผนกิจกรรม พ.ศ. ๒๕๖๘ – ๒๕๗๓"])
    #expect(letter.date?.raw == "๑๔ มีนาคม ๒๕๖๘")
    #expect(letter.subject == "ขอต่ออายุบันทึกความเข้าใจ")
    #expect(letter.to == "อธิการบดีมหาวิทยาลัยโอซากา")
    #expect(letter.body == ["ตามที่มหาวิทยาลัยโอซากาแจ้งว่า บันทึกความเข้าใจจะสิ้นสุดอายุ นั้น", "จึงเรียนมาเพื่อโปรดพิจารณา"])
    #expect(letter.closing == "ขอแสดงความนับถือ")
    #expect(letter.signature?.name == "นางสาวปิยะนุช ศรีวัฒนา")
    #expect(letter.contact.phones.map(\.number) == ["023069100"])
  }

  /// Each Thai line with its English line under it: the English lines fill nothing, yet
  /// belong to the letter; English inside a Thai sentence stays.
  @Test func anEnglishLineUnderEachThaiLineFillsNoField() throws {
    let text = """
      ที่ ภก ๐๐๓๒/๕๑๗๘                               โรงพยาบาลภูเก็ต
      Ref. No. PK 0032/5178                           Phuket Hospital

                         ๑๘ กุมภาพันธ์ ๒๕๖๙
                         18 February 2026

      เรื่อง  ขอความอนุเคราะห์ประสานญาติผู้ป่วย
      Subject: Request for assistance

      เรียน  กงสุลกิตติมศักดิ์ประจำจังหวัดภูเก็ต
      Dear Honorary Consul,

                ผู้ป่วยชื่อ นาย Markus Hoffmann ได้รับการรักษาในงาน "Phuket Trauma
      Care Week" ที่โรงพยาบาล นั้น
                The patient, Mr. Markus Hoffmann, is being treated at the hospital.

                จึงเรียนมาเพื่อโปรดพิจารณา
                Thank you for your kind cooperation.

                               ขอแสดงความนับถือ
                               Yours sincerely,

                          (นายวิโรจน์ ทองประเสริฐ)
                          (Dr. Wiroj Thongprasert)
                       ผู้อำนวยการโรงพยาบาลภูเก็ต
                       Director, Phuket Hospital

      กลุ่มงานสังคมสงเคราะห์
      Social Work Unit
      โทร. ๐ ๗๖๓๖ ๑๒๓๔
      Tel. +66 7636 1234
      """
    let letter = try #require(parse(text).first)
    #expect(letter.lines.end == 31)
    #expect(letter.subject == "ขอความอนุเคราะห์ประสานญาติผู้ป่วย")
    #expect(letter.to == "กงสุลกิตติมศักดิ์ประจำจังหวัดภูเก็ต")
    #expect(letter.issuer?.address == nil || letter.issuer?.address?.contains("Hospital") == false)
    #expect(
      letter.body == [
        "ผู้ป่วยชื่อ นาย Markus Hoffmann ได้รับการรักษาในงาน \"Phuket Trauma Care Week\" ที่โรงพยาบาล นั้น",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
      ])
    #expect(letter.signature?.name == "นายวิโรจน์ ทองประเสริฐ")
    #expect(letter.signature?.positions == ["ผู้อำนวยการโรงพยาบาลภูเก็ต"])
    #expect(letter.contact.phones.map(\.number) == ["076361234"])
  }

  /// The Thai letter, then its whole English version: one letter over all the lines.
  @Test func anEnglishVersionAfterTheLetterIsPartOfIt() throws {
    let text = """
      ที่ ททท ๑๕๐๓/ว ๐๔๑๓
                       การท่องเที่ยวแห่งประเทศไทย
                       กรุงเทพฯ ๑๐๔๐๐

                ๓ เมษายน ๒๕๖๘

      เรื่อง  ขอเชิญเข้าร่วมงาน

      เรียน  ผู้บริหารบริษัทนำเที่ยว

             ด้วยการท่องเที่ยวแห่งประเทศไทยกำหนดจัดงาน นั้น

                  ขอแสดงความนับถือ

            (นางสาวจิราภรณ์ วงศ์สุวรรณ)
         รองผู้ว่าการด้านตลาดต่างประเทศ


      No. TAT 1503/W 0413
                       Tourism Authority of Thailand

      Subject: Invitation to the Travel Mart

      Dear Valued Partners,

             The Tourism Authority of Thailand will organise
      the Travel Mart.

                  Yours sincerely,

            (Miss Jiraporn Wongsuwan)
         Deputy Governor
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.lines.end == 32)
    #expect(letters.first?.signature?.positions == ["รองผู้ว่าการด้านตลาดต่างประเทศ"])
  }

  /// A Thai letter with English words in it, and a line of English that goes on a Thai
  /// sentence, is no bilingual letter: its English stays.
  @Test func englishInAThaiLetterStays() throws {
    let text = """
      ที่ ขก ๐๐๑๗/ว ๑๒                     ศาลากลางจังหวัดขอนแก่น
                                           ถนนหน้าเมือง ขก ๔๐๐๐๐
                       ๓ มีนาคม ๒๕๖๙
      เรื่อง  ขอเชิญร่วมประชุม
      เรียน  นายอำเภอ ทุกอำเภอ
      สิ่งที่ส่งมาด้วย  กำหนดการ Dear Colleagues Forum     จำนวน ๑ ชุด
                ด้วยจังหวัดกำหนดจัดการประชุม "Resilient Health Systems
      for an Ageing Asia" ณ ศาลากลางจังหวัด นั้น

                จึงเรียนมาเพื่อโปรดทราบ

                     ขอแสดงความนับถือ
                  (นายสมชาย ใจดี)
               ผู้ว่าราชการจังหวัดขอนแก่น
      ไปรษณีย์อิเล็กทรอนิกส์ saraban@khonkaen.go.th
      """
    let letter = try #require(parse(text).first)
    #expect(
      letter.body.first == "ด้วยจังหวัดกำหนดจัดการประชุม \"Resilient Health Systems for an Ageing Asia\" ณ ศาลากลางจังหวัด นั้น")
  }

  /// A model's bilingual table (`| ภาษาไทย | English |`): the Thai column is the letter, each
  /// line of a Thai cell a line; the row naming the languages is no text.
  @Test func aBilingualMarkdownTableReadsItsThaiColumn() throws {
    let text = """
      ต่อไปนี้คือข้อความที่ถอดจากภาพเอกสาร จัดเป็นตารางสองภาษา

      | ภาษาไทย | English |
      |---|---|
      | **ที่** ชม ๐๐๑๗.๒/ว ๑๔๕๒ | **No.** CM 0017.2/W 1452 |
      | ศาลากลางจังหวัดเชียงใหม่<br>ถนนโชตนา ชม ๕๐๓๐๐ | Chiang Mai Provincial Hall<br>Chotana Road, Chiang Mai 50300 |
      | ๒๘ ตุลาคม ๒๕๖๘ | 28 October 2025 |
      | **เรื่อง** ขอเชิญร่วมงานเลี้ยงรับรอง | **Subject:** Invitation to the reception |
      | **เรียน** กงสุลใหญ่ประจำจังหวัดเชียงใหม่ | **To:** Consuls-General in Chiang Mai |
      | ด้วยจังหวัดเชียงใหม่กำหนดจัดงานประเพณียี่เป็ง นั้น | Chiang Mai Province will hold the Yi Peng Festival. |
      | จึงเรียนมาเพื่อโปรดทราบ | We look forward to your company. |
      | ขอแสดงความนับถือ | Yours sincerely, |
      | (นายสุรเชษฐ์ วงศ์ชัยยะ)<br>ผู้ว่าราชการจังหวัดเชียงใหม่ | (Mr. Surachet Wongchaiya)<br>Governor of Chiang Mai |
      | สำนักงานจังหวัดเชียงใหม่<br>โทร. ๐ ๕๓๑๑ ๒๗๐๐<br>ไปรษณีย์อิเล็กทรอนิกส์ protocol@moi.go.th | Office of Chiang Mai Province<br>Tel. +66 5311 2700<br>E-mail: protocol@moi.go.th |
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.number?.canonical == "ชม 0017.2/ว 1452")
    #expect(letter.issuer?.address == "ถนนโชตนา ชม ๕๐๓๐๐")
    #expect(letter.to == "กงสุลใหญ่ประจำจังหวัดเชียงใหม่")
    #expect(letter.signature?.positions == ["ผู้ว่าราชการจังหวัดเชียงใหม่"])
    #expect(letter.contact.units == ["สำนักงานจังหวัดเชียงใหม่"])
    #expect(letter.contact.phones.map(\.number) == ["053112700"])
    #expect(letter.contact.emails == ["protocol@moi.go.th"])
  }

  /// A table of two columns that is no translation (a Thai name beside an English one) keeps
  /// both.
  @Test func aTableOfThaiAndEnglishNamesStays() throws {
    let cells = HTMLTable.render([["นางสาววราภรณ์ ศักดิ์สิทธิ์"], ["Ms. Waraporn Saksit"]])
    #expect(cells == ["นางสาววราภรณ์ ศักดิ์สิทธิ์\tMs. Waraporn Saksit"])
  }

  /// A model's preamble names the text transcribed from the image (`ที่ถอดจากภาพเอกสาร`); a
  /// letter's sentence of someone removed from a post (`ถอดจากตำแหน่ง`) is none.
  @Test func aPreambleOfTextTranscribedFromTheImage() {
    #expect(OCRRemark.isThaiChat(Array("ต่อไปนี้คือข้อความที่ถอดจากภาพเอกสาร โดยจัดวางเป็นตารางสองภาษา".unicodeScalars)))
    #expect(!OCRRemark.isThaiChat(Array("ต่อไปนี้คือตารางรายชื่อผู้ที่ถูกถอดจากตำแหน่ง".unicodeScalars)))
  }

  /// A memo's routing note in a box, read between two paragraphs: no text of the body; a
  /// paragraph it interrupts goes on.
  @Test func aRoutingNoteBoxBetweenParagraphsIsNoBody() throws {
    let text = """
                                      บันทึกข้อความ
      ส่วนราชการ  กองการสังคม  โทร. ๐ ๒๒๐๓ ๕๐๐๐
      ที่  กต ๐๕๐๔/๖๑๒                          วันที่  ๑๙ ธันวาคม ๒๕๖๗
      เรื่อง  การเสนอรายชื่อคณะผู้แทนไทย
      เรียน  อธิบดีกรมองค์การระหว่างประเทศ

                ตามหนังสือคณะผู้แทนถาวรไทย ขอให้แจ้งรายชื่อคณะผู้แทนไทย
      ภายในวันศุกร์ที่ ๑๐ มกราคม ๒๕๖๘ นั้น

                                                   | เรียน อธ. ผ่าน รอธ.   |
                                                   | - เพื่อโปรดพิจารณา     |
                                                   | ปกรณ์ ผอ.กสค.        |
                                                   | ๑๙ ธ.ค. ๖๗           |

                กองการสังคมจึงขอเสนอรายชื่อคณะผู้แทนไทย
                                                   | เรียน อธ.            |
                                                   | ๒๐ ธ.ค. ๖๗           |
      ตามบัญชีที่แนบ

                จึงเรียนมาเพื่อโปรดพิจารณา

                              (นายปกรณ์ ชัยมงคล)
                           ผู้อำนวยการกองการสังคม
      """
    let letter = try #require(parse(text).first)
    #expect(
      Array(letter.body.prefix(2)) == [
        "ตามหนังสือคณะผู้แทนถาวรไทย ขอให้แจ้งรายชื่อคณะผู้แทนไทย ภายในวันศุกร์ที่ ๑๐ มกราคม ๒๕๖๘ นั้น",
        "กองการสังคมจึงขอเสนอรายชื่อคณะผู้แทนไทย ตามบัญชีที่แนบ",
      ])
  }

  /// A table's rows set in boxes, none a date alone, stay text.
  @Test func boxedTableRowsWithoutANoteDateStay() {
    let lines = ["| ลำดับ ชื่อ - สกุล |", "| ๑ นายสมชาย ใจดี |"].enumerated().map { Line(number: $0.offset + 1, raw: $0.element) }
    #expect(RoutingNote.boxRows(lines, 0, 0..<2) == nil)
  }
}
