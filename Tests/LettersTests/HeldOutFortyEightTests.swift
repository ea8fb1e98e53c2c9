import Foundation
import Testing

@testable import Letters

/// What the eleventh round of held-out letters (4800–5107: military and police letters, older
/// typed letters, LLM OCR's own mistakes, letters between offices and citizens or companies)
/// showed the parser missing, each as the smallest letter that shows it.
@Suite struct HeldOutFortyEightTests {
  func parse(_ text: String, path: String = "t.txt") -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  /// A company's own number (`ที่ SPC/2568/045`): a Latin prefix before a slash.
  @Test func aCompanysLatinPrefixedNumberIsRead() throws {
    let (number, end) = try #require(LetterNumberReader.read(Array("SPC/2568/045".unicodeScalars), at: 0))
    #expect(number.canonical == "SPC 2568/045")
    #expect(number.raw == "SPC/2568/045")
    #expect(end == 12)
    #expect(LetterNumberReader.read(Array("ISO/IEC 17025".unicodeScalars), at: 0) == nil)
  }

  /// A foundation's letter: a letterhead (name, address, phone and e-mail, a rule) and no ที่.
  /// The letterhead is the office block and its contact line the contact; nothing was cropped.
  @Test func aLetterheadWithoutANumberIsTheOfficeBlock() throws {
    let letters = parse(
      """
                                มูลนิธิเพื่อผู้สูงอายุล้านนา
                ๑๒๕ หมู่ที่ ๓ ตำบลสันผีเสื้อ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ ๕๐๓๐๐
                     โทร. ๐ ๕๓๑๔ ๒๒๖๘  อีเมล lanna.elderly@gmail.com
           ------------------------------------------------------------------------

                                                ๓ พฤศจิกายน ๒๕๖๘

      เรื่อง  ขอความอนุเคราะห์ข้อมูลผู้สูงอายุที่อยู่ลำพัง

      เรียน  นายอำเภอสารภี

                ด้วยมูลนิธิเพื่อผู้สูงอายุล้านนาจะมอบผ้าห่มกันหนาวแก่ผู้สูงอายุที่อยู่ลำพัง

                                     ขอแสดงความนับถือ

                                   (นางสุดารัตน์ วงศ์คำ)
                                 ประธานมูลนิธิเพื่อผู้สูงอายุล้านนา
      """)
    let letter = try #require(letters.first)
    #expect(letter.issuer?.name == "มูลนิธิเพื่อผู้สูงอายุล้านนา")
    #expect(letter.issuer?.address == "๑๒๕ หมู่ที่ ๓ ตำบลสันผีเสื้อ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ ๕๐๓๐๐")
    #expect(letter.date?.date?.iso == "2025-11-03")
    #expect(letter.subject == "ขอความอนุเคราะห์ข้อมูลผู้สูงอายุที่อยู่ลำพัง")
    #expect(letter.to == "นายอำเภอสารภี")
    #expect(letter.contact.emails == ["lanna.elderly@gmail.com"])
    #expect(letter.contact.phones.map(\.number) == ["053142268"])
    #expect(letter.warnings.isEmpty)
  }

  /// A reply to a citizen cites their letter in its body (`ตามหนังสือของท่าน ลงวันที่ …`): a
  /// mention with no number and no office, its date.
  @Test(arguments: [
    ("ตามหนังสือของท่าน ลงวันที ๒๗ มกราคม ๒๕๖๘ ขอให้อำเภอตรวจสอบ", "หนังสือของท่าน ลงวันที ๒๗ มกราคม ๒๕๖๘", "2025-01-27"),
    ("ตามหนังสือร้องเรียนของท่าน ลงวันที่ 5 มีนาคม 2568 สอบถามเหตุ", "หนังสือร้องเรียนของท่าน ลงวันที่ 5 มีนาคม 2568", "2025-03-05"),
  ])
  func aCitizensLetterInTheBodyIsAMention(_ paragraph: String, _ raw: String, _ iso: String) throws {
    let found = CitizenLetterCitation.find(in: paragraph, ocrYears: false)
    let citation = try #require(found.first?.citation)
    #expect(found.count == 1)
    #expect(citation.raw == raw)
    #expect(citation.issuer == nil)
    #expect(citation.number == nil)
    #expect(citation.date?.date?.iso == iso)
    #expect(CitizenLetterCitation.find(in: "หากครัวเรือนของท่านมีผู้สูงอายุ สามารถยื่นคำร้อง", ocrYears: false).isEmpty)
  }

  /// An announcement's subject goes on to the rule under the title block, though its second
  /// line opens like a sentence (`ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)`).
  @Test func anAnnouncementsSubjectRunsToTheRule() throws {
    let letters = parse(
      """
                             ประกาศองค์การบริหารส่วนตำบลหนองบัว
      เรื่อง  ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3
              ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
                           ----------------------------------------

                องค์การบริหารส่วนตำบลหนองบัว มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนน

                                ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2568
      """)
    let letter = try #require(letters.first)
    #expect(letter.subject == "ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)")
    #expect(letter.body == ["องค์การบริหารส่วนตำบลหนองบัว มีความประสงค์จะประกวดราคาจ้างก่อสร้างถนน"])
  }

  /// A certificate's title names what it certifies (`หนังสือรับรองผู้ประสบอุทกภัย`): no address.
  @Test func aCertificatesLongerTitleIsNoAddress() {
    #expect(Vocabulary.isCertificateTitle(Array("หนังสือรับรองผู้ประสบอุทกภัย".unicodeScalars)))
    #expect(Vocabulary.isCertificateTitle(Array("หนังสือรับรอง".unicodeScalars)))
    #expect(!Vocabulary.isCertificateTitle(Array("หนังสือรับรองฉบับนี้ให้ไว้ เพื่อ".unicodeScalars)))
  }

  /// A military letter and its annexes: `ลับ` at each page's head and foot, `การแจกจ่าย` under
  /// the contact block, sub-items lettered ก. ข.; `ผนวก ก ประกอบหนังสือ…` and `อนุผนวก ๑
  /// ประกอบผนวก ก…` each an annex page that names the letter, its title the next line.
  @Test func aMilitaryLetterWithItsAnnexes() throws {
    let letters = parse(
      """
                                            ลับ

      ที่ กห ๐๓๐๒/๔๒๑                                         กองบัญชาการกองทัพไทย
                                                             ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐

                                       ๒๐ ส.ค. ๖๗

      เรื่อง  การเตรียมการฝึกร่วมกองทัพไทย ประจำปี ๖๘

      เรียน  เสธ.ทบ.

                ๑. บก.ทท. กำหนดการฝึก ดังนี้
                    ก. จัดกำลังเข้ารับการฝึก
                    ข. รายงานผลภายใน ๓๐ ก.ย. ๖๗

                                       ขอแสดงความนับถือ

                                         พลเอก
                                     (ธนากร ศรีสวัสดิ์)
                                      เสนาธิการทหาร

      การแจกจ่าย
      กองทัพบก                                    (๑ ชุด)

                                            ลับ



                                            ลับ

      ผนวก ก ประกอบหนังสือ บก.ทท. ที่ กห ๐๓๐๒/๔๒๑ ลง ๒๐ ส.ค. ๖๗
      การกำหนดหน่วยเข้ารับการฝึก

      ๑. กองทัพบก จัด พล.ร.๒ รอ. เข้ารับการฝึก

                                            ลับ



                                            ลับ

      อนุผนวก ๑ ประกอบผนวก ก ประกอบหนังสือ บก.ทท. ที่ กห ๐๓๐๒/๔๒๑ ลง ๒๐ ส.ค. ๖๗
      ห้วงเวลาการประชุมวางแผน

      ๑	การประชุมวางแผนขั้นต้น	๑๖ - ๑๗ ก.ย. ๖๗

                                            ลับ
      """)
    #expect(letters.map(\.kind) == [.external, .annex, .annex])
    let letter = try #require(letters.first)
    #expect(letter.lines.end == 25)  // the page's ลับ under the distribution list
    #expect(letter.body == ["๑. บก.ทท. กำหนดการฝึก ดังนี้", "ก. จัดกำลังเข้ารับการฝึก", "ข. รายงานผลภายใน ๓๐ ก.ย. ๖๗"])
    let annex = letters[1]
    #expect(annex.lines.start == 29)  // the next page's ลับ over the annex's title
    #expect(annex.secrecy == .confidential)
    #expect(annex.subject == "การกำหนดหน่วยเข้ารับการฝึก")
    #expect(annex.mentions.first?.number?.canonical == "กห 0302/421")
    #expect(letters[2].subject == "ห้วงเวลาการประชุมวางแผน")
  }

  /// `กราบเรียนมาด้วยความเคารพอย่างสูง`: the courtesy closing to one addressed `กราบเรียน`.
  @Test func theHighCourtesyClosingIsTheClosing() throws {
    let letters = parse(
      """
      ที่ ทม ๐๕๑๗.๐๗/๓๑๕๖                                     คณะแพทยศาสตร์ศิริราชพยาบาล
                                                             ถนนพรานนก บางกอกน้อย กทม. ๑๐๗๐๐

                                         ๑๔  พฤศจิกายน  ๒๕๓๔

      เรื่อง  ขอกราบเรียนเชิญเป็นประธานในพิธี

      กราบเรียน  องคมนตรี

                คณะแพทยศาสตร์ศิริราชพยาบาลขอกราบเรียนเชิญท่านเป็นประธานในพิธีเปิดอาคาร

                จึงกราบเรียนมาเพื่อโปรดทราบ

                                     กราบเรียนมาด้วยความเคารพอย่างสูง

                               (ศาสตราจารย์ นายแพทย์สุรินทร์  ศรีวงศ์)
                                   คณบดีคณะแพทยศาสตร์ศิริราชพยาบาล
      """)
    let letter = try #require(letters.first)
    #expect(letter.closing == "กราบเรียนมาด้วยความเคารพอย่างสูง")
    #expect(letter.body.last == "จึงกราบเรียนมาเพื่อโปรดทราบ")
  }

  /// A model moved the header about: the date above ที่ with the office block under the
  /// number, a remark in brackets under เรียน (`(ยกเว้น …)`); or the office block under เรื่อง.
  @Test(arguments: [
    """
    **ด่วนที่สุด**

    ๒๑ เมษายน ๒๕๖๙

    **ที่** กต ๐๕๐๒/ว ๓๓๑

    **กระทรวงการต่างประเทศ**
    ถนนศรีอยุธยา กรุงเทพฯ ๑๐๔๐๐

    **เรื่อง** การประชุมว่าด้วยแรงงานย้ายถิ่น

    **เรียน** เอกอัครราชทูต ณ ทุกประเทศสมาชิกอาเซียน
    (ยกเว้น เอกอัครราชทูต ณ กรุงเนปิดอว์)

    **อ้างถึง** หนังสือกระทรวงการต่างประเทศ ที่ กต ๐๕๐๒/ว ๒๑๘ ลงวันที่ ๑๗ มีนาคม ๒๕๖๙

    ตามหนังสือที่อ้างถึง กระทรวงการต่างประเทศได้แจ้งการประชุมแล้ว นั้น

    ขอแสดงความนับถือ

    (นายศุภวัฒน์ เลิศวิริยะ)
    อธิบดีกรมองค์การระหว่างประเทศ
    """,
    """
    ๒๑ เมษายน ๒๕๖๙

    ที่ กต ๐๕๐๒/ว ๓๓๑

    **เรื่อง** การประชุมว่าด้วยแรงงานย้ายถิ่น

    **กระทรวงการต่างประเทศ**
    ถนนศรีอยุธยา กรุงเทพฯ ๑๐๔๐๐

    **เรียน** เอกอัครราชทูต ณ ทุกประเทศสมาชิกอาเซียน
    (ยกเว้น เอกอัครราชทูต ณ กรุงเนปิดอว์)

    **อ้างถึง** หนังสือกระทรวงการต่างประเทศ ที่ กต ๐๕๐๒/ว ๒๑๘ ลงวันที่ ๑๗ มีนาคม ๒๕๖๙

    ตามหนังสือที่อ้างถึง กระทรวงการต่างประเทศได้แจ้งการประชุมแล้ว นั้น

    ขอแสดงความนับถือ

    (นายศุภวัฒน์ เลิศวิริยะ)
    อธิบดีกรมองค์การระหว่างประเทศ
    """,
  ])
  func aHeaderAModelMovedAbout(_ text: String) throws {
    let letter = try #require(parse(text, path: "t.md").first)
    #expect(letter.issuer?.name == "กระทรวงการต่างประเทศ")
    #expect(letter.issuer?.address == "ถนนศรีอยุธยา กรุงเทพฯ ๑๐๔๐๐")
    #expect(letter.subject == "การประชุมว่าด้วยแรงงานย้ายถิ่น")
    #expect(letter.to == "เอกอัครราชทูต ณ ทุกประเทศสมาชิกอาเซียน (ยกเว้น เอกอัครราชทูต ณ กรุงเนปิดอว์)")
    #expect(letter.references.first?.number?.canonical == "กต 0502/ว 218")
  }
}
