import Foundation
import Letters
import SeededRandom
import Testing

/// `(number, text)` pairs, for compact expectations.
private func pairs(_ lines: [SourceLine]) -> [Pair] { lines.map { Pair($0.number, $0.text) } }

private struct Pair: Equatable, CustomStringConvertible {
  var number: Int
  var text: String
  init(_ number: Int, _ text: String) {
    self.number = number
    self.text = text
  }
  var description: String { "\(number):\(text.debugDescription)" }
}

private func markdown(_ text: String) -> [Pair] {
  pairs(MarkdownFixture.lines(text))
}

private enum MarkdownFixture {
  static func lines(_ text: String) -> [SourceLine] {
    (try? InputAdapter.lines(from: text, format: .markdown)) ?? []
  }
}

private func fixture(_ name: String) throws -> String {
  let base = try #require(Bundle.module.resourceURL)
  return try String(contentsOf: base.appending(path: "Fixtures/input/\(name)"), encoding: .utf8)
}

/// The repository's Corpus/ directory, found from this file's path.
private let corpus = URL(filePath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Corpus")
  .resolvingSymlinksInPath()

// MARK: - Format detection

@Test(
  arguments: [
    ("letter.hocr", "<html><body><div class='ocr_page'></div></body></html>", InputFormat.hocr),
    (
      "scan.html", "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html><div class=\"ocr_page\">", .hocr
    ),
    (nil, "<?xml version='1.0'?><alto xmlns='http://www.loc.gov/standards/alto/ns-v4#'/>", .alto),
    ("page.xml", "\u{FEFF}<!-- ALTO --><alto:alto xmlns:alto='x'/>", .alto),
    ("page.txt", "<alto><Layout/></alto>", .alto),
    ("x.xml", "<!DOCTYPE alto [<!ENTITY a \"b\">]><alto/>", .alto),
    ("letter.md", "ที่ มท ๐๘๑๒/ว ๑๕๖๕", .markdown),
    ("letter.txt", "\n\n# ด่วนมาก\n\nที่ อต ๐๐๒๓.๖/ว ๕/๖๖", .markdown),
    (nil, "เรื่อง **ขอเชิญประชุม**", .markdown),
    (nil, "ข้อมูล\n<table><tr><td>ก</td></tr></table>", .markdown),
    (nil, "หน้า ๑\n<!-- PAGE BREAK -->\nหน้า ๒", .markdown),
    (nil, "<figure>ตราครุฑ</figure>", .markdown),
    (nil, "```\nที่ มท\n```", .markdown),
    (nil, "ลงทะเบียนที่ <https://forms.gle/x>", .markdown),
    ("letter.txt", "ที่ มท ๐๘๑๒/ว ๑๕๖๕\nเรื่อง ขอเชิญประชุม\n#1 ไม่ใช่หัวเรื่อง", .plain),
    (nil, "ส่วนราชการ..........กองคลัง.....โทร. ๐ ๒๑๒๗ ๗๐๐๐", .plain),
    ("page.txt", "", .plain),
  ] as [(String?, String, InputFormat)])
func formatIsGuessedFromContentThenExtension(
  _ path: String?, _ text: String, _ expected: InputFormat
) {
  #expect(InputAdapter.detect(path: path, text: text) == expected)
}

// MARK: - Plain text

@Test func plainTextKeepsEveryLineWithItsNumber() throws {
  let lines = try InputAdapter.lines(from: "ที่ มท ๐๘๑๒\n\nเรื่อง ก\r\n  ข  \n", format: .plain)
  #expect(pairs(lines) == [Pair(1, "ที่ มท ๐๘๑๒"), Pair(2, ""), Pair(3, "เรื่อง ก"), Pair(4, "  ข  ")])
}

@Test(arguments: [
  ("ก\n\u{0C}\nข", [Pair(1, "ก"), Pair(2, "\u{0C}"), Pair(3, "ข")]),
  ("ก\u{0C}ข", [Pair(1, "ก"), Pair(1, "\u{0C}"), Pair(1, "ข")]),
  ("จบหน้า\u{0C}\nหน้าสอง", [Pair(1, "จบหน้า"), Pair(1, "\u{0C}"), Pair(2, "หน้าสอง")]),
  ("\u{0C}- ๒ -", [Pair(1, "\u{0C}"), Pair(1, "- ๒ -")]),
])
fileprivate func formFeedBecomesAPageBreakLineWithTheSameNumber(_ text: String, _ expected: [Pair])
  throws
{
  #expect(pairs(try InputAdapter.lines(from: text, format: .plain)) == expected)
}

@Test(arguments: InputFormat.allCases)
func emptyInputGivesNoLines(_ format: InputFormat) throws {
  #expect(try InputAdapter.lines(from: "", format: format).isEmpty)
  #expect(try InputAdapter.lines(from: "\u{FEFF}", format: format).count <= 1)
}

// MARK: - Markdown

@Test(arguments: [
  ("# ด่วนมาก", "ด่วนมาก"),
  ("### เอกสารการประชุม ###", "เอกสารการประชุม"),
  ("#1 ไม่ใช่หัวเรื่อง", "#1 ไม่ใช่หัวเรื่อง"),
  ("**ที่** มท ๐๘๑๒/ว ๑๕๖๕", "ที่ มท ๐๘๑๒/ว ๑๕๖๕"),
  ("เรื่อง __ขอเชิญประชุม__", "เรื่อง ขอเชิญประชุม"),
  ("***ลับที่สุด***", "ลับที่สุด"),
  ("ลงชื่อ______________ผู้รับ", "ลงชื่อ______________ผู้รับ"),
  ("- **ดาวน์โหลดในวันที่ 16 ก.ค. 2564**", "• ดาวน์โหลดในวันที่ 16 ก.ค. 2564"),
  ("  * รายการที่สอง", "• รายการที่สอง"),
  ("+ รายการ", "• รายการ"),
  ("-", ""),
  ("***", ""),
  ("---", "---"),
  ("______", "______"),
  ("๑. ให้ส่งรายชื่อ", "๑. ให้ส่งรายชื่อ"),
  ("1) ให้ส่งรายชื่อ", "1) ให้ส่งรายชื่อ"),
  ("- ๒ -", "- ๒ -"),
  ("<a id=\"page-2\"></a>ที่ มท ๐๘๑๒", "ที่ มท ๐๘๑๒"),
  ("![ตราครุฑ](garuda.png)", ""),
  ("ก <img src=\"stamp.png\" alt=\"ตรารับ\"> ข", "ก  ข"),
  ("<https://us02web.zoom.us/j/2315515367>", "https://us02web.zoom.us/j/2315515367"),
  ("อีเมล <saraban@moi.go.th>", "อีเมล saraban@moi.go.th"),
  ("[แบบตอบรับ](https://forms.gle/LTED \"ฟอร์ม\")", "แบบตอบรับ https://forms.gle/LTED"),
  ("[https://citly.me/TICLV](https://citly.me/TICLV)", "https://citly.me/TICLV"),
  ("ก &amp; ข &lt;๑&gt; &quot;ค&quot; &#3607;&#x0E35;&#3656;", "ก & ข <๑> \"ค\" ที่"),
  ("ราคา&nbsp;๕๐๐&nbsp;บาท &unknown; &#0;", "ราคา ๕๐๐ บาท &unknown; \u{FFFD}"),
  ("ส่วนราชการ..........กองคลัง.....โทร. ๐ ๒๑๒๗", "ส่วนราชการ..........กองคลัง.....โทร. ๐ ๒๑๒๗"),
  ("ที่....กค ๐๔๐๒/๑๒๓....วันที่...๕ ม.ค. ๖๗...", "ที่....กค ๐๔๐๒/๑๒๓....วันที่...๕ ม.ค. ๖๗..."),
  ("๑\\. ข้อ \\*ไม่ใช่ตัวหนา\\*", "๑. ข้อ *ไม่ใช่ตัวหนา*"),
  ("a < b และ c > d", "a < b และ c > d"),
  ("~~ยกเลิก~~ <u>ขีดเส้นใต้</u> <span style=\"x\">ข้อความ</span>", "ยกเลิก ขีดเส้นใต้ ข้อความ"),
])
func markdownMarkupIsRemovedFromALine(_ source: String, _ expected: String) {
  #expect(markdown(source) == [Pair(1, expected)])
}

@Test func markdownKeepsSourceLineNumbers() throws {
  let source = """


    # ด่วนมาก

    ที่ อต ๐๐๒๓.๖/ว ๕/๖๖  
    ถนนประชานิมิตร อต ๕๓๐๐๐

    **เรื่อง** การคัดเลือก
    """
  let lines = markdown(source)
  #expect(lines.map(\.number) == Array(1...8))
  #expect(lines[2] == Pair(3, "ด่วนมาก"))
  #expect(lines[4] == Pair(5, "ที่ อต ๐๐๒๓.๖/ว ๕/๖๖"))
  #expect(lines[7] == Pair(8, "เรื่อง การคัดเลือก"))
}

@Test(arguments: [
  ("ก\n<!-- PAGE BREAK -->\nข", [Pair(1, "ก"), Pair(2, "\u{0C}"), Pair(3, "ข")]),
  ("ก <!-- page break --> ข", [Pair(1, "ก"), Pair(1, "\u{0C}"), Pair(1, "ข")]),
  ("ก\n<!-- Page 2 -->\nข", [Pair(1, "ก"), Pair(2, "\u{0C}"), Pair(3, "ข")]),
  ("ก\n<!-- image -->\nข", [Pair(1, "ก"), Pair(2, ""), Pair(3, "ข")]),
  ("ก<!-- a\ncomment\n-->ข", [Pair(1, "ก"), Pair(2, ""), Pair(3, "ข")]),
  ("ก\n\u{0C}ข", [Pair(1, "ก"), Pair(2, "\u{0C}"), Pair(2, "ข")]),
])
fileprivate func markdownPageBreaksBecomeFormFeedLines(_ source: String, _ expected: [Pair]) {
  #expect(markdown(source) == expected)
}

@Test(arguments: [
  (
    "<figure>\n<img src=\"garuda.png\">\n<figcaption>ตราครุฑ</figcaption>\n</figure>\nที่ มท",
    [Pair(1, ""), Pair(2, ""), Pair(3, ""), Pair(4, ""), Pair(5, "ที่ มท")]
  ),
  ("ก<figure><figure>x</figure>y</figure>ข", [Pair(1, "กข")]),
  ("<img\n  src=\"stamp.png\"\n  alt=\"ตรารับ\">ที่ มท", [Pair(1, ""), Pair(2, ""), Pair(3, "ที่ มท")]),
  ("ก\n![ตรา\nครุฑ](x.png)", [Pair(1, "ก"), Pair(2, "![ตรา"), Pair(3, "ครุฑ](x.png)")]),
])
fileprivate func imagesAreRemovedAndTheirLinesLeftEmpty(_ source: String, _ expected: [Pair]) {
  #expect(markdown(source) == expected)
}

@Test func codeFencesGoAndTheirContentStaysAsWritten() {
  let source = "ก\n```text\n**ที่** มท  ๐๘๑๒\n  <b>ข</b>\n```\nค"
  #expect(
    markdown(source) == [
      Pair(1, "ก"), Pair(2, ""), Pair(3, "**ที่** มท  ๐๘๑๒"), Pair(4, "  <b>ข</b>"), Pair(5, ""),
      Pair(6, "ค"),
    ])
}

@Test(arguments: [
  ("ก<br>ข<br/>ค", [Pair(1, "ก"), Pair(1, "ข"), Pair(1, "ค")]),
  ("<p>ย่อหน้าหนึ่ง</p><p>ย่อหน้าสอง</p>", [Pair(1, "ย่อหน้าหนึ่ง"), Pair(1, "ย่อหน้าสอง")]),
  ("ก<br>\nข", [Pair(1, "ก"), Pair(2, "ข")]),
])
fileprivate func lineBreakTagsSplitALineKeepingItsNumber(_ source: String, _ expected: [Pair]) {
  #expect(markdown(source) == expected)
}

@Test(arguments: [
  (
    "<table><tr><th>ลำดับ</th><th>ชื่อ</th></tr><tr><td>๑</td><td>นาย ก</td></tr></table>",
    [Pair(1, "ลำดับ\tชื่อ"), Pair(1, "๑\tนาย ก")]
  ),
  (
    """
    ตารางที่ ๑
    <table>
      <thead>
        <tr>
          <th>ลำดับ</th>
          <th>หน่วยงาน</th>
        </tr>
      </thead>
      <tr><td>๑</td><td>สำนักงาน<br>ส่งเสริม &amp; พัฒนา</td></tr>
      <tr><td colspan="2">
        รวม</td></tr>
    </table>
    หลังตาราง
    """,
    [
      Pair(1, "ตารางที่ ๑"), Pair(2, ""), Pair(3, ""), Pair(4, "ลำดับ\tหน่วยงาน"), Pair(5, ""),
      Pair(6, ""), Pair(7, ""), Pair(8, ""), Pair(9, "๑\tสำนักงาน ส่งเสริม & พัฒนา"),
      Pair(10, "รวม"), Pair(11, ""), Pair(12, ""), Pair(13, "หลังตาราง"),
    ]
  ),
  (
    "ก<table><tr><td>x</td><td></td></tr><tr><td></td><td>y</td></tr></table>ข",
    [Pair(1, "ก"), Pair(1, "x\t"), Pair(1, "\ty"), Pair(1, "ข")]
  ),
  ("<table><caption>บัญชีแนบท้าย</caption><tr><td>๑</td></tr>", [Pair(1, "บัญชีแนบท้าย"), Pair(1, "๑")]),
  ("<table><tr><td>ยังไม่ปิด\n", [Pair(1, "ยังไม่ปิด")]),
])
fileprivate func htmlTableRowsBecomeTabSeparatedLinesNumberedWhereTheRowStarts(
  _ source: String, _ expected: [Pair]
) {
  #expect(markdown(source) == expected)
}

/// LLM OCR sets a letter's header in a one-row table (Corpus/108): it reads as on paper, the
/// number, then the office block's lines and the date, all numbered where the row starts.
@Test func aOneRowTableIsReadCellByCell() {
  let source = """
    <table>
      <tr>
        <td>ที่ สธ ๐๔๑๘.๓/ว ๘๗๖</td>
        <td>กรมควบคุมโรค<br>ถนนติวานนท์<br>จังหวัดนนทบุรี ๑๑๐๐๐<br><br>๒๖ กุมภาพันธ์ ๒๕๖๗<br></td>
      </tr>
    </table>
    """
  #expect(
    markdown(source) == [
      Pair(1, ""), Pair(2, "ที่ สธ ๐๔๑๘.๓/ว ๘๗๖"), Pair(2, "กรมควบคุมโรค"), Pair(2, "ถนนติวานนท์"),
      Pair(2, "จังหวัดนนทบุรี ๑๑๐๐๐"), Pair(2, ""), Pair(2, "๒๖ กุมภาพันธ์ ๒๕๖๗"), Pair(3, ""),
      Pair(4, ""), Pair(5, ""), Pair(6, ""),
    ])
}

/// A pipe-table row is one line: a `<br>` inside a cell wraps the cell's text (a committee
/// member's position and division, an enclosure's title and date — Corpus 902, 904), so the
/// cell's lines are joined with a space. (An HTML table keeps each cell line apart: LLM OCR
/// lays out a letter's header that way.)
@Test func pipeTableRowsBecomeTabSeparatedLinesAndSeparatorsGo() {
  let source = """
    | ลำดับ | **ชื่อ** | หมายเหตุ |
    |:-----:|----------|---|
    | ๑ | นาย ก <br> ข | a \\| b |
    | ๒ | | |
    """
  #expect(
    markdown(source) == [
      Pair(1, "ลำดับ\tชื่อ\tหมายเหตุ"), Pair(2, ""), Pair(3, "๑\tนาย ก ข\ta | b"), Pair(4, "๒\t\t"),
    ])
}

/// A letter's header set out as a table, pipe or HTML, with `<br>` between the office block's
/// lines (held-out 1100): read cell by cell, each line a line, as on paper — whatever rows
/// follow it. A committee table's `<br>` wraps a cell's text (1102).
@Test func aHeaderRowIsReadCellByCellInAnyTable() {
  let pipe = """
    | **ที่** นน ๐๐๓๓.๐๐๘/ว ๔๒๑๗ | **สำนักงานสาธารณสุขจังหวัดน่าน**<br>ถนนมหายศ<br>จังหวัดน่าน ๕๕๐๐๐ |
    |:---|:---|
    |  | ๑๔ พฤศจิกายน ๒๕๖๘ |
    """
  #expect(
    markdown(pipe) == [
      Pair(1, "ที่ นน ๐๐๓๓.๐๐๘/ว ๔๒๑๗"), Pair(1, "สำนักงานสาธารณสุขจังหวัดน่าน"), Pair(1, "ถนนมหายศ"),
      Pair(1, "จังหวัดน่าน ๕๕๐๐๐"), Pair(2, ""), Pair(3, "\t๑๔ พฤศจิกายน ๒๕๖๘"),
    ])
  let html = """
    <table><tr><td>ที่ นน ๐๐๓๓/ว ๔๒๑๗</td><td>สำนักงาน<br>ถนนมหายศ</td></tr>
    <tr><td></td><td>๑๔ พฤศจิกายน ๒๕๖๘</td></tr></table>
    <table><tr><td>๔</td><td>นักวิชาการคอมพิวเตอร์<br>สำนักเทคโนโลยีสารสนเทศ</td><td>เลขานุการ</td></tr>
    <tr><td>๕</td><td>นาย ก</td><td>คณะทำงาน</td></tr></table>
    """
  #expect(
    markdown(html) == [
      Pair(1, "ที่ นน ๐๐๓๓/ว ๔๒๑๗"), Pair(1, "สำนักงาน"), Pair(1, "ถนนมหายศ"), Pair(2, "\t๑๔ พฤศจิกายน ๒๕๖๘"),
      Pair(3, "๔\tนักวิชาการคอมพิวเตอร์ สำนักเทคโนโลยีสารสนเทศ\tเลขานุการ"), Pair(4, "๕\tนาย ก\tคณะทำงาน"),
    ])
}

@Test func markdownCorpusFilesKeepTheirLineNumbersAndLoseTheirMarkup() throws {
  let files = try FileManager.default.contentsOfDirectory(
    at: corpus, includingPropertiesForKeys: nil
  )
  .filter { $0.pathExtension == "txt" }
  try #require(!files.isEmpty)
  for file in files {
    // Files in other encodings (TIS-620, UTF-16: Corpus 3900–3902) are decoded elsewhere.
    guard let text = String(data: try Data(contentsOf: file), encoding: .utf8) else { continue }
    let lines = try InputAdapter.lines(from: text, format: .markdown)
    let sourceCount =
      text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).count
      - (text.utf8.last == 0x0A ? 1 : 0)
    #expect(lines.last?.number == sourceCount, "\(file.lastPathComponent)")
    #expect(zip(lines, lines.dropFirst()).allSatisfy { $0.number <= $1.number })
    #expect(!lines.contains { $0.text.contains("**") || $0.text.hasPrefix("# ") })
  }
}

// MARK: - hOCR

/// A line of Tesseract-style glyph words: 20 px glyphs 2 px apart, 25 px between words.
private func hocrLine(_ words: [String], xSize: Double = 50) -> String {
  var x = 100
  var spans: [String] = []
  for (w, word) in words.enumerated() {
    if w > 0 { x += 25 }
    for (g, glyph) in word.map(String.init).enumerated() {
      if g > 0 { x += 2 }
      spans.append(
        "<span class='ocrx_word' title='bbox \(x) 200 \(x + 20) 240; x_wconf 90'>\(glyph)</span>")
      x += 20
    }
  }
  return
    "<span class='ocr_line' title=\"bbox 100 200 \(x) 240; x_size \(xSize)\">\(spans.joined())</span>"
}

private func hocrDocument(pages: [[[String]]]) -> String {
  let body = pages.map { paragraphs in
    "<div class='ocr_page' title='bbox 0 0 1654 2339'><div class='ocr_carea'>"
      + paragraphs.map { "<p class='ocr_par'>\($0.joined())</p>" }.joined()
      + "</div></div>"
  }.joined()
  return """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
        "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>\(body)</body></html>
    """
}

@Test(arguments: [
  (["ที่", "มท", "๐๘๑๒/ว", "๑๕๖๕"], "ที่ มท ๐๘๑๒/ว ๑๕๖๕"),
  (["ขอแสดงความนับถือ"], "ขอแสดงความนับถือ"),
  (["(นายสมชาย", "ใจดี)"], "(นายสมชาย ใจดี)"),
])
func hocrGlyphWordsAreJoinedAndWideGapsBecomeSpaces(_ words: [String], _ expected: String) throws {
  let doc = hocrDocument(pages: [[[hocrLine(words)]]])
  #expect(pairs(try InputAdapter.lines(from: doc, format: .hocr)) == [Pair(1, expected)])
}

@Test func hocrParagraphsAreSeparatedByEmptyLinesAndPagesByFormFeeds() throws {
  let doc = hocrDocument(pages: [
    [[hocrLine(["ด่วนมาก"])], [hocrLine(["ที่", "อต"]), hocrLine(["เรื่อง", "ก"])]],
    [[hocrLine(["-", "๒", "-"])]],
  ])
  #expect(
    pairs(try InputAdapter.lines(from: doc, format: .hocr)) == [
      Pair(1, "ด่วนมาก"), Pair(2, ""), Pair(3, "ที่ อต"), Pair(4, "เรื่อง ก"), Pair(5, "\u{0C}"),
      Pair(6, "- ๒ -"),
    ])
}

@Test func hocrWordsWithoutBoxesOrWholeWordsGetSpaces() throws {
  let doc = """
    <html><body><div class="ocr_page"><span class="ocr_line">
    <span class="ocrx_word">ที่</span><span class="ocrx_word">มท</span></span>
    <span class="ocr_line" title="bbox 0 0 300 30; x_size 30"><span class="ocrx_word" title="bbox 0 0 90 30">Office</span><span class="ocrx_word" title="bbox 95 0 150 30">of</span><span class="ocrx_word" title="bbox 155 0 300 30">Permanent</span></span>
    <span class="ocr_caption">ภาพ   ประกอบ</span></div></body></html>
    """
  #expect(
    pairs(try InputAdapter.lines(from: doc, format: .hocr)) == [
      Pair(1, "ที่ มท"), Pair(2, "Office of Permanent"), Pair(3, "ภาพ ประกอบ"),
    ])
}

/// Engines that segment real words (ABBYY's ALTO, ocrmypdf's hOCR, held-out 1200–1203) leave
/// a word space narrower than half a line's height: in a document of whole words every word
/// is apart, even on a line of two (a signer's name). Glyph-level output keeps the gap rule.
@Test func aDocumentOfWholeWordsGetsASpaceBetweenEveryWord() throws {
  func word(_ text: String, _ x: Int, _ width: Int) -> String {
    "<span class='ocrx_word' title='bbox \(x) 0 \(x + width) 50'>\(text)</span>"
  }
  let hocr = """
    <html><body><div class='ocr_page'>
    <span class='ocr_line'>\(word("ตามหนังสือที่อ้างถึง", 0, 400))\(word("โรงพยาบาลชัยนาท", 418, 300))\(word("แจ้งแผน", 736, 140))</span>
    <span class='ocr_line'>\(word("(นายสมศักดิ์", 0, 250))\(word("ทองเนียม)", 266, 180))</span>
    </div></body></html>
    """
  #expect(
    pairs(try InputAdapter.lines(from: hocr, format: .hocr)) == [
      Pair(1, "ตามหนังสือที่อ้างถึง โรงพยาบาลชัยนาท แจ้งแผน"), Pair(2, "(นายสมศักดิ์ ทองเนียม)"),
    ])
  let alto = """
    <alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page><PrintSpace><TextBlock>
    <TextLine><String CONTENT="รองอธิบดี" HPOS="0" VPOS="0" WIDTH="200" HEIGHT="50"/><SP WIDTH="16"/><String CONTENT="ปฏิบัติราชการแทน" HPOS="216" VPOS="0" WIDTH="330" HEIGHT="50"/></TextLine>
    </TextBlock></PrintSpace></Page></Layout></alto>
    """
  #expect(pairs(try InputAdapter.lines(from: alto, format: .alto)) == [Pair(1, "รองอธิบดี ปฏิบัติราชการแทน")])
  // One glyph cluster a word (Tesseract's Thai model): the same narrow gap is no space.
  let glyphs = """
    <html><body><div class='ocr_page'>
    <span class='ocr_line'>\(word("ก", 0, 20))\(word("า", 36, 20))\(word("ร", 58, 20))</span>
    </div></body></html>
    """
  #expect(pairs(try InputAdapter.lines(from: glyphs, format: .hocr)) == [Pair(1, "การ")])
}

/// Tesseract's own `.txt` spacing comes from layout analysis that hOCR does not export, so
/// the rebuilt lines must have its characters exactly and its spaces nearly.
private func expectSameLines(_ lines: [SourceLine], asTesseractText txt: String) {
  let expected = txt.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
    String.init)
  #expect(lines.count == expected.count)
  let rebuilt = lines.map(\.text)
  #expect(rebuilt.map(nonSpace) == expected.map(nonSpace))
  let same = zip(rebuilt, expected).filter { $0 == $1 }.count
  #expect(same >= expected.count - 2, "\(rebuilt)")
}

private func nonSpace(_ text: String) -> String { text.filter { !$0.isWhitespace } }

@Test func tesseractHOCRRebuildsTheLinesOfTesseractText() throws {
  let lines = try InputAdapter.lines(from: try fixture("tesseract-tha.hocr"), format: .hocr)
  expectSameLines(lines, asTesseractText: try fixture("tesseract-tha.txt"))
}

/// Real Tesseract 5.3 output of the Corpus letters (Corpus/ocr/, made by another tool): the
/// rebuilt text has Tesseract's pages and line count, its characters in Tesseract's order,
/// and nearly all of its words.
@Test func corpusHOCRMatchesTesseractText() throws {
  let directory = corpus.appending(path: "ocr")
  let files =
    ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil))
    ?? [])
    .filter { $0.pathExtension == "hocr" }
  for file in files {
    let name = file.lastPathComponent
    let txtURL = file.deletingPathExtension().appendingPathExtension("txt")
    guard let txt = try? String(contentsOf: txtURL, encoding: .utf8) else { continue }
    let lines = try InputAdapter.lines(
      from: try String(contentsOf: file, encoding: .utf8), format: .hocr)
    let ourPages = lines.split(whereSeparator: \.isPageBreak).map {
      $0.map(\.text).filter { !$0.isEmpty }
    }
    var theirPages = txt.split(separator: "\u{0C}", omittingEmptySubsequences: false).map {
      $0.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    }
    // A last page where Tesseract read nothing (309: only the right-set secrecy mark ลับที่สุด
    // spilled onto it) is an empty text page and an ocr_page without lines: nothing to rebuild.
    while theirPages.count > 1, theirPages.last?.isEmpty == true { theirPages.removeLast() }
    #expect(ourPages.count == theirPages.count, "\(name)")
    let ours = ourPages.flatMap { $0 }
    let theirs = theirPages.flatMap { $0 }
    #expect(abs(ours.count - theirs.count) <= 3, "\(name)")
    var common = 0
    for (page, reference) in zip(ourPages, theirPages) {
      common += longestCommonSubsequence(
        Array(nonSpace(page.joined()).unicodeScalars),
        Array(nonSpace(reference.joined()).unicodeScalars))
    }
    let total = nonSpace(theirs.joined()).unicodeScalars.count
    #expect(Double(common) >= 0.9 * Double(total), "\(name): \(common) of \(total)")
    var agree = 0
    var oursOnly = 0
    var theirsOnly = 0
    for (line, reference) in zip(ours, theirs) where nonSpace(line) == nonSpace(reference) {
      let a = spacePositions(line)
      let b = spacePositions(reference)
      agree += a.intersection(b).count
      oursOnly += a.subtracting(b).count
      theirsOnly += b.subtracting(a).count
    }
    // measured on Tesseract 5.3 over the 126 pages of Corpus/ocr (2026-11-27): precision
    // 0.79–1.0 (the lowest a heavy-noise page, 3304), recall 0.69–0.96 (spaces whose glyph
    // boxes touch cannot be seen in the boxes)
    #expect(
      Double(agree) >= 0.75 * Double(agree + oursOnly),
      "\(name): precision \(agree)/\(agree + oursOnly)")
    #expect(
      Double(agree) >= 0.6 * Double(agree + theirsOnly),
      "\(name): recall \(agree)/\(agree + theirsOnly)")
  }
}

/// Where the spaces of a line fall, counted in non-space characters before them.
private func spacePositions(_ line: String) -> Set<Int> {
  var positions: Set<Int> = []
  var count = 0
  for character in line {
    if character == " " { positions.insert(count) } else { count += 1 }
  }
  return positions
}

private func longestCommonSubsequence<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
  var previous = [Int](repeating: 0, count: b.count + 1)
  var current = previous
  for x in a {
    for (j, y) in b.enumerated() {
      current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}

// MARK: - ALTO

@Test(arguments: [
  "xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\"",
  "xmlns=\"http://www.loc.gov/standards/alto/ns-v2#\"",
  "",
])
func altoStringsSpacesAndHyphensMakeLines(_ namespace: String) throws {
  let doc = """
    <?xml version="1.0" encoding="UTF-8"?>
    <alto \(namespace)><Layout>
    <Page ID="p1"><PrintSpace>
      <TextBlock ID="b1">
        <TextLine><String CONTENT="ที่"/><SP/><String CONTENT="มท"/><SP/><String CONTENT="๐๘๑๒/ว"/><SP/><String CONTENT="๑๕๖๕"/></TextLine>
      </TextBlock>
      <ComposedBlock><TextBlock ID="b2">
        <TextLine><String CONTENT="การคัดเลือกและ"/><SP/><String CONTENT="ประเมิน"/><HYP CONTENT="¬"/></TextLine>
        <TextLine><String CONTENT="ผลงาน"/></TextLine>
      </TextBlock></ComposedBlock>
    </PrintSpace></Page>
    <Page ID="p2"><PrintSpace><TextBlock><TextLine><String CONTENT="- ๒ -"/></TextLine></TextBlock></PrintSpace></Page>
    </Layout></alto>
    """
  #expect(
    pairs(try InputAdapter.lines(from: doc, format: .alto)) == [
      Pair(1, "ที่ มท ๐๘๑๒/ว ๑๕๖๕"), Pair(2, ""), Pair(3, "การคัดเลือกและ ประเมิน-"), Pair(4, "ผลงาน"),
      Pair(5, "\u{0C}"), Pair(6, "- ๒ -"),
    ])
}

@Test func prefixedALTONamespaceIsRead() throws {
  let doc = """
    <alto:alto xmlns:alto="http://www.loc.gov/standards/alto/ns-v3#"><alto:Layout><alto:Page>
    <alto:TextBlock><alto:TextLine><alto:String CONTENT="เรียน"/><alto:SP/><alto:String CONTENT="ผู้ว่าราชการจังหวัด"/></alto:TextLine></alto:TextBlock>
    </alto:Page></alto:Layout></alto:alto>
    """
  #expect(
    pairs(try InputAdapter.lines(from: doc, format: .alto)) == [Pair(1, "เรียน ผู้ว่าราชการจังหวัด")])
}

@Test func altoGlyphStringsAreJoinedByTheirPositions() throws {
  let glyphs = ["ด", "่", "ว", "น", "ม", "า", "ก"]
  var x = 62
  var strings: [String] = []
  for (k, glyph) in glyphs.enumerated() {
    if k == 4 { x += 30 }  // a word gap
    strings.append(
      "<String HPOS=\"\(x)\" VPOS=\"75\" WIDTH=\"18\" HEIGHT=\"28\" CONTENT=\"\(glyph)\"/><SP WIDTH=\"4\"/>"
    )
    x += 22
  }
  let doc =
    "<alto><Layout><Page><TextBlock><TextLine>\(strings.joined())</TextLine></TextBlock></Page></Layout></alto>"
  #expect(pairs(try InputAdapter.lines(from: doc, format: .alto)) == [Pair(1, "ด่วน มาก")])
}

@Test func tesseractALTORebuildsTheLinesOfTesseractText() throws {
  let lines = try InputAdapter.lines(from: try fixture("tesseract-tha.alto.xml"), format: .alto)
  expectSameLines(lines, asTesseractText: try fixture("tesseract-tha.txt"))
}

// MARK: - Hostile and broken XML

/// A file the XML may try to pull in; its marker must never reach the output.
private func secretFile() throws -> (url: URL, marker: String) {
  let marker = "SECRET-\(UUID().uuidString)"
  let url = FileManager.default.temporaryDirectory.appending(
    path: "saraban-\(UUID().uuidString).txt")
  try "root:x:0:0:\(marker)".write(to: url, atomically: true, encoding: .utf8)
  return (url, marker)
}

private func hostile(_ format: InputFormat, dtd: String, body: String) -> String {
  switch format {
  case .alto:
    "<?xml version=\"1.0\"?>\n<!DOCTYPE alto \(dtd)>\n<alto><Layout><Page><TextBlock><TextLine><String CONTENT=\"ก\"/></TextLine><TextLine><String CONTENT=\"\(body)\"/></TextLine></TextBlock></Page></Layout></alto>"
  default:
    "<?xml version=\"1.0\"?>\n<!DOCTYPE html \(dtd)>\n<html><body><div class='ocr_page'><span class='ocr_line'><span class='ocrx_word'>ก</span><span class='ocrx_word'>\(body)</span></span></div></body></html>"
  }
}

/// Reads hostile XML: a clean `InputError`, or lines that carry nothing from outside.
private func readWithoutLeaking(_ xml: String, _ format: InputFormat, marker: String) throws
  -> [SourceLine]
{
  let (lines, elapsed) = threadCPUTime { () -> [SourceLine] in
    do throws(InputError) {
      return try InputAdapter.lines(from: xml, format: format)
    } catch {
      #expect(error.format == format)
      #expect(!error.description.contains(marker))
      return []
    }
  }
  #expect(elapsed < .seconds(5))
  #expect(!lines.contains { $0.text.contains(marker) || $0.text.contains("root:") })
  #expect(lines.map(\.text.utf8.count).reduce(0, +) < 1000)
  return lines
}

@Test(arguments: [InputFormat.hocr, .alto])
func externalEntitiesAreNeverRead(_ format: InputFormat) throws {
  let secret = try secretFile()
  defer { try? FileManager.default.removeItem(at: secret.url) }
  let path = secret.url.absoluteString
  let xxe = hostile(format, dtd: "[<!ENTITY xxe SYSTEM \"\(path)\">]", body: "&xxe;")
  let lines = try readWithoutLeaking(xxe, format, marker: secret.marker)
  // hOCR: the reference is dropped; ALTO: an external entity in an attribute is an error
  #expect(format == .alto || lines.map(\.text).contains("ก"))
  let passwd = hostile(format, dtd: "[<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]", body: "&xxe;")
  _ = try readWithoutLeaking(passwd, format, marker: "root:")
  let parameter = hostile(
    format, dtd: "[<!ENTITY % ext SYSTEM \"\(path)\"> %ext;]", body: "ข")
  _ = try readWithoutLeaking(parameter, format, marker: secret.marker)
  let attribute = hostile(format, dtd: "[<!ENTITY xxe SYSTEM \"\(path)\">]", body: "")
    .replacingOccurrences(of: "CONTENT=\"ก\"", with: "CONTENT=\"&xxe;\"")
    .replacingOccurrences(of: "class='ocrx_word'", with: "class='ocrx_word' title='&xxe;'")
  _ = try readWithoutLeaking(attribute, format, marker: secret.marker)
}

@Test(arguments: [InputFormat.hocr, .alto])
func externalDTDIsNeverLoaded(_ format: InputFormat) throws {
  let secret = try secretFile()
  defer { try? FileManager.default.removeItem(at: secret.url) }
  let local = hostile(format, dtd: "SYSTEM \"\(secret.url.absoluteString)\"", body: "ข")
  let lines = try readWithoutLeaking(local, format, marker: secret.marker)
  #expect(lines.map(\.text).contains { $0.contains("ข") })
  let remote = hostile(format, dtd: "SYSTEM \"http://127.0.0.1:9/evil.dtd\"", body: "&remote;")
  _ = try readWithoutLeaking(remote, format, marker: "evil")
}

@Test(arguments: [InputFormat.hocr, .alto])
func billionLaughsIsNotExpanded(_ format: InputFormat) throws {
  var entities = "<!ENTITY lol \"lol\">"
  for level in 1...9 {
    let previous = level == 1 ? "lol" : "lol\(level - 1)"
    entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
  }
  let doc = hostile(format, dtd: "[\(entities)]", body: "&lol9;")
  let lines = try readWithoutLeaking(doc, format, marker: "lollollol")
  #expect(!lines.contains { $0.text.contains("lol") })
  let quadratic = hostile(
    format, dtd: "[<!ENTITY a \"\(String(repeating: "x", count: 50_000))\">]",
    body: String(repeating: "&a;", count: 20_000))
  _ = try readWithoutLeaking(quadratic, format, marker: "xxxxxxxxxx")
}

@Test(
  arguments: [
    ("<html><body><div class='ocr_page'>\n<span class='ocr_line'>\n</div></body></html>", 3),
    ("<alto><Layout>", 1),
    ("<html><body>&undefined;</body></html>", 1),
    ("not xml at all", 1),
    ("<a>\n\n<b x='1' x='2'/></a>", 3),
    ("<a>\u{0}</a>", 1),
    ("<?xml version=\"1.0\"?><a></a><b></b>", 1),
  ] as [(String, Int)])
func malformedXMLThrowsAnInputErrorNamingTheLine(_ xml: String, _ line: Int) {
  for format in [InputFormat.hocr, .alto] {
    let error = #expect(throws: InputError.self) {
      try InputAdapter.lines(from: xml, format: format)
    }
    #expect(error?.code == .malformedXML)
    #expect(error?.line == line)
    let name = format == .hocr ? "hOCR" : "ALTO"
    #expect(
      error?.description.hasPrefix("\(name): not well-formed XML at line \(line)") == true,
      "\(error?.description ?? "")")
    #expect(error?.description.contains("\n") == false)
  }
}

@Test func deeplyNestedXMLIsRefusedNotRecursedInto() {
  let depth = 100_000
  let doc = String(repeating: "<div>", count: depth) + String(repeating: "</div>", count: depth)
  let error = #expect(throws: InputError.self) { try InputAdapter.lines(from: doc, format: .hocr) }
  #expect(error?.reason.contains("256") == true)
  let fine =
    String(repeating: "<div>", count: 200) + "<span class='ocr_line'>ก</span>"
    + String(repeating: "</div>", count: 200)
  #expect((try? InputAdapter.lines(from: fine, format: .hocr))?.map(\.text) == ["ก"])
}

@Test func largeHOCRIsReadInOnePass() throws {
  let line = hocrLine(["ที่", "มท", "๐๘๑๒/ว", "๑๕๖๕"])
  let doc = hocrDocument(pages: Array(repeating: [Array(repeating: line, count: 50)], count: 40))
  let lines = try InputAdapter.lines(from: doc, format: .hocr)
  #expect(lines.count == 40 * 50 + 39)
  #expect(lines.first?.text == "ที่ มท ๐๘๑๒/ว ๑๕๖๕")
}

@Test func inputErrorDescriptionIsOneLine() {
  let error = InputError(
    format: .alto, code: .malformedXML, line: 7, reason: "Premature end of data")
  #expect(error.description == "ALTO: not well-formed XML at line 7: Premature end of data")
}

// MARK: - Robustness

private let markupFragments = [
  "<", ">", "</", "/>", "<!--", "-->", "<!-- PAGE BREAK -->", "<!DOCTYPE x>", "<?x?>", "<table>",
  "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=\"2\">", "<caption>", "<br>", "<p>",
  "</p>", "<figure>", "</figure>", "<img src='a.png'", "<a id=\"p1\">", "</a>", "<svg/>", "**",
  "__", "~~", "***", "*", "_", "[", "]", "](", "(", ")", "![", "<https://x.y/z>", "<a@b.c>", "&",
  "&amp;", "&#", "&#x0E17;", "&#99999999;", ";", "\\", "\n", "\r\n", "\r", "\u{0C}", "\t", " ",
  "#", "# ", "###### ", "- ", "* ", "+ ", "- ๒ -", "๑.", "|", "| a | b |", "|---|", "```", "~~~",
  "\"", "'", "=", "ก", "ที่", "ส่วนราชการ.....", "x", "\u{FEFF}", "\u{0}",
]

@Test(arguments: 0..<4)
func randomMarkupNeverCrashesAndEverySourceLineAppears(_ seed: Int) throws {
  var generator = SplitMix64(seed: UInt64(seed))  // the same "random" documents on every run
  for _ in 0..<500 {
    let count = Int.random(in: 0...60, using: &generator)
    let text = (0..<count).map { _ in markupFragments.randomElement(using: &generator) ?? "" }
      .joined()
    for format in [InputFormat.markdown, .plain] {
      let lines = try InputAdapter.lines(from: text, format: format)
      let bytes = Array(text.utf8)
      let sourceCount =
        bytes.isEmpty
        ? 0 : bytes.filter { $0 == 0x0A }.count + (bytes.last == 0x0A ? 0 : 1)
      let numbers = lines.map(\.number)
      #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 <= $1 }, "\(text.debugDescription)")
      if format == .markdown || !text.hasPrefix("\u{FEFF}") || text.utf8.count > 3 {
        #expect(Set(numbers) == Set(1..<(sourceCount + 1)), "\(format) \(text.debugDescription)")
      }
      #expect(!lines.contains { $0.text.contains("\n") })
    }
  }
}

private let xmlFragments = [
  "<", ">", "</", "/>", "<div class='ocr_page'>", "</div>", "<p class='ocr_par'>", "</p>",
  "<span class='ocr_line' title='bbox 0 0 9 9; x_size 5'>",
  "<span class='ocrx_word' title='bbox 1 1 ",
  "3 3'>", "</span>", "<alto>", "</alto>", "<Page>", "</Page>", "<TextBlock>", "</TextBlock>",
  "<TextLine>", "</TextLine>", "<String CONTENT='ก' HPOS='1' VPOS='1' WIDTH='-5' HEIGHT='1e308'/>",
  "<SP/>", "<HYP/>", "&amp;", "&x;", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE a [", "]>",
  "<!ENTITY e 'ข'>", "&e;", "ก", " ", "\n", "\"", "'", "=", "bbox", "x_size nan", "\u{0}",
]

@Test(arguments: 0..<4)
func randomXMLNeverCrashes(_ seed: Int) {
  var generator = SplitMix64(seed: UInt64(seed) &+ 1000)
  for _ in 0..<300 {
    let count = Int.random(in: 0...40, using: &generator)
    let body = (0..<count).map { _ in xmlFragments.randomElement(using: &generator) ?? "" }.joined()
    for format in [InputFormat.hocr, .alto] {
      for text in [
        body, "<html><body><div class='ocr_page'>\(body)</div></body></html>",
        "<alto><Layout><Page><TextBlock><TextLine>\(body)</TextLine></TextBlock></Page></Layout></alto>",
      ] {
        do {
          let lines = try InputAdapter.lines(from: text, format: format)
          #expect(lines.map(\.number) == Array(1..<(lines.count + 1)))
        } catch {
          #expect(!error.description.contains("\n"))
        }
      }
    }
  }
}

@Test(arguments: [
  ("a [<figure>\nb](c)\nd", [Pair(1, "a ["), Pair(2, "b](c)"), Pair(3, "d")]),
  ("![x\\\n](a)\nb", [Pair(1, "![x\\"), Pair(2, "](a)"), Pair(3, "b")]),
  ("<script>\nx", [Pair(1, ""), Pair(2, "x")]),
])
fileprivate func unclosedConstructsDoNotSwallowLaterLines(_ source: String, _ expected: [Pair]) {
  #expect(markdown(source) == expected)
}

@Test(arguments: [
  "[", "<a", "<", "&#", "**", "|", "<!--", "<table><tr><td>", "<figure>", "<a x=\"", "[a](", "\n",
])
func pathologicalMarkdownStaysLinear(_ unit: String) throws {
  let text = String(repeating: unit, count: 200_000 / unit.utf8.count)
  let (lines, elapsed) = try threadCPUTime { try InputAdapter.lines(from: text, format: .markdown) }
  #expect(elapsed < .seconds(10))
  #expect(lines.first?.number == 1)
}
