import ThaiText

/// การเกษียนหนังสือ — a routing note written in a box on the page (`| เรียน อธ. ผ่าน รอธ. |`,
/// `| - เพื่อโปรดพิจารณา |`, `| ปกรณ์ ผอ.กสค. |`, `| ๑๙ ธ.ค. ๖๗ |`) that OCR read between the
/// body's paragraphs: the office's handling of the letter, no text of it. Rows of a closed box,
/// two or more, one of them dated (the note's short date) — a table's row holds no date alone.
enum RoutingNote {
  /// The rows of the note box that begins at `k`, or nil.
  static func boxRows(_ lines: [Line], _ k: Int, _ range: Range<Int>) -> Range<Int>? {
    // Asked of every body line: the first scalar turns nearly all away.
    guard isClosedRow(lines[k].scalars) else { return nil }
    var end = k
    while end < range.upperBound, isClosedRow(lines[end].scalars) { end += 1 }
    guard end - k >= 2 else { return nil }
    let dated = lines[k..<end].contains { line in
      let inner = Array(line.scalars.dropFirst().dropLast())
      guard let match = ThaiDateParser.matches(in: inner).first else { return false }
      // The date is the row's whole text: a note's date, not a date inside a table's sentence.
      return inner[..<match.scalarRange.lowerBound].allSatisfy { $0 == " " }
        && inner[match.scalarRange.upperBound...].allSatisfy { $0 == " " }
    }
    return dated ? k..<end : nil
  }

  /// `| … |`: a box's row, closed on both sides, with text in it.
  static func isClosedRow(_ s: [Unicode.Scalar]) -> Bool {
    s.count > 4 && s.first == "|" && s.last == "|" && !s.dropFirst().dropLast().contains("|")
  }
}
