/// Plain OCR text (ข้อความล้วน) as lines: one `SourceLine` per line, empty lines kept, and
/// each form feed (ขึ้นหน้าใหม่) on a line of its own with the number of the line it was in.
enum PlainText {
  /// - Complexity: O(n) in the length of the text.
  static func lines(from text: String) -> [SourceLine] {
    // Lines are sliced from `text` at offsets into its bytes: the standard library copies a
    // slice of a valid string without validating its UTF-8 again.
    let bytes = Array(text.utf8)
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard start < bytes.count else { return [] }
    var lines: [SourceLine] = []
    var number = 0
    /// One line, `lineStart..<lineEnd` without its newline.
    func add(_ lineStart: Int, _ lineEnd: Int) {
      number += 1
      let end = lineEnd > lineStart && bytes[lineEnd - 1] == Byte.carriageReturn ? lineEnd - 1 : lineEnd
      let line = bytes[lineStart..<end]
      guard line.contains(Byte.formFeed) else {
        lines.append(SourceLine(number: number, text: text.copyOfUTF8(lineStart..<end)))
        return
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
    // Every newline ends a line; what follows the last one is a line unless it is empty.
    var lineStart = start
    for i in start..<bytes.count where bytes[i] == Byte.newline {
      add(lineStart, i)
      lineStart = i + 1
    }
    if lineStart < bytes.count { add(lineStart, bytes.count) }
    return lines
  }
}
