import Foundation
import Testing

@testable import Letters

/// What the fourteenth round of held-out letters (6800–7107: damaged health papers, religion
/// and ceremony, procurement, agriculture and irrigation) showed the parser missing.
@Suite struct HeldOutSixtyEightTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  /// A model's note that the text below was read off a scan is no text of the letter.
  @Test func aNoteThatTheTextBelowWasReadOffAScan() {
    #expect(OCRRemark.isRemark(Array("ข้อความด้านล่างถอดจากภาพสแกนเอกสาร และจัดรูปแบบเป็น Markdown".unicodeScalars)))
    #expect(!OCRRemark.isRemark(Array("ข้อความด้านล่างนี้เป็นมติของที่ประชุม".unicodeScalars)))
  }

  /// A procurement announcement's subject on three lines, its last opening like a sentence
  /// (`ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)`) above the title's rule; a letter cites such
  /// an announcement under อ้างถึง by its office (`แขวงทางหลวง…ที่ ๑`) and date.
  @Test func aWinnersAnnouncementAndItsCitation() throws {
    let announcement = """
                                ประกาศแขวงทางหลวงขอนแก่นที่ ๒
      เรื่อง  ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างงานบำรุงพิเศษและบูรณะทางหลวง ทางหลวงหมายเลข ๒๓
              ตอนควบคุม ๐๑๐๒ ตอน บ้านไผ่ - บรบือ ปริมาณงาน ๑ แห่ง
              ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)
                             ---------------------------------------------

                ตามที่แขวงทางหลวงขอนแก่นที่ ๒ ได้ประกวดราคาจ้างงานบำรุงพิเศษ นั้น ผู้ชนะการเสนอราคา ได้แก่ บริษัท ทางดี จำกัด

                                ประกาศ ณ วันที่ ๑๐ มีนาคม พ.ศ. ๒๕๖๘

                                      (นายสมชาย ใจดี)
                                ผู้อำนวยการแขวงทางหลวงขอนแก่นที่ ๒
      """
    let a = try #require(parse(announcement).first)
    #expect(a.subject?.hasSuffix("ปริมาณงาน ๑ แห่ง ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)") == true)
    #expect(a.body.first?.hasPrefix("ตามที่แขวงทางหลวง") == true)
    var warnings: [LetterWarning] = []
    let lines = [
      Line(
        number: 1,
        raw: "อ้างถึง ประกาศแขวงทางหลวงนครราชสีมาที่ ๑ เรื่อง ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างงานอำนวยความปลอดภัย ลงวันที่ ๒๙ เมษายน ๒๕๖๙")
    ]
    let cited = try #require(ItemReader.references(lines, first: (0, 8), more: [], warnings: &warnings).first)
    #expect(cited.issuer == "แขวงทางหลวงนครราชสีมาที่ ๑")
    #expect(cited.number == nil)
    #expect(cited.date?.date?.iso == "2026-04-29")
  }

  /// A page breaking after a list: the next page's first line, indented, a paragraph whole
  /// (`ให้คณะกรรมการ… ดังนี้`) over the next list's first item, begins a paragraph.
  @Test func aParagraphOverAListAfterAPageBreak() throws {
    let text = """
      คำสั่งเทศบาลเมืองบ้านไผ่
      ที่ ๓๕๒/๒๕๖๗
      เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ
      ---------------------------

                ด้วยเทศบาลเมืองบ้านไผ่ได้จัดซื้อรถบรรทุกขยะ จึงแต่งตั้งคณะกรรมการตรวจรับพัสดุ ประกอบด้วย
                ๑. นายประยุทธ ศรีภูมิ           รองปลัดเทศบาล                ประธานกรรมการ
                ๒. นายอำนาจ ทองดี             นายช่างเครื่องยนต์ชำนาญงาน     กรรมการ

                                                              /ให้คณะกรรมการ...

                                              - ๒ -

                ให้คณะกรรมการตรวจรับพัสดุมีอำนาจหน้าที่ ดังนี้
                ๑. ตรวจรับพัสดุ ณ ที่ทำการเทศบาลเมืองบ้านไผ่
                ๒. ตรวจรับพัสดุในวันที่ผู้ขายนำพัสดุมาส่ง
      ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป

                    สั่ง ณ วันที่ ๒๐ สิงหาคม พ.ศ. ๒๕๖๗

                                (นายสมศักดิ์ ใจงาม)
                             นายกเทศมนตรีเมืองบ้านไผ่
      """
    let letter = try #require(parse(text).first)
    #expect(letter.body.contains("ให้คณะกรรมการตรวจรับพัสดุมีอำนาจหน้าที่ ดังนี้"))
  }

  /// A monk signs with his title name, one word in brackets (`(พระครูสิริธรรมาภิรักษ์)`).
  @Test func aMonksTitleNameSigns() {
    #expect(SignatureParser.isBracketedName(Array("(พระครูสิริธรรมาภิรักษ์)".unicodeScalars)))
    #expect(!SignatureParser.isBracketedName(Array("(พระราชบัญญัติ)".unicodeScalars)))
  }

  /// A comma OCR set after a subject's first line is no text; the letter's mark on the line a
  /// receipt stamp bled into is the letter's.
  @Test func aSpeckAfterTheSubjectAndAMarkBesideTheStamp() throws {
    let text = """
      ด่วนทีสุด                                สํานักงานสาธารณสุขจังหวัดนครสวรรค์ เลขรับ ๘๔๒๑
                                                วันที่ ๒๑ ส.ค. ๖๗ เวลา ๑๔.๒๐ น.
      ที่ สธ ๐๔๑๑.๖/ว ๓๔๘๗                                     กรมควบคุมโรค
                                                              ถนนติวานนท์ จังหวัดนนทบุรี ๑๑๐๐๐

                                       ๑๙ สิงหาคม ๒๕๖๗

      เรื่อง  ขอให้เฝ้าระวังโรคฝีดาษวานร (Mpox) ,
              ในพื้นที่จังหวัด

      เรียน  ผู้ว่าราชการจังหวัด ทุกจังหวัด

                กรมควบคุมโรคขอให้จังหวัดเฝ้าระวังโรค จึงเรียนมาเพื่อโปรดทราบ

                                      ขอแสดงความนับถือ

                                    (นายแพทย์สมชาย ใจดี)
                                      อธิบดีกรมควบคุมโรค
      """
    let letter = try #require(parse(text).first)
    #expect(letter.urgency == .mostUrgent)
    #expect(letter.subject == "ขอให้เฝ้าระวังโรคฝีดาษวานร (Mpox) ในพื้นที่จังหวัด")
    #expect(letter.received != nil)
  }
}
