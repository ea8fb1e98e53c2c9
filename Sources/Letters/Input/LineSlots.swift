/// The output of the markdown reader, one slot per source line: each slot holds the pieces
/// of text that line produced, so a construct that ends lines later (an HTML table row) can
/// still be filed under the line where it began.
struct LineSlots {
  /// A piece of a line's output; empty pieces are dropped unless `keepsEmpty` (a blank line
  /// inside a table row).
  private struct Piece {
    var text: String
    var keepsEmpty = false
  }

  /// The pieces of every line, in order, in one array: an array of pieces for each line was
  /// an allocation a line. Line `k` (0-based) holds `pieces[lineStarts[k]..<lineEnds[k]]`.
  private var pieces: [Piece] = []
  private var lineEnds: [Int] = []
  /// Pieces filed under a line after it ended (``insert(_:atLine:)``), by 0-based line:
  /// they follow that line's own pieces.
  private var filedLater: [Int: [Piece]] = [:]
  private var verbatim: [Bool] = []
  private var buffer: [UInt8] = []
  /// The text the pieces are cut from, when there is one (the markdown file, not a link's
  /// text cleaned on its own).
  private let source: String?
  /// Where in `source` (UTF-8 offsets) the buffer's bytes stand, while it holds one run of
  /// them unchanged: then the piece is sliced from `source`, which the standard library
  /// copies without validating the UTF-8 again (a fifth of cleaning markdown).
  private var bufferSource: Range<Int>?
  /// The current line keeps its spaces (inside a code fence).
  var currentIsVerbatim = false

  init(source: String? = nil) { self.source = source }

  /// The 1-based number of the line being filled.
  var currentLine: Int { lineEnds.count + 1 }

  var bufferIsEmpty: Bool { buffer.isEmpty }

  mutating func append(_ byte: UInt8) {
    bufferSource = nil
    buffer.append(byte)
  }
  mutating func append(contentsOf bytes: some Sequence<UInt8>) {
    bufferSource = nil
    buffer.append(contentsOf: bytes)
  }
  mutating func append(_ text: String) {
    bufferSource = nil
    buffer.append(contentsOf: text.utf8)
  }

  /// `bytes`, which are the source's UTF-8 at `offsets` (on scalar boundaries).
  mutating func append(source offsets: Range<Int>, _ bytes: ArraySlice<UInt8>) {
    if buffer.isEmpty {
      bufferSource = offsets
    } else if let run = bufferSource, run.upperBound == offsets.lowerBound {
      bufferSource = run.lowerBound..<offsets.upperBound
    } else {
      bufferSource = nil
    }
    buffer.append(contentsOf: bytes)
  }

  /// Ends the current piece: what follows goes on a line of its own with the same number.
  mutating func breakLine() {
    guard !buffer.isEmpty else { return }
    if let source, let run = bufferSource {
      pieces.append(Piece(text: source.copyOfUTF8(run)))
    } else {
      pieces.append(Piece(text: String(decoding: buffer, as: UTF8.self)))
    }
    buffer.removeAll(keepingCapacity: true)
    bufferSource = nil
  }

  mutating func pageBreak() {
    breakLine()
    pieces.append(Piece(text: SourceLine.pageBreak))
  }

  /// Files `lines` under `line`, which is the current line or an earlier one.
  mutating func insert(_ lines: [String], atLine line: Int) {
    let inserted = lines.map { Piece(text: $0, keepsEmpty: true) }
    if line >= currentLine || line < 1 {
      breakLine()
      pieces.append(contentsOf: inserted)
    } else {
      filedLater[line - 1, default: []].append(contentsOf: inserted)
    }
  }

  /// Drops a heading's closing `###` (and the spaces before it) from the current piece.
  mutating func dropClosingHashes() {
    var end = buffer.count
    while end > 0, buffer[end - 1] == Byte.space || buffer[end - 1] == Byte.tab { end -= 1 }
    var start = end
    while start > 0, buffer[start - 1] == Byte.hash { start -= 1 }
    guard start < end,
      start == 0 || buffer[start - 1] == Byte.space || buffer[start - 1] == Byte.tab
    else { return }
    buffer.removeSubrange(start...)
    bufferSource = nil
  }

  mutating func endLine() {
    breakLine()
    lineEnds.append(pieces.count)
    verbatim.append(currentIsVerbatim)
    currentIsVerbatim = false
  }

  /// One `SourceLine` per piece that has text (or is a kept blank), or one empty line for a
  /// line that produced none. Pieces lose their outer spaces unless the line was verbatim.
  func sourceLines() -> [SourceLine] {
    var lines: [SourceLine] = []
    lines.reserveCapacity(lineEnds.count)
    var start = 0
    for (index, end) in lineEnds.enumerated() {
      var any = false
      for piece in pieces[start..<end] { any = add(piece, line: index, to: &lines) || any }
      if !filedLater.isEmpty, let later = filedLater[index] {
        for piece in later { any = add(piece, line: index, to: &lines) || any }
      }
      if !any { lines.append(SourceLine(number: index + 1, text: "")) }
      start = end
    }
    return lines
  }

  /// Files `piece` as a source line of 0-based line `index`, unless it is empty and not a
  /// kept blank; whether it did.
  private func add(_ piece: Piece, line index: Int, to lines: inout [SourceLine]) -> Bool {
    let text = verbatim[index] ? piece.text : trimmedSpaces(piece.text)
    guard !text.isEmpty || piece.keepsEmpty else { return false }
    lines.append(SourceLine(number: index + 1, text: text))
    return true
  }

  /// Spaces go, tabs stay: a tab ends a table cell, and a row may end in empty cells.
  /// Most pieces have none: they are returned without copying their bytes into an array.
  private func trimmedSpaces(_ text: String) -> String {
    let view = text.utf8
    guard view.first == Byte.space || view.last == Byte.space else { return text }
    let bytes = Array(view)
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == Byte.space { start += 1 }
    while end > start, bytes[end - 1] == Byte.space { end -= 1 }
    return text.copyOfUTF8(start..<end)
  }
}
