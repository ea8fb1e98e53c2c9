import Foundation
import Testing

@testable import Letters

/// Shapes of the held-out set 1500–1507 the parser misread at first: an annex page whose
/// markdown heading stands a blank line above its `แนบท้ายหนังสือ…` owner line, a secrecy mark
/// between a cited letter's office and its number, a subject continued after a `<br>`.
@Suite struct HeldOutFifteenTests {
  func parse(_ text: String, path: String = "t.md") throws -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  static let letter = """
    **ที่** พศ ๐๐๐๖/ว ๑๘๔๗

    **เรื่อง** การจัดงานส่งเสริมพระพุทธศาสนา<br>ด้วยวิธีการจัดกิจกรรมทางวัฒนธรรม

    **เรียน** ผู้ว่าราชการจังหวัด ทุกจังหวัด

    **อ้างถึง** หนังสือตำรวจภูธรจังหวัดยะลา ลับมาก ที่ ตช ๐๐๑๙.๓๒/๑๑๒ ลงวันที่ ๑๒ มกราคม ๒๕๖๙

    ด้วยสำนักงานพระพุทธศาสนาแห่งชาติจะจัดงานส่งเสริมพระพุทธศาสนา

    จึงเรียนมาเพื่อโปรดพิจารณา

    ขอแสดงความนับถือ

    (นายอำนาจ บัวศิริ)
    ผู้อำนวยการสำนักงานพระพุทธศาสนาแห่งชาติ

    <!-- page break -->

    ## บัญชีรายชื่อส่วนราชการที่เกี่ยวข้อง

    แนบท้ายหนังสือสำนักงานพระพุทธศาสนาแห่งชาติ ด่วนที่สุด ที่ พศ ๐๐๐๖/ว ๑๘๔๗ ลงวันที่ ๒๙ ตุลาคม ๒๕๖๘

    | ลำดับ | ส่วนราชการ |
    |---|---|
    | ๑ | อธิบดีกรมการปกครอง |
    | ๒ | อธิบดีกรมการศาสนา |
    """

  @Test func anAnnexHeadingAboveItsOwnerLineAcrossABlankIsOnePage() throws {
    let letters = try parse(Self.letter)
    #expect(letters.count == 2)
    let annex = try #require(letters.last)
    #expect(annex.kind == .annex)
    #expect(annex.subject == "บัญชีรายชื่อส่วนราชการที่เกี่ยวข้อง")
    #expect(annex.mentions.first?.number?.canonical == "พศ 0006/ว 1847")
    #expect(annex.mentions.first?.urgency == .mostUrgent)
    #expect(annex.body.first == "ลำดับ ส่วนราชการ")
  }

  @Test func aSecrecyMarkIsNotPartOfTheCitedOffice() throws {
    let letter = try #require(try parse(Self.letter).first)
    #expect(letter.references.first?.issuer == "ตำรวจภูธรจังหวัดยะลา")
    #expect(CitationReader.withoutSecrecyMark("กรมท่าอากาศยาน ลับที่สุด") == "กรมท่าอากาศยาน")
    #expect(CitationReader.withoutSecrecyMark("สำนักงานสืบสวนลับ") == "สำนักงานสืบสวนลับ")
  }

  @Test func aSubjectGoesOnAfterABreakInItsOwnLine() throws {
    let letter = try #require(try parse(Self.letter).first)
    #expect(letter.subject == "การจัดงานส่งเสริมพระพุทธศาสนา ด้วยวิธีการจัดกิจกรรมทางวัฒนธรรม")
    #expect(letter.body.first == "ด้วยสำนักงานพระพุทธศาสนาแห่งชาติจะจัดงานส่งเสริมพระพุทธศาสนา")
  }
}
