import Foundation
import Letters
import Testing

/// Fields a page sets over two lines, and short lines above a signature that are not the
/// signer's rank (found by the held-out set 600–611).
@Suite struct SplitFieldTests {
  func parse(_ text: String) -> LetterDocument {
    LetterParser().parse(bytes: Array(text.utf8), path: "test.txt")
  }

  /// An announcement whose date's year is set on the line after `ประกาศ ณ วันที่ …`, with a
  /// short closing sentence above it: clean, and with the tone marks OCR drops.
  static let announcements: [(String, String, String)] = [
    ("วันที่", "จึงประกาศให้ทราบโดยทั่วกัน", "๒๕๖๘"),
    ("วันที", "จึงประกาศให้ทราบโดยทัวกัน", "๒๕๖๘"),
    ("วันที่", "จึงประกาศมาเพื่อทราบ", "2568"),
  ]

  @Test(arguments: announcements)
  func announcementDateWithItsYearOnTheNextLine(on: String, closing: String, year: String) throws {
    let text = """
      ประกาศองค์การบริหารส่วนตำบลโนนสะอาด

      เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง

      ด้วยองค์การบริหารส่วนตำบลโนนสะอาด มีความประสงค์จะรับสมัครบุคคลเป็นพนักงานจ้างทั่วไป

      \(closing)

      ประกาศ ณ \(on) ๒๒ กันยายน
      พ.ศ. \(year)

      (นายประสิทธิ์ ทองดี)
      นายกองค์การบริหารส่วนตำบลโนนสะอาด
      """
    let letter = try #require(parse(text).letters.first)
    #expect(letter.kind == .announcement)
    #expect(letter.date?.date?.iso == "2025-09-22")
    #expect(letter.body.last == closing)
    #expect(letter.signature?.name == "นายประสิทธิ์ ทองดี")
    #expect(letter.signature?.positions == ["นายกองค์การบริหารส่วนตำบลโนนสะอาด"])
  }

  @Test func annexHeadingWithTheCitedDateOnTheNextLine() throws {
    let text = """
      ที่ รง ๐๓๐๖/ว ๕๒๑

      กรมการจัดหางาน
      ถนนมิตรไมตรี กรุงเทพฯ ๑๐๔๐๐

      ๒๐ พฤศจิกายน ๒๕๖๘

      เรื่อง การจัดงานนัดพบแรงงาน

      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      สิ่งที่ส่งมาด้วย กำหนดการจัดงาน จำนวน ๑ ฉบับ

      ด้วยกรมการจัดหางานกำหนดจัดงานนัดพบแรงงาน รายละเอียดตามสิ่งที่ส่งมาด้วย

      จึงเรียนมาเพื่อโปรดทราบ

      ขอแสดงความนับถือ

      (นายสมชาย ใจดี)
      อธิบดีกรมการจัดหางาน


      เอกสารแนบท้ายหนังสือกรมการจัดหางาน ที่ รง ๐๓๐๖/ว ๕๒๑
      ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๘
      กำหนดการจัดงานนัดพบแรงงานระดับจังหวัด

      ภาคเหนือ ๑๒ ธันวาคม ๒๕๖๘ จังหวัดเชียงใหม่
      """
    let letters = parse(text).letters
    try #require(letters.count == 2)
    let annex = letters[1]
    #expect(annex.kind == .annex)
    #expect(annex.subject == "กำหนดการจัดงานนัดพบแรงงานระดับจังหวัด")
    let cited = try #require(annex.mentions.first)
    #expect(cited.number?.canonical == "รง 0306/ว 521")
    #expect(cited.date?.date?.iso == "2025-11-20")
  }

  /// A memo's unit line with only an internal number after โทร.
  @Test(arguments: ["โทร. ๓๑๐๕", "โทร ๓๑๐๕", "โทร. 3105"])
  func memoUnitWithAnInternalPhone(phone: String) throws {
    let text = """
      บันทึกข้อความ
      ส่วนราชการ คณะวิศวกรรมศาสตร์ งานบริหารทั่วไป \(phone)
      ที่ อว ๐๖๕๔.๐๒/๑๒๓  วันที่ ๓ ธันวาคม ๒๕๖๘
      เรื่อง ขออนุมัติจัดซื้อวัสดุ

      เรียน คณบดี

      ด้วยงานบริหารทั่วไปมีความจำเป็นต้องจัดซื้อวัสดุสำนักงาน

      จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

      (นางสาวสุดา ดีงาม)
      หัวหน้างานบริหารทั่วไป
      """
    let letter = try #require(parse(text).letters.first)
    #expect(letter.kind == .memo)
    #expect(letter.issuer?.name == "คณะวิศวกรรมศาสตร์ งานบริหารทั่วไป")
    #expect(letter.contact.phones.map(\.number) == ["3105"])
  }

  /// A position set over two lines under the signer's name (held-out 1902): the second line,
  /// right under the first and indented as far, is part of it; a unit at the margin right
  /// under the position begins the contact block.
  @Test(arguments: [
    (
      String(repeating: " ", count: 38) + "สาขาวิชาภาษาอังกฤษ", ["ประธานหลักสูตรศิลปศาสตรบัณฑิต", "สาขาวิชาภาษาอังกฤษ"],
      [String]()
    ),
    ("งานบริหารทั่วไป\nโทร. ๐ ๔๒๕๘ ๗๓๐๐", ["ประธานหลักสูตรศิลปศาสตรบัณฑิต"], ["งานบริหารทั่วไป"]),
    // At the margin, but the last line of the file (held-out 2300): the position's second line.
    ("สาขาวิชาภาษาอังกฤษ", ["ประธานหลักสูตรศิลปศาสตรบัณฑิต", "สาขาวิชาภาษาอังกฤษ"], [String]()),
    // A faculty's name under the position, indented as far, then the university (held-out 2904).
    (
      String(repeating: " ", count: 38) + "คณะศิลปศาสตร์\nมหาวิทยาลัยนครพนม",
      ["ประธานหลักสูตรศิลปศาสตรบัณฑิต", "คณะศิลปศาสตร์", "มหาวิทยาลัยนครพนม"], [String]()
    ),
  ])
  func positionOverTwoLines(_ second: String, _ positions: [String], _ units: [String]) throws {
    let text = """
      บันทึกข้อความ
      ส่วนราชการ คณะศิลปศาสตร์ มหาวิทยาลัยนครพนม โทร. ๔๑๐๕
      ที่ อว ๐๖๐๒.๐๖/๑๒๓                 วันที่ ๑๔ พฤศจิกายน ๒๕๖๘
      เรื่อง ขออนุมัติเชิญวิทยากร
      เรียน คณบดีคณะศิลปศาสตร์

                ด้วยสาขาวิชาภาษาอังกฤษจะจัดโครงการอบรมการเขียนเชิงวิชาการ

                จึงเรียนมาเพื่อโปรดพิจารณา

                                  (ผู้ช่วยศาสตราจารย์ ดร.กมลวรรณ ไชยสุริยา)
                                       ประธานหลักสูตรศิลปศาสตรบัณฑิต
      \(second)
      """
    let letter = try #require(parse(text).letters.first)
    #expect(letter.signature?.positions == positions)
    #expect(letter.contact.units == units)
  }

  /// A memo's date beside its number with the year wrapped onto the next line (heldout6 1902
  /// light: `ที่ อว ๐๐๑๒.๐๕/๑๕๓   วันที่ ๒๕ มีนาคม` / `๒๕๒๐๕`), clean and as Tesseract prints it
  /// (no ๔ ๖ ๗ ๘ ๙, ํา for ำ: the year is one of its readings).
  @Test(arguments: [
    ("อว ๐๖๑๒.๐๔/๑๘๓", "๒๔", "๒๕๖๘", "ำ", "2025-03-24"), ("อว ๐๐๑๒.๐๕/๑๕๓", "๒๕", "๒๕๒๐๕", "ํา", "-03-25"),
  ])
  func memoDateWithItsYearOnTheNextLine(_ number: String, _ day: String, _ year: String, _ am: String, _ iso: String)
    throws
  {
    let text = """
      บันทึกข้อความ
      ส่วนราชการ คณะศิลปศาสตร์ มหาวิทยาลัยนครพนม โทร. ๕๑๐๕
      ที่ \(number)                วันที่ \(day) มีนาคม
      \(year)
      เรื่อง ขออนุมัติเชิญวิทยากร
      เรียน คณบดีคณะศิลปศาสตร์

                ด้วยสาขาวิชาจะจัดโครงการอบรม จึงขอความกรุณาให้ด\(am)เนินการ
      """
    let letter = try #require(parse(text).letters.first)
    #expect(letter.date?.raw == "\(day) มีนาคม \(year)")
    // Tesseract's year is one of several readings: the month and day are certain.
    #expect(letter.date?.date?.iso.hasSuffix(iso) == true)
    #expect(letter.subject == "ขออนุมัติเชิญวิทยากร")
    #expect(letter.issuer?.name == "คณะศิลปศาสตร์ มหาวิทยาลัยนครพนม")
  }

  /// A memo's closing sentence written without จึง (held-out 2401: `เรียนมาเพื่อโปรดทราบ`) is its
  /// closing, not the signer's rank.
  @Test(arguments: ["เรียนมาเพื่อโปรดทราบ", "จึงเรียนมาเพื่อโปรดทราบ", "เสนอมาเพื่อโปรดพิจารณา"])
  func memoClosingWithoutChueng(_ closing: String) throws {
    let text = """
      บันทึกข้อความ
      ส่วนราชการ สำนักงานอัยการจังหวัดพัทลุง ฝ่ายอำนวยการ โทร. 0 7461 2345
      ที่ อส 0034(พท)/118                วันที่ 14 มิถุนายน 2567
      เรื่อง รายงานผลการดำเนินงาน
      เรียน อัยการจังหวัดพัทลุง

              1. ตามคำสั่งสำนักงานอัยการจังหวัดพัทลุง ที่ 12/2567 ได้ดำเนินการแล้ว

              \(closing)

                                  (นางสาวกมลชนก ทองสุข)
                                  นิติกรชำนาญการพิเศษ
      """
    let letter = try #require(parse(text).letters.first)
    #expect(letter.closing == closing)
    #expect(letter.signature?.name == "นางสาวกมลชนก ทองสุข")
    #expect(!letter.body.contains(closing))
  }

  /// Generated letters with light OCR noise (`scripts/synthetic-accuracy.py`): an annex's owner
  /// line whose cited date left its year for the next line, above เรื่อง; a subject whose
  /// continuation line ends in leaders OCR left.
  @Test func anAnnexOwnersYearOnTheNextLineAndLeadersAfterASubject() throws {
    let text = """
      ที่ ชบ ๐๐๓๒.๔/๑                     สำนักงานสาธารณสุขจังหวัดชลบุรี

                      ๙ มกราคม ๒๕๖๔

      เรื่อง การติดตามและประเมินผลโครงการการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน
      ปีงบประมาณ ๒๕๖๔......

      เรียน นายอำเภอ ทุกอำเภอ

                ด้วยสำนักงานสาธารณสุขจังหวัดชลบุรีจะจัดประชุมชี้แจง รายละเอียดตามกำหนดการที่แนบ

      ขอแสดงความนับถือ

      (นายสมชาย ใจดี)
      นายแพทย์สาธารณสุขจังหวัดชลบุรี


      เอกสารแนบท้ายหนังสือสำนักงานสาธารณสุขจังหวัดชลบุรี ที่ ชบ ๐๐๓๒.๔/๑ ลงวันที่ ๙ มกราคม
      ๒๕๖๔
      เรื่อง กำหนดการประชุมชี้แจงตำบลจัดการสุขภาพ

      วันพฤหัสบดีที่ ๑๑ กุมภาพันธ์ ๒๕๖๔
      ณ ห้องประชุมสำนักงานสาธารณสุขจังหวัดชลบุรี
      """
    let letters = parse(text).letters
    #expect(letters.count == 2)
    #expect(letters.first?.subject == "การติดตามและประเมินผลโครงการการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ปีงบประมาณ ๒๕๖๔")
    let annex = try #require(letters.last)
    #expect(annex.kind == .annex)
    #expect(annex.subject == "กำหนดการประชุมชี้แจงตำบลจัดการสุขภาพ")
    #expect(annex.mentions.first?.date?.date?.iso == "2021-01-09")
  }
}
