import Foundation
import Letters
import Testing

/// คำลงท้าย as Tesseract read it on the heavy-noise pages (Corpus/ocr): one letter misread,
/// a tone mark moved, debris before it. The signature below it is still the signer's name.
@Suite struct DamagedClosingTests {
  @Test(arguments: [
    "ขอแสดงความบับถือ", "- ขอแสดงความบับถือ", "ขอแสดงคว่ามนับถือ", "ขอแสดงความนับถีอ",
    // Two edits in a long closing (real Tesseract of 3304 heavy: า read as ว, a stray ี).
    "ขอแสดงคววมีนับถือ",
  ])
  func aDamagedClosingEndsTheBody(_ closing: String) throws {
    let text = """
      ที่ มท ๐๕๑๒/ว ๑๕๒๕
      กรมส่งเสริมการปกครองท้องถิน
      ๕ กรกฎาคม ๒๕๒๐๕
      เรื่อง การคัดเลือกและประเมินผลงานของท้องถินอำเภอดีเด่น
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป

      \(closing)

      (นายประยูร รัตนเสนีย์)
      อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.closing.map { closing.hasSuffix($0) } == true)
    #expect(letter.signature?.name == "นายประยูร รัตนเสนีย์")
    #expect(letter.body == ["จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป"])
  }

  /// A sentence that begins like a closing is body text.
  @Test func aSentenceIsNotAClosing() throws {
    let text = """
      ที่ มท ๐๕๑๒/ว ๑๕๒๕
      กรมส่งเสริมการปกครองท้องถิน
      ๕ กรกฎาคม ๒๕๒๐๕
      เรื่อง การคัดเลือก
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      ขอแสดงความยินดีกับจังหวัดที่ได้รับคัดเลือก

      ขอแสดงความนับถือ

      (นายประยูร รัตนเสนีย์)
      อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.closing == "ขอแสดงความนับถือ")
    #expect(letter.body == ["ขอแสดงความยินดีกับจังหวัดที่ได้รับคัดเลือก"])
  }
}
