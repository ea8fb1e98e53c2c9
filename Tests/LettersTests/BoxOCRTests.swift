import Foundation
import Testing

@testable import Letters

/// Text from box-level OCR engines (PaddleOCR, EasyOCR, Google Vision, Azure Read; held-out
/// set 1300–1305 and the GCV hOCR of 1204): one text box a line, no blank lines, a form's
/// label and value in two boxes, a date read between the office's lines, the contact block
/// read before the courtesy closing.
@Suite struct BoxOCRTests {
  func parse(_ text: String) throws -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "box.txt").letters
  }

  /// A memo whose labels stand on lines of their own, the values on the next.
  @Test func aMemoWithItsLabelsOnLinesOfTheirOwnIsRead() throws {
    let letters = try parse(
      """
      บันทึกข้อความ
      ส่วนราชการ
      โรงเรียนปัว กลุ่มบริหารงานวิชาการ
      โทร. ๐ ๕๔๗๙ ๑๐๒๓
      ที่
      ศธ ๐๔๓๔๒.๑๕/๑๘๗
      วันที
      ๑๑ พฤศจิกายน ๒๕๖๘
      เรื่อง
      ขออนุญาตนำนักเรียนเข้าร่วมการแข่งขัน
      เรียน
      ผู้อำนวยการโรงเรียนปัว
      ๑. ตามหนังสือที่อ้างถึง ได้แจ้งกำหนดการแข่งขัน นั้น
      จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต
      (นางสาวพรทิพย์ อินต๊ะวงค์)
      หัวหน้ากลุ่มบริหารงานวิชาการ
      """)
    #expect(letters.count == 1)
    let memo = try #require(letters.first)
    #expect(memo.kind == .memo)
    #expect(memo.issuer?.name == "โรงเรียนปัว กลุ่มบริหารงานวิชาการ")
    #expect(memo.number?.canonical == "ศธ 04342.15/187")
    #expect(memo.date?.date?.iso == "2025-11-11")
    #expect(memo.subject == "ขออนุญาตนำนักเรียนเข้าร่วมการแข่งขัน")
    #expect(memo.to == "ผู้อำนวยการโรงเรียนปัว")
  }

  @Test(arguments: [
    // (label line, next line, joined)
    ("ที่", "ศธ ๐๔๓๔๒.๑๕/๑๘๗", true), ("วันที่", "๑๑ พฤศจิกายน ๒๕๖๘", true), ("สั่ง ณ วันที่", "๒๐ สิงหาคม พ.ศ. ๒๕๖๙", true),
    ("ส่วนราชการ", "กองคลัง", true), ("ที่", "ประชุมมีมติ", false), ("วันที่", "ประชุม", false),
    ("ส่วนราชการ", "เรื่อง ขออนุมัติ", false), ("ที่ ศธ ๑๒/๓", "๑๑ พฤศจิกายน ๒๕๖๘", false),
  ])
  func aLoneLabelTakesTheLineItLabels(_ label: String, _ next: String, _ joined: Bool) {
    let lines = [Line(number: 4, raw: label), Line(number: 5, raw: next)]
    let out = LoneLabels.joined(lines)
    #expect(out.count == (joined ? 1 : 2))
    if joined { #expect(out.first?.text == label + " " + next && out.first?.number == 4) }
  }

  static let head = """
    สำนักงานเกษตรจังหวัดแพร่
    ที่ พร ๐๐๐๙/๑๙๘๔
    ศาลากลางจังหวัดแพร่ ถนนไชยบูรณ์
    ๑๐ พฤศจิกายน ๒๕๖๖
    ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ ๕๔๐๐๐
    เรื่อง ขอความอนุเคราะห์ประชาสัมพันธ์โครงการส่งเสริมการปลูกพืชหลังนา
    เรียน นายกองค์การบริหารส่วนจังหวัดแพร่
    """

  static let foot = """
    จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์
    กลุ่มส่งเสริมและพัฒนาการผลิต
    โทร. ๐ ๕๔๕๑ ๑๐๔๖
    ไปรษณีย์อิเล็กทรอนิกส์ phrae@doae.go.th
    ขอแสดงความนับถือ
    (นายอนุชา ใจปัญญา)
    เกษตรจังหวัดแพร่
    """

  /// The office's name read above ที่, the date between its address lines, the contact block
  /// before ขอแสดงความนับถือ, and paragraphs told apart by the measure with no blank line:
  /// a short last line, an opening word under a sentence's end, a line cut into two boxes.
  @Test func aLetterReadBoxByBoxIsPutBackTogether() throws {
    let body = """
      ด้วยกรมส่งเสริมการเกษตรแจ้งว่า ได้จัดทำโครงการส่งเสริมการปลูกพืชหลังนาเพื่อลดการใช้น้ำ
      และเพิ่มรายได้แก่เกษตรกร โดยมีเป้าหมายในจังหวัดแพร่ จำนวน ๑,๒๐๐ ไร่ รายละเอียดปรากฏ
      ตามสิ่งที่ส่งมาด้วย
      สำนักงานเกษตรจังหวัดแพร่พิจารณาแล้ว
      เห็นว่าองค์การบริหารส่วนจังหวัดแพร่มีช่องทาง
      การสื่อสารถึงประชาชนในพื้นที่อย่างกว้างขวาง จึงขอความอนุเคราะห์ประชาสัมพันธ์โครงการ
      ดังกล่าวให้เกษตรกรทราบ ทั้งนี้ เกษตรกรที่สนใจสามารถสมัครได้ที่สำนักงานเกษตรอำเภอ นั้น
      ทั้งนี้ ขอให้แจ้งผลการประชาสัมพันธ์ภายในวันศุกร์ที่ ๑๕ ธันวาคม ๒๕๖๖ เพื่อจะได้รายงาน
      กรมส่งเสริมการเกษตรต่อไป

      """
    let letter = try #require(try parse(Self.head + "\n" + body + Self.foot).first)
    #expect(
      letter.issuer
        == Issuer(
          name: "สำนักงานเกษตรจังหวัดแพร่",
          address: "ศาลากลางจังหวัดแพร่ ถนนไชยบูรณ์ ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ ๕๔๐๐๐"))
    #expect(letter.date?.date?.iso == "2023-11-10")
    #expect(letter.warnings.isEmpty, "\(letter.warnings)")
    #expect(letter.body.count == 4, "\(letter.body)")
    #expect(letter.body.first?.hasSuffix("ตามสิ่งที่ส่งมาด้วย") == true)
    #expect(letter.body[1].hasPrefix("สำนักงานเกษตรจังหวัดแพร่พิจารณาแล้ว เห็นว่า") == true)
    #expect(letter.body.last == "จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์")
    #expect(letter.contact.units == ["กลุ่มส่งเสริมและพัฒนาการผลิต"])
    #expect(letter.contact.phones.map(\.number) == ["054511046"])
    #expect(letter.contact.emails == ["phrae@doae.go.th"])
    #expect(letter.signature?.name == "นายอนุชา ใจปัญญา")
  }

  /// The same body with blank lines between its paragraphs (any other OCR, or markdown):
  /// only the blank lines cut it.
  @Test func withBlankLinesOnlyTheBlankLinesCutTheBody() throws {
    let body = """

      ด้วยกรมส่งเสริมการเกษตรแจ้งว่า ได้จัดทำโครงการส่งเสริมการปลูกพืชหลังนา
      ตามสิ่งที่ส่งมาด้วย
      สำนักงานเกษตรจังหวัดแพร่พิจารณาแล้ว

      ทั้งนี้ ขอให้แจ้งผลการประชาสัมพันธ์

      """
    let letter = try #require(
      try parse(Self.head + body + "\n" + Self.foot.replacingOccurrences(of: "\n", with: "\n\n")).first)
    #expect(letter.body.count == 3, "\(letter.body)")
  }

  /// An order's title block underlined (`-----`) with its body right below, and its date label
  /// on a line of its own above the date.
  @Test func anOrdersRuleEndsItsSubjectAndItsDateLabelTakesTheDate() throws {
    let order = try #require(
      try parse(
        """
        คำสั่งมหาวิทยาลัยพะเยา
        ที่ ๒๔๑๗/๒๕๖๙
        เรื่อง แต่งตั้งคณะกรรมการดำเนินการสอบคัดเลือกบุคคลเพื่อบรรจุเป็นพนักงานมหาวิทยาลัย
        สายสนับสนุน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙
        ------------------------------
        ตามประกาศมหาวิทยาลัยพะเยา เรื่อง รับสมัครบุคคลเพื่อคัดเลือกเป็นพนักงานมหาวิทยาลัย นั้น
        เพื่อให้การสอบคัดเลือกเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการดำเนินการสอบ ดังนี้
        ๑. รองศาสตราจารย์ ดร.สุพัตรา แก้วเรือน
        ประธานกรรมการ
        ๒. นางจันทร์เพ็ญ สมบูรณ์ชัย
        กรรมการ
        ให้คณะกรรมการมีหน้าที่ดำเนินการสอบข้อเขียนและสอบสัมภาษณ์ ตรวจให้คะแนน และรายงานผลการ
        สอบคัดเลือกต่ออธิการบดีภายใน ๗ วัน นับแต่วันสอบสัมภาษณ์เสร็จสิ้น
        ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป
        สั่ง ณ วันที่
        ๒๐ สิงหาคม พ.ศ. ๒๕๖๙
        (รองศาสตราจารย์ ดร.วิชัย ธนากุล)
        อธิการบดีมหาวิทยาลัยพะเยา
        """
      ).first)
    #expect(order.kind == .order)
    #expect(
      order.subject == "แต่งตั้งคณะกรรมการดำเนินการสอบคัดเลือกบุคคลเพื่อบรรจุเป็นพนักงานมหาวิทยาลัย สายสนับสนุน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
    #expect(order.date?.date?.iso == "2026-08-20")
    #expect(order.signature?.name == "รองศาสตราจารย์ ดร.วิชัย ธนากุล")
    #expect(order.body.first?.hasPrefix("ตามประกาศ") == true)
    #expect(order.body.last == "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป")
    #expect(order.body.contains("๑. รองศาสตราจารย์ ดร.สุพัตรา แก้วเรือน ประธานกรรมการ"))
  }

  /// Held-out 1400–1402: an office named with a number (`สำนักงานชลประทานที่ ๓`) above ที่; a
  /// citation wrapped before `ลงวันที่` stays in its paragraph; the closing sentence under a
  /// full line that ends with a date is a paragraph of its own.
  @Test func wrappedCitationsAndTheClosingSentenceInABoxLayout() throws {
    let letter = try #require(
      try parse(
        """
        สำนักงานชลประทานที่ ๓
        ที่ กษ ๐๓๐๓/ว ๔๕๑๒
        ๑๙๙ หมู่ ๑๑ ตำบลวังทอง
        อำเภอวังทอง จังหวัดพิษณุโลก ๖๕๑๓๐
        ๓๐ มิถุนายน ๒๕๖๘
        เรื่อง ขอความร่วมมือเฝ้าระวังระดับน้ำในช่วงฤดูฝน
        เรียน ผู้ว่าราชการจังหวัดพิษณุโลก
        ตามหนังสือกรมชลประทาน ที่ กษ ๐๓๐๒/ว ๒๑๔๕
        ลงวันที่ ๑๒ มิถุนายน ๒๕๖๘ แจ้งแนวทางการบริหารจัดการน้ำในช่วงฤดูฝน ปี ๒๕๖๘ ให้โครงการ
        ชลประทานทุกแห่งเฝ้าระวังระดับน้ำในอ่างเก็บน้ำและลำน้ำสายหลักอย่างใกล้ชิด ความละเอียด
        แจ้งแล้ว นั้น
        สำนักงานชลประทานที่ ๓ ขอเรียนว่า ขณะนี้ระดับน้ำในลำน้ำน่านเพิ่มสูงขึ้นอย่างต่อเนื่อง
        จึงขอความร่วมมือจังหวัดแจ้งเตือนประชาชนในพื้นที่ริมลำน้ำให้ติดตามข่าวสารอย่างใกล้ชิด
        และรายงานสถานการณ์ให้สำนักงานชลประทานที่ ๓ ทราบภายในวันศุกร์ที่ ๔ กรกฎาคม ๒๕๖๘
        จึงเรียนมาเพื่อโปรดพิจารณาให้ความร่วมมือ
        ขอแสดงความนับถือ
        (นายสมชาย ใจดี)
        ผู้อำนวยการสำนักงานชลประทานที่ ๓
        """
      ).first)
    #expect(
      letter.issuer == Issuer(name: "สำนักงานชลประทานที่ ๓", address: "๑๙๙ หมู่ ๑๑ ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก ๖๕๑๓๐"))
    #expect(letter.body.count == 3, "\(letter.body)")
    #expect(letter.body.first?.hasSuffix("แจ้งแล้ว นั้น") == true)
    #expect(letter.body.last == "จึงเรียนมาเพื่อโปรดพิจารณาให้ความร่วมมือ")
    #expect(letter.mentions.first?.date?.date?.iso == "2025-06-12")
  }

  /// Held-out 1500 and 1400: the addressee's value, then the body's first line with no blank
  /// line between — the addressee ends at its short line; an addressee wrapped over two lines
  /// up to อ้างถึง keeps both.
  @Test func anAddresseeEndsWhereTheBodyBeginsInABoxLayout() throws {
    let memo = """
      บันทึกข้อความ
      ส่วนราชการ
      สถาบันพัฒนาฝีมือแรงงาน ๑๒ สงขลา กลุ่มงานฝึกอบรม โทร. ๐ ๗๔๓๑ ๑๐๒๑
      ที่
      รง ๐๓๑๒/๑๘๗
      วันที่
      ๙ กุมภาพันธ์ ๒๕๖๙
      เรื่อง
      ขออนุมัติโครงการฝึกอบรมยกระดับฝีมือแรงงาน
      เรียน
      ผู้อำนวยการสถาบันพัฒนาฝีมือแรงงาน ๑๒ สงขลา
      ตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๙ สถาบันพัฒนาฝีมือแรงงาน ๑๒ สงขลา ได้รับ
      จัดสรรงบประมาณเพื่อดำเนินโครงการฝึกอบรมยกระดับฝีมือแรงงานในพื้นที่ภาคใต้ตอนล่าง
      จำนวน ๓ รุ่น จึงขออนุมัติดำเนินโครงการ ดังนี้
      ๑. ค่าวัสดุฝึก จำนวน ๔๘,๖๐๐ บาท
      ๒. ค่าตอบแทนวิทยากร จำนวน ๓๖,๐๐๐ บาท
      จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ
      (นายสมศักดิ์ ทองดี)
      หัวหน้ากลุ่มงานฝึกอบรม
      """
    let letter = try #require(try parse(memo).first)
    #expect(letter.to == "ผู้อำนวยการสถาบันพัฒนาฝีมือแรงงาน ๑๒ สงขลา")
    #expect(letter.body.first?.hasPrefix("ตามแผนปฏิบัติราชการ") == true)
  }

  @Test func aFileWithoutBlankLinesIsBoxLayout() {
    let text = (1...40).map { Line(number: $0, raw: "บรรทัดที่ \($0)") }
    #expect(BodyParser.isBoxLayout(text))
    var withGaps = text
    withGaps.insert(Line(number: 0, raw: ""), at: 20)
    #expect(BodyParser.isBoxLayout(withGaps))  // one gap in forty lines: a page's foot
    withGaps.insert(Line(number: 0, raw: ""), at: 10)
    #expect(!BodyParser.isBoxLayout(withGaps))
    #expect(!BodyParser.isBoxLayout(Array(text.prefix(10))))
  }
}
