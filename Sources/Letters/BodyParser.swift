import ThaiText

/// ข้อความ — paragraphs of a letter's body (or an annex page).
enum BodyParser {
  /// Paragraphs of `lines[range]`: runs of non-blank lines joined with one space; a numbered
  /// item begins a paragraph of its own; page furniture is dropped, and a paragraph cut by a
  /// page break is joined again: when the foot of the page prints its continuation word, or
  /// when the page's last line does not end a paragraph and the next page's first line does
  /// not start one (`PageMeasure.continues`).
  /// `boxLayout`: the file has no blank lines between paragraphs (``isBoxLayout(_:)``).
  static func paragraphs(_ lines: [Line], _ range: Range<Int>, boxLayout: Bool = false) -> [String] {
    var paragraphs: [String] = []
    var current: [String] = []
    var joinNext = false
    // The last line set before a page break, while the next page has set none.
    var pageFoot: Line?
    var lastText: Line?
    // The continuation word printed at a page's foot (`/ทั้งนี้ ...`): the next page's text
    // begins with it, so a short line before that (a running header) is no text.
    var continuationWord: [Unicode.Scalar]?
    var linesSinceContinuation = 0
    lazy var measure = PageMeasure(lines, range)
    // Box-level OCR (PaddleOCR, EasyOCR, cloud OCR) gives one text box a line and no blank
    // line between paragraphs: there a paragraph ends where a line stops short of the measure,
    // or ends a sentence above a line that opens one.
    // An OCR that lost the layout sets each paragraph on one line, wider than a page's, and
    // no blank line between: there every line is a paragraph. (A model's markdown sets blank
    // lines between paragraphs and may wrap one over two lines.)
    // (Columns are counted only on lines with more scalars than that: most have fewer.)
    let linePerParagraph =
      range.contains {
        lines[$0].scalars.count > Self.widestPrintedLine && lines[$0].cells.count < 2
          && columns(lines[$0].scalars) > Self.widestPrintedLine
      } && hasNoBlankLineBetweenParagraphs(lines, range, minimumLines: 2)
    let unbroken = boxLayout && hasNoBlankLineBetweenParagraphs(lines, range)
    var previous: Line?
    // The width of the printed line `previous` ends, the boxes it was cut into added up.
    var printed = 0
    func flush() {
      // A paragraph of one line is that line's text (`joined` copied it into a new string).
      if current.count == 1 {
        paragraphs.append(current[0])
      } else if !current.isEmpty {
        paragraphs.append(current.joined(separator: " "))
      }
      // Emptied, its room kept for the next paragraph's lines (not allocated again for each).
      current.removeAll(keepingCapacity: true)
    }
    // A page's foot (its number, a continuation word) or a break was passed, and no text since.
    var pageHead = false
    // The rows of a routing note's box read between paragraphs (``RoutingNote``), passed over
    // without ending the paragraph they may interrupt.
    var noteEnd = range.lowerBound
    // Within a table typed with spaces (``Line/columnGaps``), and where its last row began.
    var spacedTable = false
    var rowIndented = false
    for k in range {
      if k < noteEnd { continue }
      if let note = RoutingNote.boxRows(lines, k, range) {
        noteEnd = note.upperBound
        continue
      }
      let line = lines[k]
      if let furniture = line.furniture {
        if furniture == .pageNumber || furniture.isContinuation { pageHead = true }
        // A continuation word that opens a sentence (`/จึงเรียนมาเพื่อ...`) under a paragraph
        // that ended above a blank line: the next page begins a paragraph of its own.
        let opensParagraph =
          current.isEmpty && Vocabulary.leading(Vocabulary.paragraphOpeners, in: Array(line.scalars.dropFirst())) != nil
          || Self.opensEnglishSentence(line.scalars, after: current.last ?? paragraphs.last)
        if case .continuation = furniture {
          continuationWord = Self.continuationWord(line.scalars)
          linesSinceContinuation = 0
        }
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
      // The letter's number repeated at the head of the next page (`ที่ กค ๐๔๑๖.๔/ว ๓๑๒ ลงวันที่
      // ๒๗ มีนาคม ๒๕๖๗`), or the page's number alone (`๒`) under a continuation word: no text.
      if pageHead, !line.isBlank, !line.isPageBreak, Self.isPageHeadLine(line) { continue }
      if line.isPageBreak {
        pageHead = true
      } else if !line.isBlank {
        pageHead = false
      }
      // The next page's top seen at the foot of a photo, under the page's number or its
      // continuation word: the same line printed again after the next page's number is the
      // page's own.
      if pageFoot != nil || continuationWord != nil, !line.isBlank, !line.isPageBreak,
        Self.glimpsesNextPage(lines, k, range)
      {
        continue
      }
      if let word = continuationWord, !line.isBlank, !line.isPageBreak {
        linesSinceContinuation += 1
        if line.scalars.starts(with: word) {
          continuationWord = nil
          // An opening word on an indented line begins a paragraph: the page broke between two.
          // So does any word on a line indented as a paragraph's first, when the page's next
          // line stands at the margin (`/กรมส่งเสริมการเกษตร...` / `          กรมส่งเสริม
          // การเกษตรพิจารณาแล้ว …` / `และเป็นธรรม…`): a page set further in would indent both.
          // Or when that line is a paragraph whole, an item under it (`ให้คณะกรรมการ… ดังนี้` /
          // `๑. ตรวจรับพัสดุ…`).
          // Where every line is a paragraph (ABBYY's text: each at the same tabs), an opening
          // word alone tells.
          let indentedAlone =
            k + 1 < range.upperBound && !lines[k + 1].isEmptyish
            && (lines[k + 1].indent <= measure.margin || Self.startsItem(lines[k + 1].scalars))
          let opens = Vocabulary.leading(Vocabulary.paragraphOpeners, in: word) != nil
          if line.indent > measure.margin && (opens || indentedAlone) || linePerParagraph && opens {
            joinNext = false
            flush()
          }
        } else if linesSinceContinuation > 2 || line.scalars.count > 40 {
          continuationWord = nil
        } else {
          continue
        }
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
        spacedTable = false
        continue
      }
      // The letter's number repeated at the head of a later page (a word processor's page
      // header under `หน้า ๑/๒`): no text of the body.
      if pageFoot != nil, LetterSegmenter.isNumberLine(line) { continue }
      if let foot = pageFoot, !joinNext, current.isEmpty, !paragraphs.isEmpty, measure.continues(foot, into: line) {
        // Cut by the page with no continuation word: the paragraph goes on.
        joinNext = true
        current = [paragraphs.removeLast()]
      }
      pageFoot = nil
      lastText = line
      defer { previous = line }
      if unbroken {
        let width = columns(line.scalars)
        if !joinNext, !current.isEmpty, let previous {
          switch measure.boxBreak(after: previous, printed: printed, before: line) {
          case .paragraph:
            flush()
            printed = width
          case .sameLine: printed += width
          case .nextLine: printed = width
          }
        } else {
          printed = width
        }
      }
      // A bullet before a number begins an item; a list's bullet (a markdown `- `) does too,
      // unless it stands under a numbered bullet, whose wrapped line it is (`- 1) Slide …` /
      // `- **ดาวน์โหลด…**`, the seed 000).
      let underNumberedBullet = previous.map { $0.bulleted && Self.opensWithNumber($0.scalars) } ?? false
      if (startsItem(line.scalars) || line.bulleted && Self.opensWithNumber(line.scalars)
        || line.listBullet && !underNumberedBullet) && !joinNext
      {
        flush()
      }
      // (Pieces of one source line, a model's `<br>` inside a `<p>`, are one paragraph.)
      if linePerParagraph, !joinNext, previous?.number != line.number { flush() }
      joinNext = false
      // A table typed with spaces: a row of three columns or more begins a paragraph, and so
      // does a row of two under it; a line with no gap under a row is its cell's wrapped text.
      // (A line whose first columns are empty, set far right of the row's start, is the row's cells
      // wrapped: `๑๒๓๙   ลพ …   ประชาสัมพันธ์รับสมัคร…   มอบ ฝ่ายบริหาร` / `      เป็นพนักงาน…   งานทั่วไป`.)
      // (A group's later rows leave their first column blank too, but end with a figure:
      // `          รพ.สต.ริมปิง      ๓๐๐`.)
      let wrapsRow =
        spacedTable && line.columnGaps <= 2 && line.cellsIndented && !rowIndented
        && !(line.scalars.last.map(ThaiDigits.isDigit) ?? false)
      if !wrapsRow, line.columnGaps >= 2 || spacedTable && line.columnGaps == 1 {
        flush()
        spacedTable = true
        rowIndented = line.cellsIndented
      }
      // A table row (tab-separated cells) is a paragraph of its own.
      if line.cells.count >= 2 {
        flush()
        current.append(line.text)
        flush()
        continue
      }
      current.append(Self.withoutTrailingSpeck(line.text))
    }
    flush()
    return paragraphs
  }

  /// A digit first, or a mark OCR made of one before its bracket (`@)` for `4)`).
  static func opensWithNumber(_ s: [Unicode.Scalar]) -> Bool {
    s.first.map(ThaiDigits.isDigit) == true || s.count > 2 && s[1] == ")"
  }

  /// More columns than a line of an A4 page holds (about 90 in a letter's Thai type).
  static let widestPrintedLine = 150

  /// What a page's head prints before the text goes on: the letter's number as a running
  /// header, with its date or without (`ที่ ศธ ๐๖๐๖/ว ๒๒๑๘ ลงวันที่ ๑๙ สิงหาคม ๒๕๖๘`), or the
  /// page's number alone (`๒`).
  static func isPageHeadLine(_ line: Line) -> Bool {
    let s = line.scalars
    if s.count <= 3, s.allSatisfy(ThaiDigits.isDigit) { return true }
    // An English letter's number as its later pages' running head (`No. กค 0504/7815`).
    if s.count <= 60, EnglishLetter.opensLatin(s), let (_, end) = EnglishLetter.number(s) {
      return LetterNumberReader.skipSpaces(s, end) == s.count
    }
    guard s.count <= 80, let (_, end) = Vocabulary.field(Vocabulary.number, in: s) else { return false }
    if LetterSegmenter.isNumberLine(line) { return true }
    let start = Vocabulary.skipLeaders(s, end)
    guard let (number, numberEnd) = LetterNumberReader.read(s, at: start), number.prefix != nil,
      number.code != nil, !number.serial.isEmpty
    else { return false }
    let next = LetterNumberReader.skipSpaces(s, numberEnd)
    guard let (_, leadLength) = Vocabulary.leading(CitationReader.dateLeads, in: s, at: next),
      case let leadEnd = next + leadLength,
      let date = ThaiDateParser.matches(in: Array(s[leadEnd...])).first
    else { return false }
    return leadEnd + date.scalarRange.upperBound == s.count
  }

  /// An English page's continuation word that opens a sentence (`/ We look forward ...`) after a
  /// paragraph that ended one (`… in Frankfurt.`): the next page begins a paragraph of its own.
  static func opensEnglishSentence(_ s: [Unicode.Scalar], after text: String?) -> Bool {
    guard let text, text.utf8.last == 0x2E, let word = continuationWord(s), let first = word.first else { return false }
    return first.value &- 0x41 < 26
  }

  /// The word of a continuation line (`/ทั้งนี้ ...` → `ทั้งนี้`), nil when it has none.
  static func continuationWord(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    // (`/ venues ...`: an English page may set a space after the slash. A Thai page's `/ กรม…`
    // after its page count is read as the page's own, as it always was.)
    var rest = s.dropFirst()
    if rest.first == " ", let next = rest.first(where: { $0 != " " }), EnglishWords.isLetter(next) {
      rest = rest.drop { $0 == " " }
    }
    let word = rest.prefix { $0 != " " && $0 != "." && $0 != "…" }
    return word.count >= 2 ? Array(word) : nil
  }

  /// The line without a speck OCR set after its last word (`… แจ้งให้ ,`, `… ต่อไป '`): one
  /// to three of `, . ' ` ~` after a space, which no sentence ends with.
  static func withoutTrailingSpeck(_ text: String) -> String {
    let bytes = text.utf8
    guard let last = bytes.last, Self.isSpeckByte(last) else { return text }
    var end = bytes.endIndex
    var marks = 0
    while end > bytes.startIndex, let b = Optional(bytes[bytes.index(before: end)]), Self.isSpeckByte(b) || b == 0x20 {
      end = bytes.index(before: end)
    }
    // Only a speck standing apart after a word: `ก.`, `๒๕๖๙.` keep their dot, and so does a
    // sentence's last word before the speck (`… the visit. '`).
    while end < bytes.endIndex, bytes[end] != 0x20 { end = bytes.index(after: end) }
    for b in bytes[end...] where b != 0x20 { marks += 1 }
    guard marks <= 3, end > bytes.startIndex, end < bytes.endIndex else { return text }
    return String(text[..<end])
  }

  static func isSpeckByte(_ b: UInt8) -> Bool { b == 0x2C || b == 0x2E || b == 0x27 || b == 0x60 || b == 0x7E }

  /// A letter as box-level OCR writes it: fifteen text lines or more, and fewer than one blank
  /// line in thirty between two of them (other OCR and markdown leave a blank line between
  /// paragraphs and fields). Then a body with no blank line is cut into paragraphs by the
  /// measure and the words. Asked of each letter's lines, not the file's, so that a file read
  /// in chunks, or one that joins the output of several engines, reads the same.
  static func isBoxLayout(_ lines: some Collection<Line>) -> Bool {
    var textLines = 0
    var gaps = 0
    var blankSinceText = false
    for line in lines {
      if line.isBlank {
        blankSinceText = true
      } else if !line.isPageBreak {
        if blankSinceText, textLines > 0 { gaps += 1 }
        textLines += 1
        blankSinceText = false
      }
    }
    return textLines >= 15 && gaps * 30 < textLines
  }

  /// True when `lines[range]` has three text lines or more and no blank line between two of
  /// them (a blank line beside a page break, page furniture or a repeated secrecy mark does not
  /// count): the body of a box-level OCR, whose paragraphs only the measure and the words
  /// tell apart.
  static func hasNoBlankLineBetweenParagraphs(_ lines: [Line], _ range: Range<Int>, minimumLines: Int = 3) -> Bool {
    var textLines = 0
    var blankSinceText = false
    var breakSinceText = false
    for k in range {
      let line = lines[k]
      if line.isBlank {
        blankSinceText = true
      } else if line.isPageBreak || line.furniture != nil || Vocabulary.marks(line.scalars) != nil {
        // A page's foot and head: its number, continuation word, a repeated secrecy mark.
        breakSinceText = true
      } else {
        if blankSinceText, !breakSinceText, textLines > 0 { return false }
        textLines += 1
        blankSinceText = false
        breakSinceText = false
      }
    }
    return textLines >= minimumLines
  }

  /// `๑.`, `2)`, `(๓)`, `๕.๑` at the start of a line; not a time (`๐๙.๐๐ น.`), which
  /// may begin a wrapped line.
  static func startsItem(_ s: [Unicode.Scalar]) -> Bool {
    // `ก. จัดกำลัง…`: a sub-item lettered ก ข ค … (military letters), a letter, a stop and a space
    // (`ก.พ.` and `ค.ศ.` have no space after the stop).
    if s.count > 3, s[1] == ".", s[2] == " ", (0x0E01...0x0E0C).contains(s[0].value) { return true }
    // `(a) the review of …`: an English sub-item lettered a b c in brackets.
    if s.count > 4, s[0] == "(", s[2] == ")", s[3] == " ", s[1].value &- 0x61 < 26 { return true }
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
