/// HTML inside markdown: comments (page breaks), declarations, autolinks and tags, which
/// open and close tables and the elements whose content is dropped.
extension MarkdownCleaner {
  /// Handles `<` when it starts a comment, declaration, autolink or tag; false when it is an
  /// ordinary character.
  mutating func angleBracket() -> Bool {
    let rest = bytes[i...]
    if rest.starts(with: Array("<!--".utf8)) {
      guard let close = commentEnd.next(in: bytes, from: i + 4) else { return false }
      if table == nil, discard == nil, Self.isPageComment(bytes[(i + 4)..<close]) {
        out.pageBreak()
      }
      if table == nil, discard == nil, let word = Self.footerContinuation(bytes[(i + 4)..<close]) {
        emit(word)
      }
      skip(to: close + 3)
      return true
    }
    if rest.starts(with: Array("<![CDATA[".utf8)) {
      guard let close = cdataEnd.next(in: bytes, from: i + 9) else { return false }
      skip(to: close + 3)
      return true
    }
    if rest.starts(with: [Byte.lt, Byte.bang]) || rest.starts(with: [Byte.lt, Byte.question]) {
      let limit = min(bytes.count, i + Self.lookahead)
      guard let close = bytes[i..<limit].firstIndex(of: Byte.gt) else { return false }
      skip(to: close + 1)
      return true
    }
    if rest.starts(with: [Byte.lt, Byte.pipe]), let end = modelTokenEnd(from: i) {
      skip(to: end)
      return true
    }
    if discard == nil, let close = autolinkEnd() {
      emit(bytes[(i + 1)..<close])
      i = close + 1
      return true
    }
    guard let tag = HTMLTag(bytes, at: i, limit: Self.lookahead) else { return false }
    handle(tag)
    skip(to: tag.end)
    return true
  }

  /// A vision model's special token (`<|grounding|>`, DeepSeek-OCR's `<|ref|>title<|/ref|>` and
  /// `<|det|>[[214, 151, 786, 180]]<|/det|>` before each block): where what it hides ends — the
  /// token itself, and for an opening `ref` or `det` its content up to the closing token (a
  /// block's kind and box, no text of the letter). Nil when `<|` opens no such token.
  private func modelTokenEnd(from start: Int) -> Int? {
    var j = start + 2
    let limit = min(bytes.count - 1, start + 26)
    while j < limit, Byte.isLetter(bytes[j]) || bytes[j] == Byte.underscore || bytes[j] == Byte.slash { j += 1 }
    guard j > start + 2, j < limit, bytes[j] == Byte.pipe, bytes[j + 1] == Byte.gt else { return nil }
    let name = bytes[(start + 2)..<j]
    let end = j + 2
    guard name.elementsEqual("ref".utf8) || name.elementsEqual("det".utf8) else { return end }
    // The content runs to `<|/name|>` on the same line (a box or a block's kind is short).
    let closing = [Byte.lt, Byte.pipe, Byte.slash] + Array(name) + [Byte.pipe, Byte.gt]
    var k = end
    while k + closing.count <= bytes.count, k - end < 256, bytes[k] != Byte.newline {
      if bytes[k] == Byte.lt, bytes[k..<(k + closing.count)].elementsEqual(closing) { return k + closing.count }
      k += 1
    }
    return end
  }

  /// `<https://…>` or `<name@host.tld>`: the index of the closing `>`.
  private func autolinkEnd() -> Int? {
    let limit = min(bytes.count, i + Self.lookahead)
    var j = i + 1
    guard j < limit else { return nil }
    var close: Int?
    var at = false
    while j < limit {
      let c = bytes[j]
      if c == Byte.gt {
        close = j
        break
      }
      if Byte.isSpace(c) || c == Byte.lt { return nil }
      if c == Byte.at { at = true }
      j += 1
    }
    guard let close, close > i + 1 else { return nil }
    let inner = bytes[(i + 1)..<close]
    let scheme = inner.prefix(while: { Byte.isLetter($0) || Byte.isDigit($0) || $0 == Byte.plus })
    let isURI =
      (2...32).contains(scheme.count) && Byte.isLetter(inner[inner.startIndex])
      && inner.dropFirst(scheme.count).first == Byte.colon
      && inner.count > scheme.count + 1
    let isEmail = at && inner.first != Byte.at && inner.last != Byte.at
    return isURI || isEmail ? close : nil
  }

  /// The continuation word Azure Document Intelligence keeps in a page's footer comment
  /// (`<!-- PageFooter="/เป็นเงิน..." -->`): the text the page's foot prints, for the body to join
  /// the paragraph the page cut. Nil for any other comment or footer.
  static func footerContinuation(_ comment: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
    let key = Array(" PageFooter=\"".utf8)
    guard comment.starts(with: key) || comment.starts(with: key.dropFirst()) else { return nil }
    let value = comment.drop { $0 != Byte.quote }.dropFirst()
    guard let end = value.lastIndex(of: Byte.quote) else { return nil }
    let word = value[..<end]
    let dots = word.suffix(3).allSatisfy { $0 == Byte.period } || word.suffix(3).elementsEqual("\u{2026}".utf8)
    return word.first == Byte.slash && dots ? word : nil
  }

  private static func isPageComment(_ comment: ArraySlice<UInt8>) -> Bool {
    let key = String(
      decoding: comment.map(Byte.lowercased).filter { Byte.isLetter($0) || Byte.isDigit($0) },
      as: UTF8.self)
    if key.contains("pagebreak") || key.contains("newpage") { return true }
    guard key.hasPrefix("page") else { return false }
    // `<!-- Page 3 -->`, `<!-- page 3 of 5 -->` start a page; page 1 follows no break
    let number = key.dropFirst(4).prefix(while: \.isNumber)
    let tail = key.dropFirst(4 + number.count)
    guard let page = Int(number), tail.isEmpty || tail.hasPrefix("of") else { return false }
    return page > 1
  }

  private mutating func handle(_ tag: HTMLTag) {
    if let open = discard {
      var depth = open.depth
      if tag.name == open.name {
        if tag.isClosing {
          depth -= 1
        } else if !tag.isSelfClosing {
          depth += 1
        }
      }
      discard = depth > 0 ? (open.name, depth) : nil
      return
    }
    let line = out.currentLine
    switch String(decoding: tag.name, as: UTF8.self) {
    case "br":
      lineBreak()
    case "table":
      if tag.isClosing {
        guard var open = table else { return }
        open.depth -= 1
        if open.depth == 0 {
          table = nil
          emit(rows: open.finish())
        } else {
          table = open
        }
      } else if !tag.isSelfClosing {
        if table != nil {
          table?.depth += 1
        } else {
          out.breakLine()
          table = HTMLTable()
        }
      }
    case "tr", "caption":
      guard table != nil else { return lineBreak() }
      if tag.isClosing {
        table?.endRow()
      } else {
        table?.startRow(line: line)
        if tag.name == Array("caption".utf8) { table?.startCell(line: line) }
      }
    case "td", "th":
      if tag.isClosing {
        table?.endCell()
      } else if table != nil {
        table?.startCell(line: line)
      } else {
        emit(CollectionOfOne(Byte.space))
      }
    default:
      if Self.discarded.contains(tag.name) {
        // an unclosed <figure> must not swallow the rest of the letter
        // (`<img>` with a description inside only when bare: `<img src=…>` is void.)
        let bareImage = tag.name != Self.image || tag.end - i == Self.image.count + 2
        if !tag.isClosing, !tag.isSelfClosing, bareImage, hasClosingTag(tag.name, after: tag.end) {
          discard = (tag.name, 1)
        }
      } else if Self.blocks.contains(tag.name) {
        lineBreak()
      }
    }
  }

  mutating func emit(rows: [(line: Int, lines: [String])]) {
    for row in rows where !row.lines.isEmpty { out.insert(row.lines, atLine: row.line) }
  }

  /// `</name` occurs somewhere after `start` (any case).
  mutating func hasClosingTag(_ name: [UInt8], after start: Int) -> Bool {
    var search = closingTags[name] ?? ForwardSearch([Byte.lt, Byte.slash] + name)
    defer { closingTags[name] = search }
    return search.next(in: bytes, from: start) != nil
  }
}
