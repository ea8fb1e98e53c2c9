import Testing

@testable import Letters

/// An enclosure's title OCR wrapped inside its brackets, the wrapped line beginning `1)`
/// (`(แบบ บพ.` / `1)  จำนวน 1 ชุด`, Tesseract page of 910): the line closes the bracket, it
/// is no item 1.
@Suite struct ItemBracketTests {
  @Test func aLineThatClosesTheBracketGoesOnTheItem() throws {
    let text = """
      ที่ พน ๐๔๐๖/ว ๑๒๓๔
      กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน
      ๒๔ พฤศจิกายน ๒๕๖๙
      เรื่อง การรายงานการจัดการพลังงาน
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
      สิ่งที่ส่งมาด้วย 1. แบบรายงานการจัดการพลังงาน (แบบ บพ.
      1)           จำนวน 1 ชุด
      2. คู่มือการกรอกข้อมูล จำนวน 1 เล่ม

      ตามหนังสือที่อ้างถึง นั้น

      ขอแสดงความนับถือ
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.enclosures.map(\.index) == [1, 2])
    #expect(letter.enclosures.first?.title == "แบบรายงานการจัดการพลังงาน (แบบ บพ. 1)")
    #expect(letter.enclosures.first?.quantity == "1 ชุด")
  }
}
