import Foundation
import Testing

@testable import Letters

/// Enclosure lists that real Tesseract pages break with blank lines inside an item (Corpus/ocr
/// 402, 410, 507 and 104 light, 908 light): the blank line falls where the printed line
/// spacing changes, not where an item ends. An item left unfinished above the blank — a
/// citation cut after `ที่ กค`, a date without its year, an open bracket, `จำนวน ๑` without
/// its unit — goes on below it.
@Suite struct OCREnclosureBlankLineTests {
  func parse(_ text: String) -> LetterDocument {
    LetterParser().parse(bytes: Array(text.utf8), path: "test.txt")
  }

  func letter(enclosures block: String) -> String {
    """
    ที่ กค ๐๗๑๑/๑๑๕๒                         สำนักงานสรรพากรภาค ๑
                                             ถนนพหลโยธิน กรุงเทพฯ ๑๐๔๐๐

                        ๒๐ สิงหาคม ๒๕๖๗

    เรื่อง ขอเอกสารประกอบการพิจารณาคืนภาษี

    เรียน กรรมการผู้จัดการบริษัท สยามการค้า จำกัด

    \(block)

    ตามหนังสือที่อ้างถึง บริษัทฯ ได้ยื่นคำร้องขอคืนภาษีมูลค่าเพิ่ม

    จึงเรียนมาเพื่อโปรดทราบ

    ขอแสดงความนับถือ

    (นายวีระ ทองมา)
    สรรพากรภาค ๑
    """
  }

  /// (the list as OCR left it, the items' titles, their quantities)
  static let lists: [(String, [String], [String?])] = [
    // A citation cut after the prefix; a quantity's unit alone under a blank line.
    (
      """
      สิ่งที่ส่งมาด้วย ๑. สำเนาหนังสือสำนักงานสรรพากรภาค ๑ ที่ กค

      ๐๗๑๑/๑๐๓๕ ลงวันที่ ๒๔ กรกฎาคม ๒๕๖๗ จำนวน ๑ ฉบับ
      ๒. แบบคำร้องขอคืนเงินภาษีอากร (ค.๑๐) จำนวน ๑ ฉบับ
      ๓. รายการเอกสารหลักฐานที่ต้องส่งเพิ่มเติม จำนวน ๑

      แผ่น
      """,
      [
        "สำเนาหนังสือสำนักงานสรรพากรภาค ๑ ที่ กค ๐๗๑๑/๑๐๓๕ ลงวันที่ ๒๔ กรกฎาคม ๒๕๖๗",
        "แบบคำร้องขอคืนเงินภาษีอากร (ค.๑๐)", "รายการเอกสารหลักฐานที่ต้องส่งเพิ่มเติม",
      ],
      ["๑ ฉบับ", "๑ ฉบับ", "๑ แผ่น"]
    ),
    // An open bracket: the form's code goes on under the blank line.
    (
      """
      สิ่งที่ส่งมาด้วย 1. แบบรายงานข้อมูลปริมาณขยะมูลฝอยชุมชน (แบบ

      สขย.1) จำนวน 1 ชุด

      2. คู่มือการกรอกข้อมูลในระบบสารสนเทศการจัดการขยะมูลฝอยชุมชน
      จำนวน 1 เล่ม
      """,
      ["แบบรายงานข้อมูลปริมาณขยะมูลฝอยชุมชน (แบบ สขย.1)", "คู่มือการกรอกข้อมูลในระบบสารสนเทศการจัดการขยะมูลฝอยชุมชน"],
      ["1 ชุด", "1 เล่ม"]
    ),
    // A cited date without its year; the year and the quantity under the blank line.
    (
      """
      สิ่งที่ส่งมาด้วย ๑. สำเนาหนังสือจังหวัดเชียงใหม่ ด่วนที่สุด ที่ ชม
      ๐๐๒๓.๓/ว ๑๔๕๒๒
      ลงวันที่ ๑๗ พฤศจิกายน

      ๒๕๖๘                            จำนวน ๑ ฉบับ
      ๒. โปสเตอร์ประชาสัมพันธ์ "หยุดเผา ลด
      ฝุ่น"                  จำนวน ๑ แผ่น
      """,
      [
        "สำเนาหนังสือจังหวัดเชียงใหม่ ด่วนที่สุด ที่ ชม ๐๐๒๓.๓/ว ๑๔๕๒๒ ลงวันที่ ๑๗ พฤศจิกายน ๒๕๖๘",
        "โปสเตอร์ประชาสัมพันธ์ \"หยุดเผา ลด ฝุ่น\"",
      ],
      ["๑ ฉบับ", "๑ แผ่น"]
    ),
    // The first item's quantity at the top of the next page (Corpus/ocr 104 light: Tesseract's
    // form feed before `(NT) จำนวน 1 ชุด`).
    (
      """
      สิ่งที่ส่งมาด้วย ไ1. แนวปฏิบัติการรักษาความปลอดภัยแบบทดสอบ
      \u{0C}(NT) จำนวน 1 ชุด

      2. แบบรายงานการรับ-ส่งและการเก็บรักษาแบบทดสอบ จำนวน 1 ฉบับ
      """,
      ["แนวปฏิบัติการรักษาความปลอดภัยแบบทดสอบ (NT)", "แบบรายงานการรับ-ส่งและการเก็บรักษาแบบทดสอบ"],
      ["1 ชุด", "1 ฉบับ"]
    ),
    // An item's dot read as a colon (heldout6 1905 heavy: `2: สรุปข้อมูล…`).
    (
      """
      สิ่งที่ส่งมาด้วย 1. แผนที่แสดงจุดเสี่ยงการลักลอบลำเลียงยาเสพติดริม
      แม่น้ำโขง จำนวน 1 ชุด
      2: สรุปข้อมูลการข่าวเครือข่ายผู้ค้ายาเสพติดราย
      สำคัญ      จำนวน 1 ฉบับ
      """,
      ["แผนที่แสดงจุดเสี่ยงการลักลอบลำเลียงยาเสพติดริม แม่น้ำโขง", "สรุปข้อมูลการข่าวเครือข่ายผู้ค้ายาเสพติดราย สำคัญ"],
      ["1 ชุด", "1 ฉบับ"]
    ),
    // A speck glued before the first item's number: the list is still numbered, and its
    // items go on across the blank lines between them.
    (
      """
      สิ่งที่ส่งมาด้วย ไ1. แนวปฏิบัติการรักษาความปลอดภัยแบบทดสอบ
      (NT) จำนวน 1 ชุด

      2. แบบรายงานการรับ-ส่งและการเก็บรักษาแบบทดสอบ จำนวน
      1 ฉบับ

      3. บัญชีรายชื่อผู้ประสานงานระดับเขตพื้นที่การศึกษา จำนวน 1 ฉบับ
      """,
      [
        "แนวปฏิบัติการรักษาความปลอดภัยแบบทดสอบ (NT)", "แบบรายงานการรับ-ส่งและการเก็บรักษาแบบทดสอบ",
        "บัญชีรายชื่อผู้ประสานงานระดับเขตพื้นที่การศึกษา",
      ],
      ["1 ชุด", "1 ฉบับ", "1 ฉบับ"]
    ),
  ]

  @Test(arguments: lists)
  func anItemLeftUnfinishedGoesOnAcrossTheBlankLine(_ block: String, _ titles: [String], _ quantities: [String?])
    throws
  {
    let letter = try #require(parse(letter(enclosures: block)).letters.first)
    #expect(letter.enclosures.map(\.title) == titles)
    #expect(letter.enclosures.map(\.quantity) == quantities)
    #expect(letter.body.first == "ตามหนังสือที่อ้างถึง บริษัทฯ ได้ยื่นคำร้องขอคืนภาษีมูลค่าเพิ่ม")
  }

  /// A finished item, then a blank line and a sentence: the body begins; the list does not
  /// swallow it even when the sentence starts with digits.
  @Test func aFinishedItemEndsTheListAtTheBlankLine() throws {
    let block = """
      สิ่งที่ส่งมาด้วย แบบคำร้องขอคืนเงินภาษีอากร (ค.๑๐) จำนวน ๑ ฉบับ

      ๒๕ บริษัทได้ยื่นคำร้องไว้แล้ว
      """
    let letter = try #require(parse(letter(enclosures: block)).letters.first)
    #expect(letter.enclosures.map(\.title) == ["แบบคำร้องขอคืนเงินภาษีอากร (ค.๑๐)"])
    #expect(letter.body.first == "๒๕ บริษัทได้ยื่นคำร้องไว้แล้ว")
  }

  /// A line of specks between อ้างถึง and สิ่งที่ส่งมาด้วย (908 light: `ณ=% ฆ   ๑`) is passed
  /// over: the list is still read as the header's.
  @Test func aSpeckLineBetweenTheLabelsIsPassedOver() throws {
    let block = """
      อ้างถึง หนังสือสำนักงานสรรพากรภาค ๑ ที่ กค ๐๗๑๑/๑๐๓๕ ลงวันที่ ๒๔ กรกฎาคม ๒๕๖๗

      ณ=% ฆ   ๑

      สิ่งที่ส่งมาด้วย แบบคำร้องขอคืนเงินภาษีอากร (ค.๑๐) จำนวน ๑ ฉบับ
      """
    let letter = try #require(parse(letter(enclosures: block)).letters.first)
    #expect(letter.references.count == 1)
    #expect(letter.enclosures.map(\.title) == ["แบบคำร้องขอคืนเงินภาษีอากร (ค.๑๐)"])
    #expect(letter.body.first == "ตามหนังสือที่อ้างถึง บริษัทฯ ได้ยื่นคำร้องขอคืนภาษีมูลค่าเพิ่ม")
  }
}
