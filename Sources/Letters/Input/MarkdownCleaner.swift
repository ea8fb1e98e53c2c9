/// Reads the markdown an LLM-based OCR writes (ข้อความมาร์กดาวน์) as lines of plain text,
/// one `SourceLine` per source line where possible.
///
/// Removed: heading `#`s, `**`/`__`/`~~`, anchors and other tags, images (`![alt](…)`,
/// `<img>`, `<figure>…</figure>`, whose lines become empty), code fences (their content
/// stays), `***` rules. List bullets `- `, `* `, `+ ` become `• ` (numbered text such as `๑.`
/// stays as it is). Changed: `<!-- PAGE
/// BREAK -->` (or `<!-- Page 3 -->`) becomes a `"\u{0C}"` line and other comments vanish;
/// `<https://…>` becomes the bare URL, `[text](url)` becomes `text url`; HTML entities are
/// decoded; `<br>` and block tags split a line into several lines with one number; an HTML
/// `<table>` becomes one line per `<tr>` (cells joined by a tab, numbered where the row
/// began) and a pipe table one line per row (separator rows become empty). Dotted leaders
/// (`ส่วนราชการ.....กองคลัง`) are left alone.
///
/// The text is scanned as UTF-8 bytes: all markup is ASCII and no byte of a Thai character
/// is ASCII.
/// - Complexity: O(n) in the length of the text, apart from link text and pipe-table cells,
///   which are cleaned once more on their own.
struct MarkdownCleaner {
  let bytes: [UInt8]
  private let nesting: Int
  private let blockRules: Bool
  var i = 0
  var out: LineSlots
  private var fence: (marker: UInt8, length: Int)?
  /// A fence an LLM wrapped its whole answer in (```` ```markdown ````, or a bare ```` ``` ````
  /// before any text): its lines are markdown like the rest; only the fence lines go.
  private var wrapper: (marker: UInt8, length: Int)?
  /// Whether a line with text has been read (a bare fence after one is a code block).
  private var sawText = false
  /// Where the `*` closing the italics an earlier `*` opened stands.
  private var italicCloser: Int?
  var discard: (name: [UInt8], depth: Int)?
  var table: HTMLTable?
  private var heading = false
  var commentEnd = ForwardSearch(Array("-->".utf8))
  var cdataEnd = ForwardSearch(Array("]]>".utf8))
  var closingTags: [[UInt8]: ForwardSearch] = [:]
  /// Where the last search for `](` started, and the `](` it found (nil: none on that line).
  private var closerSearch: (from: Int, found: Int?, lineEnd: Int) = (-1, nil, -1)

  /// Elements whose content is not text of the letter.
  static let discarded: Set<[UInt8]> = Set(
    // `page_number`, `watermark`: a page's furniture as Typhoon OCR tags it; `img` with
    // content: Nanonets-OCR's description of a picture (`<img>ตราครุฑ…</img>`). (Its
    // `<signature>` may hold the whole signature block: kept.)
    ["figure", "svg", "script", "style", "noscript", "head", "template", "page_number", "watermark", "img"].map {
      Array($0.utf8)
    })
  static let image = Array("img".utf8)
  /// Elements that start or end a block: a line break when they appear mid-line.
  static let blocks: Set<[UInt8]> = Set(
    [
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
      "blockquote", "hr", "section", "article", "header", "footer", "center", "pre", "address",
      "aside", "nav", "main", "figcaption",
    ].map { Array($0.utf8) })
  /// What a markdown list bullet (`- `, `* `, `+ `) becomes.
  static let bullet = "\u{2022} "
  /// How long a tag or link may be before `<` or `[` is taken as an ordinary character.
  static let lookahead = 4096

  /// `source`: the text `bytes` are the UTF-8 of, when there is one, so that pieces copied
  /// from it unchanged are sliced from it (``LineSlots``).
  private init(bytes: [UInt8], source: String? = nil, nesting: Int, blockRules: Bool) {
    self.bytes = bytes
    self.nesting = nesting
    self.blockRules = blockRules
    out = LineSlots(source: source)
  }

  static func lines(from text: String) -> [SourceLine] {
    var cleaner = MarkdownCleaner(bytes: Array(text.utf8), source: text, nesting: 0, blockRules: true)
    cleaner.run()
    var lines = cleaner.out.sourceLines()
    // `**Subject:** การเตรียม…`: a model's English label for the letter's own (`เรื่อง …`), or one
    // the letter prints none of (`**Date:**`): the line as the letter prints it.
    for k in lines.indices {
      if let printed = OCRRemark.withoutEnglishLabel(lines[k].text) { lines[k].text = printed }
      if let boxed = SelectionMarks.boxed(lines[k].text) { lines[k].text = boxed }
    }
    return lines
  }

  /// A fragment (a link's text) cleaned on its own and put on one line.
  static func inlineText(_ fragment: ArraySlice<UInt8>, nesting: Int) -> String {
    inlineLines(fragment, nesting: nesting).filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// A fragment cleaned on its own: its lines, split at `<br>`.
  static func inlineLines(_ fragment: ArraySlice<UInt8>, nesting: Int) -> [String] {
    guard nesting < 4 else { return [String(decoding: fragment, as: UTF8.self)] }
    var cleaner = MarkdownCleaner(bytes: Array(fragment), nesting: nesting + 1, blockRules: false)
    cleaner.run()
    var lines = cleaner.out.sourceLines().map(\.text).filter { $0 != SourceLine.pageBreak }
    while lines.last?.isEmpty == true { lines.removeLast() }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    return lines
  }

  private mutating func run() {
    let n = bytes.count
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    var atLineStart = true
    while i < n {
      if atLineStart {
        atLineStart = false
        // a block marker may use up the whole line, or the whole text ("-")
        if blockRules, lineStart() || i >= n { continue }
      }
      let b = bytes[i]
      if b == Byte.newline {
        endLine()
        i += 1
        atLineStart = true
      } else if b == Byte.carriageReturn, i + 1 == n || bytes[i + 1] == Byte.newline {
        i += 1
      } else if b == Byte.formFeed {
        if table == nil, discard == nil { out.pageBreak() }
        i += 1
      } else if fence != nil {
        out.append(b)
        i += 1
      } else if b == Byte.lt, angleBracket() {
        continue
      } else if discard != nil {
        i += 1
      } else {
        text(b)
      }
    }
    if let open = table {
      table = nil
      var unclosed = open
      emit(rows: unclosed.finish())
    }
    if let last = bytes.last, last != Byte.newline || !out.bufferIsEmpty { endLine() }
  }

  private mutating func endLine() {
    if heading {
      out.dropClosingHashes()
      heading = false
    }
    table?.append(Byte.space, line: out.currentLine)
    out.endLine()
  }

  /// Moves past `bytes[i..<end]`, ending a line at each newline inside it.
  mutating func skip(to end: Int) {
    while i < end {
      if bytes[i] == Byte.newline { endLine() }
      i += 1
    }
  }

  // MARK: Block rules at the start of a line

  /// Handles what only counts at the start of a line; true when the whole line was used up
  /// (then `i` stands on its newline).
  private mutating func lineStart() -> Bool {
    // Most lines begin with a letter: no block rule can apply, and the line's end need not
    // be looked for (outside a code fence, which marks its lines verbatim).
    let textBefore = sawText
    if fence == nil {
      var k = i
      while k < bytes.count, Self.isBlank(bytes[k]) { k += 1 }
      let empty = k == bytes.count || bytes[k] == Byte.newline || bytes[k] == Byte.carriageReturn
      if !empty { sawText = true }
      if empty || !Self.mayStartBlock(bytes[k]) { return false }
    }
    var end = i
    while end < bytes.count, bytes[end] != Byte.newline { end += 1 }
    var content = bytes[i..<end]
    if content.last == Byte.carriageReturn { content = content.dropLast() }
    let line = Byte.trimmed(content)
    if let open = fence {
      if let close = Self.fenceMarker(line), close.marker == open.marker,
        close.length >= open.length, close.infoIsEmpty
      {
        fence = nil
        i = end
        return true
      }
      out.currentIsVerbatim = true
      return false
    }
    guard discard == nil, table == nil else { return false }
    if let open = Self.fenceMarker(line) {
      if let wrap = wrapper, open.marker == wrap.marker, open.length >= wrap.length, open.infoIsEmpty {
        wrapper = nil
      } else if wrapper == nil, blockRules,
        Self.isMarkdownInfo(line.dropFirst(open.length)) || open.infoIsEmpty && !textBefore
      {
        wrapper = (open.marker, open.length)
      } else {
        fence = (open.marker, open.length)
      }
      i = end
      return true
    }
    if Self.isPageMarker(line) {
      // Marker's `{1}-----`: the page before it ended (the first page's `{0}` follows none).
      if textBefore { out.pageBreak() }
      i = end
      return true
    }
    if line.first == Byte.hyphen, let close = frontMatterEnd(after: end) {
      // olmOCR's front matter opens each page: its lines go; a later page's breaks the page.
      if textBefore { out.pageBreak() }
      skip(to: close)
      return true
    }
    if Self.isRule(line) {
      // `---`, `___`, `===` stay: the parser reads them as rules (page furniture)
      guard line.first == Byte.asterisk else { return false }
      i = end
      return true
    }
    if line.first == Byte.pipe {
      pipeRow(line)
      i = end
      return true
    }
    var j = line.startIndex
    let hashes = line.prefix(while: { $0 == Byte.hash }).count
    var bullet = false
    if (1...6).contains(hashes), j + hashes == line.endIndex || Self.isBlank(bytes[j + hashes]) {
      heading = true
      j += hashes
    } else if let marker = line.first, [Byte.hyphen, Byte.asterisk, Byte.plus].contains(marker),
      j + 1 == line.endIndex || Self.isBlank(bytes[j + 1]), !Self.isFolio(line)
    {
      bullet = true
      j += 1
    } else {
      return false
    }
    while j < line.endIndex, Self.isBlank(bytes[j]) { j += 1 }
    // The markdown bullet goes, the list item stays visible: the parser starts a paragraph
    // at a bulleted line (a timetable's `- ๑๓.๐๐ - ๑๓.๓๐ น. …` items).
    if bullet, j < line.endIndex { out.append(Self.bullet) }
    i = j
    return false
  }

  private static func isBlank(_ b: UInt8) -> Bool { b == Byte.space || b == Byte.tab }

  /// The first bytes (after blanks) of the lines `lineStart` acts on when no fence is open:
  /// fences, rules, pipe-table rows, headings and list bullets.
  private static func mayStartBlock(_ b: UInt8) -> Bool {
    switch b {
    case Byte.backtick, Byte.tilde, Byte.hyphen, Byte.asterisk, Byte.underscore, Byte.equals, Byte.pipe,
      Byte.hash, Byte.plus, Byte.leftBrace:
      true
    default: false
    }
  }

  /// ```` ``` ```` or `~~~` opening or closing a code block.
  private static func fenceMarker(_ line: ArraySlice<UInt8>)
    -> (marker: UInt8, length: Int, infoIsEmpty: Bool)?
  {
    guard let marker = line.first, marker == Byte.backtick || marker == Byte.tilde else {
      return nil
    }
    let length = line.prefix(while: { $0 == marker }).count
    guard length >= 3 else { return nil }
    let info = line.dropFirst(length)
    if marker == Byte.backtick, info.contains(Byte.backtick) { return nil }
    return (marker, length, Byte.trimmed(info).isEmpty)
  }

  /// A fence's info string naming markdown (`markdown`, `md`).
  private static func isMarkdownInfo(_ info: ArraySlice<UInt8>) -> Bool {
    let word = Byte.trimmed(info).map(Byte.lowercased)
    return word.elementsEqual("markdown".utf8) || word.elementsEqual("md".utf8)
  }

  /// A thematic break or setext underline: `---`, `***`, `___`, `===`.
  private static func isRule(_ line: ArraySlice<UInt8>) -> Bool {
    guard let c = line.first,
      [Byte.hyphen, Byte.asterisk, Byte.underscore, Byte.equals].contains(c)
    else { return false }
    let marks = line.filter { $0 == c }.count
    return marks >= 3 && line.allSatisfy { $0 == c || isBlank($0) }
  }

  /// Marker's page marker: `{N}` and a run of hyphens, alone on the line.
  private static func isPageMarker(_ line: ArraySlice<UInt8>) -> Bool {
    guard line.first == Byte.leftBrace else { return false }
    let digits = line.dropFirst().prefix(while: Byte.isDigit)
    let rest = line.dropFirst(1 + digits.count)
    guard !digits.isEmpty, rest.first == Byte.rightBrace else { return false }
    let rule = rest.dropFirst()
    return rule.count >= 3 && rule.allSatisfy { $0 == Byte.hyphen }
  }

  /// When the `---` line ending at `lineEnd` opens a front matter (`key: value` lines, then
  /// `---`; olmOCR's `primary_language: th`, `is_rotation_valid: True`, …): the index of the
  /// closing line's end.
  private func frontMatterEnd(after lineEnd: Int) -> Int? {
    var start = lineEnd + 1
    var keys = 0
    while start < bytes.count, keys <= 12 {
      var end = start
      while end < bytes.count, bytes[end] != Byte.newline { end += 1 }
      let line = Byte.trimmed(bytes[start..<end])
      if line.count == 3, line.allSatisfy({ $0 == Byte.hyphen }) { return keys > 0 ? end : nil }
      // A key is a lower-case ASCII identifier: a rule over Thai text (`หมายเหตุ: …`) is none.
      let key = line.prefix { (0x61...0x7A).contains($0) || $0 == Byte.underscore || Byte.isDigit($0) }
      guard !key.isEmpty, line.dropFirst(key.count).first == Byte.colon else { return nil }
      keys += 1
      start = end + 1
    }
    return nil
  }

  /// Page furniture such as `- ๒ -`, which the normaliser recognises, is not a list item.
  private static func isFolio(_ line: ArraySlice<UInt8>) -> Bool {
    line.count > 2 && line.first == Byte.hyphen && line.last == Byte.hyphen
  }

  /// `| a | b |` → `a⇥b`; a separator row `|---|:--:|` gives nothing.
  private mutating func pipeRow(_ line: ArraySlice<UInt8>) {
    var cells: [ArraySlice<UInt8>] = []
    var start = line.startIndex
    var k = start
    while k < line.endIndex {
      if bytes[k] == Byte.backslash {
        k += 2
        continue
      }
      if bytes[k] == Byte.pipe {
        cells.append(bytes[start..<k])
        start = k + 1
      }
      k += 1
    }
    cells.append(bytes[min(start, line.endIndex)..<line.endIndex])
    cells.removeFirst()  // before the leading pipe
    if let last = cells.last, Byte.trimmed(last).isEmpty { cells.removeLast() }
    let trimmed = cells.map(Byte.trimmed)
    let isSeparator =
      !trimmed.isEmpty
      && trimmed.allSatisfy { cell in
        cell.contains(Byte.hyphen) && cell.allSatisfy { $0 == Byte.hyphen || $0 == Byte.colon }
      }
    guard !isSeparator, !trimmed.isEmpty else { return }
    // As in an HTML table: one line a row, a `<br>` wrapping a cell's own text, unless the row
    // is a letter's header set out as a table.
    let lines = HTMLTable.render(trimmed.map { Self.inlineLines($0, nesting: nesting) })
    out.insert(lines.isEmpty ? [""] : lines, atLine: out.currentLine)
  }

  // MARK: Text

  mutating func emit(_ text: some Collection<UInt8>) {
    if table != nil {
      table?.append(contentsOf: text, line: out.currentLine)
    } else {
      out.append(contentsOf: text)
    }
  }

  /// `<br>` and block tags: a new line with the same number (in a table, the cell's next
  /// line).
  mutating func lineBreak() {
    if table != nil {
      table?.breakCell()
    } else {
      out.breakLine()
    }
  }

  /// The end of a footnote reference `[^label]` (label of ASCII letters and digits, at most 8)
  /// starting at `i`, or nil.
  static func footnoteReferenceEnd(_ bytes: [UInt8], at i: Int) -> Int? {
    guard i + 3 < bytes.count, bytes[i + 1] == 0x5E else { return nil }
    var j = i + 2
    while j < bytes.count, j - i <= 10, (0x30...0x39).contains(bytes[j]) || (0x41...0x5A).contains(bytes[j] & 0xDF) {
      j += 1
    }
    guard j > i + 2, j < bytes.count, bytes[j] == 0x5D else { return nil }
    return j + 1
  }

  private mutating func text(_ b: UInt8) {
    switch b {
    case Byte.ampersand:
      if let entity = HTMLEntities.decode(bytes, at: i) {
        emit(entity.bytes)
        i = entity.end
        return
      }
    case Byte.backslash:
      if i + 1 < bytes.count, Byte.isPunctuation(bytes[i + 1]) {
        emit(CollectionOfOne(bytes[i + 1]))
        i += 2
        return
      }
    case Byte.asterisk, Byte.underscore, Byte.tilde:
      emphasisRun(b)
      return
    case Byte.dollar:
      if let math = InlineMath(bytes, at: i) {
        emit(math.text)
        i = math.end
        return
      }
    case Byte.bang:
      if i + 1 < bytes.count, bytes[i + 1] == Byte.leftBracket, linkCloserAhead(),
        let image = MarkdownLink(bytes, at: i + 1, limit: Self.lookahead)
      {
        i = image.end  // an image is not text of the letter
        return
      }
    case Byte.leftBracket:
      // A footnote's reference (`วัน[^1]`) is no text of the letter; its definition at the
      // line's start (`[^1]: …`) stays, for the page foot to drop.
      if let end = Self.footnoteReferenceEnd(bytes, at: i), end >= bytes.count || bytes[end] != Byte.colon {
        i = end
        return
      }
      if linkCloserAhead(), let link = MarkdownLink(bytes, at: i, limit: Self.lookahead) {
        let label = Self.inlineText(bytes[link.text], nesting: nesting)
        let url = String(decoding: bytes[link.destination], as: UTF8.self)
        let parts = label == url ? [url] : [label, url].filter { !$0.isEmpty }
        emit(Array(parts.joined(separator: " ").utf8))
        i = link.end
        return
      }
    default:
      // Outside a table, a run of bytes that holds no markup is copied in one go (an append
      // a byte was most of the cost of cleaning markdown). A table cell skips leading spaces
      // byte by byte, so it keeps the byte-wise path.
      if table == nil {
        let j = bytes.withUnsafeBufferPointer { Self.markupFreeEnd($0, from: i + 1) }
        out.append(source: i..<j, bytes[i..<j])
        i = j
        return
      }
    }
    emit(CollectionOfOne(b))
    i += 1
  }

  /// Bytes that `run` or `text` may treat as more than text: line ends, form feeds, tags,
  /// entities, escapes, emphasis, images and links.
  static func mayBeMarkup(_ b: UInt8) -> Bool {
    switch b {
    case Byte.newline, Byte.carriageReturn, Byte.formFeed, Byte.lt, Byte.ampersand, Byte.backslash,
      Byte.asterisk, Byte.underscore, Byte.tilde, Byte.bang, Byte.leftBracket, Byte.dollar:
      true
    default: false
    }
  }

  /// `mayBeMarkup` as two bitmaps, bytes 0–63 and 64–127 (no byte from 0x80 up is markup).
  static let markupLow: UInt64 = [
    Byte.newline, Byte.carriageReturn, Byte.formFeed, Byte.lt, Byte.ampersand,
    Byte.asterisk, Byte.bang, Byte.dollar,
  ].reduce(0) { $0 | 1 << $1 }
  static let markupHigh: UInt64 = [Byte.backslash, Byte.underscore, Byte.tilde, Byte.leftBracket]
    .reduce(0) { $0 | 1 << ($1 - 64) }

  /// Where the run of bytes that may not be markup, from `start`, ends. Eight bytes a step
  /// over words of Thai (no byte below 0x80), a bitmap test for the others: this scan reads
  /// every byte of a markdown file.
  static func markupFreeEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    let raw = UnsafeRawPointer(base)
    let (low, high) = (markupLow, markupHigh)
    var j = start
    while j < bytes.count {
      if j + 8 <= bytes.count, WordScan.load(raw, j) & WordScan.highs == WordScan.highs {
        j += 8
        continue
      }
      let b = bytes[j]
      if b < 64 {
        if low >> b & 1 != 0 { return j }
      } else if b < 128, high >> (b - 64) & 1 != 0 {
        return j
      }
      j += 1
    }
    return j
  }

  /// A `](` follows on this line. Cached, so that a line full of `[` costs one scan, not one
  /// link scan per bracket.
  private mutating func linkCloserAhead() -> Bool {
    let cached = closerSearch
    if cached.from >= 0, cached.from <= i {
      if let found = cached.found, i <= found { return true }
      if cached.found == nil, i < cached.lineEnd { return false }
    }
    var k = i
    var found: Int?
    while k < bytes.count, bytes[k] != Byte.newline {
      if bytes[k] == Byte.rightBracket, k + 1 < bytes.count, bytes[k + 1] == Byte.leftParen {
        found = k
        break
      }
      k += 1
    }
    closerSearch = (i, found, k)
    return found != nil
  }

  /// `**`, `***`, `~~` always go; `__` goes when it touches a word (a bold marker), so blank
  /// fill-in lines `______` stay. A single `*` goes when it opens italics closed on the same
  /// line (`*(นายสมชาย ใจดี)*`, a signer's name); a lone `*` (a footnote mark) stays.
  private mutating func emphasisRun(_ mark: UInt8) {
    var j = i
    while j < bytes.count, bytes[j] == mark { j += 1 }
    let run = j - i
    let before = i > 0 ? bytes[i - 1] : Byte.space
    let after = j < bytes.count ? bytes[j] : Byte.space
    let drop =
      switch mark {
      case Byte.asterisk: run == 2 || run == 3 || run == 1 && italicStar(at: i, before: before, after: after)
      case Byte.tilde: run == 2
      default: run == 2 && (!Byte.isSpace(before) || !Byte.isSpace(after))
      }
    if !drop { emit(bytes[i..<j]) }
    i = j
  }

  /// Whether the single `*` at `k` opens italics (after a space, before a word, its closer
  /// later on the line touching a word) or is the closer an opener found.
  private mutating func italicStar(at k: Int, before: UInt8, after: UInt8) -> Bool {
    if k == italicCloser {
      italicCloser = nil
      return true
    }
    guard Byte.isSpace(before) || k == 0 || bytes[k - 1] == Byte.newline, !Byte.isSpace(after),
      after != Byte.asterisk, after != Byte.newline
    else { return false }
    var m = k + 1
    while m < bytes.count, bytes[m] != Byte.newline {
      if bytes[m] == Byte.asterisk {
        let next = m + 1 < bytes.count ? bytes[m + 1] : Byte.newline
        guard !Byte.isSpace(bytes[m - 1]), next != Byte.asterisk else { return false }
        // Then a space, the line's end, a tag (`*(…)*<br/>`) or punctuation: not a word.
        guard next < 0x80, !Byte.isLetter(next), !(0x30...0x39).contains(next) else { return false }
        italicCloser = m
        return true
      }
      m += 1
    }
    return false
  }
}
