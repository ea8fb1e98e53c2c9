import Foundation
import Letters
import Testing

/// An annex page (เอกสารแนบท้าย) names the letter it belongs to either above its title or, as
/// in held-out 808, on the line under it; either way that line is a mention, not the title, and
/// `แนบท้ายหนังสือ…` on a page's first line starts the annex (it was a record of its own).
@Suite struct AnnexOwnerLineTests {
  static let letter = """
    ที่ กษ ๐๕๑๐/ว ๔๐๗๒                                          กรมประมง
                                                          ถนนพหลโยธิน กรุงเทพฯ ๑๐๙๐๐

                                      ๑๖ พฤศจิกายน ๒๕๖๙

    เรื่อง  การฝึกอบรมเชิงปฏิบัติการ

    เรียน  ประมงจังหวัดทุกจังหวัด

              กรมประมงจะจัดฝึกอบรมตามกำหนดการแนบท้ายหนังสือนี้ จึงเรียนมาเพื่อโปรดทราบ

                             ขอแสดงความนับถือ

                           (นายสมชาย ใจดี)
                           อธิบดีกรมประมง

    """

  static let owner = "แนบท้ายหนังสือกรมประมง ที่ กษ ๐๕๑๐/ว ๔๐๗๒ ลงวันที่ ๑๖ พฤศจิกายน ๒๕๖๙"
  static let title = "กำหนดการฝึกอบรมเชิงปฏิบัติการการตรวจสอบเรือประมงพาณิชย์"

  @Test(arguments: [
    "\u{0C}\n                 \(title)\n  \(owner)\n\nรุ่นที่ ๑\t๘ – ๑๐ ธันวาคม ๒๕๖๙\tจังหวัดสงขลา\n",
    "\u{0C}\n\(title)\nเอกสาร\(owner)\n\nรุ่นที่ ๑\t๘ – ๑๐ ธันวาคม ๒๕๖๙\tจังหวัดสงขลา\n",
    "\u{0C}\nเอกสาร\(owner)\n\(title)\n\nรุ่นที่ ๑\t๘ – ๑๐ ธันวาคม ๒๕๖๙\tจังหวัดสงขลา\n",
    "\u{0C}\n\(owner)\n\(title)\n\nรุ่นที่ ๑\t๘ – ๑๐ ธันวาคม ๒๕๖๙\tจังหวัดสงขลา\n",
  ])
  func theOwnerLineIsAMention(annex: String) throws {
    let letters = LetterParser().parse(bytes: Array((Self.letter + annex).utf8), path: "t.txt").letters
    try #require(letters.count == 2)
    let page = letters[1]
    #expect(page.kind == .annex)
    #expect(page.subject == Self.title)
    #expect(page.mentions.map(\.number?.canonical) == ["กษ 0510/ว 4072"])
    #expect(page.mentions.first?.date?.date?.iso == "2026-11-16")
  }
}
