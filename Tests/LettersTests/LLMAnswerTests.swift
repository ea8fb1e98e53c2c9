import Foundation
import Testing

@testable import Letters

/// What an LLM-based OCR wraps its reading in (held-out set 3500–3506): a sentence about its
/// answer, a code fence around the whole markdown, a heading it made up.
@Suite struct LLMAnswerTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters
  }

  static let letter = """
    ![ตราครุฑ](garuda.png)

    **ที่** กษ ๐๙๐๕.๓/ว ๒๑๗๔

    **กรมวิชาการเกษตร**

    ๑๐ พฤศจิกายน ๒๕๖๙

    **เรื่อง** ขอความร่วมมือเฝ้าระวังการระบาดของหนอนกระทู้ข้าวโพด &amp; แมลงศัตรูพืช

    **เรียน** ผู้ว่าราชการจังหวัด ทุกจังหวัด

    กรมวิชาการเกษตรขอความร่วมมือจังหวัดเฝ้าระวังการระบาด

    ขอแสดงความนับถือ

    ![signature](signature.png)

    (นายสมชาย ใจดี)
    อธิบดีกรมวิชาการเกษตร
    """

  /// The whole answer in a fence (```` ```markdown ```` or a bare one), after a sentence about it:
  /// read as markdown, the sentence and the fences no part of any letter.
  @Test(arguments: [
    "Here is the extracted text from the document:\n\n```markdown\n\(letter)\n```\n",
    "```\n\(letter)\n```\n",
    "```md\n\(letter)\n```",
  ])
  func anAnswerInAFenceIsMarkdown(_ text: String) throws {
    let letters = parse(text)
    #expect(letters.count == 1, "\(letters.map(\.kind))")
    let letter = try #require(letters.first)
    #expect(letter.number?.canonical == "กษ 0905.3/ว 2174")
    #expect(letter.subject == "ขอความร่วมมือเฝ้าระวังการระบาดของหนอนกระทู้ข้าวโพด & แมลงศัตรูพืช")
    #expect(letter.signature?.name == "นายสมชาย ใจดี")
  }

  /// A heading the model made up over the letter's own title (`# หนังสือราชการ`) titles nothing.
  @Test func aMadeUpHeadingOverAnOrder() throws {
    let letters = parse(
      """
      # หนังสือราชการ

      ![ตราสัญลักษณ์เทศบาล](logo.png)

      ## คำสั่งเทศบาลนครนครราชสีมา

      **ที่ 814/2569**

      **เรื่อง แต่งตั้งคณะกรรมการจัดงานประเพณีลอยกระทง ประจำปี ๒๕๖๙**

      เพื่อให้การจัดงานเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการ

      สั่ง ณ วันที่ ๕ ตุลาคม พ.ศ. ๒๕๖๙

      (นายสมชาย ใจดี)
      นายกเทศมนตรีนครนครราชสีมา
      """)
    let letter = try #require(letters.first)
    #expect(letters.count == 1)
    #expect(letter.kind == .order)
    #expect(letter.lines.start == 5)
    #expect(letter.issuer?.name == "เทศบาลนครนครราชสีมา")
  }

  /// A signer's name set in italics (`*(นายสมชาย ใจดี)*`) is the name; a lone `*` stays.
  @Test(arguments: [
    ("*(นายสมชาย ใจดี)*", "(นายสมชาย ใจดี)"), ("*(นายสมชาย ใจดี)*<br/>", "(นายสมชาย ใจดี)"),
    ("ข้อ ๑ * หมายเหตุ", "ข้อ ๑ * หมายเหตุ"),
    ("ราคา ๕ * ๒ บาท", "ราคา ๕ * ๒ บาท"), ("*ตัวเอียง* และ *อีกคำ*", "ตัวเอียง และ อีกคำ"),
  ])
  func italicsGoAndALoneStarStays(_ text: String, _ plain: String) {
    #expect(MarkdownCleaner.lines(from: text).first?.text == plain)
  }
}
