/// Where each line number first stands in an array of lines, for the checks that find a
/// letter's span by its first and last line numbers.
///
/// An array over the range of numbers, not a dictionary: line numbers are source line
/// numbers, at most one slot for each line of the span of the file the lines come from, and
/// a slot is read and written without hashing (a `[Int: Int]` of every line of every file
/// cost about 220 instructions a line, for a few lookups a letter).
struct LineIndex {
  /// The smallest number in the lines; slot `k` is for number `lowest + k`.
  private let lowest: Int
  /// The index of the first line with each number, -1 where none has it.
  private var slots: [Int]

  init(_ lines: [Line]) {
    guard let first = lines.first else {
      lowest = 0
      slots = []
      return
    }
    var (low, high) = (first.number, first.number)
    for line in lines {
      low = Swift.min(low, line.number)
      high = Swift.max(high, line.number)
    }
    lowest = low
    slots = [Int](repeating: -1, count: high - low + 1)
    // Backwards, so that the first line with a number is the one kept.
    for k in lines.indices.reversed() { slots[lines[k].number - low] = k }
  }

  /// The index of the first line numbered `number`, or nil when no line is.
  subscript(number: Int) -> Int? {
    let slot = number - lowest
    guard slot >= 0, slot < slots.count else { return nil }
    let k = slots[slot]
    return k >= 0 ? k : nil
  }
}
