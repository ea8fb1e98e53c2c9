import Foundation
import Testing

@testable import Letters

/// The held-out sets 10000–10707 (letters that correct or chase others, staff-work memos,
/// disasters, cloud OCR services' text, less seen ministries, personnel papers, meetings, pages
/// photographed with a phone): what they found, each case a rule of its own.
@Suite struct HeldOutHundredTests {
  static func parse(_ text: String, path: String = "t.txt") -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  static let memoBody = """
    ที่ ลพ ๐๐๓๓.๐๐๗/๒๑๔ วันที่ ๓ มีนาคม ๒๕๖๘

    เรื่อง ขออนุมัติจัดโครงการอบรม

    เรียน นายแพทย์สาธารณสุขจังหวัดลำพูน

    ๑. เรื่องเดิม

    ตามหนังสือกรมควบคุมโรค ได้แจ้งแนวทางการพัฒนาศักยภาพทีมสอบสวนโรค

    ๒. ข้อเท็จจริง

    ๒.๑ ค่าอาหารกลางวัน จำนวน ๖๐ คน เป็นเงิน ๙,๖๐๐ บาท

    ๒.๒ ค่าอาหารว่างและเครื่องดื่ม จำนวน ๖๐ คน × ๔ มื้อ × ๓๕ บาท

    <!-- PageFooter="/เป็นเงิน..." -->
    <!-- PageBreak -->
    <!-- PageNumber="- ๒ -" -->

    เป็นเงิน ๘,๔๐๐ บาท

    ๒.๓ ค่าตอบแทนวิทยากร เป็นเงิน ๗,๒๐๐ บาท

    จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบโปรดอนุมัติ

    (นางสาวพิมพ์ชนก อินทร์แก้ว)
    นักวิชาการสาธารณสุขชำนาญการ

    เรียน นพ.สสจ.ลำพูน

    :selected: เห็นควรอนุมัติ

    :unselected: อื่น ๆ .................................

    (นายอนุชา ปัญญาดี)
    หัวหน้ากลุ่มงานควบคุมโรคติดต่อ
    ๔ มี.ค. ๖๘

    คำสั่ง :selected: อนุมัติ :unselected: ไม่อนุมัติ

    (นายแพทย์ชาญวิทย์ สุขเกษม)
    นายแพทย์สาธารณสุขจังหวัดลำพูน
    ๕ มี.ค. ๖๘
    """

  // MARK: Azure Document Intelligence's markdown

  /// `:selected:` / `:unselected:` are its check boxes: the ticked urgency is the letter's; the
  /// page footer's continuation word joins the item the page cut; the approval chain with its
  /// boxes stays in the memo.
  @Test func azureCheckBoxesFooterAndApprovalChain() throws {
    let text = """
      <figure>

      </figure>

      :selected: ด่วน :unselected: ด่วนมาก :unselected: ด่วนที่สุด

      # บันทึกข้อความ

      ส่วนราชการ กลุ่มงานควบคุมโรคติดต่อ สำนักงานสาธารณสุขจังหวัดลำพูน โทร. ๐ ๕๓๕๑ ๑๖๖๕ ต่อ ๑๒๑

      """ + Self.memoBody
    let letters = Self.parse(text, path: "t.md")
    try #require(letters.count == 1)
    let memo = letters[0]
    #expect(memo.kind == .memo)
    #expect(memo.urgency == .urgent)
    #expect(memo.number?.canonical == "ลพ 0033.007/214")
    #expect(memo.body.contains("๒.๒ ค่าอาหารว่างและเครื่องดื่ม จำนวน ๖๐ คน × ๔ มื้อ × ๓๕ บาท เป็นเงิน ๘,๔๐๐ บาท"))
    #expect(memo.signature?.name == "นางสาวพิมพ์ชนก อินทร์แก้ว")
  }

  @Test(arguments: [
    (":selected: ด่วน :unselected: ด่วนมาก", "☑ ด่วน ☐ ด่วนมาก"),
    ("คำสั่ง :selected: อนุมัติ :unselected: ไม่อนุมัติ", "คำสั่ง ☑ อนุมัติ ☐ ไม่อนุมัติ"),
  ])
  func selectionMarksAreBoxes(line: String, boxed: String) {
    #expect(SelectionMarks.boxed(line) == boxed)
    #expect(SelectionMarks.boxed("เวลา 10:30 น. ณ ห้องประชุม") == nil)
  }

  // MARK: Other OCR services

  /// Google Cloud Vision's blocks: the office's name and street above the ที่ line, its province
  /// under it.
  @Test func officeNameAndStreetAboveTheNumber() throws {
    let text = """
      ด่วนที่สุด
      กรมควบคุมโรค
      ถนนติวานนท์ อำเภอเมืองนนทบุรี
      ที่ สธ ๐๔๒๒.๓/ว ๘๕๒
      จังหวัดนนทบุรี ๑๑๐๐๐
      ๑๒ มิถุนายน ๒๕๖๘
      เรื่อง ขอความร่วมมือเร่งรัดการเฝ้าระวังโรคไข้เลือดออก
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
      ด้วยกรมควบคุมโรคขอความร่วมมือเร่งรัดการเฝ้าระวังโรค
      ขอแสดงความนับถือ
      (นายแพทย์ธงชัย กีรติหัตถยากร)
      อธิบดีกรมควบคุมโรค
      """
    let letter = try #require(Self.parse(text).first)
    #expect(letter.issuer?.name == "กรมควบคุมโรค")
    #expect(letter.issuer?.address == "ถนนติวานนท์ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี ๑๑๐๐๐")
  }

  /// AWS Textract reads the left column, then the right: a receipt stamp stamped beside the
  /// number comes between the number and the office block.
  @Test func receiptStampInsideTheOfficeBlock() throws {
    let text = """
      ที่ มท ๐๘๑๖.๒/ว ๓๔๑๕
      สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดอุบลราชธานี
      เลขรับ ๕๖๗๘
      วันที่ ๑๗ ก.ค. ๖๘
      เวลา ๑๐.๑๕ น.
      กรมส่งเสริมการปกครองท้องถิ่น
      ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐
      ๑๔ กรกฎาคม ๒๕๖๘
      เรื่อง ซักซ้อมแนวทางการเบิกจ่ายเงินอุดหนุนสำหรับสนับสนุนอาหารกลางวัน
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
      ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้ซักซ้อมแนวทางการเบิกจ่าย
      ขอแสดงความนับถือ
      (นายสันติธร ยิ้มละมัย)
      อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
      """
    let letter = try #require(Self.parse(text).first)
    #expect(letter.issuer?.name == "กรมส่งเสริมการปกครองท้องถิ่น")
    #expect(letter.date?.date?.iso == "2025-07-14")
    #expect(letter.received?.number == "5678")
    #expect(letter.subject == "ซักซ้อมแนวทางการเบิกจ่ายเงินอุดหนุนสำหรับสนับสนุนอาหารกลางวัน")
  }

  /// An electronic system's download banner on every page of a saved text is furniture.
  @Test func downloadBannerOnEachPage() throws {
    let banner = "เอกสารนี้ดาวน์โหลดจากระบบสารบรรณอิเล็กทรอนิกส์ กรมบัญชีกลาง (CGD e-Saraban) เลขที่เอกสาร 2568/04214/0187"
    let text = """
      \(banner)
      ที่ กค ๐๔๒๑.๔/ว ๑๘๗ กรมบัญชีกลาง
      ถนนพระรามที่ ๖ กทม. ๑๐๔๐๐
      ๑๔ มีนาคม ๒๕๖๘
      เรื่อง แนวทางปฏิบัติในการจัดซื้อจัดจ้าง
      เรียน ปลัดกระทรวง
      ด้วยกรมบัญชีกลางได้รับแจ้งปัญหาการจัดซื้อจัดจ้าง
      \u{0C}\(banner)
      จึงเรียนมาเพื่อโปรดทราบ
      ขอแสดงความนับถือ
      (นางสาวแพตริเซีย มงคลวนิช)
      อธิบดีกรมบัญชีกลาง
      """
    let letters = Self.parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.lines.start == 2)
    #expect(letters.first?.body.contains { $0.contains("ดาวน์โหลด") } == false)
  }

  /// ABBYY FineReader's text sets each paragraph on one line, all at the same tabs: a page's
  /// continuation word that opens a paragraph (`/ทั้งนี้ ...`) begins one after the break.
  @Test func continuationWordOpensAParagraphWhereEachLineIsOne() throws {
    let long = String(repeating: "กรมทางหลวงชนบทจึงได้บรรจุรายการซ่อมแซมไว้ในแผนการใช้จ่ายงบกลาง ", count: 3)
    let text = """
      ที่ คค ๐๗๐๒/๑๒๓๔\t\t\tกรมทางหลวงชนบท
      \t\t\t\t\t๑๒ กันยายน ๒๕๖๗
      เรื่อง\tการซ่อมแซมทางหลวงท้องถิ่น
      เรียน\tนายกองค์การบริหารส่วนจังหวัดนครราชสีมา
      \t\tตามหนังสือที่อ้างถึง \(long)
      \t\tเนื่องจากงบประมาณ \(long)
      \t\t\t\t\t\t/ทั้งนี้ ...
      \u{0C}\t\t\t\t- ๒ -
      \t\tทั้งนี้ ในระหว่างรอการจัดสรรงบประมาณ \(long)
      \t\tจึงเรียนมาเพื่อโปรดทราบ
      \t\t\t\t\tขอแสดงความนับถือ
      \t\t\t\t\t(นายอภิชาติ จีระวุฒิ)
      \t\t\t\t\tอธิบดีกรมทางหลวงชนบท
      """
    let letter = try #require(Self.parse(text).first)
    #expect(letter.body.count == 4)
    #expect(letter.body.dropFirst(2).first?.hasPrefix("ทั้งนี้ ในระหว่าง") == true)
  }

  /// The announcement's date set under its signer is its date, no position of the signer's.
  @Test func announcementDatedUnderItsSigner() throws {
    let text = """
      ประกาศเทศบาลเมืองแพร่
      เรื่อง การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. ๒๕๖๘
      ด้วยเทศบาลเมืองแพร่จะดำเนินการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง
      จึงประกาศให้ทราบโดยทั่วกัน
      (นายธนพล ศรีวงศ์ชัย)
      นายกเทศมนตรีเมืองแพร่
      ประกาศ ณ วันที่ ๑๐ มกราคม พ.ศ. ๒๕๖๘
      """
    let letters = Self.parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.signature?.positions == ["นายกเทศมนตรีเมืองแพร่"])
    #expect(letters.first?.date?.date?.iso == "2025-01-10")
  }

  // MARK: Pages photographed with a phone

  static let photographed = """
                            @  %  ~ ,
                        ( ครุ  ,  %@ ~

    ที %@  ๐๐๒๓.๓/ว ๒๑๕๘                                      ศาลากลางจังหวัดร้อยเอ็ด
                                                              ถนนสุริยเดชบํารุง รอ ๔๕๐๐๐

                                            ๑๘ ธันวาคม ๒๕๖๘

    เรือง  การดำเนินโครงการสัตว์ปลอดโรค คนปลอดภัย

    เรียน  นายอำเภอ ทุกอำเภอ

    สิงทีส่งมาด้วย  ๑. โครงการอบรมเชิงปฏิบัติการ จํานวน ๑ ชุด ๒. กําหนดการอบรม จํานวน ๑ ฉบับ

              ตามทีกรมส่งเสริมการปกครองท้องถิ่นได้แจ้งว่า กรมปศุสัตว์ขอความร่วมมือ

                                  ขอแสดงความนับถือ

                              (นายสมชาย ใจดี)
                          ผู้ว่าราชการจังหวัดร้อยเอ็ด
         ~ = ,  ' . i  %   _
      _ - ~  l ; ,  '  ~ =
    """

  /// The garuda's remnant among specks is no text; a prefix a finger garbled into symbols is
  /// passed over (the province's prefix taken from the issuer), with a warning; enclosures run
  /// together on the label's line are cut, the label's marks lost; a shadow's specks with a
  /// Latin letter among them are no text.
  @Test func photographedPage() throws {
    let letters = Self.parse(Self.photographed)
    try #require(letters.count == 1)
    let letter = letters[0]
    #expect(letter.lines.start == 4)
    #expect(letter.lines.end == 20)
    #expect(letter.number?.canonical == "รอ 0023.3/ว 2158")
    #expect(letter.warnings.contains { $0.code == .ocrSuspect && $0.line == 4 })
    #expect(letter.enclosures.map(\.title) == ["โครงการอบรมเชิงปฏิบัติการ", "กำหนดการอบรม"])
  }

  @Test(arguments: ["( ครุ  ,  %@ ~", "~ @ (คร ุฑ) %", ", ( คุ ) '", "~ = ,  ' . i  %   _"])
  func emblemAndShadowRemnantsAreDebris(line: String) {
    #expect(Line(number: 1, raw: line).furniture == .debris)
  }

  @Test(arguments: ["(ครูใหญ่)", "( ก ) ข้อ", "ab = cd", "(ครู)", "(ค)"])
  func wordsInBracketsAreNoDebris(line: String) {
    #expect(Line(number: 1, raw: line).furniture == nil)
  }

  /// A mark on the number's line (the page skewed); a memo's label garbled into symbols.
  @Test func markBesideTheNumberAndAGarbledMemoLabel() throws {
    let external = """
      ด่วนทีสุด   ที ขก ๐๐๓๒.๒๐๑.๓/๕๖๒๑                          โรงพยาบาลขอนแก่น
                                                                ๕๔ ถนนศรีจันทร์ อําเภอเมือง จังหวัดขอนแก่น ๔๐๐๐๐
                                          ๒๑ ตุลาคม ๒๕๖๙
      เรือง  ขอเชิญเป็นวิทยากร
      เรียน  คณบดีคณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น
                ด้วยโรงพยาบาลขอนแก่นจะจัดการอบรม
                                  ขอแสดงความนับถือ
                              (นายแพทย์วิชัย ใจดี)
                          ผู้อำนวยการโรงพยาบาลขอนแก่น
      """
    let letter = try #require(Self.parse(external).first)
    #expect(letter.urgency == .mostUrgent)
    #expect(letter.number?.canonical == "ขก 0032.201.3/5621")
    let memo = """
                                         บันทึกข้อความ
      %่วน@าช~าร  โรงพยาบาลมหาสารคาม กลุ่มงานเภสัชกรรม  โทร. ๐ ๔๓๗๔ ๐๙๙๓ ต่อ ๑๒๑
      ที  มค ๐๐๓๓.๒๐๑.๐๕/๑๘๗
                                               วันที  ๑๒ พฤศจิกายน ๒๕๖๗
      เรือง  ขออนุมัติจัดซื้อยา
      เรียน  ผู้อํานวยการโรงพยาบาลมหาสารคาม
                ด้วยกลุ่มงานเภสัชกรรมมีความจำเป็นต้องจัดซื้อยา
      """
    let read = try #require(Self.parse(memo).first)
    #expect(read.issuer?.name == "โรงพยาบาลมหาสารคาม กลุ่มงานเภสัชกรรม")
    #expect(read.contact.phones.first?.ext == "121")
  }

  // MARK: Meetings

  /// A stamped letter sending a meeting's agenda, the agenda after a rule: the agenda is an
  /// annex page of its own (its items `วาระที่ …` under its title), and the letter ends at its
  /// contact block.
  @Test func agendaAfterAStampedLetter() throws {
    let text = """
      **ที่** นม ๐๐๓๓.๐๐๑/ว ๑๐๗๕

      **เรื่อง** ส่งระเบียบวาระการประชุม

      **ถึง** สำนักงานสาธารณสุขอำเภอ ทุกอำเภอ

      ด้วยสำนักงานสาธารณสุขจังหวัดนครราชสีมา กำหนดประชุมคณะกรรมการวางแผนและประเมินผล ในวันพุธที่ ๙ ธันวาคม ๒๕๖๙

      สำนักงานสาธารณสุขจังหวัดนครราชสีมา<br>
      ๒๐ พฤศจิกายน ๒๕๖๙

      กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข<br>
      โทร. ๐ ๔๔๔๖ ๕๐๑๐ ต่อ ๒๐๓

      ---

      ## ระเบียบวาระการประชุม
      **คณะกรรมการวางแผนและประเมินผลด้านสาธารณสุข (กวป.) จังหวัดนครราชสีมา**

      ### วาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ

      ### วาระที่ ๒ รับรองรายงานการประชุม
      """
    let letters = Self.parse(text, path: "t.md")
    try #require(letters.count == 2)
    #expect(letters[0].issuer?.name == "สำนักงานสาธารณสุขจังหวัดนครราชสีมา")
    #expect(letters[0].date?.date?.iso == "2026-11-20")
    #expect(letters[1].kind == .annex)
    #expect(letters[1].body.first == "วาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")
  }

  /// Down the page, a line that opens with a mark and a number goes on the citation above it
  /// (`…ตามหนังสือกรมส่งเสริมการปกครองท้องถิ่น` / `ด่วนทีสุด ที มท … ลงวันที …`): no letter begins.
  @Test func markAndNumberDownThePageGoOnACitation() {
    let text = """
      ประกาศเทศบาลตำบลบ้านเป็ด
      เรื่อง รับลงทะเบียนผู้สูงอายุ
      ตามที่กระทรวงมหาดไทยแจ้งตามหนังสือกรม
      ส่งเสริมการปกครองท้องถิ่น
      ด่วนทีสุด ที มท ๐๘๑๐.๒/ว ๒๒๕ส๕ ลงวันที ๑๒ ตุลาคม ๒๕๖๘ กำหนดให้ผู้ที่จะมีอายุครบ
      หกสิบปีบริบูรณ์มายื่นคำขอลงทะเบียน
      จึงประกาศให้ทราบโดยทั่วกัน
      ประกาศ ณ วันที่ ๒๓ พฤศจิกายน พ.ศ. ๒๕๖๘
      """
    #expect(Self.parse(text).count == 1)
  }

  /// An annex's owner line naming the announcement under its heading, across a blank line: a
  /// mention of the announcement, no text of the page.
  @Test func announcementOwnerLineUnderTheHeading() throws {
    let text = """
      # ประกาศกรมส่งเสริมวัฒนธรรม
      ## เรื่อง ผลการคัดเลือกบุคคลผู้มีผลงานดีเด่นทางวัฒนธรรม

      กรมส่งเสริมวัฒนธรรมได้คัดเลือกบุคคลผู้มีผลงานดีเด่น ตามบัญชีรายชื่อแนบท้ายประกาศนี้

      ประกาศ ณ วันที่ ๒๙ กรกฎาคม พ.ศ. ๒๕๖๘

      **(นายโกวิท ผกามาศ)**<br>
      อธิบดีกรมส่งเสริมวัฒนธรรม

      ---

      ## บัญชีรายชื่อบุคคลผู้มีผลงานดีเด่นทางวัฒนธรรม

      แนบท้ายประกาศกรมส่งเสริมวัฒนธรรม ลงวันที่ ๒๙ กรกฎาคม ๒๕๖๘

      **ภาคเหนือ**

      ๑. นางบัวผัน ใจคำ สาขาช่างฝีมือดั้งเดิม จังหวัดน่าน
      """
    let letters = Self.parse(text, path: "t.md")
    try #require(letters.count == 2)
    #expect(letters[1].body.first == "ภาคเหนือ")
    #expect(letters[1].mentions.first?.issuer == "กรมส่งเสริมวัฒนธรรม")
  }

  // MARK: Letters that chase or replace others

  /// A follow-up lists the letters not answered in a table: each row's number and date cells
  /// cite a letter; a memo is cited by its unit and date.
  @Test func followUpTableRowsAndAMemoCitedByItsUnit() throws {
    let text = """
      **ที่** ขก ๐๐๑๘.๔/ว ๔๒๑๗

      **เรื่อง** ติดตามการรายงานผลการดำเนินงาน

      **เรียน** ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา

      ตามที่จังหวัดขอนแก่นได้ขอให้หน่วยงานรายงานผลการดำเนินงาน ตามหนังสือ ดังนี้

      | ลำดับ | ที่ | ลงวันที่ | เรื่อง |
      |:---:|---|---|---|
      | ๑ | ขก ๐๐๑๘.๔/ว ๑๑๐๘ | ๑๔ มกราคม ๒๕๖๙ | การรายงานผลการดำเนินงาน ไตรมาสที่ ๑ |
      | ๒ | ขก ๐๐๑๘.๔/ว ๒๓๔๑ | ๒ เมษายน ๒๕๖๙ | การรายงานผลการดำเนินงาน ไตรมาสที่ ๒ |

      และตามบันทึกข้อความ กลุ่มงานพัฒนาทรัพยากรบุคคล ลงวันที่ ๓ กุมภาพันธ์ ๒๕๖๘ นั้น
      """
    let letter = try #require(Self.parse(text, path: "t.md").first)
    #expect(letter.mentions.map(\.raw) == [
      "ขก ๐๐๑๘.๔/ว ๑๑๐๘ ๑๔ มกราคม ๒๕๖๙", "ขก ๐๐๑๘.๔/ว ๒๓๔๑ ๒ เมษายน ๒๕๖๙",
      "บันทึกข้อความ กลุ่มงานพัฒนาทรัพยากรบุคคล ลงวันที่ ๓ กุมภาพันธ์ ๒๕๖๘",
    ])
    #expect(letter.mentions.first?.number?.canonical == "ขก 0018.4/ว 1108")
    #expect(letter.mentions.last?.issuer == "กลุ่มงานพัฒนาทรัพยากรบุคคล")
  }

  @Test(arguments: [
    ["๑", "ขก ๐๐๑๘.๔/ว ๑๑๐๘", "๑๔ มกราคม ๒๕๖๙", "การรายงาน"],
  ])
  func aRowNamesALetter(cells: [String]) {
    #expect(TableRowCitation.find(in: cells, ocrYears: false).count == 1)
    // A number with no office, or no date beside it: no letter.
    #expect(TableRowCitation.find(in: ["๑", "๑๑๐๘/๒๕๖๙", "๑๔ มกราคม ๒๕๖๙"], ocrYears: false).isEmpty)
    #expect(TableRowCitation.find(in: ["ขก ๐๐๑๘.๔/ว ๑๑๐๘", "การรายงาน", "๑๔ มกราคม ๒๕๖๙"], ocrYears: false).isEmpty)
  }

  // MARK: Forms

  /// A form after a letter, typed with blank lines between its rows: a `-` in a ruled table's
  /// cell is its "none", and the signing under `ลงชื่อ ....... ผู้รายงาน` across a blank line is
  /// the reporter's, in the form's body, no signer of the page.
  @Test func aFormWithBlankLinesBetweenItsRows() throws {
    let text = """
                                 แบบรายงานสาธารณภัยเบื้องต้น (แบบ ปภ. 1)

      หน่วยงานที่รายงาน  องค์การบริหารส่วนตำบลหนองบอน

      | หมู่ที่ | หมู่บ้าน        | เสียหายทั้งหลัง | เสียหายบางส่วน |
      | 3     | บ้านหนองบอน       | -             | 21            |

                    ลงชื่อ ...................................... ผู้รายงาน

                            (นายวีระพงษ์ คำแสน)

                    ตำแหน่ง นักวิชาการป้องกันและบรรเทาสาธารณภัยปฏิบัติการ
      """
    let letter = try #require(Self.parse(text).first)
    #expect(letter.body.contains("3 บ้านหนองบอน - 21"))
    #expect(letter.signature == nil)
    #expect(letter.body.contains("(นายวีระพงษ์ คำแสน)"))
  }

  // MARK: Found reading the change again

  /// A table row that names no letter by its cells still cites what its text cites (an
  /// announcement by its office and date).
  @Test func aRowCitingAnAnnouncementByItsDate() throws {
    let text = """
      **ที่** ขก ๐๐๑๘.๔/ว ๔๒๑๗

      **เรื่อง** ติดตามการรายงานผล

      **เรียน** ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา

      ตามหนังสือ ดังนี้

      | ลำดับ | ที่ | เรื่อง |
      |---|---|---|
      | ๑ | ประกาศกรมบัญชีกลาง ลงวันที่ ๓ มกราคม ๒๕๖๙ | รายงานผล |
      """
    let letter = try #require(Self.parse(text, path: "t.md").first)
    #expect(letter.mentions.first?.issuer == "กรมบัญชีกลาง")
  }

  /// An address line over a เลขรับ line is the office block's, not a receiving office's name.
  @Test func anAddressOverAReceiptNumberStaysTheOffices() throws {
    let text = """
      ที่ กค ๐๔๒๑.๔/ว ๑๘๗
      กรมบัญชีกลาง
      ถนนพระรามที่ ๖ กทม. ๑๐๔๐๐
      เลขรับ ๕๖๗๘
      ๑๔ มีนาคม ๒๕๖๘
      เรื่อง แนวทางปฏิบัติ
      เรียน ปลัดกระทรวง
      ด้วยกรมบัญชีกลางได้รับแจ้งปัญหา
      """
    let letter = try #require(Self.parse(text).first)
    #expect(letter.issuer?.address == "ถนนพระรามที่ ๖ กทม. ๑๐๔๐๐")
  }

  @Test func aLoneUnderscoreCellIsARule() {
    #expect(Line(number: 1, raw: "| ก | _ | ข |").cells == ["ก", "ข"])
    #expect(Line(number: 1, raw: "| ก | - | ข |").cells == ["ก", "-", "ข"])
  }
}
