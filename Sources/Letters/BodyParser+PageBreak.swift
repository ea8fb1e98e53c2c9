import ThaiText

/// ต่อหน้า — whether a paragraph cut by a page break runs on into the next page when the page
/// prints no continuation word (`/ลงทะเบียน...`) at its foot.
extension BodyParser {
  /// The measure of a body's pages: its widest line and its left margin.
  struct PageMeasure {
    let width: Int
    let margin: Int

    init(_ lines: [Line], _ range: Range<Int>) {
      var width = 0
      var margin = Int.max
      for k in range {
        let line = lines[k]
        guard !line.isEmptyish, line.cells.count < 2 else { continue }
        width = max(width, BodyParser.columns(line.scalars))
        margin = min(margin, line.indent)
      }
      self.width = width
      self.margin = margin == .max ? 0 : margin
    }

    /// True when `before`, the last line of a page, ends a paragraph that `after`, the first
    /// line of the next page, goes on with. Unsure ⇒ false: two paragraphs stay two.
    func continues(_ before: Line, into after: Line) -> Bool {
      if startsParagraph(after) || before.cells.count >= 2 { return false }
      let s = before.scalars
      guard let last = s.last else { return false }
      // เ แ โ ใ ไ stand before their consonant: a line ending in one was cut inside a word.
      if (0x0E40...0x0E44).contains(last.value) { return true }
      if BodyParser.endsSentence(s) { return false }
      // A paragraph's last line stops short; a line cut by the page fills the measure.
      return BodyParser.columns(s) * 100 >= width * 85
    }

    /// How a line of a body with no blank lines (box-level OCR) goes on to the next.
    enum BoxBreak: Equatable {
      /// `after` begins a new paragraph.
      case paragraph
      /// `after` is the rest of the same printed line, cut into two boxes.
      case sameLine
      /// `after` is the paragraph's next printed line.
      case nextLine
    }

    /// Where `before` — the end of a printed line `printed` columns wide (a line cut into
    /// boxes counts whole) — and `after` meet. The closing sentence (`จึงเรียนมาเพื่อ…`) begins
    /// a paragraph and `ลงวันที่ …` never does. A line ending with `นั้น` or `ดังนี้` ends its
    /// paragraph. Otherwise a printed line that stops well short of the measure ends its
    /// paragraph, unless what follows would have fitted beside it and opens nothing (a line cut
    /// into two boxes); one nearly as wide ends it when `after` opens a paragraph (`ตาม…`,
    /// `จึง…`, an item) and it ends a sentence or falls a tenth short.
    func boxBreak(after before: Line, printed: Int, before after: Line) -> BoxBreak {
      if before.cells.count >= 2 { return .paragraph }
      let next = after.scalars
      // The closing sentence stands apart; `ลงวันที่ …`, `จำนวน …` go on with what is above.
      if Vocabulary.leading(Vocabulary.memoClosings, in: next) != nil { return .paragraph }
      if Vocabulary.leading(Vocabulary.continuations, in: next) != nil { return .nextLine }
      let opens = startsParagraph(after)
      let s = before.scalars
      let closes = Self.paragraphEnds.scalars.contains { s.suffix($0.count).elementsEqual($0) }
      if printed * 100 < width * 75 {
        if !opens, !closes, (printed + BodyParser.columns(next)) * 100 <= width * 105 { return .sameLine }
        return .paragraph
      }
      if opens, printed * 100 < width * 90 || BodyParser.endsSentence(s) { return .paragraph }
      return closes ? .paragraph : .nextLine
    }

    /// Words that end a paragraph, not only a sentence: `นั้น` closes a letter's first
    /// paragraph (`ตามหนังสือ… ความละเอียดแจ้งแล้ว นั้น`), `ดังนี้` leads to a list.
    static let paragraphEnds: Keywords = ["นั้น", "ดังนี้", "ดังต่อไปนี้"]

    /// An indented first line, a numbered or bulleted item, a table row, an order's date line,
    /// or an opening word (`ตาม…`, `ด้วย…`, `จึง…`, `ในการนี้`, `ขอ…`), or a subject that opens one
    /// (`กรมสรรพสามิตพิจารณาแล้ว`, `จังหวัดขอเรียนว่า`).
    func startsParagraph(_ line: Line) -> Bool {
      let s = line.scalars
      if line.cells.count >= 2 || line.bulleted || line.indent > margin { return true }
      if BodyParser.startsItem(s) { return true }
      if Vocabulary.leading(Vocabulary.paragraphOpeners, in: s) != nil { return true }
      // An order's or announcement's date line (`สั่ง ณ วันที่ …`) stands apart.
      if Vocabulary.leading(Vocabulary.issuedAt, in: s) != nil { return true }
      // ขอให้…, ขอเรียน…, but not ของ, ขอบ…, ขอนแก่น, nor ข้อ (which loose matching would take).
      if s.count > 2, s[0] == "ข", s[1] == "อ", !["ง", "บ", "น"].contains(s[2]) { return true }
      let firstWord = s.firstIndex(of: " ") ?? s.count
      for pattern in Vocabulary.openingPredicates.scalars {
        if let found = LooseMatch.find(pattern, in: s, from: 1, before: firstWord), found.upperBound <= firstWord {
          return true
        }
      }
      return false
    }
  }

  /// A sentence-final word (`นั้น`, `ดังนี้`, `ต่อไป`, `ด้วย`…) or stop (`.`, `:`) at the end.
  static func endsSentence(_ s: [Unicode.Scalar]) -> Bool {
    guard let last = s.last else { return false }
    if ".:;?!".unicodeScalars.contains(last) { return true }
    for pattern in Vocabulary.sentenceEnds.scalars {
      let lowest = max(0, s.count - pattern.count - 3)
      for start in stride(from: s.count - 1, through: lowest, by: -1)
      where LooseMatch.end(of: pattern, in: s, at: start) == s.count {
        return true
      }
    }
    return false
  }

  /// Whether line `k` is a glimpse of the next page (a phone's photo of one page showing the
  /// top of the next: `- ๒ -` / `๒. คณะทำงานระดับอำเภอ … ปลัดอำเภอ`): past the page's number or
  /// break, within a few lines, the next text line begins with all of it.
  static func glimpsesNextPage(_ lines: [Line], _ k: Int, _ range: Range<Int>) -> Bool {
    // The page's number printed above it, and the same number again over the page's own top
    // (`- ๒ -` / glimpse / `- ๒ -` / the page): a caption over a page of its own (`- ๒ -` /
    // `ภาพกิจกรรม…` / `- ๓ -` / `ภาพกิจกรรม… (ต่อ)`) is no glimpse.
    guard let above = (max(range.lowerBound, k - 3)..<k).last(where: { lines[$0].furniture == .pageNumber }) else {
      return false
    }
    var crossed = false
    for m in (k + 1)..<min(range.upperBound, k + 6) {
      let line = lines[m]
      if line.furniture == .pageNumber {
        guard line.text == lines[above].text else { return false }
        crossed = true
      } else if !line.isBlank, !line.isPageBreak, line.furniture == nil {
        return crossed && line.scalars.count > lines[k].scalars.count && line.scalars.starts(with: lines[k].scalars)
      }
    }
    return false
  }

  /// Printed width in character cells: Thai marks above and below take none.
  static func columns(_ s: [Unicode.Scalar]) -> Int {
    var n = 0
    for c in s {
      if (0x0E00...0x0E7F).contains(c.value), ThaiCharacter.isCombining(UInt8(c.value - 0x0E00)) { continue }
      n += 1
    }
    return n
  }
}
