/// Plain OCR text (ข้อความล้วน) as lines: one `SourceLine` per line, empty lines kept, and
/// each form feed (ขึ้นหน้าใหม่) on a line of its own with the number of the line it was in.
enum PlainText {
  /// - Complexity: O(n) in the length of the text.
  static func lines(from text: String) -> [SourceLine] {
    // Lines are sliced from `text` at offsets into its bytes: the standard library copies a
    // slice of a valid string without validating its UTF-8 again.
    var copy = text
    return copy.withUTF8 { lines(of: $0, in: text) }
  }

  /// The lines of `bytes`, the UTF-8 of `text`. Line ends and form feeds are found eight
  /// bytes a step (``Byte/firstIndex(ofAny:in:from:)``), where a test of every byte, and a
  /// second pass over each line for a form feed, were a sixth of reading a plain file.
  private static func lines(of bytes: UnsafeBufferPointer<UInt8>, in text: String) -> [SourceLine] {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard start < bytes.count else { return [] }
    var lines: [SourceLine] = []
    var number = 0
    /// One line, `lineStart..<lineEnd` without its newline.
    func add(_ lineStart: Int, _ lineEnd: Int, formFeed: Bool) {
      number += 1
      let end = lineEnd > lineStart && bytes[lineEnd - 1] == Byte.carriageReturn ? lineEnd - 1 : lineEnd
      guard formFeed else {
        lines.append(SourceLine(number: number, text: text.copyOfUTF8(lineStart..<end)))
        return
      }
      for (k, part) in bytes[lineStart..<end].split(separator: Byte.formFeed, omittingEmptySubsequences: false)
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
    var formFeed = false
    var i = start
    while true {
      i = Byte.firstIndex(ofAny: (Byte.newline, Byte.formFeed, Byte.newline, Byte.formFeed), in: bytes, from: i)
      guard i < bytes.count else { break }
      if bytes[i] == Byte.formFeed {
        formFeed = true
      } else {
        add(lineStart, i, formFeed: formFeed)
        lineStart = i + 1
        formFeed = false
      }
      i += 1
    }
    if lineStart < bytes.count { add(lineStart, bytes.count, formFeed: formFeed) }
    return lines
  }
}
