import ThaiText

/// ข้อความ — paragraphs of a letter's body (or an annex page).
enum BodyParser {
  /// Paragraphs of `lines[range]`: runs of non-blank lines joined with one space; a numbered
  /// item begins a paragraph of its own; page furniture is dropped, and a paragraph cut by a
  /// page break (its continuation word at the foot of the page) is joined again.
  static func paragraphs(_ lines: [Line], _ range: Range<Int>) -> [String] {
    var paragraphs: [String] = []
    var current: [String] = []
    var joinNext = false
    func flush() {
      if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
      current = []
    }
    for k in range {
      let line = lines[k]
      if let furniture = line.furniture {
        if case .continuation(let startsItem) = furniture, !startsItem {
          joinNext = true
        }
        continue
      }
      if line.isBlank || line.isPageBreak {
        if !joinNext { flush() }
        continue
      }
      if startsItem(line.scalars) && !joinNext { flush() }
      joinNext = false
      current.append(line.text)
    }
    flush()
    return paragraphs
  }

  /// `๑.`, `2)`, `(๓)`, `๕.๑`, `๑๓.๐๐` at the start of a line.
  static func startsItem(_ s: [Unicode.Scalar]) -> Bool {
    var i = 0
    if i < s.count, s[i] == "(" { i += 1 }
    let digitsStart = i
    while i < s.count, ThaiDigits.isDigit(s[i]) { i += 1 }
    guard i > digitsStart, i - digitsStart <= 3, i < s.count else { return false }
    return s[i] == "." || s[i] == ")"
  }
}
