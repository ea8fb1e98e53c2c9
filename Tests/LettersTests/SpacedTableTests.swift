import Foundation
import Testing

@testable import Letters

/// Tables typed with spaces between their columns (ตารางที่พิมพ์เว้นวรรค): each row a paragraph, a
/// cell's wrapped text with its row, and a justified line (every gap widened alike) no table.
@Suite struct SpacedTableTests {
  static func body(_ paragraphs: String) throws -> [String] {
    let text = """
      ที่ มท ๐๘๑๐.๔/ว ๑๒๓๔                                กรมส่งเสริมการปกครองท้องถิ่น
                                                         ถนนนครราชสีมา กทม. ๑๐๓๐๐

                                   ๒๐ พฤศจิกายน ๒๕๖๙

      เรื่อง  ปริมาณน้ำในอ่างเก็บน้ำ

      เรียน  ผู้ว่าราชการจังหวัด ทุกจังหวัด

      \(paragraphs)

                จึงเรียนมาเพื่อโปรดทราบ

                                 ขอแสดงความนับถือ

                               (นายสมชาย ใจดี)
                          อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
      """
    let letters = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters as [Letter]?)
    return try #require(letters.first).body
  }

  /// Each row a paragraph; and a row of two columns under a wider one is a row too (a total:
  /// `รวม      ๑๐๐`), a line with no gap under a row its last cell's text wrapped.
  @Test(arguments: [
    (
      """
                ปริมาณน้ำในอ่างเก็บน้ำของจังหวัด ดังนี้

                ประเภท        จำนวน (แห่ง)      ความจุ (ล้าน ลบ.ม.)      ร้อยละ
                ขนาดใหญ่            ๕               ๙๘๐.๔๙             ๔๑.๙๖
                ขนาดกลาง           ๑๒               ๒๑๘.๗๐             ๓๗.๗๓
                รวม                ๑๗             ๑,๑๙๙.๑๙             ๔๑.๑๙
      """,
      [
        "ปริมาณน้ำในอ่างเก็บน้ำของจังหวัด ดังนี้", "ประเภท จำนวน (แห่ง) ความจุ (ล้าน ลบ.ม.) ร้อยละ",
        "ขนาดใหญ่ ๕ ๙๘๐.๔๙ ๔๑.๙๖", "ขนาดกลาง ๑๒ ๒๑๘.๗๐ ๓๗.๗๓", "รวม ๑๗ ๑,๑๙๙.๑๙ ๔๑.๑๙",
      ]
    ),
    (
      """
                ลำดับ    อำเภอ              สถานที่อบรม                     จำนวน
                ๑.       เมือง              ห้องประชุมสำนักงานเกษตร          ๔๐
                                            อำเภอเมือง
                ๒.       ยางตลาด            ศาลาประชาคมอำเภอยางตลาด          ๖๐
                รวม                                                        ๑๐๐
      """,
      [
        "ลำดับ อำเภอ สถานที่อบรม จำนวน", "๑. เมือง ห้องประชุมสำนักงานเกษตร ๔๐ อำเภอเมือง",
        "๒. ยางตลาด ศาลาประชาคมอำเภอยางตลาด ๖๐", "รวม ๑๐๐",
      ]
    ),
  ])
  func eachRowOfASpacedTableIsAParagraph(table: String, rows: [String]) throws {
    #expect(try Self.body(table) == rows + ["จึงเรียนมาเพื่อโปรดทราบ"])
  }

  /// `pdftotext -layout` justifies a paragraph by widening every gap alike: its lines are no rows.
  @Test func aJustifiedParagraphIsNoTable() throws {
    let body = try Self.body(
      """
                กรมการค้าภายในพิจารณาแล้ว   เพื่อให้การช่วยเหลือค่าครองชีพประชาชนเป็นไปอย่างต่อเนื่อง
      จึงขอความร่วมมือสำนักงานพาณิชย์จังหวัดจัดงานธงฟ้าราคาประหยัดอย่างน้อยจังหวัดละ   ๒   ครั้ง   ระหว่าง
      เดือนพฤศจิกายน    ๒๕๖๗    ถึงเดือนมกราคม   ๒๕๖๘   โดยจำหน่ายสินค้าอุปโภคบริโภคที่จำเป็นต่อการครองชีพ
      """)
    #expect(body.count == 2)
    #expect(body.first?.hasPrefix("กรมการค้าภายในพิจารณาแล้ว เพื่อให้") == true)
    #expect(body.first?.hasSuffix("ถึงเดือนมกราคม ๒๕๖๘ โดยจำหน่ายสินค้าอุปโภคบริโภคที่จำเป็นต่อการครองชีพ") == true)
  }

  @Test(arguments: [
    ("ขนาดใหญ่            ๕               ๙๘๐.๔๙", 2),
    ("        ขนาดใหญ่    ๕    ๙๘๐.๔๙    ", 0),  // gaps alike: justified
    ("ประชาชน   ในช่วงไตรมาสแรก   พ.ศ.    ๒๕๖๘", 0),
    ("ที่ มท ๐๘๑๐.๔/ว ๑๒๓๔                                กรม", 1),
    ("        ตามหนังสือที่อ้างถึง  กรมส่งเสริม", 0),
    ("(ลงชื่อ)     อุดม ศรีนวล      ผู้จดรายงานการประชุม", 2),
    ("ปัจจุบัน            :         :                                :", 0),  // Tesseract's specks
    ("=%       ข่       =             ๕", 0),
    ("๕    1   ๐   ๕    ฆ       ฒฆ/                1    1", 0),  // a stamp's debris: no word
    ("๑      ................      ................      ........", 3),  // a form's blanks
  ])
  func gapsOfALine(line: String, gaps: Int) {
    #expect(SpacedColumns("บรรทัดแรก\n" + line + "\nท้าย")[2] == gaps)
  }
}
