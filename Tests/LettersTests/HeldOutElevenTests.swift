import Foundation
import Testing

@testable import Letters

/// Shapes of the held-out set 1100–1109 (LLM markdown and Tesseract-like text of agencies the
/// corpus had not seen) that the parser misread at first: a picture placeholder above a
/// letter, punctuation specks between fields and paragraphs, a memo's ส่วนราชการ glued to its
/// value, a number whose serial went on to the next line beside the office block.
@Suite struct HeldOutElevenTests {
  func parse(_ text: String, path: String = "t.txt") throws -> Letter {
    try #require(LetterParser().parse(bytes: Array(text.utf8), path: path).letters.first)
  }

  @Test(arguments: [
    // (line, is furniture)
    ("[ตราครุฑ]", true), ("[ลายมือชื่อ]", true), ("[Garuda emblem]", true), ("[image]", true),
    ("[ตราประทับสำนักงาน]", true), (",", true), (".", true), ("~ '", true), ("' .", true),
    ("[๑]", false), ("[ฉบับร่าง]", false), (")", false), ("ฯลฯ", false), ("๑.", false),
    ("[ตราครุฑ] กรมทางหลวง", false), ("ก.", false),
  ])
  func placeholdersAndPunctuationSpecksAreFurniture(_ text: String, _ furniture: Bool) {
    #expect((Line(number: 1, raw: text).furniture != nil) == furniture)
  }

  /// `[ตราครุฑ]` over an announcement's title (1103): the title still heads the letter, which
  /// starts below the placeholder.
  @Test func aPicturePlaceholderAboveTheTitleIsNoText() throws {
    let letter = try parse(
      """
      [ตราครุฑ]

      ## ประกาศสำนักงานสรรพากรพื้นที่พิษณุโลก

      **เรื่อง** ขายทอดตลาดทรัพย์สินที่ยึดจากผู้ค้างภาษีอากร

      ด้วยสำนักงานสรรพากรพื้นที่พิษณุโลกได้ยึดทรัพย์สินของผู้ค้างภาษีอากร

      ประกาศ ณ วันที่ ๒๒ กันยายน พ.ศ. ๒๕๖๖

      (นางสาวรัชนี ประเสริฐวงศ์)
      สรรพากรพื้นที่พิษณุโลก
      """, path: "t.md")
    #expect(letter.kind == .announcement)
    #expect(letter.lines.start == 3)
    #expect(letter.issuer?.name == "สำนักงานสรรพากรพื้นที่พิษณุโลก")
    #expect(letter.date?.date?.iso == "2023-09-22")
  }

  static let foot = """

    ขอแสดงความนับถือ

    (นายสมชาย ใจดี)
    ผู้อำนวยการ
    """

  /// A comma speck under a two-line subject (1106) is not part of it; a full stop speck
  /// between two paragraphs (1107) stands where the blank line was.
  @Test func punctuationSpecksEndFieldsAndParagraphs() throws {
    let letter = try parse(
      """
      ที่ นร ๐๕๐๓/ว ๕๑๒                    สำนักเลขาธิการคณะรัฐมนตรี

                        ๒๗ กันยายน ๒๕๖๗

      เรื่อง  แนวทางการเสนอเรื่องต่อคณะรัฐมนตรี
             (e-Cabinet) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
       ,
      เรียน  ปลัดกระทรวง ทุกกระทรวง

                ย่อหน้าแรกของหนังสือ
      บรรทัดที่สองของย่อหน้าแรก
       .
                ย่อหน้าที่สองของหนังสือ
      """ + Self.foot)
    #expect(letter.subject == "แนวทางการเสนอเรื่องต่อคณะรัฐมนตรี (e-Cabinet) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    #expect(letter.to == "ปลัดกระทรวง ทุกกระทรวง")
    #expect(letter.body == ["ย่อหน้าแรกของหนังสือ บรรทัดที่สองของย่อหน้าแรก", "ย่อหน้าที่สองของหนังสือ"])
  }

  /// `ส่วนราชการโรงเรียน…`: the memo's unit with its phone, the label glued to it (1109).
  @Test func aMemoUnitGluedToItsLabelIsRead() throws {
    let letter = try parse(
      """
                                         บันทึกข้อความ
      ส่วนราชการโรงเรียนสตรีพัทลุง กลุ่มบริหารงบประมาณ โทร. ๐ ๗๔๖๑ ๓๐๑๒ ต่อ ๑๐๕..........
      ที ศธ ๐๔๒๙๔.๐๓/๑๕๔.........................วันที ๒๑ มิถุนายน ๒๕๖๗.....................
      เรือง ขออนุมัติจัดซื้อวัสดุวิทยาศาสตร์
      เรียน ผู้อำนวยการโรงเรียนสตรีพัทลุง

                ส่วนราชการทุกแห่งได้รับแจ้งแล้ว
      """ + Self.foot)
    #expect(letter.issuer?.name == "โรงเรียนสตรีพัทลุง กลุ่มบริหารงบประมาณ")
    #expect(letter.contact.phones.map(\.number) == ["074613012"])
    #expect(!letter.warnings.contains { $0.code == .ocrSuspect })
    #expect(letter.body == ["ส่วนราชการทุกแห่งได้รับแจ้งแล้ว"])
  }

  /// `ที่ มท ๕๓๑๒.๒๔/` with `ว ๑๘๗๖` starting the next line, the office block's second line
  /// beside it (two columns read as one line, 1108).
  @Test func aSerialBesideTheOfficeBlockCompletesTheNumber() throws {
    let letter = try parse(
      """
      ที มท ๕๓๑๒.๒๔/                                   การไฟฟ้าส่วนภูมิภาคอําเภอแม่ริม
      ว ๑๘๗๖                                           ๑๒๕ หมู่ ๑ ถนนโชตนา ตําบลริมใต้
                                                       อําเภอแม่ริม จังหวัดเชียงใหม่ ๕๐๑๘๐

                                        ๗ กรกฎาคม ๒๕๖๖

      เรือง  ขออนุญาตปักเสาและพาดสายไฟฟ้า

      เรียน  นายกองค์การบริหารส่วนตําบลแม่แรม

                ด้วยการไฟฟ้าส่วนภูมิภาคอำเภอแม่ริมได้รับคำร้อง
      """ + Self.foot)
    #expect(letter.number?.canonical == "มท 5312.24/ว 1876")
    #expect(letter.number?.raw == "มท ๕๓๑๒.๒๔/ ว ๑๘๗๖")
    #expect(
      letter.issuer
        == Issuer(name: "การไฟฟ้าส่วนภูมิภาคอำเภอแม่ริม", address: "๑๒๕ หมู่ ๑ ถนนโชตนา ตำบลริมใต้ อำเภอแม่ริม จังหวัดเชียงใหม่ ๕๐๑๘๐"))
    #expect(letter.warnings.map(\.code) == [.numberSplit])
  }

  /// A number on the next line is not taken for a serial when it is a house number of an
  /// address with no serial missing: the whole-line rule still comes first.
  @Test(arguments: [
    ("ว ๑๘๗๖ ๑๒๕ หมู่ ๑ ถนนโชตนา", "มท 5312.24/ว 1876"),
    ("๑๘๗๖ กรมการปกครอง", "มท 5312.24/1876"),
  ])
  func theSerialIsTheFirstRunOfDigits(_ line: String, _ canonical: String) throws {
    let head = try #require(LetterNumberReader.read(Array("มท ๕๓๑๒.๒๔/".unicodeScalars), at: 0))
    let (completed, rest) = try #require(LetterNumberReader.withSerialBeside(head.0, line: Array(line.unicodeScalars)))
    #expect(completed.canonical == canonical)
    #expect(!rest.isEmpty)
    #expect(LetterNumberReader.withSerialBeside(head.0, line: Array("ว ๑๘๗๖ ๑๒๕".unicodeScalars)) == nil)
  }
}
