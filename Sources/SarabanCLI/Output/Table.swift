/// A plain-text table whose columns line up for Thai: combining vowels and tone marks take
/// no column, so widths count base characters only.
struct Table {
  var headers: [String]
  var rows: [[String]] = []
  /// Widest a cell may be before it is cut with `…`.
  var maxWidth = 60

  init(_ headers: String...) { self.headers = headers }

  /// Lines printed whole (never cut) under a row, indented: by row index.
  var notes: [Int: [String]] = [:]

  mutating func add(_ cells: String...) { rows.append(cells) }
  mutating func add(_ cells: [String]) { rows.append(cells) }

  /// A line under the last row added, outside the columns, so a long reason stays whole.
  mutating func note(_ line: String) { notes[rows.count - 1, default: []].append(line) }

  /// Display columns of `text` (Thai marks above/below a consonant take none).
  static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + (isZeroWidth($1) ? 0 : 1) }
  }

  static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: true
    default: false
    }
  }

  static func truncate(_ text: String, _ width: Int) -> String {
    guard Self.width(text) > width else { return text }
    var out = ""
    var used = 0
    for scalar in text.unicodeScalars {
      let w = isZeroWidth(scalar) ? 0 : 1
      if used + w > width - 1 { break }
      out.unicodeScalars.append(scalar)
      used += w
    }
    return out + "…"
  }

  func render() -> String {
    let all = [headers] + rows.map { $0.map { Self.truncate($0, maxWidth) } }
    var widths = Array(repeating: 0, count: headers.count)
    for row in all {
      for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(cell)) }
    }
    return all.enumerated().flatMap { index, row in
      let line = row.enumerated().map { i, cell in
        i == row.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[i] - Self.width(cell)))
      }.joined(separator: "  ")
      // `all` starts with the headers: row r of `rows` is line r + 1.
      return [line] + (notes[index - 1] ?? []).map { "  " + $0 }
    }.joined(separator: "\n")
  }
}
