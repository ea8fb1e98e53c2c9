import Foundation
import Testing

@testable import Letters

/// A stamped letter (หนังสือประทับตรา) ends with the office and the date, not a signature.
/// The body's last paragraph can end in short lines too; across a blank gap they stay in the
/// body, and the office is the line above the date (found by the held-out set 800–811).
@Suite struct StampedFootTests {
  static let office = "สำนักงานเจ้าท่าภูมิภาคสาขาสุราษฎร์ธานี"

  /// (the body's last paragraph, the foot from the office down, the paragraph's lines kept)
  static let feet: [(String, String)] = [
    // short last lines, three blank lines, office and date indented
    (
      "          สำนักงานได้ตรวจสอบแล้ว ปัจจุบันมีเรือโดยสารที่ได้รับใบอนุญาต\nใช้เรือประจำเส้นทาง จำนวน ๑๔ ลำ จึงขอแจ้งให้ทราบ\nและหากต้องการข้อมูลโปรดประสานงานโดยตรง",
      "\n\n\n                                        \(office)\n                                              ๒๔ พฤศจิกายน ๒๕๖๙"
    ),
    // the same without indentation (markdown from an LLM)
    (
      "สำนักงานได้ตรวจสอบแล้ว จึงขอแจ้งให้ทราบ\nและหากต้องการข้อมูลโปรดประสานงานโดยตรง",
      "\n\n\(office)\n๒๔ พฤศจิกายน ๒๕๖๙"
    ),
    // a blank line between office and date
    (
      "สำนักงานได้ตรวจสอบแล้ว จึงขอแจ้งให้ทราบ\nและหากต้องการข้อมูลโปรดประสานงานโดยตรง",
      "\n\n\n\(office)\n\n๒๔ พฤศจิกายน ๒๕๖๙"
    ),
    // one long line ends the body
    (
      "สำนักงานเจ้าท่าภูมิภาคสาขาสุราษฎร์ธานีได้ตรวจสอบแล้ว ปัจจุบันมีเรือโดยสารที่ได้รับใบอนุญาตใช้เรือและเดินทางประจำเส้นทางดังกล่าว",
      "\n\n\n\(office)\n๒๔ พฤศจิกายน ๒๕๖๙"
    ),
  ]

  @Test(arguments: feet)
  func officeIsTheLineAboveTheDate(body: String, foot: String) throws {
    let text = """
      ด่วน

      ที่ คค ๐๓๐๘.๑๔/๒๙๐๔

      ถึง  สำนักงานขนส่งจังหวัดสุราษฎร์ธานี

      \(body)\(foot)

      ฝ่ายทะเบียนเรือและคนประจำเรือ
      โทร. ๐ ๗๗๒๘ ๓๒๔๔
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.issuer?.name == Self.office)
    #expect(letter.date?.date?.iso == "2026-11-24")
    let expectedBody = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(
      separator: " ")
    #expect(letter.body == [expectedBody])
    #expect(letter.contact.units == ["ฝ่ายทะเบียนเรือและคนประจำเรือ"])
  }

  /// Specks around the office's seal at the foot, and the seal's mark before the office
  /// (held-out 2304: `~ ' ,` / `. · '` / `(ตรา)  สำนักงาน…` / `, ~ . ' ~` / date / `' .`).
  @Test func specksAroundTheSealAndItsMark() throws {
    let text = """
      ที่ นย ๐๐๓๐/๒๑๘๗

      ถึง  ห้างหุ้นส่วนจำกัด ทรัพย์เจริญการโยธา

                ตามหนังสือที่อ้างถึง สำนักงานประกันสังคมจังหวัดนครนายกได้แจ้งให้ท่านในฐานะนายจ้าง
      นำส่งเงินสมทบกองทุนประกันสังคมที่ค้างชำระ งวดเดือนมกราคม ถึงเดือนมีนาคม ๒๕๖๘ นั้น

                จึงขอให้ท่านนำเงินจำนวนดังกล่าวไปชำระ ณ สำนักงานประกันสังคมจังหวัดนครนายก ภายใน ๓๐ วัน


                                              ~ ' ,
                                           .    ·   '
                                (ตรา)  สำนักงานประกันสังคมจังหวัดนครนายก
                                         , ~ .   '   ~
                                              ๑๒ สิงหาคม ๒๕๖๘
                                           '  .

      ฝ่ายเงินสมทบและตรวจสอบ
      โทร. ๐ ๓๗๓๑ ๑๔๐๒ ต่อ ๑๑
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.kind == .stamped)
    #expect(letter.issuer == Issuer(name: "สำนักงานประกันสังคมจังหวัดนครนายก", address: nil))
    #expect(letter.date?.date?.iso == "2025-08-12")
    #expect(letter.body.count == 2)
    #expect(letter.contact.units == ["ฝ่ายเงินสมทบและตรวจสอบ"])
  }

  /// A box-level OCR that read the page's bottom left first (held-out 2703): the contact block,
  /// then the office's stamp and the date, which end the letter.
  @Test func theFootAfterTheContactBlock() throws {
    let text = """
      ที่ ยส ๐๐๑๔/๑๑๒๓
      ถึง นายกองค์การบริหารส่วนตำบล ทุกแห่ง
      ตามหนังสือที่อ้างถึง สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดยโสธร ขอความร่วมมือสำรวจข้อมูล
      ผู้สูงอายุที่อยู่ลำพัง ความละเอียดแจ้งแล้ว นั้น
      ๑. ส่งแบบรายงานถึงสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดยโสธร ภายในวันที่
      ๑๖ สิงหาคม ๒๕๖๗
      กลุ่มการพัฒนาสังคมและสวัสดิการ
      โทร. ๐ ๔๕๗๑ ๒๓๖๐
      ไปรษณีย์อิเล็กทรอนิกส์ yasothon_sw@m-society.go.th
      สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดยโสธร
      ๒ สิงหาคม ๒๕๖๗
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.kind == .stamped)
    #expect(letter.issuer == Issuer(name: "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดยโสธร", address: nil))
    #expect(letter.date?.date?.iso == "2024-08-02")
    #expect(letter.contact.units == ["กลุ่มการพัฒนาสังคมและสวัสดิการ"])
    #expect(letter.contact.emails == ["yasothon_sw@m-society.go.th"])
    #expect(letter.body.last?.hasSuffix("๑๖ สิงหาคม ๒๕๖๗") == true)
  }
}
