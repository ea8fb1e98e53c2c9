import Foundation
import Testing

@testable import Letters

/// Registers of letters (ทะเบียนหนังสือรับ / ทะเบียนหนังสือส่ง) standing as pages of their own: the
/// office the title names is the page's issuer, and each row that gives a letter's number and
/// date cites it — in a table typed with spaces too, and an order by its serial and year.
@Suite struct RegisterPageTests {
  static func letters(_ text: String, path: String = "t.txt") -> [Letter] { lettersIn(text, path: path) }

  @Test func aRegisterTypedWithSpaces() throws {
    let text = """
                                         ทะเบียนหนังสือรับ
                                      ที่ว่าการอำเภอบ้านโฮ่ง

      เลขทะเบียนรับ  ที่                    ลงวันที่      จาก            เรื่อง                                  การปฏิบัติ

      ๑๒๓๙        ลพ ๐๐๑๗.๒/ว ๗๙๒       ๑๑ มี.ค. ๖๘   จังหวัดลำพูน    ประชาสัมพันธ์รับสมัครบุคคล              มอบ ฝ่ายบริหาร

      ๑๒๔๐        ลพ ๐๐๓๓.๐๐๔/ว ๑๓๘๘    ๑๑ มี.ค. ๖๘   สสจ.ลำพูน      การเฝ้าระวังโรคไข้เลือดออก              มอบ สสอ.

      ๑๒๔๖        ๑๑๔/๒๕๖๘              ๑๔ มี.ค. ๖๘   อำเภอบ้านโฮ่ง    แต่งตั้งคณะกรรมการ                      ทราบ
      """
    let page = try #require(Self.letters(text).first)
    #expect(page.kind == .annex)
    #expect(page.subject == "ทะเบียนหนังสือรับ ที่ว่าการอำเภอบ้านโฮ่ง")
    #expect(page.issuer?.name == "ที่ว่าการอำเภอบ้านโฮ่ง")
    #expect(page.mentions.map(\.raw) == ["ลพ ๐๐๑๗.๒/ว ๗๙๒ ๑๑ มี.ค. ๖๘", "ลพ ๐๐๓๓.๐๐๔/ว ๑๓๘๘ ๑๑ มี.ค. ๖๘", "๑๑๔/๒๕๖๘ ๑๔ มี.ค. ๖๘"])
    let order = try #require(page.mentions.last?.number)
    #expect(order.serial == "114")
    #expect(order.yearSuffix == "2568")
    #expect(order.prefix == nil && order.code == nil)
    #expect(page.mentions.first?.date?.date?.iso == "2025-03-11")
  }

  /// A model's markdown sets the office apart from the title, and the second page repeats both.
  @Test func aRegisterOverTwoMarkdownPages() throws {
    let page = """
      # ทะเบียนหนังสือรับ

      **โรงเรียนอุดรพิชัยรักษ์พิทยา**

      | เลขทะเบียนรับ | ที่ | ลงวันที่ | จาก | เรื่อง |
      |---|---|---|---|---|
      | ๑๐๒๔ | ๒๓๕/๒๕๖๘ | ๓๐ พ.ค. ๖๘ | สพม.อุดรธานี | คำสั่งแต่งตั้งคณะกรรมการ |
      | ๑๐๒๕ | อว 0622.4/ว 1556 | 2 มิ.ย. 68 | มรภ.อุดรธานี | ขอความอนุเคราะห์ |
      """
    let letters = Self.letters(page + "\n\n---\n\n[หน้า ๒]\n\n" + page, path: "t.md")
    #expect(letters.count == 2)
    for letter in letters {
      #expect(letter.kind == .annex)
      #expect(letter.issuer?.name == "โรงเรียนอุดรพิชัยรักษ์พิทยา")
      #expect(letter.subject == "ทะเบียนหนังสือรับ โรงเรียนอุดรพิชัยรักษ์พิทยา")
      #expect(letter.mentions.map { $0.number?.canonical } == ["235/2568", "อว 0622.4/ว 1556"])
    }
  }

  /// A number and a date in a table's cells are no order's citation outside a register's column:
  /// a meeting's `๑/๒๕๖๘` beside its date.
  @Test func aMeetingNumberInATableIsNoCitation() throws {
    let cells = ["ครั้งที่", "๑/๒๕๖๘", "๓๐ พ.ค. ๖๘"]
    #expect(TableRowCitation.find(in: cells, ocrYears: false, registerOrders: true).isEmpty)
    #expect(TableRowCitation.find(in: ["๑๐๒๔", "๒๓๕/๒๕๖๘", "๓๐ พ.ค. ๖๘"], ocrYears: false).isEmpty)
    #expect(TableRowCitation.find(in: ["๑๐๒๔", "๒๓๕/๒๕๖๘", "๓๐ พ.ค. ๖๘"], ocrYears: false, registerOrders: true).count == 1)
    // Prose writes ลงวันที่ between a number and its date: a row does not.
    #expect(TableRowCitation.find(inRow: "ตามหนังสือ ลพ ๐๐๑๗.๒/ว ๗๙๒ ลงวันที่ ๑๑ มี.ค. ๖๘".scalarArray, ocrYears: false).isEmpty)
  }

  /// A stamped letter (ถึง, no signer) that closes with a memo's sentence over its office's stamp
  /// and date.
  @Test func aStampedLetterClosingWithASentence() throws {
    let text = """
      ที่ นร ๑๓๐๔/๒๓๔๕

      ถึง  บริษัท สยาม เซมิคอนดักเตอร์ จำกัด

                ตามหนังสือบริษัทฯ ลงวันที่ ๑๒ มิถุนายน ๒๕๖๙ บริษัทฯ ได้ยื่นคำขอรับการส่งเสริมการลงทุน นั้น
      สำนักงานขอให้บริษัทฯ ส่งข้อมูลเพิ่มเติมภายใน ๓๐ วัน

                จึงเรียนมาเพื่อโปรดดำเนินการ

                                  สำนักงานคณะกรรมการส่งเสริมการลงทุน
                                         ๓ กรกฎาคม ๒๕๖๙

      กองส่งเสริมการลงทุน ๔
      โทร. ๐ ๒๕๕๓ ๘๑๑๑ ต่อ ๖๔๒๑
      """
    let letter = try #require(Self.letters(text).first)
    #expect(letter.kind == .stamped)
    #expect(letter.closing == "จึงเรียนมาเพื่อโปรดดำเนินการ")
    #expect(letter.issuer?.name == "สำนักงานคณะกรรมการส่งเสริมการลงทุน")
    #expect(letter.date?.date?.iso == "2026-07-03")
    #expect(letter.contact.units == ["กองส่งเสริมการลงทุน ๔"])
    #expect(letter.contact.phones.map(\.number) == ["025538111"])
  }
}
