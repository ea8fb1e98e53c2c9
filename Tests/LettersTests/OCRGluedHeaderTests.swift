import Foundation
import Letters
import Testing

/// Header damage from the held-out set 800–811's Tesseract pages: a label OCR glued to its
/// value, a speck of a digit and a letter between the date and เรื่อง, and specks standing
/// where the blank line between two paragraphs was.
@Suite struct OCRGluedHeaderTests {
  func parse(_ text: String) throws -> Letter {
    try #require(LetterParser().parse(bytes: Array(text.utf8), path: "test.txt").letters.first)
  }

  static let head = """
    ที ตช ๐๐๒๕.๒๓/๑๕๕๒ สถานีตํารวจภูธรเมืองยะลา
    ถนนสิโรรส ตําบลสะเตง

    ๒๓ พฤศจิกายน ๒๕๒๕

    """

  static let foot = """

    ขอแสดงความนับถือ

    (นายธนพล เจะเลาะ)
    ผู้กํากับการสถานีตํารวจภูธรเมืองยะลา
    """

  /// (the subject line, the addressee line): glued, spaced, or one of each.
  @Test(arguments: [
    ("เรืองขอความร่วมมือจัดเจ้าหน้าที่", "เรียนนายอําเภอเมืองยะลา"),
    ("เรื่องขอความร่วมมือจัดเจ้าหน้าที่", "เรียน นายอําเภอเมืองยะลา"),
    ("เรื่อง ขอความร่วมมือจัดเจ้าหน้าที่", "เรียนนายอําเภอเมืองยะลา"),
    ("'เรืองขอความร่วมมือจัดเจ้าหน้าที่", "ถึงนายอําเภอเมืองยะลา"),
  ])
  func gluedLabelsStillNameTheirFields(subject: String, to: String) throws {
    let letter = try parse(Self.head + "\(subject)\n\n\(to)\n\nตามหนังสือที่อ้างถึง ขอความร่วมมือ นั้น\n" + Self.foot)
    #expect(letter.subject == "ขอความร่วมมือจัดเจ้าหน้าที่")
    #expect(letter.to == "นายอำเภอเมืองยะลา")
    #expect(letter.body == ["ตามหนังสือที่อ้างถึง ขอความร่วมมือ นั้น"])
  }

  /// In the body, `เรื่องนี้…` and `เรียนรู้…` begin sentences: no field is read there.
  @Test(arguments: ["เรื่องนี้ได้ดำเนินการเรียบร้อยแล้ว", "เรียนรู้การจราจรร่วมกัน"])
  func aBodyLineIsNotALabel(line: String) throws {
    let letter = try parse(
      Self.head + "เรื่อง ขอความร่วมมือ\n\nเรียน นายอําเภอเมืองยะลา\n\nตามหนังสือที่อ้างถึง นั้น\n\n\(line)\n" + Self.foot)
    #expect(letter.subject == "ขอความร่วมมือ")
    #expect(letter.body == ["ตามหนังสือที่อ้างถึง นั้น", line])
  }

  /// A speck (`๐ ฆ`, `ฆ ๒`) between the date and เรื่อง does not end the header; a digit
  /// alone is not taken for a speck.
  @Test(arguments: ["๐ ฆ", "ฆ ๒", "ฆ"])
  func aSpeckBeforeTheSubjectIsSkipped(speck: String) throws {
    let letter = try parse(Self.head + "\(speck)\n\nเรื่อง ขอความร่วมมือ\nเรียน นายอําเภอเมืองยะลา\n\nตามหนังสือ นั้น\n" + Self.foot)
    #expect(letter.subject == "ขอความร่วมมือ")
    #expect(letter.to == "นายอำเภอเมืองยะลา")
  }

  /// Specks where the blank line between two paragraphs was end the first paragraph.
  @Test(arguments: ["| ~", "~ . ' ,", "=%"])
  func specksBetweenParagraphsEndTheFirst(speck: String) throws {
    let letter = try parse(
      Self.head + "เรื่อง ขอความร่วมมือ\nเรียน นายอําเภอเมืองยะลา\n\nสถานีพิจารณาแล้ว ขอเชิญร่วมประชุม\nณ ห้องประชุม\n\(speck)\nจึงเรียนมาเพือโปรดพิจารณา\n"
        + Self.foot)
    #expect(letter.body == ["สถานีพิจารณาแล้ว ขอเชิญร่วมประชุม ณ ห้องประชุม", "จึงเรียนมาเพือโปรดพิจารณา"])
  }

  /// A stamped letter's ถึง glued to its value still makes it a stamped letter: the office
  /// above the foot's date is its issuer.
  @Test(arguments: ["ถึง สำนักงานขนส่งจังหวัดยะลา", "ถึงสำนักงานขนส่งจังหวัดยะลา"])
  func aGluedToOfAStampedLetter(to: String) throws {
    let letter = try parse(
      "ที่ ตช ๐๐๒๕.๒๓/๑๕๕๒\n\n\(to)\n\n          ตามหนังสือที่อ้างถึง ขอความร่วมมือ นั้น\n\n\n"
        + "                         สถานีตำรวจภูธรเมืองยะลา\n                         ๒๓ พฤศจิกายน ๒๕๖๗\n")
    #expect(letter.to == "สำนักงานขนส่งจังหวัดยะลา")
    #expect(letter.issuer?.name == "สถานีตำรวจภูธรเมืองยะลา")
    #expect(letter.date?.date?.iso == "2024-11-23")
    #expect(letter.body == ["ตามหนังสือที่อ้างถึง ขอความร่วมมือ นั้น"])
  }

  /// อ้างถึง and สิ่งที่ส่งมาด้วย glued to their first item or its text (Tesseract pages of
  /// 105 and 200, text and hOCR): still the letter's references and enclosures, and not the
  /// addressee's text.
  @Test(arguments: [
    ("อ้างถึง๑. หนังสือกรมการค้าภายใน ที่ พณ ๐๕๐๓/ว ๑๑๕๕ ลงวันที่ ๒๐ เมษายน ๒๕๖๗", "สิ่งที่ส่งมาด้วย๑. บัญชีราคาแนะนำปุ๋ยเคมี"),
    ("อ้างถึงหนังสือกรมการค้าภายใน ที่ พณ ๐๕๐๓/ว ๑๑๕๕ ลงวันที่ ๒๐ เมษายน ๒๕๖๗", "สิ่งที่ส่งมาด้วยบัญชีราคาแนะนำปุ๋ยเคมี"),
    ("อ้างถึง 1. หนังสือกรมการค้าภายใน ที่ พณ ๐๕๐๓/ว ๑๑๕๕ ลงวันที่ ๒๐ เมษายน ๒๕๖๗", "สิ่งที่ส่งมาด้วย1. บัญชีราคาแนะนำปุ๋ยเคมี"),
  ])
  func gluedReferencesAndEnclosures(references: String, enclosures: String) throws {
    let letter = try parse(
      Self.head + "เรื่อง ขอความร่วมมือ\n\nเรียน นายอําเภอเมืองยะลา\n\n\(references)\n\n\(enclosures)\n\nตามหนังสือที่อ้างถึง นั้น\n"
        + Self.foot)
    #expect(letter.to == "นายอำเภอเมืองยะลา")
    #expect(letter.references.map(\.number?.canonical) == ["พณ 0503/ว 1155"])
    #expect(letter.enclosures.count == 1)
    #expect(letter.enclosures.first?.title.hasPrefix("บัญชีราคาแนะนำปุ๋ยเคมี") == true)
    #expect(letter.body == ["ตามหนังสือที่อ้างถึง นั้น"])
  }

  /// The glued อ้างถึง on the line right after the addressee (Tesseract page of 410) ends the
  /// addressee: it is not part of its text.
  @Test func aGluedReferenceRightAfterTheAddresseeEndsIt() throws {
    let letter = try parse(
      Self.head + "เรื่อง ขอความร่วมมือ\nเรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n"
        + "อ้างถึงหนังสือกรมควบคุมมลพิษ ด่วนที่สุด ที่ ทส 0304/ว 562 ลงวันที่ 29 เมษายน 2567\n\nตามหนังสือที่อ้างถึง นั้น\n"
        + Self.foot)
    #expect(letter.to == "ผู้ว่าราชการจังหวัด ทุกจังหวัด")
    #expect(letter.references.map(\.number?.canonical) == ["ทส 0304/ว 562"])
  }

  /// A memo whose ที่/วันที่ line OCR made garbage of, its year fallen to the next line
  /// (Tesseract page of 401): the header goes on past them to เรื่อง and เสนอ.
  @Test func aGarbledLineBeforeTheSubjectIsPassedOver() throws {
    let text = """
      บันทึกข้อความ

      ส่วนราชการ สํานักงาน ก.พ. สํานักพัฒนาระบบจําแนกตําแหน่งและค่า
      ตอบแทน โทร. ๐ ๒๕๕๓ ๑๕๕๒

      0 0 7็เ็็5ไไไไเเเ วันที่ ๓ กุมภาพันธ์

      ๒๕๒๐๕

      เรื่อง ขอความเห็นชอบแต่งตั้งคณะทํางานทบทวนมาตรฐานกําหนด

      ตําแหน่งประเภทวิชาการ

      เสนอ เลขาธิการ ก.พ.

      ตามหนังสือสํานักงาน ก.พ. ที่ นร ๑๐๑๑/ว ๒๕ ลงวันที่ ๑๕ ธันวาคม
      ๒๕๒๓ แจ้งแนวทางการทบทวนมาตรฐานกําหนดตําแหน่งประเภท

      จึงเรียนมาเพื่อโปรดพิจารณา

      (นางสาวพิมพ์ชนก ตั้งวิริยะกุล)
      ผู้อำนวยการสำนักพัฒนาระบบจำแนกตำแหน่งและค่าตอบแทน
      """
    let letter = try parse(text)
    #expect(letter.kind == .memo)
    #expect(letter.subject == "ขอความเห็นชอบแต่งตั้งคณะทำงานทบทวนมาตรฐานกำหนด ตำแหน่งประเภทวิชาการ")
    #expect(letter.to == "เลขาธิการ ก.พ.")
    #expect(letter.warnings.contains { $0.code == .ocrSuspect })
  }

  /// Specks and a lone digit OCR left between two header fields (`1`, `=%` between อ้างถึง
  /// and a damaged สิ่งที่ส่งมาด้วย, Tesseract page of 300) do not end the header.
  @Test(arguments: ["1\n=%", "๑", "=%\n\n๐", "- ๒ -"])
  func scrapsBetweenReferencesAndEnclosures(scraps: String) throws {
    let letter = try parse(
      Self.head + "เรื่อง ขอความร่วมมือ\nเรียน นายอําเภอเมืองยะลา\n\n"
        + "อ้างถึง หนังสือกรมการค้าภายใน ที่ พณ ๐๕๐๓/ว ๑๑๕๕ ลงวันที่ ๒๐ เมษายน ๒๕๖๗\n\n\(scraps)\n\n"
        + "สิงทีส่งมาด้วย ร่างกําหนดการประชุม\nจํานวน ๑ ชุด\n\nตามหนังสือที่อ้างถึง นั้น\n" + Self.foot)
    #expect(letter.references.count == 1)
    #expect(letter.enclosures.map(\.title) == ["ร่างกำหนดการประชุม"])
    #expect(letter.body == ["ตามหนังสือที่อ้างถึง นั้น"])
  }
}
