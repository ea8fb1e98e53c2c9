import Foundation
import Testing

@testable import Letters
@testable import ThaiText

/// What the thirteenth round of held-out letters (6400–6707: schools and universities, local
/// rules and orders, OCR that lost the page's layout, numbers and dates that are not the
/// letter's) showed the parser missing.
@Suite struct HeldOutSixtyFourTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  /// A letter as an OCR that lost the layout gives it: the office and address on the number's
  /// line, `เรื่อง … เรียน …` on one line, the enclosures' items on their label's line, a
  /// paragraph a line with no blank line between, the signer's name and positions on one line,
  /// the contact block on one line.
  static let runTogether = """
    ด่วนที่สุด
    ที่ มท ๐๘๑๖.๓/ว ๑๔๗๙ กรมส่งเสริมการปกครองท้องถิ่น ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐
    ๑๑ มิถุนายน ๒๕๖๘
    เรื่อง การจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เงินอุดหนุนทั่วไป สำหรับสนับสนุนอาหารกลางวัน เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
    สิ่งที่ส่งมาด้วย ๑. รายละเอียดการจัดสรรงบประมาณ จำนวน ๑ ชุด ๒. แนวทางการเบิกจ่ายและการรายงานผล จำนวน ๑ ชุด
    ตามที่กรมส่งเสริมการปกครองท้องถิ่นได้จัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ งบเงินอุดหนุน เงินอุดหนุนทั่วไป สำหรับสนับสนุนอาหารกลางวัน ให้แก่องค์กรปกครองส่วนท้องถิ่นแล้ว นั้น
    บัดนี้ สำนักงบประมาณได้อนุมัติเงินจัดสรรเพิ่มเติม จึงขอให้จังหวัดแจ้งองค์กรปกครองส่วนท้องถิ่นทราบ
    จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป
    ขอแสดงความนับถือ
    (นายวิชัย สุขเจริญรัตน์) รองอธิบดี ปฏิบัติราชการแทน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
    กองส่งเสริมและพัฒนาการจัดการศึกษาท้องถิ่น โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๕๓๑๓ โทรสาร ๐ ๒๒๔๑ ๙๐๒๑ ไปรษณีย์อิเล็กทรอนิกส์ saraban@dla.go.th
    """

  @Test func aLetterWhoseLayoutWasLostIsReadPartByPart() throws {
    let letters = parse(Self.runTogether)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.issuer?.name == "กรมส่งเสริมการปกครองท้องถิ่น")
    #expect(letter.issuer?.address == "ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐")
    #expect(letter.to == "ผู้ว่าราชการจังหวัด ทุกจังหวัด")
    #expect(letter.subject?.hasSuffix("สำหรับสนับสนุนอาหารกลางวัน") == true)
    #expect(letter.enclosures.map(\.title) == ["รายละเอียดการจัดสรรงบประมาณ", "แนวทางการเบิกจ่ายและการรายงานผล"])
    #expect(letter.body.count == 3)
    #expect(letter.body.last == "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป")
    #expect(letter.closing == "ขอแสดงความนับถือ")
    #expect(letter.signature?.name == "นายวิชัย สุขเจริญรัตน์")
    #expect(letter.signature?.positions == ["รองอธิบดี ปฏิบัติราชการแทน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น"])
    #expect(letter.signature?.acting == "ปฏิบัติราชการแทน")
    #expect(letter.contact.units == ["กองส่งเสริมและพัฒนาการจัดการศึกษาท้องถิ่น"])
    #expect(letter.contact.phones.map(\.number) == ["022419000"])
    #expect(letter.contact.faxes.map(\.number) == ["022419021"])
    #expect(letter.contact.emails == ["saraban@dla.go.th"])
  }

  /// The office and its address between the number and the date on one line.
  @Test func theOfficeBetweenTheNumberAndTheDate() throws {
    let text = Self.runTogether.replacingOccurrences(
      of: "ที่ มท ๐๘๑๖.๓/ว ๑๔๗๙ กรมส่งเสริมการปกครองท้องถิ่น ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐\n๑๑ มิถุนายน ๒๕๖๘",
      with: "ที่ มท ๐๘๑๖.๓/ว ๑๔๗๙ กรมส่งเสริมการปกครองท้องถิ่น ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐ ๑๑ มิถุนายน ๒๕๖๘")
    let letter = try #require(parse(text).first)
    #expect(letter.date?.date?.iso == "2025-06-11")
    #expect(letter.issuer?.name == "กรมส่งเสริมการปกครองท้องถิ่น")
    #expect(letter.issuer?.address == "ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐")
  }

  /// An announcement's title and subject on one line, at the top of the page; in a body the
  /// same words cite an announcement and are left whole.
  @Test func anAnnouncementsTitleAndSubjectOnOneLine() throws {
    let text = """
      ประกาศจังหวัดลำพูน เรื่อง ห้ามเผาในที่โล่งและมาตรการป้องกันไฟป่า
      ด้วยในช่วงเดือนมกราคมถึงเดือนพฤษภาคมของทุกปี จังหวัดลำพูนประสบปัญหาไฟป่าและหมอกควันซึ่งมีสาเหตุสำคัญจากการเผาในที่โล่งทั้งในพื้นที่ป่าและพื้นที่การเกษตร ทำให้ค่าฝุ่นละอองเกินมาตรฐานและส่งผลกระทบต่อสุขภาพของประชาชน
      ข้อ ๑ ห้ามมิให้ผู้ใดจุดไฟเผาป่า
      ข้อ ๒ ให้ยกเลิกประกาศจังหวัดลำพูน เรื่อง ห้ามเผาในที่โล่ง ลงวันที่ ๒๖ ธันวาคม ๒๕๖๗
      ประกาศ ณ วันที่ ๑๖ มกราคม ๒๕๖๙
      (นายสมบัติ จันทร์แก้ว) ผู้ว่าราชการจังหวัดลำพูน
      """
    let letter = try #require(parse(text).first)
    #expect(letter.kind == .announcement)
    #expect(letter.subject == "ห้ามเผาในที่โล่งและมาตรการป้องกันไฟป่า")
    #expect(letter.body.count == 3)
    #expect(letter.mentions.first?.date?.date?.iso == "2024-12-26")
    #expect(letter.signature?.positions == ["ผู้ว่าราชการจังหวัดลำพูน"])
    #expect(RunTogetherParts.pieces(of: Line(number: 1, raw: "ประกาศจังหวัดลำพูน เรื่อง ห้ามเผา ลงวันที่ ๒๖ ธันวาคม ๒๕๖๗"), atTop: true) == nil)
  }

  /// A memo's office, phone, number and date on one line.
  @Test func aMemosOfficeAndNumberOnOneLine() throws {
    let text = """
      บันทึกข้อความ
      ส่วนราชการ สำนักงานพาณิชย์จังหวัดขอนแก่น กลุ่มงานส่งเสริมการค้า โทร. 0 4324 6531 ที่ ขก ๐๐๑๖/๑๒๘๘ วันที่ ๑๒ มิถุนายน ๒๕๖๗
      เรื่อง ขออนุมัติจัดงานธงฟ้าราคาประหยัด
      เรียน ผู้ว่าราชการจังหวัดขอนแก่น
      สำนักงานพาณิชย์จังหวัดขอนแก่นขออนุมัติจัดงานธงฟ้าราคาประหยัด
      จึงเรียนมาเพื่อโปรดพิจารณา
      (นางสาวกนกวรรณ ศรีสมบูรณ์) พาณิชย์จังหวัดขอนแก่น
      """
    let letter = try #require(parse(text).first)
    #expect(letter.number?.canonical == "ขก 0016/1288")
    #expect(letter.date?.date?.iso == "2024-06-12")
    #expect(letter.signature?.name == "นางสาวกนกวรรณ ศรีสมบูรณ์")
  }

  /// A memo's unit line with its phone alone is the header's, not a contact block to cut; a
  /// bracketed form code before a quantity is no signer.
  @Test(arguments: [
    "กลุ่มงานยุทธศาสตร์และข้อมูล โทร. ๐ ๓๖๔๐ ๑๕๕๘", "(แบบ ตรฒ) จำนวน ๑ ชุด",
    "กรมส่งเสริมการปกครองท้องถิ่นขอให้ติดต่อ โทร. ๐ ๒๒๔๑ ๙๐๐๐ โทรสาร ๐ ๒๒๔๑ ๙๐๒๑",
  ])
  func linesLeftWhole(_ text: String) {
    #expect(RunTogetherParts.pieces(of: Line(number: 1, raw: text), atTop: false) == nil)
  }

  /// A contact block on one line whose unit opens with a letter a title also opens with
  /// (`คณะ…`) is cut like any other, below the top of the page.
  @Test(arguments: [
    ("คณะแพทยศาสตร์ โทร. ๐ ๔๓๓๖ ๓๐๐๐ โทรสาร ๐ ๔๓๓๔ ๘๓๗๕", ["คณะแพทยศาสตร์", "โทร. ๐ ๔๓๓๖ ๓๐๐๐", "โทรสาร ๐ ๔๓๓๔ ๘๓๗๕"]),
    (
      "คณะกรรมการการเลือกตั้งประจำจังหวัดลำปาง โทร. ๐ ๕๔๒๑ ๗๐๙๘ ไปรษณีย์อิเล็กทรอนิกส์ lampang@ect.go.th",
      ["คณะกรรมการการเลือกตั้งประจำจังหวัดลำปาง", "โทร. ๐ ๕๔๒๑ ๗๐๙๘", "ไปรษณีย์อิเล็กทรอนิกส์ lampang@ect.go.th"]
    ),
  ])
  func aContactBlockWhoseUnitOpensLikeATitle(_ text: String, _ expected: [String]) {
    #expect(RunTogetherParts.pieces(of: Line(number: 1, raw: text), atTop: false) == expected)
  }

  /// A tear-off line over a reply slip (`- - - - -`) is a rule.
  @Test func aTearOffLineIsARule() {
    #expect(Line(number: 1, raw: "- - - - - - - - - - - - - - - - - - - -").furniture == .rule)
    #expect(Line(number: 1, raw: "- ๒ -").furniture != .rule)
  }

  /// A sentence that gives the Gazette's volume and page is text, not the Gazette's header.
  @Test func aSentenceCitingTheGazetteIsText() {
    #expect(
      !GazetteHeader.isRunningHeader(
        Array("ประกาศในราชกิจจานุเบกษา เล่ม ๑๔๒ ตอนพิเศษ ๑๕๓ ง หน้า ๗ เมื่อวันที่ ๒๗ มิถุนายน ๒๕๖๘ สรุปสาระสำคัญ".unicodeScalars)))
    #expect(
      GazetteHeader.isRunningHeader(
        Array("หน้า   ๑๒                        เล่ม  ๑๔๓   ตอนพิเศษ  ๒๕๑  ง          ราชกิจจานุเบกษา".unicodeScalars)))
  }

  /// A date with the word เดือน before its month (`ณ วันที่ ๑๘ เดือน กันยายน พ.ศ. ๒๕๖๗`).
  @Test func aDateWithTheWordMonth() throws {
    let match = try #require(ThaiDateParser.matches(in: "ประกาศ ณ วันที่ ๑๘ เดือน กันยายน พ.ศ. ๒๕๖๗").first)
    #expect(match.date?.iso == "2024-09-18")
  }

  /// An enclosed copy of an announcement, by its office and date, is a citation.
  @Test func anEnclosedAnnouncementIsACitation() throws {
    var warnings: [LetterWarning] = []
    let lines = [Line(number: 1, raw: "สิ่งที่ส่งมาด้วย สำเนาประกาศกระทรวงมหาดไทย เรื่อง การลดค่าธรรมเนียม ลงวันที่ ๒๔ มิถุนายน ๒๕๖๘ จำนวน ๑ ฉบับ")]
    let items = ItemReader.enclosures(lines, first: (0, 16), more: [], warnings: &warnings)
    let cited = try #require(items.first?.letter)
    #expect(cited.issuer == "กระทรวงมหาดไทย")
    #expect(cited.date?.date?.iso == "2025-06-24")
  }

  /// A subject about a draft rule whose own title follows with `เรื่อง` on the next line, and
  /// the draft's year left blank (`พ.ศ. ....`), printed so.
  @Test func aSubjectNamingADraftRule() throws {
    let text = """
                          ประกาศองค์การบริหารส่วนตำบลโคกสูง
      เรื่อง  การจัดประชุมรับฟังความคิดเห็นต่อร่างข้อบัญญัติองค์การบริหารส่วนตำบลโคกสูง
             เรื่อง การควบคุมการเลี้ยงสุนัขและแมว พ.ศ. ....
                            ----------------------------

                ด้วยองค์การบริหารส่วนตำบลโคกสูงได้จัดทำร่างข้อบัญญัติ จึงขอเชิญประชาชนร่วมแสดงความคิดเห็น

                      ประกาศ ณ วันที่ ๕ มกราคม พ.ศ. ๒๕๖๘

                               (นายสมชาย ใจดี)
                       นายกองค์การบริหารส่วนตำบลโคกสูง
      """
    let letter = try #require(parse(text).first)
    #expect(
      letter.subject
        == "การจัดประชุมรับฟังความคิดเห็นต่อร่างข้อบัญญัติองค์การบริหารส่วนตำบลโคกสูง เรื่อง การควบคุมการเลี้ยงสุนัขและแมว พ.ศ. ....")
  }

  /// `เรื่อง … เรียน …` on one line right above the memo's first item (no blank line anywhere):
  /// the addressee is cut off the subject and the item begins the body.
  @Test func aSubjectAndAddresseeOnOneLineAboveAnItem() throws {
    let text = """
      บันทึกข้อความ
      ส่วนราชการ สำนักงานพาณิชย์จังหวัดขอนแก่น โทร. 0 4324 6531
      ที่ ขก ๐๐๑๖/๑๒๘๘ วันที่ ๑๒ มิถุนายน ๒๕๖๗
      เรื่อง ขออนุมัติจัดงานธงฟ้าราคาประหยัด จังหวัดขอนแก่น ประจำปี ๒๕๖๗ เรียน ผู้ว่าราชการจังหวัดขอนแก่น
      ๑. ต้นเรื่อง ตามหนังสือกรมการค้าภายใน ที่ พณ ๐๔๐๗/ว ๒๖๔ ลงวันที่ ๒๘ พฤษภาคม ๒๕๖๗ แจ้งให้จัดงาน
      ๒. ข้อเสนอ เห็นควรอนุมัติ
      จึงเรียนมาเพื่อโปรดพิจารณา
      (นางสาวกนกวรรณ ศรีสมบูรณ์) พาณิชย์จังหวัดขอนแก่น
      """
    let letter = try #require(parse(text).first)
    #expect(letter.subject == "ขออนุมัติจัดงานธงฟ้าราคาประหยัด จังหวัดขอนแก่น ประจำปี ๒๕๖๗")
    #expect(letter.to == "ผู้ว่าราชการจังหวัดขอนแก่น")
    #expect(letter.body.first?.hasPrefix("๑. ต้นเรื่อง") == true)
    #expect(letter.mentions.count == 1)
  }
}
