/// ตาราง — an HTML `<table>` being read out of markdown: each `<tr>` becomes a line, its
/// `<td>`/`<th>` cells joined by a tab, numbered with the source line where the row began.
///
/// A `<br>` (or a block tag) inside a cell wraps the cell's own text (a committee member's
/// position and division): the cell's lines are joined with a space, one line a row. A table
/// of a single row, or a row that begins with the letter's number, is page layout, not data:
/// LLM OCR sets a letter's header that way (`ที่ …` beside `กรม…<br>ถนน…<br><br>๒๖ กุมภาพันธ์
/// ๒๕๖๗`), so its cells are given one after the other, each cell's lines as lines, as the
/// header would read on paper.
struct HTMLTable {
  /// `<table>`s opened inside this one; their tags are read as part of it.
  var depth = 1
  private var rowLine: Int?
  private var cells: [[String]] = []
  private var rows: [(line: Int, cells: [[String]])] = []
  /// The open cell's lines, as bytes.
  private var cell: [[UInt8]]?

  /// Text inside the table; outside any cell (a `<caption>`, stray text) it opens a cell of
  /// its own so nothing the OCR read is lost.
  mutating func append(contentsOf bytes: some Collection<UInt8>, line: Int) {
    if cell == nil {
      guard bytes.contains(where: { !Byte.isSpace($0) }) else { return }
      startCell(line: line)
    }
    guard var open = cell else { return }
    cell = nil  // keeps the buffer uniquely referenced while it grows
    if open.isEmpty { open.append([]) }
    open[open.count - 1].append(contentsOf: bytes)
    cell = open
  }

  mutating func append(_ byte: UInt8, line: Int) {
    append(contentsOf: CollectionOfOne(byte), line: line)
  }

  /// `<br>` in a cell: what follows goes on the cell's next line.
  mutating func breakCell() {
    cell?.append([])
  }

  /// `<tr>` (or `<caption>`): finishes the open row, if any, and starts one at `line`.
  mutating func startRow(line: Int) {
    endRow()
    rowLine = line
  }

  /// `<td>` or `<th>`; a cell outside a row starts a row where the cell is.
  mutating func startCell(line: Int) {
    endCell()
    if rowLine == nil { rowLine = line }
    cell = [[]]
  }

  /// `</td>` or `</th>`.
  mutating func endCell() {
    guard let open = cell else { return }
    var lines = open.map(Self.collapsed)
    while lines.last?.isEmpty == true { lines.removeLast() }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    cells.append(lines)
    cell = nil
  }

  /// `</tr>`: keeps the finished row, unless it had no text at all.
  mutating func endRow() {
    endCell()
    defer {
      cells.removeAll()
      rowLine = nil
    }
    guard let line = rowLine, cells.contains(where: { !$0.isEmpty }) else { return }
    rows.append((line, cells))
  }

  /// `</table>`: the lines of every row, each with the number where its row began.
  mutating func finish() -> [(line: Int, lines: [String])] {
    endRow()
    defer { rows.removeAll() }
    if rows.count == 1, let row = rows.first {
      return [(row.line, row.cells.flatMap { $0 })]
    }
    return rows.map { ($0.line, Self.render($0.cells)) }
  }

  /// A row's cells, each a list of printed lines, as text lines: the cells one after the other,
  /// each line a line, when the row is a letter's header laid out as a table (its first cell
  /// begins with `ที่` and a cell has several lines); otherwise one line, each cell's lines
  /// joined with a space and the cells with tabs (empty when no cell has text).
  static func render(_ cells: [[String]]) -> [String] {
    if isHeaderRow(cells) { return cells.flatMap { $0 } }
    // Only the last cell holds text, in several lines (`| | **กรม…**<br>ถนน… |`, an office block
    // set out as a table): its lines, as printed.
    if let last = cells.last, last.count > 1, cells.dropLast().allSatisfy({ $0.allSatisfy(\.isEmpty) }) {
      return last
    }
    // A list set in the row's last cell, an item a line (`1. … จำนวน 1 ชุด<br>2. …`): the row
    // with the first item, then each further item on a line of its own, as items are printed.
    if let last = cells.last, last.count > 1,
      last.dropFirst().allSatisfy({ ItemReader.itemNumber(Array($0.unicodeScalars)) != nil })
    {
      let head = render(Array(cells.dropLast()) + [[last[0]]])
      return head + last.dropFirst()
    }
    // A Thai cell of several lines beside its English translation (`| (นายสุรเชษฐ์ …)<br>ผู้ว่า… |
    // (Mr. Surachet …)<br>Governor… |`): line beside line, as a parallel column is read across,
    // so that each Thai line stays a line.
    if cells.count == 2, cells[0].count > 1, cells[0].contains(where: hasThai), !cells[1].contains(where: hasThai),
      cells[1].contains(where: { !$0.isEmpty })
    {
      return (0..<max(cells[0].count, cells[1].count)).map { i in
        let thai = i < cells[0].count ? cells[0][i] : ""
        let english = i < cells[1].count ? cells[1][i] : ""
        return english.isEmpty ? thai : thai + "\t" + english
      }
    }
    let parts = cells.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }
    guard !parts.isEmpty else { return [] }
    return [parts.allSatisfy(\.isEmpty) ? "" : parts.joined(separator: "\t")]
  }

  static func hasThai(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) }
  }

  /// The first cell begins with the label ที่ and some cell holds more than one line.
  static func isHeaderRow(_ cells: [[String]]) -> Bool {
    guard cells.contains(where: { $0.count > 1 }), let first = cells.first?.first else { return false }
    return first.hasPrefix("ที่ ") || first == "ที่"
  }

  /// A cell line's text: runs of white space (source line breaks too) become one space.
  static func collapsed(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingSpace = false
    for b in bytes {
      if Byte.isSpace(b) {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(Byte.space) }
        pendingSpace = false
        out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
