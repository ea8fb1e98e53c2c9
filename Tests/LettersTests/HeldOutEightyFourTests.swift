import Testing

@testable import Letters

/// What the twenty-first round of held-out letters (8400–8707: text copied out of phone OCR
/// apps, papers that travel with letters, Parliament and the capital, hard header layouts)
/// showed the parser missing.
@Suite struct HeldOutEightyFourTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  /// A paragraph LINE's "text from image" set on one line, wider than a printed line.
  static let longParagraph =
    "ตามประกาศเทศบาลนครนครสวรรค์ เรื่อง การประกาศบัญชีรายการที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. ๒๕๖๙ ลงวันที่ ๓๐ มกราคม ๒๕๖๙ "
    + "ได้ประกาศบัญชีรายการที่ดินและสิ่งปลูกสร้างไว้ ณ สำนักงานเทศบาลนครนครสวรรค์ และชุมชนทุกชุมชน เพื่อให้ผู้เสียภาษีตรวจสอบข้อมูลของตน นั้น"

  /// An announcement whose title, subject and paragraphs each stand on one long line, its date
  /// and signer on one line: the subject stops at its own line; the signer is read.
  @Test func anAnnouncementOfLongLines() throws {
    let text = """
      ประกาศเทศบาลนครนครสวรรค์ เรื่อง การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี พ.ศ. ๒๕๖๙
      \(Self.longParagraph)
      จึงประกาศให้ทราบโดยทั่วกัน
      ประกาศ ณ วันที่ ๒ กุมภาพันธ์ พ.ศ. ๒๕๖๙ (นายวรวิทย์ เกียรติพงศ์ธร) นายกเทศมนตรีนครนครสวรรค์
      """
    let letter = try #require(parse(text).first)
    #expect(letter.subject == "การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี พ.ศ. ๒๕๖๙")
    #expect(letter.body.first == Self.longParagraph)
    #expect(letter.mentions.first?.date?.date?.iso == "2026-01-30")
    #expect(letter.date?.date?.iso == "2026-02-02")
    #expect(letter.signature?.name == "นายวรวิทย์ เกียรติพงศ์ธร")
    #expect(letter.signature?.positions == ["นายกเทศมนตรีนครนครสวรรค์"])
  }

  /// A subject wrapped onto a printed line still goes on.
  @Test func aWrappedSubjectStillGoesOn() throws {
    let text = """
      ที่ ขก ๐๐๑๗.๓/ว ๑๒                     ศาลากลางจังหวัดขอนแก่น
      ๓ มีนาคม ๒๕๖๙
      เรื่อง ขอเชิญประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ
             ครั้งที่ ๒/๒๕๖๙
      เรียน นายอำเภอทุกอำเภอ
              ด้วยจังหวัดขอนแก่นจะจัดประชุม
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      ผู้ว่าราชการจังหวัดขอนแก่น
      """
    #expect(parse(text).first?.subject == "ขอเชิญประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ ครั้งที่ ๒/๒๕๖๙")
  }

  /// A phone's photo of page 1 that shows the top of page 2 under the continuation word and
  /// the page's number: that line is printed again on page 2, and read once.
  @Test func aGlimpseOfTheNextPage() throws {
    let text = """
      คำสั่งจังหวัดเชียงราย
      ที่ ๕๑๒๘/๒๕๖๘
      เรื่อง แต่งตั้งคณะทำงานแก้ไขปัญหาหมอกควัน
      ----------------
              ด้วยสถานการณ์ไฟป่าและหมอกควันมีแนวโน้มรุนแรงขึ้น จึงแต่งตั้งคณะทำงาน ดังนี้
              ๑. คณะทำงานระดับจังหวัด มีผู้ว่าราชการจังหวัดเป็นประธาน
      /๒. คณะทำงานระดับอำเภอ...
      - ๒ -
      ๒. คณะทำงานระดับอำเภอ ประกอบด้วย นายอำเภอ เป็นประธาน

      - ๒ -

      ๒. คณะทำงานระดับอำเภอ ประกอบด้วย นายอำเภอ เป็นประธาน ปลัดอำเภอเป็นเลขานุการ

      สั่ง ณ วันที่ ๑๘ ธันวาคม พ.ศ. ๒๕๖๘
      (นายวิทยา จันทร์หอม)
      ผู้ว่าราชการจังหวัดเชียงราย
      """
    let letter = try #require(parse(text).first)
    #expect(letter.body.filter { $0.hasPrefix("๒. คณะทำงานระดับอำเภอ") }
      == ["๒. คณะทำงานระดับอำเภอ ประกอบด้วย นายอำเภอ เป็นประธาน ปลัดอำเภอเป็นเลขานุการ"])
  }

  /// Minutes sent with a covering letter, signed by their recorder and their checker: no
  /// signer of an office; the sign-offs stay in the page's body.
  @Test(arguments: [
    ("ลงชื่อ                 ผู้จดรายงานการประชุม", "ลงชื่อ                 ผู้ตรวจรายงานการประชุม"),
    ("(ลงชื่อ)     อุดม ศรีนวล      ผู้จดรายงานการประชุม", "(ลงชื่อ)     อรุณี พรหมวงศ์     ผู้ตรวจรายงานการประชุม"),
  ])
  func minutesSignedByTheirRecorders(_ recorder: String, _ checker: String) throws {
    let text = """
      รายงานการประชุมหัวหน้าส่วนราชการจังหวัดนครราชสีมา
      ครั้งที่ ๒/๒๕๖๙
      ณ ห้องประชุมศาลากลางจังหวัดนครราชสีมา

      ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
      มติที่ประชุม  รับทราบ

      เลิกประชุมเวลา ๑๒.๑๕ น.

                                        \(recorder)
                                              (นางสาวกาญจนา ศรีวงศ์)
                                        นักวิเคราะห์นโยบายและแผนชำนาญการ

                                        \(checker)
                                              (นางสาวอรุณี พรหมวงศ์)
                                          หัวหน้าสำนักงานจังหวัดนครราชสีมา
      """
    let letter = try #require(parse(text).first)
    #expect(letter.kind == .annex)
    #expect(letter.signature == nil)
    #expect(letter.body.contains { $0.contains("(นางสาวกาญจนา ศรีวงศ์)") })
    #expect(letter.body.contains { $0.contains("(นางสาวอรุณี พรหมวงศ์)") })
  }

  /// A memo approved under its signature (`- อนุมัติ`, a markdown bullet), then on a new page
  /// the project it asks approval for: the approval is the memo's, the project an annex page.
  @Test func aMemoThenTheProjectItProposes() throws {
    let text = """
      # บันทึกข้อความ

      **ส่วนราชการ** คณะเกษตรศาสตร์ มหาวิทยาลัยอุบลราชธานี โทร. ๓๕๐๑
      **ที่** อว ๐๖๐๔.๐๔/๑๒๓ **วันที่** ๘ ธันวาคม ๒๕๖๘
      **เรื่อง** ขออนุมัติโครงการอบรมเชิงปฏิบัติการ

      **เรียน** คณบดีคณะเกษตรศาสตร์

      สาขาวิชาพืชศาสตร์ขออนุมัติจัดโครงการ รายละเอียดตามโครงการที่แนบ

      จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

      **(ผู้ช่วยศาสตราจารย์ ดร.วิชัย ศรีภูมิ)**<br>
      หัวหน้าสาขาวิชาพืชศาสตร์

      - อนุมัติ

      **(รองศาสตราจารย์ ดร.อัญชลี ทองดี)**<br>
      คณบดีคณะเกษตรศาสตร์<br>
      ๑๒ ธ.ค. ๖๘

      ---

      <!-- page 2 -->

      # โครงการอบรมเชิงปฏิบัติการการผลิตปุ๋ยอินทรีย์ชีวภาพ
      **ประจำปีงบประมาณ พ.ศ. ๒๕๖๙**

      **๑. หลักการและเหตุผล**

      เกษตรกรรายย่อยประสบปัญหาต้นทุนการผลิตสูง
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters
    #expect(letters.map(\.kind) == [.memo, .annex])
    #expect(letters.first?.lines.end == 20)
    #expect(letters.last?.subject == "โครงการอบรมเชิงปฏิบัติการการผลิตปุ๋ยอินทรีย์ชีวภาพ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
  }

  /// Addressees in a numbered list under `เรียน ๑.`: all of them; the header goes on.
  @Test func aNumberedListOfAddressees() throws {
    let text = """
      ที่ สผ ๐๐๑๘.๐๓/๒๔๕๑                              คณะกรรมาธิการการปกครอง สภาผู้แทนราษฎร
                                  ๒๓ กรกฎาคม ๒๕๖๘
      เรื่อง ขอเชิญชี้แจงข้อเท็จจริง

      เรียน  ๑. ปลัดกรุงเทพมหานคร
             ๒. ผู้อำนวยการสำนักการระบายน้ำ
             ๓. ผู้อำนวยการเขตบางเขน

      สิงทีส่งมาด้วย  ระเบียบวาระการประชุมคณะกรรมาธิการการปกครอง      จํานวน ๑ ฉบับ

              ด้วยคณะกรรมาธิการการปกครองได้รับเรื่องร้องเรียน
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      ประธานคณะกรรมาธิการการปกครอง
      """
    let letter = try #require(parse(text).first)
    #expect(letter.to == "๑. ปลัดกรุงเทพมหานคร ๒. ผู้อำนวยการสำนักการระบายน้ำ ๓. ผู้อำนวยการเขตบางเขน")
    #expect(letter.enclosures.map(\.title) == ["ระเบียบวาระการประชุมคณะกรรมาธิการการปกครอง"])
    #expect(letter.body.first == "ด้วยคณะกรรมาธิการการปกครองได้รับเรื่องร้องเรียน")
  }

  /// A numbered heading after an unnumbered addressee still begins the body.
  @Test func aNumberedHeadingAfterTheAddresseeBeginsTheBody() throws {
    let text = """
      ที่ ขก ๐๐๑๗.๓/ว ๑๒                     ศาลากลางจังหวัดขอนแก่น
      ๓ มีนาคม ๒๕๖๙
      เรื่อง ขอเชิญประชุม
      เรียน นายอำเภอทุกอำเภอ
      ๑. เรื่องเดิม
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      ผู้ว่าราชการจังหวัดขอนแก่น
      """
    let letter = try #require(parse(text).first)
    #expect(letter.to == "นายอำเภอทุกอำเภอ")
    #expect(letter.body.first == "๑. เรื่องเดิม")
  }

  /// An enclosure's quantity printed beside its title's first line, the title going on under
  /// it: the title joined, the quantity apart.
  @Test func aQuantityBesideTheTitlesFirstLine() throws {
    var warnings: [LetterWarning] = []
    let found = ItemReader.enclosures(
      [
        Line(number: 1, raw: "สิ่งที่ส่งมาด้วย  ๑. รายงานสรุปผลการดำเนินงานป้องกันน้ำท่วม      จำนวน ๑ ชุด"),
        Line(number: 2, raw: "                    ปีงบประมาณ พ.ศ. ๒๕๖๗"),
        Line(number: 3, raw: "               ๒. แผนที่แสดงจุดเสี่ยงน้ำท่วมขัง          จำนวน ๑ แผ่น"),
      ], first: (0, 16), more: [1, 2], warnings: &warnings)
    #expect(found.map(\.title) == ["รายงานสรุปผลการดำเนินงานป้องกันน้ำท่วม ปีงบประมาณ พ.ศ. ๒๕๖๗", "แผนที่แสดงจุดเสี่ยงน้ำท่วมขัง"])
    #expect(found.map(\.quantity) == ["๑ ชุด", "๑ แผ่น"])
  }

  /// A title with a count inside it (`แบบสำรวจจำนวน ๕ ข้อ …`, no space before จำนวน) keeps it.
  @Test func aCountInsideATitleStays() {
    let title = "แบบสำรวจจำนวน ๕ ข้อ สำหรับครูผู้สอนทุกระดับชั้น"
    #expect(ItemReader.quantityThenTitle("๕ ข้อ สำหรับครูผู้สอนทุกระดับชั้น") != nil)
    var warnings: [LetterWarning] = []
    let found = ItemReader.enclosures(
      [Line(number: 1, raw: "สิ่งที่ส่งมาด้วย  " + title)], first: (0, 16), more: [], warnings: &warnings)
    #expect(found.first?.title == title)
    #expect(found.first?.quantity == nil)
  }

  /// Two items OCR ran together, each with its quantity (`… จำนวน ๑ ชุด ๒ . แบบฟอร์ม… จ้านวน ๑ ชุด`):
  /// the first quantity is not taken from the middle.
  @Test func twoItemsRunTogetherKeepTheirText() {
    var warnings: [LetterWarning] = []
    let text = "เกณฑ์การคัดเลือกท้องถิ่นอำเภอดีเด่น จำนวน ๑ ชุด ๒ . แบบฟอร์มผลการดำเนินการ จ้านวน ๑ ชุด"
    let found = ItemReader.enclosures(
      [Line(number: 1, raw: "สิ่งที่ส่งมาด้วย  ๑. " + text)], first: (0, 16), more: [], warnings: &warnings)
    #expect(found.first?.quantity == nil)
  }

  /// A model's offer of more help after the letter (`หากต้องการให้สรุป… แจ้งได้เลยครับ`) is chat.
  @Test func aModelsOfferToSummarize() {
    #expect(OCRRemark.isThaiChat(Array("หากต้องการให้สรุปสาระสำคัญหรือจัดทำร่างหนังสือตอบกลับ แจ้งได้เลยครับ".unicodeScalars)))
    #expect(!OCRRemark.isThaiChat(Array("หากต้องการสรุปผลการดำเนินงาน ให้ติดต่อกองคลัง".unicodeScalars)))
  }

  /// Two letters cited on one อ้างถึง line, joined by `และ`: two references.
  @Test(arguments: [
    (
      "อ้างถึง   หนังสือกรมศิลปากร ที่ วธ ๐๔๑๑/ว ๑๕๐ ลงวันที่ ๑๘ มี.ค. ๒๕๖๗ และหนังสือกรมศิลปากร ด่วนมาก ที่ วธ ๐๔๑๑/ว ๕๒๒ ลงวันที่ ๙ ก.ย. ๒๕๖๗",
      ["วธ 0411/ว 150", "วธ 0411/ว 522"], ["2024-03-18", "2024-09-09"]
    ),
    (
      "อ้างถึง หนังสือสำนักงานประกันสังคม ที่ รง 0614/ว 1123 ลงวันที่ 3 ต.ค. 2568 และหนังสือบริษัท ล้านนาการ์เมนท์ จำกัด ลงวันที่ 8 ธ.ค. 2568",
      ["รง 0614/ว 1123", nil], ["2025-10-03", "2025-12-08"]
    ),
  ] as [(String, [String?], [String])])
  func twoLettersOnOneReferenceLine(_ line: String, _ numbers: [String?], _ dates: [String]) {
    var warnings: [LetterWarning] = []
    let found = ItemReader.references([Line(number: 1, raw: line)], first: (0, 7), more: [], warnings: &warnings)
    #expect(found.map { $0.number?.canonical } == numbers)
    #expect(found.map { $0.date?.date?.iso } == dates)
    #expect(found.last?.raw.hasPrefix("หนังสือ") == true)
  }

  /// `และ` inside one citation (no date before it) cuts nothing.
  @Test func oneLetterWithAndInItsIssuer() {
    #expect(
      ItemReader.joinedLetters("หนังสือกรมการปกครอง และหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐/ว ๑", ocrYears: false).count == 1)
  }

  /// A QR code's caption over two lines after the contact block: no annex page.
  @Test func aQRCaptionOverTwoLines() {
    let text = """
      ที่ วธ ๐๔๑๑/ว ๒๘๔                              กรมศิลปากร
                                  ๓ มีนาคม ๒๕๖๙
      เรื่อง ขอความร่วมมือสำรวจโบราณสถาน
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
              ด้วยกรมศิลปากรขอความร่วมมือ
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      อธิบดีกรมศิลปากร
      กองโบราณคดี
      โทร. ๐ ๒๑๒๖ ๖๕๐๐ ต่อ ๒๑๐๔

                                                       สแกน QR Code
                                                เพื่อดาวน์โหลดสิ่งที่ส่งมาด้วย
      """
    let letters = parse(text)
    #expect(letters.map(\.kind) == [.external])
    #expect(letters.first?.lines.end == 10)
  }

  /// A number left blank for the pen: no number, no warning; a memo's date beside it read.
  @Test(arguments: [
    ("บันทึกข้อความ\nส่วนราชการ โรงพยาบาลน่าน กลุ่มงานเภสัชกรรม\nที่   ..............................        วันที่        ๑๒ มกราคม ๒๕๖๙", "2026-01-12"),
    ("คำสั่งสำนักงานอุตสาหกรรมจังหวัดลำพูน\n                   ที่          /๒๕๖๙", nil),
  ] as [(String, String?)])
  func aNumberLeftBlank(_ head: String, _ date: String?) throws {
    let text = head + """

      เรื่อง ขออนุมัติจัดซื้อยา
      เรียน ผู้อำนวยการโรงพยาบาลน่าน
              ด้วยกลุ่มงานเภสัชกรรมขออนุมัติจัดซื้อยา
      จึงเรียนมาเพื่อโปรดพิจารณา
      (นายสมชาย ใจดี)
      เภสัชกรชำนาญการพิเศษ
      """
    let letter = try #require(parse(text).first)
    #expect(letter.number == nil)
    #expect(letter.date?.date?.iso == date)
    #expect(letter.subject == "ขออนุมัติจัดซื้อยา")
    #expect(letter.warnings.isEmpty)
  }

  /// A number with a serial is no blank one.
  @Test(arguments: ["ที่ ๑๒๓/๒๕๖๙", "ที่ มท ๐๘๑๐/ว ๑๒", "ที่ประชุม"])
  func aNumberIsNoBlank(_ line: String) {
    #expect(LetterReader.blankNumberEnd(Array(line.unicodeScalars)) == nil)
  }

  /// The date printed left of the office block's last line, read as one line with it.
  @Test func aDateLeftOfTheLastAddressLine() throws {
    let text = """
      ที่ พณ ๐๘๐๓/ว ๒๑๗                                        กรมส่งเสริมการค้าระหว่างประเทศ
                                                               ๕๖๓ ถนนนนทบุรี ตำบลบางกระสอ
                                                               อำเภอเมืองนนทบุรี
                                        ๙ กุมภาพันธ์ ค.ศ. ๒๐๒๖            จังหวัดนนทบุรี ๑๑๐๐๐

      เรื่อง ขอเชิญเข้าร่วมงานแสดงสินค้า
      เรียน กรรมการผู้จัดการ
              ด้วยกรมส่งเสริมการค้าระหว่างประเทศจะจัดงาน
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      อธิบดีกรมส่งเสริมการค้าระหว่างประเทศ
      """
    let letter = try #require(parse(text).first)
    #expect(letter.date?.date?.iso == "2026-02-09")
    #expect(letter.issuer?.address == "๕๖๓ ถนนนนทบุรี ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี ๑๑๐๐๐")
  }

  /// The receiving office's stamp beside the number (`เลขรับ ๑๒๗`), its date and time under it.
  @Test func aReceiptStampBesideTheNumber() throws {
    let text = """
                                                                          สำนักงานจัดหางานจังหวัดสุโขทัย
      ที่ รง ๐๕๐๒.๔/ว ๔๑                                                   เลขรับ ๑๒๗
                                                                          วันที่ ๒๖ ธ.ค. ๒๕๖๘ เวลา ๑๑.๓๐ น.

      ถึง   สำนักงานแรงงานจังหวัด ทุกจังหวัด

              ด้วยกรมพัฒนาฝีมือแรงงานกำหนดจัดการทดสอบ

                                           กรมพัฒนาฝีมือแรงงาน
                                           ๒๒ ธันวาคม ๒๕๖๘
      """
    let letter = try #require(parse(text).first)
    #expect(letter.number?.canonical == "รง 0502.4/ว 41")
    #expect(letter.received?.number == "127")
    #expect(letter.received?.date?.date?.iso == "2025-12-26")
    #expect(letter.received?.time == "๑๑.๓๐ น.")
    #expect(letter.date?.date?.iso == "2025-12-22")
  }

  /// A body's sentence that says `ณ วันที่ ๑ มกราคม ของปีภาษีนั้น` (no year), then a paragraph
  /// citing an announcement with its date: the announcement's date is its own `ประกาศ ณ วันที่`
  /// line's, and the first paragraph stays (the twentieth round's 8203).
  @Test(arguments: [
    "ประกาศ ณ วันที่ ๕ มกราคม พ.ศ. ๒๕๖๙",
    "จึงประกาศมาให้ทราบโดยทั่วกัน ประกาศ ณ วันที่ ๕ มกราคม พ.ศ. ๒๕๖๙",
  ])
  func aDateInTheBodyIsNotTheAnnouncements(_ dateLine: String) throws {
    let text = """
      ประกาศเทศบาลนครอุดรธานี
      เรื่อง การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. ๒๕๖๙

      ด้วยพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒ กำหนดให้องค์กรปกครองส่วนท้องถิ่นจัดเก็บภาษีจากผู้เป็นเจ้าของที่ดิน ณ วันที่ ๑ มกราคม ของปีภาษีนั้น

      เทศบาลนครอุดรธานีได้จัดส่งแบบแจ้งการประเมินภาษีตามประกาศเทศบาลนครอุดรธานี เรื่อง การกำหนดอัตราภาษี ลงวันที่ ๒๒ ธันวาคม ๒๕๖๘ แล้ว

      \(dateLine)

      (นายอิทธิพล ศรีชมภู)
      นายกเทศมนตรีนครอุดรธานี
      """
    let letter = try #require(parse(text).first)
    #expect(letter.date?.date?.iso == "2026-01-05")
    #expect(letter.body.first?.hasPrefix("ด้วยพระราชบัญญัติ") == true)
  }

  /// PaddleOCR-VL sets a number as math (`อัตราร้อยละ $0.01$`): the number. Dollars stay dollars.
  @Test(arguments: [
    ("มูลค่าไม่เกิน $75$ ล้านบาท อัตราร้อยละ $0.01$", "มูลค่าไม่เกิน 75 ล้านบาท อัตราร้อยละ 0.01"),
    ("เป็นเงิน $1,500$ บาท", "เป็นเงิน 1,500 บาท"),
    ("ราคา $25 และ $30", "ราคา $25 และ $30"),
    ("ราคา $ 25 $", "ราคา $ 25 $"),
  ])
  func aNumberSetAsMath(_ markdown: String, _ plain: String) {
    #expect(MarkdownCleaner.lines(from: markdown).first?.text == plain)
  }
}
