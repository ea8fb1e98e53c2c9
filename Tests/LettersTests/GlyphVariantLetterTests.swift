import Foundation
import Testing

@testable import Letters

/// A letter taken from a PDF set in an old Thai font: its tone marks and vowels are glyph
/// variants in the Private Use Area (`ที\u{F70A}`, `เรื\u{F70B}อง`). Read as the Thai they draw,
/// the header's labels and values are found.
@Suite struct GlyphVariantLetterTests {
  @Test func aHeaderInGlyphVariantsIsRead() throws {
    let text = """
      ที\u{F70A} มท ๐๘๑๒/ว ๑๕๖๕                 กรมส\u{F70A}งเสริมการปกครองท\u{F70B}องถิ\u{F70A}น
                                          ถนนนครราชสีมา กทม. ๑๐๓๐๐

                      ๑๔ กรกฎาคม ๒๕๖๔

      เรื\u{F70A}อง การประชุมชี\u{F70B}แจง

      เรียน ผู\u{F70B}ว\u{F70A}าราชการจังหวัด ทุกจังหวัด

                ด\u{F70B}วยกรมส\u{F70A}งเสริมการปกครองท\u{F70B}องถิ\u{F70A}นจะจัดการประชุม

      ขอแสดงความนับถือ

      (นายประยูร รัตนเสนีย\u{F717})
      อธิบดีกรมส\u{F70A}งเสริมการปกครองท\u{F70B}องถิ\u{F70A}น
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.number?.canonical == "มท 0812/ว 1565")
    #expect(letter.issuer?.name == "กรมส่งเสริมการปกครองท้องถิ่น")
    #expect(letter.subject == "การประชุมชี้แจง")
    #expect(letter.to == "ผู้ว่าราชการจังหวัด ทุกจังหวัด")
    #expect(letter.signature?.name == "นายประยูร รัตนเสนีย์")
  }
}
