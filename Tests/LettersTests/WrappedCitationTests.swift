import Foundation
import Letters
import Testing

/// A citation inside อ้างถึง / สิ่งที่ส่งมาด้วย that OCR wrapped so that a line begins with
/// ที่ (Corpus/ocr 104, 205): the cited number after its issuer, or ลงวันที่ broken after
/// ลงวัน. The line continues the field; the header does not end there.
@Suite struct WrappedCitationTests {
  static let head = """
    ที่ ศธ 04009/ว 1873
    สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน
    5 มกราคม 2567
    เรื่อง การรักษาความปลอดภัยแบบทดสอบ
    เรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา ทุกเขต

    """
  static let foot = """

    สิ่งที่ส่งมาด้วย แนวปฏิบัติการรักษาความปลอดภัยแบบทดสอบ จำนวน 1 ชุด

    ตามที่ได้แจ้งไว้แล้ว นั้น

    ขอแสดงความนับถือ

    (นายวิรัตน์ ชัยมงคล)
    """

  @Test(arguments: [
    // the number on its own line after the issuer
    ("อ้างถึง หนังสือสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ด่วนที่สุด\nที่ ศธ 04009/ว 5388\n\nลงวันที่ 7 ธันวาคม 2566", "ศธ 04009/ว 5388"),
    // ลงวัน / ที่ …
    ("อ้างถึง หนังสือกระทรวงวัฒนธรรม ด่วนที่สุด ที่ วธ 0202/ว 155 ลงวัน\nที 3 เมษายน 2567", "วธ 0202/ว 155"),
    ("อ้างถึง หนังสือกระทรวงวัฒนธรรม ที่ วธ 0202/ว 155 ลงวัน\nที่ 3 เมษายน 2567", "วธ 0202/ว 155"),
    // ลง / วันที่ … (a rendered page wrapped inside ลงวันที่: held-out 1601 through Tesseract)
    ("อ้างถึง หนังสือกรมอุตุนิยมวิทยา ด่วนมาก ที่ ดศ 0102/ว 152 ลง\nวันที่ 15 พฤษภาคม 2568", "ดศ 0102/ว 152"),
    // `ลง วัน` with a space OCR put inside, then `ที …` (heldout6 1905 heavy)
    ("\"อ้างถึง หนังสือจังหวัดหนองคาย ลับ ด่วนมาก ที นค 0017.2/412 ลง วัน\nที 28 กรกฎาคม 2568", "นค 0017.2/412"),
    // อ read as ฮ in the label (heldout6 1900 heavy)
    ("ฮ้างถึง หนังสือกระทรวงวัฒนธรรม ที่ วธ 0202/ว 155 ลงวันที่ 3 เมษายน 2567", "วธ 0202/ว 155"),
  ])
  func aWrappedCitationStaysInItsField(_ references: String, _ number: String) throws {
    let text = Self.head + references + "\n" + Self.foot
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.references.count == 1)
    #expect(letter.references.first?.number?.canonical == number)
    #expect(letter.references.first?.date?.date?.year != nil)
    #expect(letter.enclosures.count == 1)
    #expect(letter.body == ["ตามที่ได้แจ้งไว้แล้ว นั้น"])
  }
}
