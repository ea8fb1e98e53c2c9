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
}
