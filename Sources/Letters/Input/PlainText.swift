/// Plain OCR text (ข้อความล้วน) as lines: one `SourceLine` per line, empty lines kept, and
/// each form feed (ขึ้นหน้าใหม่) on a line of its own with the number of the line it was in.
enum PlainText {
  /// - Complexity: O(n) in the length of the text.
  static func lines(from text: String) -> [SourceLine] {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard !bytes.isEmpty else { return [] }
    var lines: [SourceLine] = []
    var pieces = bytes.split(separator: Byte.newline, omittingEmptySubsequences: false)
    if bytes.last == Byte.newline { pieces.removeLast() }
    for (index, piece) in pieces.enumerated() {
      let number = index + 1
      var line = piece
      if line.last == Byte.carriageReturn { line = line.dropLast() }
      guard line.contains(Byte.formFeed) else {
        lines.append(SourceLine(number: number, text: String(decoding: line, as: UTF8.self)))
        continue
      }
      for (k, part) in line.split(separator: Byte.formFeed, omittingEmptySubsequences: false)
        .enumerated()
      {
        if k > 0 { lines.append(SourceLine(number: number, text: SourceLine.pageBreak)) }
        if !part.isEmpty {
          lines.append(SourceLine(number: number, text: String(decoding: part, as: UTF8.self)))
        }
      }
    }
    return lines
  }
}
