import Testing

@testable import Letters

/// What the twenty-second round of held-out letters (8800–8807 citation edge cases, 9100–9107
/// local government papers) showed the parser missing. (8900 and 9000 have their own suites.)
@Suite struct HeldOutEightyEightTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  /// Serials that share one citation's prefix, code and date are letters of their own.
  @Test(arguments: [
    ("ตามหนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๑๖.๒/ว ๑๒๓๔ และ ว ๑๒๓๕ ลงวันที่ ๑๖ ก.พ. ๖๙ นั้น",
     ["มท 0816.2/ว 1234", "มท 0816.2/ว 1235"], ["มท ๐๘๑๖.๒/ว ๑๒๓๔", "ว ๑๒๓๕"]),
    ("ตามหนังสือกรมสวัสดิการและคุ้มครองแรงงาน ที่ รง 0504/ว 112, ว 113 และ ว 115 ลงวันที่ 20 ก.พ. 69 นั้น",
     ["รง 0504/ว 112", "รง 0504/ว 113", "รง 0504/ว 115"], ["รง 0504/ว 112", "ว 113", "ว 115"]),
    ("ตามบันทึกข้อความ ที่ อว ๖๖๐.๓.๒/๑๒๐๔ และ ๑๒๐๕ ลงวันที่ ๑๘ ก.ค. ๖๘ นั้น",
     ["อว 660.3.2/1204", "อว 660.3.2/1205"], ["อว ๖๖๐.๓.๒/๑๒๐๔", "๑๒๐๕"]),
    ("ตามโทรสารกรมป้องกันและบรรเทาสาธารณภัย ด่วนที่สุด ที่ มท ๐๖๑๗/ว ๓๔๐๑ - ๓๔๐๓ ลงวันที่ ๒๖ สิงหาคม ๒๕๖๘ ว่า",
     ["มท 0617/ว 3401", "มท 0617/ว 3402", "มท 0617/ว 3403"], ["มท ๐๖๑๗/ว ๓๔๐๑", "มท ๐๖๑๗/ว ๓๔๐๑ - ๓๔๐๓", "๓๔๐๓"]),
  ] as [(String, [String], [String])])
  func serialsSharingACitation(_ text: String, _ canonicals: [String], _ raws: [String]) {
    let found = CitationReader.find(in: text, strict: true).map(\.citation)
    #expect(found.map { $0.number?.canonical } == canonicals)
    #expect(found.map { $0.number?.raw } == raws)
    #expect(Set(found.map { $0.date?.date?.iso }).count == 1)
    #expect(Set(found.map(\.raw)).count == 1)
  }

  /// A count after `และ` is no serial; a serial of another length without its ว neither.
  @Test(arguments: [
    "ตามหนังสือจังหวัดขอนแก่น ที่ ขก ๐๐๑๗.๓/ว ๑๔๙๖ และ ๒ หน่วยงาน ลงวันที่ ๒๘ พฤษภาคม ๒๕๖๘",
    "ตามหนังสือจังหวัดขอนแก่น ที่ ขก ๐๐๑๗.๓/ว ๑๔๙๖ ลงวันที่ ๒๘ พฤษภาคม ๒๕๖๘ และ ๑๒ มิถุนายน ๒๕๖๘",
  ])
  func noSerialAfterAnd(_ text: String) {
    let found = CitationReader.find(in: text, strict: true).map(\.citation)
    #expect(found.map { $0.number?.canonical } == ["ขก 0017.3/ว 1496"])
  }

  /// An อ้างถึง item of two serials is two references, each with the whole item as its raw.
  @Test func twoSerialsInOneReference() {
    var warnings: [LetterWarning] = []
    let line = "อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๖.๒/ว ๑๒๓๔ และ ว ๑๒๓๕ ลงวันที่ ๑๖ ก.พ. ๖๙"
    let found = ItemReader.references([Line(number: 1, raw: line)], first: (0, 7), more: [], warnings: &warnings)
    #expect(found.map { $0.number?.serial } == ["1234", "1235"])
    #expect(found.allSatisfy { $0.raw.hasPrefix("หนังสือกรม") && $0.raw.hasSuffix("๖๙") })
  }

  /// A second order of the same office after `และที่`, with its own date: the office's too.
  @Test func aSecondOrderAfterAnd() {
    let text = "ให้ยกเลิกคำสั่งมหาวิทยาลัยราชภัฏนครราชสีมา ที่ ๘๗๒/๒๕๖๘ ลงวันที่ ๒๓ มิถุนายน ๒๕๖๘ และที่ ๙๐๑/๒๕๖๘ ลงวันที่ ๓๐ มิถุนายน ๒๕๖๘ ทั้งนี้"
    let found = CitationReader.find(in: text, strict: true).map(\.citation)
    #expect(found.map { $0.number?.canonical } == ["872/2568", "901/2568"])
    #expect(found.map { $0.date?.date?.iso } == ["2025-06-23", "2025-06-30"])
    #expect(found.last?.issuer == "มหาวิทยาลัยราชภัฏนครราชสีมา")
    #expect(found.last?.raw.hasPrefix("คำสั่งมหาวิทยาลัย") == true)
  }

  /// A fax cited over a line's end (`…ตามโทรสารกรม… ด่วนที่สุด` / `ที่ มท ๐๖๑๗/ว ๓๔๐๑ …`): the ที่
  /// line goes on with the sentence, no new letter.
  @Test func aFaxCitedOverALinesEnd() throws {
    let text = """
      ที่ อบ ๐๐๒๑/ว ๔๑๓๒                              ศาลากลางจังหวัดอุบลราชธานี
                                  ๒๘ สิงหาคม ๒๕๖๘
      เรื่อง การเตรียมความพร้อมรับมืออุทกภัย
      เรียน นายอำเภอ ทุกอำเภอ

                จังหวัดอุบลราชธานีได้รับแจ้งตามโทรสารกรมป้องกันและบรรเทาสาธารณภัย ด่วนที่สุด
      ที่ มท ๐๖๑๗/ว ๓๔๐๑ ลงวันที่ ๒๖ สิงหาคม ๒๕๖๘ ว่า จะมีฝนตกหนักในพื้นที่
      ขอแสดงความนับถือ
      (นายวีรพงษ์ แสงทอง)
      รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน
      ผู้ว่าราชการจังหวัดอุบลราชธานี
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.mentions.first?.issuer == "กรมป้องกันและบรรเทาสาธารณภัย")
    #expect(letters.first?.mentions.first?.raw.hasPrefix("โทรสาร") == true)
  }

  /// A subject that names the letter it corrects cites it.
  @Test func aSubjectThatNamesALetter() throws {
    let text = """
      ที่ ขก ๐๐๑๗.๓/ว ๑๕๒๐                              ศาลากลางจังหวัดขอนแก่น
                                  ๒ มิถุนายน ๒๕๖๘
      เรื่อง ขอแก้ไขหนังสือจังหวัดขอนแก่น ด่วนที่สุด ที่ ขก ๐๐๑๗.๓/ว ๑๔๙๖ ลงวันที่ ๒๘ พฤษภาคม ๒๕๖๘
      เรียน นายอำเภอ ทุกอำเภอ
                ตามที่จังหวัดขอนแก่นได้แจ้งกำหนดการประชุม นั้น
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      ผู้ว่าราชการจังหวัดขอนแก่น
      """
    let letter = try #require(parse(text).first)
    #expect(letter.mentions.map { $0.number?.canonical } == ["ขก 0017.3/ว 1496"])
    #expect(letter.mentions.first?.urgency == .mostUrgent)
  }

  /// A village headman's letter under the office's name (`ที่ทำการผู้ใหญ่บ้าน…`), with no ที่ line:
  /// the office is the issuer, the header is read.
  @Test func aHeadmansLetter() throws {
    let text = """
      ที่ทำการผู้ใหญ่บ้านโนนสำราญ หมู่ที่ ๙
      ตำบลห้วยยาง อำเภอกระนวน
      จังหวัดขอนแก่น ๔๐๑๗๐

      ๒๗ เมษายน ๒๕๖๙

      เรื่อง ขอความอนุเคราะห์สนับสนุนเต็นท์
      เรียน นายกองค์การบริหารส่วนตำบลห้วยยาง

      ด้วยคณะกรรมการหมู่บ้านได้มีมติให้จัดงานประเพณีบุญบั้งไฟ

      ขอแสดงความนับถือ
      (นายบุญมี ศรีสุข)
      ผู้ใหญ่บ้านโนนสำราญ
      """
    let letter = try #require(parse(text).first)
    #expect(letter.issuer?.name == "ที่ทำการผู้ใหญ่บ้านโนนสำราญ หมู่ที่ ๙")
    #expect(letter.date?.date?.iso == "2026-04-27")
    #expect(letter.subject == "ขอความอนุเคราะห์สนับสนุนเต็นท์")
    #expect(!letter.warnings.contains { $0.code == .headerMissing })
  }

  /// A certificate: its title over the number is the letter's; the office block ends at its
  /// postal code, the body's sentence after a blank line is no address.
  @Test func aCertificateUnderItsTitle() throws {
    let text = """
                                             หนังสือรับรอง

      ที่ ชม ๘๓๖๐๑/๑๗๔๓                                    องค์การบริหารส่วนตำบลสันนาเม็ง
                                                           อำเภอสันทราย จังหวัดเชียงใหม่ ๕๐๒๑๐

                หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า นางสาววรรณา ใจเย็น เลขประจำตัวประชาชน ๓ ๕๐๙๙ ๐๐๔๑๒ ๓๕ ๑
      เป็นพนักงานส่วนตำบล ตำแหน่ง นักวิชาการเงินและบัญชีชำนาญการ

                           ให้ไว้ ณ วันที่ ๕ กันยายน พ.ศ. ๒๕๖๘
                                   (นายประเสริฐ บุญมา)
                          นายกองค์การบริหารส่วนตำบลสันนาเม็ง
      """
    let letter = try #require(parse(text).first)
    #expect(letter.lines.start == 1)
    #expect(letter.issuer?.address == "อำเภอสันทราย จังหวัดเชียงใหม่ ๕๐๒๑๐")
    #expect(letter.body.first?.hasPrefix("หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า") == true)
  }

  /// The office block printed above the ที่ line, its postal code last, a เรื่อง close below:
  /// the block's lines, none passed over as unreadable.
  @Test func anOfficeBlockAboveTheNumber() throws {
    let text = """
      องค์การบริหารส่วนตำบลโนนท่อน
      อำเภอเมืองขอนแก่น
      จังหวัดขอนแก่น ๔๐๐๐๐

      ที่ ขก ๗๓๖๐๑/๑๕๔

      ๘ กรกฎาคม ๒๕๖๙

      เรื่อง แจ้งผลการพิจารณาเรื่องร้องเรียน
      เรียน นายสมศักดิ์ ใจดี
      ตามที่ท่านได้ร้องเรียน นั้น
      ขอแสดงความนับถือ
      (นายวิชัย ทองดี)
      นายกองค์การบริหารส่วนตำบลโนนท่อน
      """
    let letter = try #require(parse(text).first)
    #expect(letter.issuer?.address == "อำเภอเมืองขอนแก่น จังหวัดขอนแก่น ๔๐๐๐๐")
    #expect(letter.warnings.isEmpty)
  }

  /// An enclosure that cites the letter in the file by its number but another day: a slip.
  @Test func theSameNumberCitedWithAnotherDay() throws {
    let text = """
      ที่ ขก ๐๐๒๓.๑๖/ว ๖๘๑                              ที่ว่าการอำเภอพล
                                  ๒๒ มิถุนายน ๒๕๖๙
      เรื่อง การป้องกันโรคไข้เลือดออก
      เรียน นายกองค์การบริหารส่วนตำบล ทุกแห่ง
      สิ่งที่ส่งมาด้วย  สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๙.๒/ว ๒๑๓๔ ลงวันที่ ๑๘ มิถุนายน ๒๕๖๙
                ด้วยอำเภอพลได้รับแจ้งจากกรมส่งเสริมการปกครองท้องถิ่น
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      นายอำเภอพล

      ที่ มท ๐๘๑๙.๒/ว ๒๑๓๔                              กรมส่งเสริมการปกครองท้องถิ่น
                                  ๑๖ มิถุนายน ๒๕๖๙
      เรื่อง การป้องกันโรคไข้เลือดออก
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
                ด้วยกรมส่งเสริมการปกครองท้องถิ่นขอความร่วมมือ
      ขอแสดงความนับถือ
      (นายสมพร อินทร์สว่าง)
      อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
      """
    let letters = parse(text)
    #expect(letters.count == 2)
    #expect(letters.first?.warnings.map(\.code) == [.citationMismatch])
    #expect(letters.first?.warnings.first?.line == 5)
    #expect(letters.last?.warnings.isEmpty == true)
  }

  /// A certification (`สำเนาถูกต้อง` and its signer) above the contact block: the contact is read.
  @Test func aCertificationAboveTheContact() throws {
    let text = """
      ที่ มท ๐๘๑๙.๒/ว ๒๑๓๔                              กรมส่งเสริมการปกครองท้องถิ่น
                                  ๑๖ มิถุนายน ๒๕๖๙
      เรื่อง การป้องกันโรคไข้เลือดออก
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
                ด้วยกรมส่งเสริมการปกครองท้องถิ่นขอความร่วมมือ
      ขอแสดงความนับถือ
      (นายสมพร อินทร์สว่าง)
      อธิบดีกรมส่งเสริมการปกครองท้องถิ่น

                                                 สำเนาถูกต้อง
                                            (นางสาวจิราพร ศรีบุญ)
                                     นักวิเคราะห์นโยบายและแผนชำนาญการ

      กองสาธารณสุขท้องถิ่น
      กลุ่มงานส่งเสริมสุขภาพและป้องกันโรค
      โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๕๔๐๕
      """
    let letter = try #require(parse(text).first)
    #expect(letter.contact.units == ["กองสาธารณสุขท้องถิ่น", "กลุ่มงานส่งเสริมสุขภาพและป้องกันโรค"])
    #expect(letter.contact.phones.map(\.number) == ["022419000"])
    #expect(letter.lines.end == 16)
  }

  /// A receipt stamp filled in by pen between leaders (`เลขรับที่......๔๑๒......`).
  @Test(arguments: ["เลขรับที่......๔๑๒......", "เลขรับที่ ๔๑๒", "เลขรับ ๔๑๒", "เลขที่รับ....๔๑๒"])
  func aReceiptNumberBetweenLeaders(_ line: String) {
    #expect(ReceiptReader.read([Line(number: 1, raw: line)]).number == "412")
  }

  /// An order whose file ends on a page's catchword (`/๕.๔ นาง...`): its last page is missing.
  @Test(arguments: [true, false])
  func aRecordEndingOnACatchword(_ lost: Bool) throws {
    let text = """
      คำสั่งสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน
      ที่ ๑๒๓/๒๕๖๙
      เรื่อง แต่งตั้งคณะกรรมการตัดสินการแข่งขันศิลปหัตถกรรม
      --------------------
              ด้วยสำนักงานเขตพื้นที่การศึกษาจะจัดการแข่งขัน จึงแต่งตั้งคณะกรรมการ ดังนี้
      ๕.๑ นางวันเพ็ญ ศรีสุข ศึกษานิเทศก์ ประธานกรรมการ

                                                                /๕.๒ นาง...
      """ + (lost ? "" : """

      ๕.๒ นางสาวนงลักษณ์ ตาคำ ครู กรรมการ
                  สั่ง ณ วันที่ ๕ มกราคม พ.ศ. ๒๕๖๙
                       (นายสมชาย ใจดี)
                ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา
      """)
    let letter = try #require(parse(text).first)
    #expect(letter.warnings.contains { $0.code == .truncated } == lost)
  }

  /// A file of many letters is bilingual only around the letter that is: an English line of an
  /// earlier Thai letter (`Line ID : @fad_register`) stays.
  @Test func aTranslationIsLookedForNearItsLetter() {
    var texts = ["ที่ วธ ๐๔๑๑/ว ๒๘๔", "Line ID : @fad_register"] + Array(repeating: "ข้อความภาษาไทยของหนังสือฉบับแรก", count: 150)
    texts += ["ที่ อว ๗๘.๑๗๐/๑๒๕๓        No. MU 78.170/1253", "เรื่อง ขอต่ออายุบันทึกความเข้าใจ        Subject: Renewal of the MoU",
      "เรียน อธิการบดี        Dear President", "Yours sincerely", "We look forward to our cooperation."]
    let lines = texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
    let (out, blanked) = Translation.apart(lines)
    #expect(out[1].text == "Line ID : @fad_register")
    #expect(out[152].text == "ที่ อว ๗๘.๑๗๐/๑๒๕๓")
    #expect(blanked.contains(texts.count))
  }

  /// Lines are numbered by LF, a CRLF file's too: the blanked lines keep their numbers.
  @Test func aCRLFFilesTranslationKeepsItsLineNumbers() {
    let text = "ข้อความ\r\nข้อความ\r\nที่ อว ๗๘/๑๒   No. MU 78/12\r\nเรื่อง ทดสอบ   Subject: Test\r\nเรียน ท่าน   Dear Sir\r\nYours sincerely\r\n"
    let (_, blanked) = Translation.apart(text: text, path: "t.txt", format: .plain)
    #expect(blanked == [6])
  }
}
