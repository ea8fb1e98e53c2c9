/// ตารางที่พิมพ์เว้นวรรค — a table typed with spaces between its columns (`ขนาดใหญ่      ๕      ๙๘๐.๔๙`),
/// seen before the normalizer collapses every run of spaces into one.
///
/// A row's gaps are wider than any between a sentence's words: three spaces or more between
/// two cells. The indent before a line's first cell is no gap, nor are the spaces after its last,
/// nor those of a justified line (every gap widened alike). A cell of specks alone (`.`, `:`, `'`,
/// `|`: what Tesseract sets apart where a stamp or a fold was) is no cell, and a row has a word
/// of three letters in a row somewhere (`๕   1   ๐   ฆ   ฒฆ/` is a stamp's debris, no row) or blanks to
/// fill (`๑   ........   ........`), and no cell as long as a sentence.
struct SpacedColumns: Sendable {
  /// Gaps a line, by 1-based line number (index 0 unused); empty when no line has any. The high
  /// bit marks a line whose first cell stands far right (``indented``).
  private var gaps: [UInt8] = []
  private static let indentedBit: UInt8 = 0x80
  /// Spaces before a line's first cell that leave a table's first column empty.
  static let farIndent = 12

  /// The gaps of every line of `text` (LF-separated, numbered from 1 as ``SourceLine`` numbers
  /// them).
  init(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      // A first pass finds the lines with a gap of three spaces after a word; only those are
      // read cell by cell (most lines have none: an indent and single spaces). Eight bytes
      // with no space, tab or newline among them (``WordScan``) are passed in one step: they
      // are all a word's.
      guard let base = bytes.baseAddress else { return }
      let raw = UnsafeRawPointer(base)
      var number = 1
      var lineStart = 0
      var run = 0
      var inWords = false
      var gap = false
      var i = 0
      while i < bytes.count {
        if i + 8 <= bytes.count, WordScan.hasByteBelow(WordScan.load(raw, i), 0x21) == 0 {
          if run >= 3, inWords { gap = true }
          (run, inWords) = (0, true)
          i += 8
          continue
        }
        let b = bytes[i]
        if b == 0x20 {
          run += 1
        } else if b == 0x0A {
          if gap { record(Self.row(bytes[lineStart..<i]), line: number) }
          number += 1
          lineStart = i + 1
          (run, inWords, gap) = (0, false, false)
        } else if b != 0x0D {
          // (A CR is passed over, as ``Row`` passes it.)
          if run >= 3, inWords { gap = true }
          if b != 0x09 { inWords = true }
          run = 0
        }
        i += 1
      }
      if gap { record(Self.row(bytes[lineStart...]), line: number) }
    }
  }

  /// One line's bytes read (``Row``).
  static func row(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Row {
    var row = Row()
    for b in line { row.read(b) }
    return row
  }

  private mutating func record(_ row: Row, line: Int) {
    let count = row.gaps
    guard count > 0 else { return }
    if gaps.count <= line { gaps.append(contentsOf: repeatElement(0, count: line + 1 - gaps.count)) }
    gaps[line] = UInt8(min(count, 127)) | (row.leading >= Self.farIndent ? Self.indentedBit : 0)
  }

  /// The gaps of line `number` (1-based); 0 past the text's end.
  subscript(number: Int) -> Int { number < gaps.count ? Int(gaps[number] & ~Self.indentedBit) : 0 }

  /// Whether line `number`'s first cell stands far right of the margin (a row's cells wrapped
  /// under it, its first columns empty).
  subscript(indented number: Int) -> Bool { number < gaps.count && gaps[number] & Self.indentedBit != 0 }

  /// One line read byte by byte.
  struct Row {
    /// Spaces since the last byte of a word.
    var run = 0
    /// Spaces before the first cell.
    var leading = 0
    var inCells = false
    /// Cells with a letter or a digit, closed so far.
    var cells = 0
    /// The cell being read has a letter or a digit.
    var cellReal = false
    /// Letters in a row, within a word.
    var letterRun = 0
    /// The cell's dots: three or more are a blank to fill (a form's row: `๑   ........   ........`).
    var cellDots = 0
    /// The cell's characters (UTF-8 lead bytes), and the longest cell's.
    var cellLength = 0
    var longest = 0
    /// A word of three letters was read; cells of dots alone.
    var wordy = false
    var leaders = 0
    var narrowest = Int.max
    var widest = 0
    /// Where in a Thai character the next byte stands: 1 after its E0, 2 after E0 B8 (ก…),
    /// 3 after E0 B9 (…๙); 0 elsewhere.
    var thai = 0
    /// Where in a `…` (E2 80 A6) the next byte stands: 1 after E2, 2 after E2 80.
    var ellipsis = 0

    mutating func read(_ b: UInt8) {
      switch b {
      case 0x20:
        run += 1
      case 0x09 where !inCells, 0x0C where !inCells, 0x0D:
        break
      default:
        if inCells, run >= 3 {
          closeCell()
          narrowest = min(narrowest, run)
          widest = max(widest, run)
        }
        if !inCells { leading = run }
        inCells = true
        // (A single space inside a cell is its text; it ends a word.)
        if run > 0 {
          cellLength += 1
          letterRun = 0
        }
        run = 0
        if b & 0xC0 != 0x80 { cellLength += 1 }
        // A Thai character is known by its third byte: a letter (ก–ฮ, ะ า ำ: E0 B8 81…B3; เ–ไ:
        // E0 B9 80…84), a mark above or below (no letter, nor does it part two), a digit (E0 B9
        // 90…99). A Latin letter, either case; an Arabic digit.
        if thai == 2 || thai == 3 {
          let letter = thai == 2 ? (0x81...0xAE).contains(b) || b == 0xB0 || b == 0xB2 || b == 0xB3 : (0x80...0x84).contains(b)
          let digit = thai == 3 && (0x90...0x99).contains(b)
          let mark = !letter && !digit
          if letter || digit { cellReal = true }
          if letter {
            letterRun += 1
            if letterRun >= 3 { wordy = true }
          } else if !mark {
            letterRun = 0
          }
        } else if b < 0x80 {
          if (0x61...0x7A).contains(b | 0x20) {
            cellReal = true
            letterRun += 1
            if letterRun >= 3 { wordy = true }
          } else {
            if (0x30...0x39).contains(b) { cellReal = true }
            if b == 0x2E { cellDots += 1 }
            letterRun = 0
          }
        } else if b == 0xA6, ellipsis == 2 {
          // `…` (E2 80 A6) is three dots.
          cellDots += 3
        }
        thai = b == 0xE0 ? 1 : thai == 1 && b == 0xB8 ? 2 : thai == 1 && b == 0xB9 ? 3 : 0
        ellipsis = b == 0xE2 ? 1 : ellipsis == 1 && b == 0x80 ? 2 : 0
      }
    }

    mutating func closeCell() {
      if cellReal || cellDots >= 3 { cells += 1 }
      if !cellReal, cellDots >= 3 { leaders += 1 }
      longest = max(longest, cellLength)
      (cellReal, letterRun, cellDots, cellLength) = (false, 0, 0, 0)
    }

    /// The gaps between its cells; 0 for a line justified by spreading spaces (`pdftotext
    /// -layout`: `ประชาชน   ในช่วง…   พ.ศ.   ๒๕๖๘`, gaps of three or four spaces alike), where a
    /// table's gaps are as wide as its columns need, seldom all alike.
    var gaps: Int {
      var row = self
      row.closeCell()
      // (A cell as long as a sentence is a sentence: OCR set a stamp's specks apart before it.)
      guard row.cells >= 2, row.wordy || row.leaders >= 2, row.longest <= 100, widest - narrowest >= 2 || narrowest >= 5
      else { return 0 }
      return row.cells - 1
    }
  }
}
