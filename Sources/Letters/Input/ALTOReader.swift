/// Reads ALTO XML (v2–v4, with or without a namespace) as lines of text.
///
/// Each `TextLine` is a line: its `String/@CONTENT`s in order, `HYP` as a final `-`. `SP`
/// is not trusted: Tesseract writes one after every Thai glyph, so strings are joined as in
/// hOCR (`WordJoiner`: a space where the gap is wider than 0.5 × the median `String` height;
/// a space between all strings when they are whole words — in the line or all through the
/// document — or have no positions). An empty line
/// separates `TextBlock`s and a `"\u{0C}"` line separates `Page`s. Lines are numbered 1…n in
/// that output, since ALTO is XML.
enum ALTOReader {
  static func lines(from root: XMLTreeElement) -> [SourceLine] {
    // Each line's strings are read once: for the document's evidence, then for its text.
    var lineStrings: [(WordJoiner, Double?, Bool)] = []
    var evidence = WordJoiner.Evidence()
    forEachLine(in: root) { line in
      let strings = strings(ofLine: line)
      evidence.add(strings.0, threshold: strings.1)
      lineStrings.append(strings)
    }
    // The engine's strings are real words all through the document (`WordJoiner.Evidence`).
    let wholeWords = evidence.areWholeWords
    var layout = LayoutLines()
    var next = 0
    layout.lay(root, page: "Page", block: "TextBlock", line: "TextLine") { line in
      let (joiner, threshold, hyphen) = next < lineStrings.count ? lineStrings[next] : strings(ofLine: line)
      next += 1
      return joiner.joined(threshold: threshold, inDocumentOfWholeWords: wholeWords) + (hyphen ? "-" : "")
    }
    return layout.sourceLines
  }

  /// Every `TextLine` from `element` down, in document order: the lines `LayoutLines.lay`
  /// reads, in its order.
  private static func forEachLine(in element: XMLTreeElement, _ body: (XMLTreeElement) -> Void) {
    if element.name == "TextLine" {
      body(element)
      return
    }
    for child in element.elements { forEachLine(in: child, body) }
  }

  /// A gap wider than this × the median `String` height is a space (no font size in ALTO).
  static let gapPerBoxHeight = 0.5

  /// A line's strings, the gap wider than which is a space between them (nil when a string
  /// has no position), and whether it ends with a hyphen (`HYP`).
  private static func strings(ofLine line: XMLTreeElement) -> (WordJoiner, Double?, Bool) {
    var joiner = WordJoiner()
    var hyphen = false
    for child in line.elements {
      switch child.name {
      case "String":
        let content = WordJoiner.collapsingWhitespace(child.attribute("CONTENT") ?? "")
        if !content.isEmpty { joiner.words.append(.init(text: content, box: box(of: child))) }
      case "HYP":
        hyphen = true
      default:
        continue  // SP: spaces come from the boxes, or between every word
      }
    }
    let boxed = !joiner.words.isEmpty && joiner.words.allSatisfy { $0.box != nil }
    let threshold = boxed ? joiner.medianHeight.map { gapPerBoxHeight * $0 } : nil
    return (joiner, threshold, hyphen)
  }

  /// `HPOS VPOS WIDTH HEIGHT` (ALTO allows fractions).
  private static func box(of element: XMLTreeElement) -> BoundingBox? {
    let values = ["HPOS", "VPOS", "WIDTH", "HEIGHT"].compactMap {
      element.attribute($0)?.split(whereSeparator: \.isWhitespace).first.flatMap { Double($0) }
    }
    guard values.count == 4, values.allSatisfy(\.isFinite),
      values.allSatisfy({ abs($0) < 1e9 })
    else { return nil }
    let x = Int(values[0].rounded())
    let y = Int(values[1].rounded())
    return BoundingBox(
      x0: x, y0: y, x1: x + Int(values[2].rounded()), y1: y + Int(values[3].rounded()))
  }
}
