/// The lines rebuilt from a page layout (hOCR, ALTO), in reading order: an empty line
/// between blocks, a ``SourceLine/pageBreak`` line between pages, numbered 1…n in that
/// output (the XML's own line numbers say nothing about the text).
///
/// `HOCRReader` and `ALTOReader` name pages, blocks and lines differently but lay them out
/// by these same rules, so the rules live here once.
struct LayoutLines {
  private var output: [String] = []
  private var pendingPageBreak = false
  private var blockCount = 0
  private var lastBlock: Int?

  /// A page starts: its first line is preceded by a page break, unless nothing came before.
  mutating func startPage() {
    pendingPageBreak = pendingPageBreak || !output.isEmpty
    lastBlock = nil
  }

  /// A block starts: the number to give its lines in ``append(_:block:)``.
  mutating func startBlock() -> Int {
    blockCount += 1
    return blockCount
  }

  /// A line of `block` (nil outside any block); an empty line adds nothing, and a line of
  /// another block than the last is preceded by an empty line.
  mutating func append(_ text: String, block: Int?) {
    guard !text.isEmpty else { return }
    if pendingPageBreak {
      output.append(SourceLine.pageBreak)
      pendingPageBreak = false
    } else if !output.isEmpty, block != lastBlock {
      output.append("")
    }
    lastBlock = block
    output.append(text)
  }

  /// Lays out a tree whose pages, blocks and lines are elements of those names (ALTO's `Page`,
  /// `TextBlock`, `TextLine`; PAGE XML's `Page`, `TextRegion`, `TextLine`), in document order;
  /// `lineText` reads a line element.
  mutating func lay(
    _ element: XMLTreeElement, page: String, block blockName: String, line: String, in block: Int? = nil,
    lineText: (XMLTreeElement) -> String
  ) {
    var block = block
    switch element.name {
    case page:
      startPage()
      block = nil
    case blockName:
      block = startBlock()
    case line:
      append(lineText(element), block: block)
      return
    default:
      break
    }
    for child in element.elements {
      lay(child, page: page, block: blockName, line: line, in: block, lineText: lineText)
    }
  }

  /// The lines so far, numbered from 1.
  var sourceLines: [SourceLine] {
    output.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
  }
}
