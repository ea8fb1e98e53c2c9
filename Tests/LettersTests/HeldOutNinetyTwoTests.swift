import Foundation
import Testing

@testable import Letters

/// The held-out sets 9200–9507 (signers, dates, fax and scanner furniture, regulators'
/// numbers): what they found, each case a rule of its own.
@Suite struct HeldOutNinetyTwoTests {
  static func parse(_ text: String) throws -> [Letter] {
    try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters as [Letter]?)
  }

  // MARK: What machines print on a page (DeviceFurniture)

  @Test(
    arguments: [
      "FROM : สนง.ปภ.จ.ชม.          FAX NO. : 053 112 233          Nov. 26 2026 10:31AM P1",
      "18/11/2026 14:05     054710141     สสจ.น่าน     หน้า 01/03",
      "RICOH IM C3000   20/11/2026 11:38   สภ.เมืองเชียงราย   Job 4821   1/2",
      "Rx Date/Time  OCT-02-2026(FRI) 14:25                  P.001",
      "Scanned with CamScanner",
      "สแกนด้วย CamScanner",
      "Scanned by TapScanner",
      "Scanned with Adobe Scan",
      // An e-document's note that it was signed electronically, by whom and where to verify it.
      "เอกสารนี้ลงนามโดย ผศ.ดร.ฮาฟีซ สาและ ด้วยลายมือชื่ออิเล็กทรอนิกส์ เมื่อ ๙ ก.ย. ๒๕๖๘ เวลา ๑๕:๔๒ น. ตรวจสอบได้ที่ https://edoc.pn.psu.ac.th/verify/IS-68-01472",
    ])
  func aMachinesLineIsFurniture(_ text: String) {
    let line = Line(number: 1, raw: text)
    #expect(line.furniture == .system)
  }

  @Test(
    arguments: [
      "Date: 20/11/2026 11:38",  // an e-mail's header
      "ลงนามเมื่อ 18/11/2569 14:05:22",  // an e-document's signing note
      "Tel. 02 123 4567   Fax 02 123 4568",  // a contact line
      "FROM THE DIRECTOR GENERAL",  // no fax, no time
      "ประชุมวันที่ 20/11/2569 เวลา 13:30 น. ณ ห้องประชุม",  // a Buddhist-era date in a sentence
      "Scanned documents are attached for your information",  // a sentence, not an app's mark
    ])
  func aLineOfTheLetterIsNoMachinesLine(_ text: String) {
    #expect(!DeviceFurniture.isDeviceLine(Line(number: 1, raw: text).scalars))
  }

  static let faxedLetter = """
    FROM : สนง.ปภ.จ.ชม.          FAX NO. : 053 112 233          Nov. 26 2026 10:31AM P1

    ที่ ชม ๐๐๑๙.๒/ว ๘๘๓๔                                       ศาลากลางจังหวัดเชียงใหม่
                                                              ถนนโชตนา ชม ๕๐๓๐๐

                                   ๒๕ พฤศจิกายน ๒๕๖๙

    เรื่อง  การเตรียมความพร้อมป้องกันและแก้ไขปัญหาภัยหนาว

    เรียน  นายอำเภอ ทุกอำเภอ

              จังหวัดเชียงใหม่ขอให้อำเภอเตรียมความพร้อมรับมือภัยหนาว

              จึงเรียนมาเพื่อทราบ

                                   ขอแสดงความนับถือ

                                (นายสมชาย ใจดี)
                              ผู้ว่าราชการจังหวัดเชียงใหม่

    Scanned with CamScanner
    """

  /// A fax's header over the letter and a scanner app's mark under it: one letter, its lines
  /// from its ที่ to its signer.
  @Test func aFaxedAndScannedLetterIsOneLetter() throws {
    let letters = try Self.parse(Self.faxedLetter)
    #expect(letters.count == 1)
    #expect(letters.first?.number?.canonical == "ชม 0019.2/ว 8834")
    #expect(letters.first?.lines == LineSpan(start: 3, end: 19))
  }

  // MARK: A fax cover sheet with its own number (FaxCover)

  @Test func aNumberedFaxCoverIsALetterOfTheOfficeUnderItsTitle() throws {
    let text = """
                                   ใบปะหน้าโทรสาร
                                   โรงพยาบาลแม่สอด

      ที่  ตก 0032.202/218                                        วันที่  2 ตุลาคม 2569
      ถึง  ผู้อำนวยการสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดตาก
      จาก  ผู้อำนวยการโรงพยาบาลแม่สอด
      เรื่อง  ขอความอนุเคราะห์รถบรรทุกน้ำสนับสนุนน้ำใช้ในโรงพยาบาลแม่สอด

                โรงพยาบาลแม่สอดขอส่งหนังสือ ด่วนที่สุด ที่ ตก 0032.202/217 ลงวันที่ 2 ตุลาคม 2569
      มาพร้อมนี้ รวมทั้งสิ้น 3 หน้า (รวมแผ่นนี้) หากได้รับไม่ครบถ้วนหรือไม่ชัดเจน กรุณาแจ้งกลับ
      ตามหมายเลขด้านล่าง

                                         (นายวีระพงษ์ คำมูล)
                                      เจ้าพนักงานธุรการชำนาญงาน
      """
    let letter = try #require(try Self.parse(text).first)
    #expect(letter.lines.start == 1)
    #expect(letter.issuer?.name == "โรงพยาบาลแม่สอด")
    #expect(letter.to == "ผู้อำนวยการสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดตาก")
    #expect(letter.subject == "ขอความอนุเคราะห์รถบรรทุกน้ำสนับสนุนน้ำใช้ในโรงพยาบาลแม่สอด")
    // The paragraph's short last line is the body's, no rank over the signer.
    #expect(letter.body.last?.hasSuffix("กรุณาแจ้งกลับ ตามหมายเลขด้านล่าง") == true)
    #expect(letter.signature?.name == "นายวีระพงษ์ คำมูล")
  }

  // MARK: Numbers of regulators and public organisations (LetterNumberReader)

  /// (printed, canonical, code, serial, year suffix)
  @Test(
    arguments: [
      ("ธปท.ฝนส.(21)ว. 412/2569", "ธปท.ฝนส 21/ว 412/2569", "21", "412", "2569"),
      ("ธปท.ฝกง.(๐๓)ว ๔๕/๒๕๖๙", "ธปท.ฝกง 03/ว 45/2569", "03", "45", "2569"),
      ("กลต.จท.(ว) 18/2569", "กลต.จท ว 18/2569", nil, "18", "2569"),
      ("คปภ. ๑๘๖๗/๒๕๖๙", "คปภ 1867/2569", nil, "1867", "2569"),
      ("สนส. 4/2569", "สนส 4/2569", nil, "4", "2569"),
      ("สพธอ. ๐๒/๑๔๘๗", "สพธอ 02/1487", "02", "1487", nil),
      // A ministry's prefix has no dot: code and serial, as before.
      ("ขก ๕๒๐๐๑/๒๕๑๘", "ขก 52001/2518", "52001", "2518", nil),
      ("ศอ.บต ๐๐๑๓.๓/ว ๔๑๘", "ศอ.บต 0013.3/ว 418", "0013.3", "418", nil),
      // An order's serial printed with leading zeros.
      ("๐๘๗/๒๕๖๘", "087/2568", nil, "087", "2568"),
      // A small office's serial of three digits or fewer before a year, and a dotted prefix's
      // before a two-digit year.
      ("วพส ๐๑๘/๒๕๖๘", "วพส 018/2568", nil, "018", "2568"),
      ("อบต.นค ๑๒/๖๙", "อบต.นค 12/69", nil, "12", "69"),
      ("อว ๗๘/๑๒๕๓", "อว 78/1253", "78", "1253", nil),
      ("ศธ ๐๔๐๐๒/๒๕๖๘", "ศธ 04002/2568", "04002", "2568", nil),
    ] as [(String, String, String?, String, String?)])
  func readsARegulatorsNumber(_ printed: String, _ canonical: String, _ code: String?, _ serial: String, _ year: String?)
    throws
  {
    let (number, end) = try #require(LetterNumberReader.read(Array(printed.unicodeScalars), at: 0))
    #expect(number.canonical == canonical)
    #expect(number.code == code)
    #expect(number.serial == serial)
    #expect(number.yearSuffix == year)
    #expect(end == printed.unicodeScalars.count)
  }

  // MARK: Citations

  /// A cited letter's subject between its number and its date; the subject line under a
  /// reference, going on to the cited letter's date, is no subject of the letter's own.
  @Test func aCitedSubjectBeforeTheDateIsTheCitations() throws {
    let text = """
      ที่ ธปท.ฝนส.(21)ว. 412/2569                                   ธนาคารแห่งประเทศไทย
                                                                   273 ถนนสามเสน กรุงเทพฯ 10200

                                         18 มีนาคม 2569

      เรื่อง  นำส่งแนวปฏิบัติ มาตรการป้องกันการใช้บัญชีเงินฝากเพื่อการกระทำความผิด

      เรียน  ผู้จัดการ ธนาคารพาณิชย์ทุกธนาคาร

      อ้างถึง  1. หนังสือธนาคารแห่งประเทศไทย ที่ ธปท.ฝนส.(21)ว.1184/2566 เรื่อง นำส่งแนวปฏิบัติ
                เรื่อง การบริหารจัดการความเสี่ยงจากภัยทุจริตทางการเงิน ลงวันที่ 12 ธันวาคม 2566
              2. ประกาศคณะกรรมการกำกับตลาดทุน ที่ ทธ. 35/2556 เรื่อง มาตรฐานการประกอบธุรกิจ ลงวันที่ 6 ธันวาคม 2556

                ธนาคารขอให้ถือปฏิบัติตามแนวปฏิบัติ

                จึงเรียนมาเพื่อโปรดทราบและถือปฏิบัติ

                                         ขอแสดงความนับถือ

                                  (นางสาวพิมพ์ลภัส ธีรวัฒนากุล)
                               ผู้ช่วยผู้ว่าการ สายนโยบายสถาบันการเงิน
                                            ผู้ว่าการแทน
      """
    let letter = try #require(try Self.parse(text).first)
    #expect(letter.subject == "นำส่งแนวปฏิบัติ มาตรการป้องกันการใช้บัญชีเงินฝากเพื่อการกระทำความผิด")
    #expect(letter.references.map { $0.number?.canonical } == ["ธปท.ฝนส 21/ว 1184/2566", "ทธ 35/2556"])
    #expect(letter.references.map { $0.date?.date?.iso } == ["2023-12-12", "2013-12-06"])
    // `ผู้ว่าการแทน`: signed for the governor.
    #expect(letter.signature?.acting == "แทน")
  }

  /// A long position that ends in แทน as a word's part (`ค่าตอบแทน`) signs for no one.
  @Test func aPositionEndingInAWordWithThaenIsNoActing() {
    #expect(SignatureParser.actingPhrase("ผู้อำนวยการสำนักพัฒนาระบบจำแนกตำแหน่งและค่าตอบแทน") == nil)
    #expect(SignatureParser.actingPhrase("ผู้ว่าการแทน") == "แทน")
    #expect(SignatureParser.actingPhrase("อธิการบดีแทน") == "แทน")
  }

  /// Announcements cited by a body's abbreviation or the Registrar, and their date.
  @Test(
    arguments: [
      ("ตามประกาศ กสทช. เรื่อง มาตรการป้องกันการหลอกลวงประชาชน ลงวันที่ ๑๕ เมษายน ๒๕๖๙ นั้น", "กสทช."),
      ("ตามแบบที่กำหนดในประกาศ นายทะเบียน เรื่อง แบบและข้อความของกรมธรรม์ ลงวันที่ 25 กุมภาพันธ์ 2569 นั้น", "นายทะเบียน"),
    ])
  func anAnnouncementOfAnAbbreviatedBodyIsCited(_ paragraph: String, _ issuer: String) {
    let found = DatedAnnouncementCitation.find(in: paragraph, ocrYears: false)
    #expect(found.map(\.citation.issuer) == [issuer])
    #expect(found.first?.citation.date != nil)
  }

  /// A seal's rim read as symbols, longer than a speck line: debris above the title.
  @Test func aLongLineOfSymbolsIsDebris() {
    #expect(Line(number: 1, raw: "                         ,  ฯ ~ ' ,, | ,, ' ~ ฯ  ,").furniture == .debris)
    #expect(Line(number: 1, raw: "ก ~ ข ~ ค ~ ง ~ จ ~ ฉ ~ ช ~ ซ ~ ฌ ~ ญ ~ ฎ").furniture == nil)
  }
}

extension HeldOutNinetyTwoTests {
  /// A date line whose day was left for the pen: its year is read (the letter's id keeps it),
  /// its date is none, and `date_invalid` says why.
  @Test func aDateLineWithItsDayLeftBlankKeepsItsYear() throws {
    let text = """
      ที่ ชม ๐๐๓๓.๐๐๔/ว ๘๘๔๕                              สำนักงานสาธารณสุขจังหวัดเชียงใหม่
                                                          ถนนสุเทพ ตำบลสุเทพ
                                                          อำเภอเมืองเชียงใหม่ ชม ๕๐๒๐๐

                                                พฤศจิกายน ๒๕๖๙

      เรื่อง  ส่งสำเนาหนังสือ

      เรียน  สาธารณสุขอำเภอ ทุกอำเภอ

                ด้วยสำนักงานสาธารณสุขจังหวัดเชียงใหม่ขอส่งสำเนาหนังสือมาเพื่อทราบ
      """
    #expect(LetterReader.dayLeftBlank(Array("พฤศจิกายน ๒๕๖๙".unicodeScalars)) == 2569)
    let letter = try #require(try Self.parse(text).first)
    #expect(letter.date?.raw == "พฤศจิกายน ๒๕๖๙")
    #expect(letter.date?.date == nil)
    #expect(letter.id == "ชม 0033.004/ว 8845@2569")
    #expect(letter.issuer?.address == "ถนนสุเทพ ตำบลสุเทพ อำเภอเมืองเชียงใหม่ ชม ๕๐๒๐๐")
    #expect(letter.warnings.filter { $0.code == .dateInvalid }.map(\.line) == [5])
  }
}

extension HeldOutNinetyTwoTests {
  /// A fax cover sheet with no number, in plain labels: an annex page whose labelled lines fill
  /// its fields (Corpus 8002's convention), the office under its title its issuer.
  @Test func anUnnumberedFaxCoverSheetIsAnAnnexPageWithItsFields() throws {
    let text = """
                                    ใบปะหน้าโทรสาร (FAX COVER SHEET)
                                      สำนักงานสาธารณสุขจังหวัดน่าน
                        ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน ๕๕๐๐๐

      ถึง           ผู้อำนวยการโรงพยาบาลชุมชน ทุกแห่ง
      จาก          กลุ่มงานควบคุมโรคติดต่อ สำนักงานสาธารณสุขจังหวัดน่าน
      วันที่         ๑๘ พฤศจิกายน ๒๕๖๙           เวลา  ๑๔.๐๐ น.
      จำนวนหน้า    ๓ หน้า (รวมใบปะหน้า)
      เรื่อง         ขอเชิญประชุมเชิงปฏิบัติการ

      ข้อความ  ส่งหนังสือเชิญประชุมพร้อมกำหนดการ
               หากได้รับเอกสารไม่ครบถ้วน กรุณาแจ้งกลับ

      ผู้ส่ง  นางสาวกนกวรรณ ปัญญาวงศ์                    ผู้รับ ..........................



                                              ด่วน
      ที่ นน ๐๐๓๓.๐๐๓/ว ๔๒๑๘                                 สำนักงานสาธารณสุขจังหวัดน่าน
                                                           ถนนสุริยพงษ์ นน ๕๕๐๐๐

                                        ๑๘ พฤศจิกายน ๒๕๖๙

      เรื่อง  ขอเชิญประชุมเชิงปฏิบัติการ

      เรียน  ผู้อำนวยการโรงพยาบาลชุมชน ทุกแห่ง

                ด้วยสำนักงานสาธารณสุขจังหวัดน่านกำหนดจัดประชุมเชิงปฏิบัติการ

                                        ขอแสดงความนับถือ

                                     (นายแพทย์สมชาย ใจดี)
                                   นายแพทย์สาธารณสุขจังหวัดน่าน
      """
    let letters = try Self.parse(text)
    #expect(letters.count == 2)
    let cover = try #require(letters.first)
    #expect(cover.kind == .annex)
    #expect(cover.issuer?.name == "สำนักงานสาธารณสุขจังหวัดน่าน")
    #expect(cover.to == "ผู้อำนวยการโรงพยาบาลชุมชน ทุกแห่ง")
    #expect(cover.subject == "ขอเชิญประชุมเชิงปฏิบัติการ")
    #expect(cover.date?.date?.iso == "2026-11-18")
    #expect(cover.body == ["ส่งหนังสือเชิญประชุมพร้อมกำหนดการ หากได้รับเอกสารไม่ครบถ้วน กรุณาแจ้งกลับ"])
    #expect(cover.contact == Contact())
    #expect(letters.last?.number?.canonical == "นน 0033.003/ว 4218")
  }
}

/// The held-out sets 9600–9907 (models asked for more than the text, links, small offices,
/// long letters): what they found.
@Suite struct HeldOutNinetySixTests {
  /// A model's English labels over the letter's Thai values, in markdown: the lines as the
  /// letter prints them (and no bilingual letter: a translation's labels name English text).
  @Test func englishLabelsOverThaiValuesAreTheLettersOwn() throws {
    let text = """
      # Official Letter (Transcribed)

      Below is the full transcription of the scanned document. Labels have been translated into English for readability.

      **Urgency:** ด่วนที่สุด (Most Urgent)

      **No.:** ขก ๐๐๒๓.๓/ว ๔๑๗๕

      **From:** ศาลากลางจังหวัดขอนแก่น
      ถนนหน้าเมือง ขก ๔๐๐๐๐

      **Date:** ๑๘ พฤศจิกายน ๒๕๖๘

      **Subject:** การเตรียมความพร้อมป้องกันและแก้ไขปัญหาภัยหนาว

      **To:** นายอำเภอ ทุกอำเภอ

      **Body:**

      จังหวัดขอนแก่นขอให้อำเภอเตรียมความพร้อม

      จึงเรียนมาเพื่อโปรดทราบ

      **Closing:** ขอแสดงความนับถือ

      **Signature:** (นายธีรวัฒน์ บุญประเสริฐ)
      **Position:** รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน
      ผู้ว่าราชการจังหวัดขอนแก่น

      **Contact:** กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น
      **Tel.:** ๐ ๔๓๒๓ ๖๖๓๑ ต่อ ๑๑
      **E-mail:** khonkaenlocal@dla.go.th
      **Coordinator:** นางสาวศิริพร คำภูเมือง โทร. ๐๘ ๔๗๒๑ ๓๓๕๐
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.urgency == .mostUrgent)
    #expect(letter.number?.canonical == "ขก 0023.3/ว 4175")
    #expect(letter.issuer?.name == "ศาลากลางจังหวัดขอนแก่น")
    #expect(letter.subject == "การเตรียมความพร้อมป้องกันและแก้ไขปัญหาภัยหนาว")
    #expect(letter.to == "นายอำเภอ ทุกอำเภอ")
    #expect(letter.signature?.name == "นายธีรวัฒน์ บุญประเสริฐ")
    #expect(letter.contact.emails == ["khonkaenlocal@dla.go.th"])
    #expect(letter.contact.people == ["นางสาวศิริพร คำภูเมือง"])
  }

  /// An e-mail's own headers (no Thai after them) are left as they are.
  @Test func anEmailsHeaderIsNoLabel() {
    #expect(OCRRemark.withoutEnglishLabel("Subject: Re: meeting on Friday") == nil)
    #expect(OCRRemark.withoutEnglishLabel("Subject: การประชุม") == "เรื่อง การประชุม")
    #expect(OCRRemark.withoutEnglishLabel("Date: ๑๘ พฤศจิกายน ๒๕๖๘ (18 November 2025)") == "๑๘ พฤศจิกายน ๒๕๖๘")
  }

  /// `ที่ พิเศษ/๒๕๖๙`: a number out of the register, no serial: the header is read.
  @Test func aSpecialNumberOpensTheHeader() throws {
    let text = """
      ที่ พิเศษ/๒๕๖๙                                    ที่ทำการผู้ใหญ่บ้าน หมู่ที่ ๕ บ้านโนนสะอาด
                                                      ตำบลหนองแสง อำเภอวาปีปทุม
                                                      จังหวัดมหาสารคาม ๔๔๑๒๐

                               วันที่ ๕ เดือน พฤศจิกายน พ.ศ.๒๕๖๙

      เรื่อง  ขอความช่วยเหลือราษฎรผู้ประสบอุทกภัย

      เรียน  นายอำเภอวาปีปทุม

                ด้วยเมื่อวันพุธที่ ๒๘ ตุลาคม ๒๕๖๙ ได้เกิดฝนตกหนัก

                                   ขอแสดงความนับถืออย่างสูง

                                    (นายสมศักดิ์ ใจดี)
                             ผู้ใหญ่บ้านหมู่ที่ ๕ ตำบลหนองแสง
      """
    let letter = try #require(try HeldOutNinetyTwoTests.parse(text).first)
    #expect(letter.number == nil)
    #expect(letter.subject == "ขอความช่วยเหลือราษฎรผู้ประสบอุทกภัย")
    #expect(letter.to == "นายอำเภอวาปีปทุม")
    #expect(letter.date?.date?.iso == "2026-11-05")
  }

  /// A monk's letter: `เจริญพร` addresses, `ขอเจริญพร` closes; a community's `ด้วยความเคารพ`.
  @Test func aMonksAddressAndClosings() {
    #expect(HeaderLabel.read(Array("เจริญพร นายกเทศมนตรีตำบลบ้านผือ".unicodeScalars))?.0 == .to)
    #expect(Vocabulary.leading(Vocabulary.courtesyClosings, in: Array("ขอเจริญพร".unicodeScalars)) != nil)
    #expect(Vocabulary.leading(Vocabulary.courtesyClosings, in: Array("ด้วยความเคารพ".unicodeScalars)) != nil)
  }

  /// A page's head that repeats the letter's number (`- ๒ -` / `ที่ มท ๐๘๐๘.๒/ว ๕๑๔๗`) while its
  /// own ที่ line had the office beside it: the same letter, no second one.
  @Test func aPageHeadRepeatingTheNumberIsNoNewLetter() throws {
    let text = """
      ที่ มท ๐๘๐๘.๒/ว ๕๑๔๗                                        กรมส่งเสริมการปกครองท้องถิ่น
                                                                 ถนนนครราชสีมา กทม. ๑๐๓๐๐

                                       ๘ ตุลาคม ๒๕๖๘

      เรื่อง  การโอนเงินอุดหนุนทั่วไป

      เรียน  ผู้ว่าราชการจังหวัด ทุกจังหวัด

                ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้รับจัดสรรงบประมาณรายจ่ายประจำปี
      งบประมาณ พ.ศ. ๒๕๖๙ เพื่อเป็นเงินอุดหนุนทั่วไปให้แก่องค์กรปกครองส่วนท้องถิ่น
                                                                        /๑. การแจ้ง...
      \u{0C}                                           - ๒ -
      ที่ มท ๐๘๐๘.๒/ว ๕๑๔๗

      ๑. การแจ้งจัดสรรและการโอนเงิน ให้ดำเนินการภายในวันที่ ๓๑ ตุลาคม ๒๕๖๘

                                       ขอแสดงความนับถือ

                                    (นายสมชาย ใจดี)
                                  อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
      """
    let letters = try HeldOutNinetyTwoTests.parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.signature?.name == "นายสมชาย ใจดี")
  }
}

extension HeldOutNinetySixTests {
  /// A model's answer as a JSON object (Thai keys, a fence, chat around it): the letter's
  /// fields, each line keeping its number.
  @Test func aJSONAnswerIsReadAsTheLetter() throws {
    let text = """
      นี่คือข้อมูลที่ถอดจากภาพหนังสือราชการ จัดในรูปแบบ JSON ตามที่ขอครับ

      ```json
      {
        "header": {
          "ชั้นความเร็ว": "ด่วนมาก",
          "ที่": "ศธ ๐๔๐๕๗/ว ๓๒๑๘",
          "ส่วนราชการ": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๑\\nถนนโชตนา อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ ๕๐๓๐๐",
          "วันที่": "๑๔ กรกฎาคม ๒๕๖๖"
        },
        "เรื่อง": "การเฝ้าระวังโรคมือ เท้า ปาก ในสถานศึกษา",
        "เรียน": "ผู้อำนวยการโรงเรียนในสังกัด ทุกโรงเรียน",
        "เนื้อหา": [
          "สำนักงานเขตพื้นที่การศึกษาขอให้โรงเรียนคัดกรองนักเรียนทุกเช้า",
          "จึงเรียนมาเพื่อโปรดทราบและดำเนินการ"
        ],
        "คำลงท้าย": "ขอแสดงความนับถือ",
        "ผู้ลงนาม": {
          "ชื่อ": "(นายวิชัย ปัญญาดี)",
          "ตำแหน่ง": [
            "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๑"
          ]
        },
        "ติดต่อ": {
          "หน่วยงาน": "กลุ่มส่งเสริมการจัดการศึกษา",
          "โทร": "๐ ๕๓๒๑ ๗๔๑๒ ต่อ ๒๐๒",
          "อีเมล": "promote@chiangmaiarea1.go.th"
        },
        "notes": "The Garuda emblem was not transcribed."
      }
      ```
      """
    let letters = try HeldOutNinetyTwoTests.parse(text)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.urgency == .veryUrgent)
    #expect(letter.number?.canonical == "ศธ 04057/ว 3218")
    #expect(letter.issuer?.name == "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๑")
    #expect(letter.date?.date?.iso == "2023-07-14")
    #expect(letter.subject == "การเฝ้าระวังโรคมือ เท้า ปาก ในสถานศึกษา")
    #expect(letter.to == "ผู้อำนวยการโรงเรียนในสังกัด ทุกโรงเรียน")
    #expect(letter.body == ["สำนักงานเขตพื้นที่การศึกษาขอให้โรงเรียนคัดกรองนักเรียนทุกเช้า", "จึงเรียนมาเพื่อโปรดทราบและดำเนินการ"])
    #expect(letter.signature?.name == "นายวิชัย ปัญญาดี")
    #expect(letter.contact.emails == ["promote@chiangmaiarea1.go.th"])
    #expect(letter.lines.start == 6)
  }

  /// An อ้างถึง item's note in brackets after its date is no part of the citation's raw text.
  @Test func aNoteAfterTheCitedDateIsNoPartOfIt() {
    #expect(
      ItemReader.withoutNoteAfter(
        "หนังสือกรมบัญชีกลาง ที่ กค 0416.4/ว 198 ลงวันที่ 3 มิถุนายน 2569",
        in: "หนังสือกรมบัญชีกลาง ที่ กค 0416.4/ว 198 ลงวันที่ 3 มิถุนายน 2569 (ส่งทางไปรษณีย์อิเล็กทรอนิกส์)")
        == "หนังสือกรมบัญชีกลาง ที่ กค 0416.4/ว 198 ลงวันที่ 3 มิถุนายน 2569")
    #expect(SignatureParser.withoutScanCaption("กลุ่มงานส่งเสริมการจัดการศึกษาท้องถิ่น สแกน QR Code") == "กลุ่มงานส่งเสริมการจัดการศึกษาท้องถิ่น")
  }
}

extension HeldOutNinetySixTests {
  /// A model's numbered list over a letter's paragraphs, up to its `จึงเรียนมา…`: the numbers go;
  /// a memo's own numbering (`3. จึงขออนุมัติ…`) and a list that stops before the closing stay.
  @Test func aModelsParagraphNumbersGo() {
    #expect(
      ModelNumbering.stripped(["1. ตามหนังสือที่อ้างถึง นั้น", "2. จังหวัดพิจารณาแล้ว ดังนี้", "๑. จัดกิจกรรม", "3. จึงเรียนมาเพื่อโปรดทราบ"])
        == ["ตามหนังสือที่อ้างถึง นั้น", "จังหวัดพิจารณาแล้ว ดังนี้", "๑. จัดกิจกรรม", "จึงเรียนมาเพื่อโปรดทราบ"])
    #expect(
      ModelNumbering.stripped(["1. ตามที่มหาวิทยาลัย", "2. คณะได้ดำเนินการ", "3. จึงขออนุมัติเบิกจ่าย"])
        == ["1. ตามที่มหาวิทยาลัย", "2. คณะได้ดำเนินการ", "3. จึงขออนุมัติเบิกจ่าย"])
    #expect(ModelNumbering.stripped(["1. ข้อแรก", "2. ข้อสอง", "จึงเรียนมาเพื่อโปรดทราบ"]) == ["1. ข้อแรก", "2. ข้อสอง", "จึงเรียนมาเพื่อโปรดทราบ"])
  }

  /// A head's `- อนุญาต` under a memo's signer is its endorsement, no annex page.
  @Test func permissionUnderTheSignerIsAnEndorsement() {
    #expect(Vocabulary.leading(Vocabulary.endorsements, in: Array("อนุญาต".unicodeScalars)) != nil)
  }
}

extension HeldOutNinetySixTests {
  /// `(ต่อ) ที่ กค … ลงวันที่ …` at a later page's top is the page's head: furniture, no citation,
  /// and the catchword's text after it goes on the paragraph (no stray page).
  @Test func aContinuedPageHeadIsFurniture() throws {
    #expect(Line(number: 1, raw: "(ต่อ) ที่ กค ๐๔๐๕.๒/ว ๔๗๒ ลงวันที่ ๓๐ มิถุนายน ๒๕๖๙").furniture == .pageNumber)
    #expect(Line(number: 1, raw: "(ต่อ) รายละเอียดตามเอกสารแนบ").furniture == nil)
    let text = """
      ที่ กค ๐๔๐๕.๒/ว ๔๗๒                                          กรมบัญชีกลาง
                                                                 ถนนพระรามที่ ๖ กทม. ๑๐๔๐๐

                                   ๓๐ มิถุนายน ๒๕๖๙

      เรื่อง  แนวทางปฏิบัติในการจัดซื้อจัดจ้าง

      เรียน  ปลัดกระทรวง อธิบดี

                กรมบัญชีกลางขอให้หน่วยงานของรัฐถือปฏิบัติ กรณีไม่มีผู้ประกอบการยื่นข้อเสนอ ให้ดำเนินการ
                                                                     /จัดซื้อจัดจ้าง...
       ~ ' , ฆ
      \u{0C}(ต่อ) ที่ กค ๐๔๐๕.๒/ว ๔๗๒ ลงวันที่ ๓๐ มิถุนายน ๒๕๖๙

      จัดซื้อจัดจ้างตามวิธีปกติต่อไป

                จึงเรียนมาเพื่อโปรดทราบ

                                   ขอแสดงความนับถือ

                                (นางสาวพรรณี เจริญวงศ์ไพศาล)
                                    อธิบดีกรมบัญชีกลาง
      """
    let letters = try HeldOutNinetyTwoTests.parse(text)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.mentions.isEmpty)
    #expect(letter.body.first?.hasSuffix("ให้ดำเนินการ จัดซื้อจัดจ้างตามวิธีปกติต่อไป") == true)
  }
}

extension HeldOutNinetySixTests {
  /// A fax cover sheet whose message (ข้อความ) is one line, over the letter it covers.
  static func coverSheet(message: String) -> String {
    """
                                  ใบปะหน้าโทรสาร
                                    สำนักงานสาธารณสุขจังหวัดน่าน

    ถึง  ผู้อำนวยการโรงพยาบาลน่าน
    วันที่  ๑๘ พฤศจิกายน ๒๕๖๙
    เรื่อง  ขอเชิญประชุม

    ข้อความ  \(message)


    ที่ นน ๐๐๓๓.๐๐๓/ว ๔๒๑๘                 สำนักงานสาธารณสุขจังหวัดน่าน

                     ๑๘ พฤศจิกายน ๒๕๖๙

    เรื่อง  ขอเชิญประชุม

    เรียน  ผู้อำนวยการโรงพยาบาลน่าน

              ขอเชิญประชุม
    """
  }

  /// A cover sheet whose message is one line long: read, not a crash (the message's lines were
  /// taken as a closed range that ran backwards).
  @Test func aCoverSheetWithAOneLineMessage() throws {
    let letters = try HeldOutNinetyTwoTests.parse(Self.coverSheet(message: "ขอเชิญเข้าร่วมประชุมตามกำหนดการ"))
    #expect(letters.first?.body == ["ขอเชิญเข้าร่วมประชุมตามกำหนดการ"])
    #expect(letters.first?.to == "ผู้อำนวยการโรงพยาบาลน่าน")
    #expect(letters.last?.number?.canonical == "นน 0033.003/ว 4218")
  }

  /// A cover's message that names what it sends (`ส่งหนังสือเชิญประชุม`) leaves no citation open:
  /// the ที่ line below it, set apart by blank lines and followed by a date and a subject, heads
  /// the letter it covers (it was read as the message's cited number, and the letter joined the
  /// cover's record).
  @Test(arguments: ["ส่งหนังสือเชิญประชุม", "ส่งหนังสือมาเพื่อโปรดทราบ"])
  func aCoverMessageThatSendsALetter(message: String) throws {
    let letters = try HeldOutNinetyTwoTests.parse(Self.coverSheet(message: message))
    #expect(letters.count == 2)
    #expect(letters.first?.body == [message])
    #expect(letters.last?.number?.canonical == "นน 0033.003/ว 4218")
    #expect(letters.last?.lines.start == 11)
  }
}
