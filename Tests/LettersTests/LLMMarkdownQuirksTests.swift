import Foundation
import Testing

@testable import Letters

/// What LLM OCR writes for a form (held-out 2502): urgency as ticked boxes (`☐ ด่วนที่สุด ☐
/// ด่วนมาก ☑ ด่วน`), and markdown footnotes — a reference in the text (`วัน[^1]`) and its
/// definition at the page's foot (`[^1]: …`), neither of them text of the letter.
@Suite struct LLMMarkdownQuirksTests {
  static let memo = """
    ☐ ด่วนที่สุด &nbsp;&nbsp; ☐ ด่วนมาก &nbsp;&nbsp; ☑ ด่วน

    # บันทึกข้อความ

    **ส่วนราชการ** สำนักงานสิ่งแวดล้อมภาคที่ ๑๑ โทร. ๔๕๑๒
    **ที่** ทส ๐๒๓๑.๒/๑๔๕ **วันที่** ๒ มีนาคม ๒๕๖๙
    **เรื่อง** ขออนุมัติจัดซื้อเครื่องตรวจวัดฝุ่นละออง
    **เรียน** ผู้อำนวยการสำนักงานสิ่งแวดล้อมภาคที่ ๑๑

    ด้วยค่าฝุ่นละอองเกินค่ามาตรฐานต่อเนื่องรวม ๒๖ วัน[^1] ขณะที่สำนักงานมีเครื่องตรวจวัดเพียง ๒ เครื่อง

    จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

    (นางสาวอรวรรณ ศรีบุญเรือง)<br>
    หัวหน้ากลุ่มติดตามตรวจสอบคุณภาพสิ่งแวดล้อม

    ---

    [^1]: ข้อมูลจากสถานีตรวจวัดคุณภาพอากาศ ตำบลในเมือง อำเภอเมืองอุบลราชธานี ระหว่างวันที่ ๑ มกราคม – ๒๘ กุมภาพันธ์ ๒๕๖๙
    """

  @Test func theTickedBoxIsTheUrgencyAndFootnotesAreNoText() throws {
    let letters = LetterParser().parse(bytes: Array(Self.memo.utf8), path: "t.md").letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.kind == .memo)
    #expect(letter.urgency == .urgent)
    #expect(letter.body == ["ด้วยค่าฝุ่นละอองเกินค่ามาตรฐานต่อเนื่องรวม ๒๖ วัน ขณะที่สำนักงานมีเครื่องตรวจวัดเพียง ๒ เครื่อง"])
    #expect(letter.signature?.name == "นางสาวอรวรรณ ศรีบุญเรือง")
  }

  @Test(arguments: [("☐ ด่วนที่สุด ☑ ด่วนมาก ☐ ด่วน", Urgency.veryUrgent), ("☐ ด่วนที่สุด ☐ ด่วนมาก ☐ ด่วน", nil)])
  func onlyTheTickedWordCounts(_ line: String, _ urgency: Urgency?) {
    #expect((Vocabulary.marks(Array(line.unicodeScalars))?.0 ?? nil) == urgency)
  }
}
