import Foundation
import Letters
import Testing

/// A body paragraph cut by a page break (`- ๒ -`, a form feed) with no continuation word at
/// the foot of the page, against a new paragraph that happens to start a page (found by the
/// held-out set 700–711).
@Suite struct PageBreakBodyTests {
  func parse(_ text: String) -> LetterDocument {
    LetterParser().parse(bytes: Array(text.utf8), path: "test.txt")
  }

  static let cut = "ภาระของผู้ประกอบการในการเดินทางมายื่นแบบ ณ สำนักงาน จึงกำหนดให้ผู้ประกอบการ"
  static let rest = "อุตสาหกรรมและผู้นำเข้าทุกรายยื่นแบบรายการภาษีผ่านระบบ e-Excise ตั้งแต่วันที่ ๑"

  /// (the page's last lines, the break, the next page's first line, one paragraph across it)
  static let breaks: [(String, String, String, Bool)] = [
    // Cut mid-sentence: the foot line fills the page and the next page does not open a paragraph.
    (cut, "- ๒ -", rest, true),
    (cut, "\u{0C}", rest, true),
    (
      "ภาระของผู้ประกอบการในการเดินทางมายืนแบบ ณ สำนักงาน จึงกำหนดให้ผู้ประกอบการ", "- ๒ -",
      "อุตสาหกรรมและผู้นำเข้าทุกรายยืนแบบรายการภาษีผ่านระบบ e-Excise ตังแต่วันที ๑", true
    ),
    // Cut inside a word (a leading vowel ends the line), though the line is short.
    ("ภาระของผู้ประกอบการ จึงกำหนดให้ผู้ประกอบการและผู้นำเ", "- ๒ -", "ข้าทุกรายยื่นแบบรายการภาษี", true),
    // The continuation word at the foot of the page.
    (cut + "\n\n/อุตสาหกรรม...", "- ๒ -", rest, true),
    // The next page opens a paragraph of its own.
    (cut, "- ๒ -", "๑. ให้ผู้ประกอบการอุตสาหกรรมยื่นแบบรายการภาษีผ่านระบบ e-Excise ตั้งแต่วันที่ ๑", false),
    (cut, "- ๒ -", "(๑) ผู้ประกอบการอุตสาหกรรมยื่นแบบรายการภาษีผ่านระบบ e-Excise ตั้งแต่วันที่ ๑", false),
    (cut, "- ๒ -", "1. ผู้ประกอบการอุตสาหกรรมยื่นแบบรายการภาษีผ่านระบบ e-Excise ตั้งแต่วันที่ ๑", false),
    (cut, "- ๒ -", "ด้วยกรมสรรพสามิตได้ปรับปรุงระบบ e-Excise ให้รองรับการยื่นแบบตั้งแต่วันที่ ๑", false),
    (cut, "- ๒ -", "ตามประกาศกรมสรรพสามิต ผู้ประกอบการต้องยื่นแบบรายการภาษีตั้งแต่วันที่ ๑", false),
    (cut, "- ๒ -", "ทั้งนี้ ผู้ประกอบการอุตสาหกรรมยื่นแบบรายการภาษีผ่านระบบ e-Excise ตั้งแต่วันที่ ๑", false),
    (cut, "- ๒ -", "ในการนี้ ขอให้ผู้ประกอบการยื่นแบบรายการภาษีผ่านระบบ e-Excise ตั้งแต่วันที่ ๑", false),
    (cut, "- ๒ -", "ในการนี ขอให้ผู้ประกอบการยืนแบบรายการภาษีผ่านระบบ e-Excise ตังแต่วันที ๑", false),
    (cut, "- ๒ -", "อนึ่ง ผู้ประกอบการอุตสาหกรรมยื่นแบบรายการภาษีผ่านระบบ e-Excise ตั้งแต่วันที่ ๑", false),
    (cut, "- ๒ -", "เนื่องจากผู้ประกอบการอุตสาหกรรมยื่นแบบรายการภาษีผ่านระบบ e-Excise ตั้งแต่วันที่ ๑", false),
    (cut, "- ๒ -", "กรมสรรพสามิตพิจารณาแล้ว ขอให้ผู้ประกอบการยื่นแบบผ่านระบบ e-Excise ตั้งแต่วันที่ ๑", false),
    (cut, "- ๒ -", "          อุตสาหกรรมและผู้นำเข้าทุกรายยื่นแบบรายการภาษีผ่านระบบ e-Excise ตั้งแต่วันที่ ๑", false),
    (cut, "\u{0C}", "๑. ให้ผู้ประกอบการอุตสาหกรรมยื่นแบบรายการภาษีผ่านระบบ e-Excise ตั้งแต่วันที่ ๑", false),
    // The page ended a paragraph: a sentence-final word, or a short line.
    ("ภาระของผู้ประกอบการในการเดินทางมายื่นแบบ ณ สำนักงาน ความละเอียดแจ้งแล้ว นั้น", "- ๒ -", rest, false),
    ("ภาระของผู้ประกอบการในการเดินทางมายื่นแบบ ณ สำนักงาน จึงกำหนดแนวทาง ดังนี้", "- ๒ -", rest, false),
    ("ภาระของผู้ประกอบการในการเดินทางมายื่นแบบ", "- ๒ -", rest, false),
  ]

  @Test(arguments: breaks)
  func paragraphAcrossAPageBreak(foot: String, mark: String, head: String, joined: Bool) throws {
    let text = """
      ที่ กค ๐๖๐๒/ว ๑๒๓

      กรมสรรพสามิต
      ถนนนครไชยศรี กรุงเทพฯ ๑๐๓๐๐

      ๑๘ พฤศจิกายน ๒๕๖๘

      เรื่อง การยื่นแบบรายการภาษีผ่านระบบอิเล็กทรอนิกส์

      เรียน ผู้อำนวยการสำนักงานสรรพสามิตภาคที่ ๑ - ๑๐

      ตามหนังสือที่อ้างถึง กรมสรรพสามิตได้แจ้งแนวทางการยื่นแบบรายการภาษีและชำระ
      ภาษีผ่านระบบอิเล็กทรอนิกส์ให้สำนักงานสรรพสามิตภาคทราบ ความละเอียดแจ้งแล้ว นั้น

      กรมสรรพสามิตขอเรียนว่า เพื่อให้การจัดเก็บภาษีเป็นไปอย่างมีประสิทธิภาพ และลด
      \(foot)

      \(mark)

      \(head)
      มกราคม ๒๕๖๙ เป็นต้นไป โดยกรมจะงดรับแบบรายการที่เป็นกระดาษ

      จึงเรียนมาเพื่อโปรดทราบและดำเนินการต่อไป

      ขอแสดงความนับถือ

      (นายประพันธ์ ศรีสวัสดิ์)
      รองอธิบดี ปฏิบัติราชการแทน
      อธิบดีกรมสรรพสามิต
      """
    let letter = try #require(parse(text).letters.first)
    let footText = try #require(foot.split(separator: "\n").first).trimmingCharacters(in: .whitespaces)
    let headText = head.trimmingCharacters(in: .whitespaces)
    let cutParagraph = "กรมสรรพสามิตขอเรียนว่า เพื่อให้การจัดเก็บภาษีเป็นไปอย่างมีประสิทธิภาพ และลด \(footText)"
    let next = "\(headText) มกราคม ๒๕๖๙ เป็นต้นไป โดยกรมจะงดรับแบบรายการที่เป็นกระดาษ"
    #expect(letter.body.first?.hasSuffix("ความละเอียดแจ้งแล้ว นั้น") == true)
    #expect(letter.body.last == "จึงเรียนมาเพื่อโปรดทราบและดำเนินการต่อไป")
    if joined {
      #expect(Array(letter.body.dropFirst().dropLast()) == ["\(cutParagraph) \(next)"])
    } else {
      #expect(Array(letter.body.dropFirst().dropLast()) == [cutParagraph, next])
    }
  }
}
