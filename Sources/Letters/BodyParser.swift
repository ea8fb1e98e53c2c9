import ThaiText

/// ข้อความ — paragraphs of a letter's body (or an annex page).
enum BodyParser {
  /// Paragraphs of `lines[range]`: runs of non-blank lines joined with one space; a numbered
  /// item begins a paragraph of its own; page furniture is dropped, and a paragraph cut by a
  /// page break is joined again: when the foot of the page prints its continuation word, or
  /// when the page's last line does not end a paragraph and the next page's first line does
  /// not start one (`PageMeasure.continues`).
  static func paragraphs(_ lines: [Line], _ range: Range<Int>) -> [String] {
    var paragraphs: [String] = []
    var current: [String] = []
    var joinNext = false
    // The last line set before a page break, while the next page has set none.
    var pageFoot: Line?
    var lastText: Line?
    lazy var measure = PageMeasure(lines, range)
    func flush() {
      if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
      current = []
    }
    for k in range {
      let line = lines[k]
      if let furniture = line.furniture {
        // A continuation word that opens a sentence (`/จึงเรียนมาเพื่อ...`) under a paragraph
        // that ended above a blank line: the next page begins a paragraph of its own.
        let opensParagraph =
          current.isEmpty && Vocabulary.leading(Vocabulary.paragraphOpeners, in: Array(line.scalars.dropFirst())) != nil
        if case .continuation(let startsItem) = furniture, !startsItem, !opensParagraph {
          // The page broke mid-paragraph: what follows the break continues it.
          joinNext = true
          if current.isEmpty, let last = paragraphs.popLast() { current = [last] }
        }
        if furniture == .pageNumber { pageFoot = lastText }
        // OCR specks stand where the page was blank: between paragraphs, like a blank line.
        if furniture == .debris, !joinNext { flush() }
        continue
      }
      // A secrecy or urgency mark repeated at a page's foot or head (`ลับ`) is no text.
      if Vocabulary.marks(line.scalars) != nil {
        continue
      }
      // A page break alone does not end a paragraph: the page may break mid-sentence.
      if line.isPageBreak {
        pageFoot = lastText
        continue
      }
      if line.isBlank {
        if !joinNext { flush() }
        continue
      }
      if let foot = pageFoot, !joinNext, current.isEmpty, !paragraphs.isEmpty, measure.continues(foot, into: line) {
        // Cut by the page with no continuation word: the paragraph goes on.
        joinNext = true
        current = [paragraphs.removeLast()]
      }
      pageFoot = nil
      lastText = line
      if (startsItem(line.scalars) || line.bulleted && line.scalars.first.map(ThaiDigits.isDigit) == true) && !joinNext
      {
        flush()
      }
      joinNext = false
      // A table row (tab-separated cells) is a paragraph of its own.
      if line.cells.count >= 2 {
        flush()
        current.append(line.text)
        flush()
        continue
      }
      current.append(line.text)
    }
    flush()
    return paragraphs
  }

  /// `๑.`, `2)`, `(๓)`, `๕.๑` at the start of a line; not a time (`๐๙.๐๐ น.`), which
  /// may begin a wrapped line.
  static func startsItem(_ s: [Unicode.Scalar]) -> Bool {
    var i = 0
    if i < s.count, s[i] == "(" { i += 1 }
    let digitsStart = i
    while i < s.count, ThaiDigits.isDigit(s[i]) { i += 1 }
    guard i > digitsStart, i - digitsStart <= 3, i < s.count else { return false }
    if s[i] == ")" { return true }
    guard s[i] == "." else { return false }
    var j = i + 1
    let fraction = j
    while j < s.count, ThaiDigits.isDigit(s[j]) { j += 1 }
    if j - fraction == 2 {
      // ๐๙.๓๐ น. / ๐๙.๓๐ - ๑๒.๐๐
      let k = LetterNumberReader.skipSpaces(s, j)
      if k < s.count, s[k] == "น" || s[k] == "-" { return false }
    }
    return true
  }
}
