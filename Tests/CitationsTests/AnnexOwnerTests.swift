import Citations
import Letters
import Testing

/// Which letter an annex page belongs to in the reference graph.
@Suite struct AnnexOwnerTests {
  /// An annex that names its announcement only by office and date (`แนบท้ายประกาศ… ลงวันที่ …`,
  /// no number to look up) holds that as its mention, and still belongs to the announcement
  /// before it in the file (held-out 4304).
  @Test func anAnnexNamingAnAnnouncementByDateBelongsToTheLetterBefore() throws {
    let text = """
                                 ประกาศองค์การบริหารส่วนจังหวัดอุดรธานี
                            เรื่อง  รายชื่อผู้มีสิทธิ์เข้ารับการประเมินสมรรถนะ
                                   --------------------------

                ตามที่องค์การบริหารส่วนจังหวัดอุดรธานีได้ประกาศรับสมัครบุคคลเพื่อสรรหาเป็นพนักงานจ้าง

                               ประกาศ ณ วันที่ ๙ กุมภาพันธ์ พ.ศ. ๒๕๖๙

                                     (นายวิชัย ศรีสุข)
                           นายกองค์การบริหารส่วนจังหวัดอุดรธานี
      \u{0C}
                       บัญชีรายชื่อผู้มีสิทธิ์เข้ารับการประเมินสมรรถนะ
              แนบท้ายประกาศองค์การบริหารส่วนจังหวัดอุดรธานี ลงวันที่ ๙ กุมภาพันธ์ ๒๕๖๙
                                    --------------------------

      ๑. ตำแหน่ง ผู้ช่วยนักวิชาการคอมพิวเตอร์ (ผู้มีทักษะ)
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
    #expect(letters.map(\.kind) == [.announcement, .annex])
    try #require(letters.count == 2)
    // The owner line names the announcement: the annex's mention, not part of its title.
    #expect(letters[1].subject == "บัญชีรายชื่อผู้มีสิทธิ์เข้ารับการประเมินสมรรถนะ")
    #expect(letters[1].mentions.map(\.issuer) == ["องค์การบริหารส่วนจังหวัดอุดรธานี"])
    #expect(letters[1].mentions.first?.date?.date?.iso == "2026-02-09")
    let records = CitationExtractor.citations(in: letters)
    #expect(records[1].map(\.impliedTarget) == [letters[0].id])
    #expect(records[1].map(\.role) == [.annexOf])
  }
}
