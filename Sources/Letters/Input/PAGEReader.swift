/// Reads PAGE XML (the PRImA format Transkribus, eScriptorium and OCR-D write: `PcGts` with
/// `Page`, `TextRegion`, `TextLine`, `Word`, each with `TextEquiv/Unicode`) as lines of text.
///
/// Each `TextLine` is a line: its own `TextEquiv` (the first, or the one with the lowest
/// `index`), else its `Word`s' texts joined with a space. An empty line separates
/// `TextRegion`s and a `"\u{0C}"` line separates `Page`s; lines are numbered 1…n in that
/// output, since PAGE is XML. Reading order is document order (a `ReadingOrder` element is not
/// followed: the engines named write regions in it).
enum PAGEReader {
  static func lines(from root: XMLTreeElement) -> [SourceLine] {
    var layout = LayoutLines()
    layout.lay(root, page: "Page", block: "TextRegion", line: "TextLine", lineText: text(ofLine:))
    return layout.sourceLines
  }

  /// A line's text: its own `TextEquiv`, or its words'.
  static func text(ofLine line: XMLTreeElement) -> String {
    if let own = unicode(of: line), !own.isEmpty { return own }
    let words = line.elements.filter { $0.name == "Word" }.compactMap(unicode(of:)).filter { !$0.isEmpty }
    return words.joined(separator: " ")
  }

  /// The text of an element's preferred `TextEquiv` (lowest `index`, else the first), spaces
  /// collapsed.
  static func unicode(of element: XMLTreeElement) -> String? {
    let equivs = element.elements.filter { $0.name == "TextEquiv" }
    let chosen = equivs.min {
      (Int($0.attribute("index") ?? "") ?? Int.max) < (Int($1.attribute("index") ?? "") ?? Int.max)
    }
    guard let chosen, let unicode = chosen.elements.first(where: { $0.name == "Unicode" }) else { return nil }
    return WordJoiner.collapsingWhitespace(unicode.text)
  }
}
