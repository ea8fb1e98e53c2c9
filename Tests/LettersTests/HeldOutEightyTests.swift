import Foundation
import Testing

@testable import Letters
@testable import ThaiText

/// What the twentieth round of held-out letters (8000–8307: radio messages and faxes, XML OCR,
/// the newest document models, the worst Tesseract damage) and the text around letters showed
/// the parser missing.
@Suite struct HeldOutEightyTests {
  func parse(_ text: String, path: String = "t.txt") -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  static let letter = """
    ที่ ขก ๐๐๓๓.๐๐๑/ว ๒๒๑                          สำนักงานสาธารณสุขจังหวัดขอนแก่น
    ๑๒ มีนาคม ๒๕๖๘
    เรื่อง รับสมัครพนักงานกระทรวงสาธารณสุข
    เรียน นายอำเภอทุกอำเภอ
              สำนักงานสาธารณสุขจังหวัดขอนแก่นขอประชาสัมพันธ์การรับสมัคร
    ขอแสดงความนับถือ
    (นายปกรณ์ ทองศรีสุข)
    นายแพทย์สาธารณสุขจังหวัดขอนแก่น
    """

  /// A post's preface that points at "the letter below" (`ตามหนังสือด้านล่าง 👇`): the ที่ line
  /// under it is the letter's own number, not the rest of a citation the preface began.
  @Test func aPrefacePointingAtTheLetterBelow() {
    let text = """
      สำนักงานสาธารณสุขจังหวัดขอนแก่น
      12 มีนาคม เวลา 10:15 น.  · 🌏
      📢 สสจ.ขอนแก่น ขอประชาสัมพันธ์การรับสมัครพนักงาน รายละเอียดตามหนังสือด้านล่าง 👇

      \(Self.letter)
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.number?.canonical == "ขก 0033.001/ว 221")
    #expect(letters.first?.lines.start == 5)
  }

  /// The same without an emoji: `ตามหนังสือด้านล่างนี้` names no letter on the next line.
  @Test(arguments: ["ด้านล่างนี้", "ข้างล่างนี้", "ดังกล่าว", "ฉบับนี้"])
  func aSentenceEndingWithTheLetterBelow(_ tail: String) {
    let text = "ประชาสัมพันธ์ครับ รายละเอียดตามหนังสือ\(tail)\n\n\(Self.letter)\n"
    let letter = parse(text).first { $0.kind == .external }
    #expect(letter?.number?.canonical == "ขก 0033.001/ว 221")
  }

  /// A line of hashtags under the letter is a post's, not an annex page; its `#` is no
  /// markdown heading (a heading has a space after its marks).
  @Test func hashtagsUnderTheLetter() {
    let letters = parse(Self.letter + "\n\n#สสจ.ขอนแก่น #รับสมัครงาน\n")
    #expect(letters.map(\.kind) == [.external])
  }

  /// A markdown heading still loses its marks.
  @Test func aHeadingLosesItsMarks() {
    #expect(Line(number: 1, raw: "## บันทึกข้อความ").text == "บันทึกข้อความ")
    #expect(Line(number: 1, raw: "#หน่วยงาน").text == "#หน่วยงาน")
  }

  /// A citation's opener ending the line above still takes the ที่ line under it.
  @Test func aCitationWrappedOverTheNumberLine() {
    let text = """
      เรื่อง ขอเชิญประชุม
      เรียน นายอำเภอทุกอำเภอ
      อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น
      ที่ มท ๐๘๑๖.๓/ว ๑๒๓๔ ลงวันที่ ๓ มีนาคม ๒๕๖๘
              ตามที่กรมส่งเสริมการปกครองท้องถิ่นแจ้งให้จังหวัดดำเนินการ
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.references.first?.number?.canonical == "มท 0816.3/ว 1234")
  }
}
