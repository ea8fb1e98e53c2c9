/// Reads PAGE XML (the PRImA format Transkribus, eScriptorium and OCR-D write: `PcGts` with
/// `Page`, `TextRegion`, `TextLine`, `Word`, each with `TextEquiv/Unicode`) as lines of text.
///
/// Each `TextLine` is a line: its own `TextEquiv` (the first, or the one with the lowest
/// `index`), else its `Word`s' texts joined with a space. An empty line separates
/// `TextRegion`s and a `"\u{0C}"` line separates `Page`s; lines are numbered 1…n in that
/// output, since PAGE is XML. Regions are read in the page's `ReadingOrder` when it has one
/// (an editor may write them in the order they were drawn, not read), the regions it does not
/// name after them in document order; without one, in document order.
enum PAGEReader {
  static func lines(from root: XMLTreeElement) -> [SourceLine] {
    var layout = LayoutLines()
    lay(root, into: &layout)
    return layout.sourceLines
  }

  /// Lays out `element`: a `Page` with its regions in reading order, anything else by
  /// `LayoutLines.lay`'s document order.
  private static func lay(_ element: XMLTreeElement, into layout: inout LayoutLines) {
    guard element.name == "Page" else {
      if element.name == "TextRegion" || element.name == "TextLine" {
        layout.lay(element, page: "Page", block: "TextRegion", line: "TextLine", lineText: text(ofLine:))
      } else {
        for child in element.elements { lay(child, into: &layout) }
      }
      return
    }
    layout.startPage()
    let children = element.elements
    let order = readingOrder(of: children)
    // The page's regions by id (the first of an id written twice), in the order named: any
    // region the order may name (a `TableRegion` too, with its cells inside), not the order.
    var byID: [String: Int] = [:]
    if !order.isEmpty {
      for (i, child) in children.enumerated() where child.name != "ReadingOrder" {
        if let id = child.attribute("id"), byID[id] == nil { byID[id] = i }
      }
    }
    // Named regions first, in their order; then the others in document order (all of them
    // when the page has no order).
    let named = order.compactMap { byID[$0] }
    var laid = Set<Int>()
    for i in named + Array(children.indices) {
      guard laid.insert(i).inserted else { continue }
      layout.lay(children[i], page: "Page", block: "TextRegion", line: "TextLine", lineText: text(ofLine:))
    }
  }

  /// The region ids a page's `ReadingOrder` names, in reading order: the `RegionRefIndexed`
  /// of each group by `index` (a nested group in its place), `RegionRef`s as written.
  static func readingOrder(of pageChildren: [XMLTreeElement]) -> [String] {
    guard let order = pageChildren.first(where: { $0.name == "ReadingOrder" }) else { return [] }
    var ids: [String] = []
    func visit(_ group: XMLTreeElement) {
      let members = group.elements.enumerated().sorted {
        let a = Int($0.element.attribute("index") ?? "") ?? Int.max
        let b = Int($1.element.attribute("index") ?? "") ?? Int.max
        return a != b ? a < b : $0.offset < $1.offset
      }
      for (_, member) in members {
        if member.name == "RegionRefIndexed" || member.name == "RegionRef" {
          if let ref = member.attribute("regionRef") { ids.append(ref) }
        } else {
          visit(member)
        }
      }
    }
    visit(order)
    return ids
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
