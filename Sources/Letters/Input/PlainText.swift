/// Plain OCR text (ข้อความล้วน) as lines: one `SourceLine` per line, empty lines kept, and
/// each form feed (ขึ้นหน้าใหม่) on a line of its own with the number of the line it was in.
enum PlainText {
  /// - Complexity: O(n) in the length of the text.
  static func lines(from text: String) -> [SourceLine] {
    // Lines are sliced from `text` at offsets into these bytes: the standard library copies
    // a slice of a valid string without validating its UTF-8 again.
    let all = Array(text.utf8)
    let bytes = all.starts(with: [0xEF, 0xBB, 0xBF]) ? all[3...] : all[...]
    guard !bytes.isEmpty else { return [] }
    var lines: [SourceLine] = []
    var pieces = bytes.split(separator: Byte.newline, omittingEmptySubsequences: false)
    if bytes.last == Byte.newline { pieces.removeLast() }
    for (index, piece) in pieces.enumerated() {
      let number = index + 1
      var line = piece
      if line.last == Byte.carriageReturn { line = line.dropLast() }
      guard line.contains(Byte.formFeed) else {
        lines.append(SourceLine(number: number, text: text.copyOfUTF8(line.indices)))
        continue
      }
      for (k, part) in line.split(separator: Byte.formFeed, omittingEmptySubsequences: false)
        .enumerated()
      {
        if k > 0 { lines.append(SourceLine(number: number, text: SourceLine.pageBreak)) }
        if !part.isEmpty {
          lines.append(SourceLine(number: number, text: text.copyOfUTF8(part.indices)))
        }
      }
    }
    return lines
  }
}
