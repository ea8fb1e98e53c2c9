import Foundation
import Letters
import Testing

/// ป้ายหัวหนังสือ — header labels and fields as real Tesseract output leaves them (Corpus/ocr):
/// blank lines inside a field, debris before a label, the head of สิ่งที่ส่งมาด้วย lost, a
/// scrap of a broken word between two fields.
@Suite struct OCRHeaderLabelTests {
  func parse(_ text: String) -> LetterDocument {
    LetterParser().parse(bytes: Array(text.utf8), path: "test.txt")
  }

  /// A letter's head with its number, office and date as Tesseract prints them.
  static let head = """
    ที มท ๐๕๑๐.๓/ว ๒๑๓๕

    กรมส่งเสริมการปกครองท้องถิน
    ถนนนครราชสีมา กทม. ๑๐๓๐๐

    ๒๑ พฤษภาคม ๒๕๒๐

    """

  static let foot = """

    ด้วยกรมส่งเสริมการปกครองท้องถิ่นกําหนดให้มีการดําเนินการประชุมชี้แจงระบบการประเมิน

    ขอแสดงความนับถือ

    (นายประยูร รัตนเสนีย์)
    อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
    """

  /// The subject's second line set apart by a blank line: it runs on to เรียน.
  @Test(arguments: ["เรียน", "'เรียน", "“เรียน"])
  func subjectOverBlankLinesRunsToTheAddressee(_ label: String) throws {
    let text = Self.head + """
      เรื่อง การประชุมชี้แจงระบบการประเมินประสิทธิภาพขององค์กร

      ปกครองส่วนท้องถิ่น ประจําปี ๒๕๐

      \(label) ผู้ว่าราชการจังหวัด ทุกจังหวัด

      """ + Self.foot
    let letter = try #require(parse(text).letters.first)
    #expect(letter.subject == "การประชุมชี้แจงระบบการประเมินประสิทธิภาพขององค์กร ปกครองส่วนท้องถิ่น ประจำปี ๒๕๐")
    #expect(letter.to == "ผู้ว่าราชการจังหวัด ทุกจังหวัด")
    #expect(letter.body.first?.hasPrefix("ด้วยกรม") == true)
  }

  /// สิ่งที่ส่งมาด้วย as Tesseract read it: debris before it, its head lost, a space inside,
  /// a tone mark dropped.
  @Test(arguments: [
    "- สิ่งที่ส่งมาด้วย", "งที่ส่งมาด้วย", "สิงที ส่งมาด้วย", "สิงทีส่งมาด้วย", "'สิ่งที่ส่งมาด้วย",
  ])
  func damagedEnclosureLabel(_ label: String) throws {
    let text = Self.head + """
      เรื่อง การประชุมชี้แจงระบบการประเมินประสิทธิภาพ

      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      \(label) แบบตอบรับเข้าร่วมการประชุม จํานวน ๑ ฉบับ

      """ + Self.foot
    let letter = try #require(parse(text).letters.first)
    #expect(letter.enclosures.count == 1)
    #expect(letter.enclosures.first?.title == "แบบตอบรับเข้าร่วมการประชุม")
    #expect(letter.body.first?.hasPrefix("ด้วยกรม") == true)
  }

  /// The damaged label glued to its first item's number (hOCR of 001: `สิงทีส่งมาด้วย๑.`).
  @Test(arguments: ["สิงทีส่งมาด้วย", "สิงที ส่งมาด้วย", "สิ่งที่ส่งมาด้วย"])
  func damagedEnclosureLabelGluedToItsFirstItem(_ label: String) throws {
    let text = Self.head + """
      เรื่อง การประชุมชี้แจงระบบการประเมินประสิทธิภาพ

      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      \(label)๑. แบบตอบรับเข้าร่วมการประชุม จํานวน ๑ ฉบับ
      ๒. กําหนดการและเอกสารประกอบการประชุม จํานวน ๑ ฉบับ

      """ + Self.foot
    let letter = try #require(parse(text).letters.first)
    #expect(letter.enclosures.map(\.title) == ["แบบตอบรับเข้าร่วมการประชุม", "กำหนดการและเอกสารประกอบการประชุม"])
  }

  /// An addressee list over lines set apart by blank lines runs to อ้างถึง; a scrap of a
  /// broken word (`เรื`) between อ้างถึง and สิ่งที่ส่งมาด้วย is skipped.
  @Test(arguments: ["เรื", "ฆ"])
  func addresseeOverBlankLinesAndAScrapBetweenFields(_ scrap: String) throws {
    let text = Self.head + """
      เรื่อง โครงการท้องถิ่นจังหวัดดีเด่น

      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด (ยกเว้นจังหวัดลําพูน, จังหวัด

      ฉะเชิงเทรา, จังหวัดตรัง)

      อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิน ที่ มท ๐๕๑๑.๑/ว ๑๐๕๕ ลงวันที ๑๑ มีนาคม ๒๕๒๐

      \(scrap)

      สิ่งที่ส่งมาด้วย แบบรายงานผลการประเมิน จํานวน ๑ ชุด

      """ + Self.foot
    let letter = try #require(parse(text).letters.first)
    #expect(letter.to == "ผู้ว่าราชการจังหวัด ทุกจังหวัด (ยกเว้นจังหวัดลำพูน, จังหวัด ฉะเชิงเทรา, จังหวัดตรัง)")
    #expect(letter.references.count == 1)
    #expect(letter.enclosures.count == 1)
    #expect(letter.body.first?.hasPrefix("ด้วยกรม") == true)
  }

  /// Without a label after them, lines after เรียน are the body, blank line or not.
  @Test func linesAfterTheAddresseeWithoutALabelAreTheBody() throws {
    let text = Self.head + """
      เรื่อง การประชุมชี้แจงระบบการประเมินประสิทธิภาพ

      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      """ + Self.foot
    let letter = try #require(parse(text).letters.first)
    #expect(letter.to == "ผู้ว่าราชการจังหวัด ทุกจังหวัด")
    #expect(letter.body.first?.hasPrefix("ด้วยกรม") == true)
  }
}

/// A memo's เสนอ / เรียน line followed straight by its first numbered heading (OCR dropped
/// the blank line between, Corpus/ocr 100): the heading begins the body.
@Suite struct AddresseeBeforeNumberedHeadingTests {
  @Test(arguments: ["๑. เรืองเดิม", "๑. เรื่องเดิม", "1. ความเป็นมา"])
  func aNumberedHeadingIsNotTheAddressee(_ heading: String) throws {
    let text = """
      บันทึกข้อความ
      ส่วนราชการ กองการพัสดุภาครัฐ โทร ๐ ๒๑๒๓ ๐๐๑๕
      ที่ กค (กวจ) ๐๕๐๕.๓/๕๒๑๕ วันที่ ๑๕ มกราคม ๒๕๒๐
      เรื่อง ขอความเห็นชอบตอบข้อหารือการจัดซื้อจัดจ้าง
      เสนอ อธิบดีกรมบัญชีกลาง
      \(heading)
      ตามหนังสือมหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน ขอหารือการจัดซื้อจัดจ้าง

      จึงเสนอมาเพื่อโปรดพิจารณา

      (นางสาวพรรณี ศรีวัฒนา)
      ผู้อำนวยการกองการพัสดุภาครัฐ
      """
    let memo = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(memo.to == "อธิบดีกรมบัญชีกลาง")
    #expect(memo.body.first?.hasPrefix(heading) == true)
  }
}

/// One enclosure, complete with its quantity, then the body's first numbered paragraph with
/// no blank line between (Corpus/ocr 105): the paragraph is no second enclosure.
@Suite struct EnclosureBeforeNumberedParagraphTests {
  @Test(arguments: ["จํานวน ๑ แผ่น", "จำนวน 1 ชุด"])
  func aNumberedParagraphAfterASingleEnclosureIsBody(_ quantity: String) throws {
    let text = """
      ที กห ๐๓๐๕/๑๕
      กพ.ทหาร
      ๓ ม.ค. ๒๕๒๐
      เรื่อง การคัดเลือกกำลังพลเข้ารับการศึกษา
      เรียน หน.นขต.บก.ทท.
      สิ่งที่ส่งมาด้วย  บัญชีจำนวนที่นั่งการศึกษาแยกตามหน่วย \(quantity)
      ๑. ตามคำสั่งที่อ้างถึง ๑ บก.ทท. ได้อนุมัติให้สถาบันภาษา กองทัพไทย เปิดการศึกษา
      ๒. กพ.ทหาร พิจารณาแล้ว

      ขอแสดงความนับถือ

      (พลโท สมชาย ใจดี)
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.enclosures.count == 1)
    #expect(letter.body.first?.hasPrefix("๑. ตามคำสั่งที่อ้างถึง") == true)
  }

  /// A numbered list under a bare label stays the enclosures.
  @Test func aNumberedListIsTheEnclosures() throws {
    let text = """
      ที กห ๐๓๐๕/๑๕
      กพ.ทหาร
      ๓ ม.ค. ๒๕๒๐
      เรื่อง การคัดเลือกกำลังพลเข้ารับการศึกษา
      เรียน หน.นขต.บก.ทท.
      สิ่งที่ส่งมาด้วย ๑. บัญชีจำนวนที่นั่ง จำนวน ๑ แผ่น
      ๒. แบบรายงาน จำนวน ๑ ชุด

      ตามคำสั่งที่อ้างถึง บก.ทท. ได้อนุมัติ

      ขอแสดงความนับถือ

      (พลโท สมชาย ใจดี)
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.enclosures.count == 2)
  }
}
