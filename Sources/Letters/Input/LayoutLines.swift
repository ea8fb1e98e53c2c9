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

  /// The lines so far, numbered from 1.
  var sourceLines: [SourceLine] {
    output.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
  }
}
