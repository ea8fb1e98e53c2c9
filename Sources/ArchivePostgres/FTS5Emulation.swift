import Foundation

/// SQLite FTS5's `bm25()` and `snippet()` (as in SQLite 3.40, `fts5_aux.c`) computed from
/// tokens, so that a PostgreSQL archive ranks and quotes search results exactly as the
/// SQLite archive does.
enum FTS5Emulation {
  /// One place a phrase occurs: which phrase, in which column, at which token.
  struct Instance: Equatable {
    var phrase: Int
    var column: Int
    var offset: Int
  }

  static let k1 = 1.2
  static let b = 0.75

  /// BM25's inverse document frequency of a phrase found in `hits` of `rows` rows.
  static func idf(rows: Int, hits: Int) -> Double {
    let idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
    return idf <= 0 ? 1e-6 : idf
  }

  /// FTS5's `bm25()` of one row: phrase frequencies `frequency[i]`, `length` tokens in the
  /// row, the table's average row length. Smaller is better (FTS5 negates the score).
  static func bm25(frequency: [Int], length: Int, idf: [Double], averageLength: Double) -> Double {
    var score = 0.0
    let d = Double(length)
    for (i, f) in frequency.enumerated() where i < idf.count {
      let freq = Double(f)
      score += idf[i] * ((freq * (k1 + 1.0)) / (freq + k1 * (1 - b + b * d / averageLength)))
    }
    return -1.0 * score
  }

  /// How often `phrase` occurs given each lexeme's positions (consecutive positions).
  static func hits(of phrase: [String], positions: [String: Set<Int>]) -> Int {
    guard let first = phrase.first, let starts = positions[first] else { return 0 }
    return starts.filter { p in
      phrase.indices.dropFirst().allSatisfy { k in positions[phrase[k]]?.contains(p + k) == true }
    }.count
  }

  /// Every instance of every phrase in the columns' tokens, in FTS5's order: by column,
  /// then offset, then phrase.
  static func instances(columns: [[String]], phrases: [[String]]) -> [Instance] {
    var found: [Instance] = []
    for (c, tokens) in columns.enumerated() {
      for offset in tokens.indices {
        for (p, phrase) in phrases.enumerated() where !phrase.isEmpty && offset + phrase.count <= tokens.count {
          if phrase.indices.allSatisfy({ tokens[offset + $0] == phrase[$0] }) {
            found.append(Instance(phrase: p, column: c, offset: offset))
          }
        }
      }
    }
    return found
  }

  /// FTS5's `snippet(table, -1, open, close, ellipsis, size)` of one row.
  /// - Parameters:
  ///   - texts: the row's column texts; `tokens[c]` their folded tokens with byte ranges.
  static func snippet(
    texts: [String], tokens: [[IndexToken]], phrases: [[String]], open: String, close: String, ellipsis: String,
    size nToken: Int = 16
  ) -> String {
    let instances = instances(columns: tokens.map { $0.map(\.text) }, phrases: phrases)
    let phraseSize = phrases.map(\.count)
    var bestColumn = 0
    var bestStart = 0
    var bestScore = 0
    var columnSize = 0
    for c in texts.indices {
      let docSize = tokens[c].count
      let firsts = sentenceStarts(Array(texts[c].utf8), tokens[c])
      for instance in instances where instance.column == c {
        let (score, adjusted) = snippetScore(
          instances, phraseSize: phraseSize, phrases: phrases.count, docSize: docSize, column: c,
          position: instance.offset, nToken: nToken)
        if score > bestScore {
          (bestScore, bestColumn, bestStart, columnSize) = (score, c, adjusted, docSize)
        }
        if !firsts.isEmpty && docSize > nToken {
          var jj = 0
          while jj < firsts.count - 1 {
            if firsts[jj + 1] > instance.offset { break }
            jj += 1
          }
          if firsts[jj] < instance.offset {
            var (score, _) = snippetScore(
              instances, phraseSize: phraseSize, phrases: phrases.count, docSize: docSize, column: c,
              position: firsts[jj], nToken: nToken)
            score += firsts[jj] == 0 ? 120 : 100
            if score > bestScore {
              (bestScore, bestColumn, bestStart, columnSize) = (score, c, firsts[jj], docSize)
            }
          }
        }
      }
    }
    guard bestColumn < texts.count else { return "" }
    if columnSize == 0 { columnSize = tokens[bestColumn].count }
    var highlighter = Highlighter(
      input: Array(texts[bestColumn].utf8), open: Array(open.utf8), close: Array(close.utf8),
      runs: CoalescedRuns(instances.filter { $0.column == bestColumn }, phraseSize: phraseSize),
      rangeStart: bestStart, rangeEnd: bestStart + nToken - 1)
    if bestStart > 0 { highlighter.output += Array(ellipsis.utf8) }
    while highlighter.runs.start >= 0 && highlighter.runs.start < bestStart { highlighter.runs.next() }
    for token in tokens[bestColumn] { highlighter.token(token.range) }
    if highlighter.rangeEnd >= columnSize - 1 {
      highlighter.output += highlighter.input[min(highlighter.offset, highlighter.input.count)...]
    } else {
      highlighter.output += Array(ellipsis.utf8)
    }
    return String(decoding: highlighter.output, as: UTF8.self)
  }

  /// `fts5SnippetScore`: 1000 for each phrase first seen in the window, 1 for a repeat; and
  /// the window's start moved to centre what it holds.
  static func snippetScore(
    _ instances: [Instance], phraseSize: [Int], phrases: Int, docSize: Int, column: Int, position: Int, nToken: Int
  ) -> (score: Int, start: Int) {
    var seen = [Bool](repeating: false, count: phrases)
    var score = 0
    var first = -1
    var last = 0
    let end = position + nToken
    for i in instances where i.column == column && i.offset >= position && i.offset < end {
      score += seen[i.phrase] ? 1 : 1000
      seen[i.phrase] = true
      if first < 0 { first = i.offset }
      last = i.offset + phraseSize[i.phrase]
    }
    var adjusted = first - (nToken - (last - first)) / 2
    if adjusted + nToken > docSize { adjusted = docSize - nToken }
    if adjusted < 0 { adjusted = 0 }
    return (score, adjusted)
  }

  /// `fts5SentenceFinderCb`: token positions that start a sentence (the first token, and any
  /// token after `.` or `:` and white space).
  static func sentenceStarts(_ bytes: [UInt8], _ tokens: [IndexToken]) -> [Int] {
    var firsts: [Int] = []
    for (position, token) in tokens.enumerated() {
      guard position > 0 else {
        firsts.append(0)
        continue
      }
      var i = token.range.lowerBound - 1
      var c: UInt8 = 0
      while i >= 0 {
        c = bytes[i]
        if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { break }
        i -= 1
      }
      if i != token.range.lowerBound - 1 && (c == UInt8(ascii: ".") || c == UInt8(ascii: ":")) {
        firsts.append(position)
      }
    }
    return firsts
  }

  /// `CInstIter`: runs of overlapping phrase instances in one column, as token ranges.
  struct CoalescedRuns {
    let instances: [Instance]
    let phraseSize: [Int]
    var index = 0
    var start = -1
    var end = -1

    init(_ instances: [Instance], phraseSize: [Int]) {
      self.instances = instances
      self.phraseSize = phraseSize
      next()
    }

    mutating func next() {
      start = -1
      end = -1
      while index < instances.count {
        let i = instances[index]
        let last = i.offset - 1 + phraseSize[i.phrase]
        if start < 0 {
          start = i.offset
          end = last
        } else if i.offset <= end {
          if last > end { end = last }
        } else {
          break
        }
        index += 1
      }
    }
  }

  /// `fts5HighlightCb` over one column's tokens.
  struct Highlighter {
    let input: [UInt8]
    let open: [UInt8]
    let close: [UInt8]
    var runs: CoalescedRuns
    let rangeStart: Int
    let rangeEnd: Int
    var output: [UInt8] = []
    var offset = 0
    var position = 0

    init(input: [UInt8], open: [UInt8], close: [UInt8], runs: CoalescedRuns, rangeStart: Int, rangeEnd: Int) {
      self.input = input
      self.open = open
      self.close = close
      self.runs = runs
      self.rangeStart = rangeStart
      self.rangeEnd = rangeEnd
    }

    mutating func append(_ from: Int, _ to: Int) {
      guard from < to, from >= 0, to <= input.count else { return }
      output += input[from..<to]
    }

    mutating func token(_ range: Range<Int>) {
      let iPos = position
      position += 1
      if rangeEnd > 0 {
        if iPos < rangeStart || iPos > rangeEnd { return }
        if rangeStart != 0 && iPos == rangeStart { offset = range.lowerBound }
      }
      if iPos == runs.start {
        append(offset, range.lowerBound)
        output += open
        offset = range.lowerBound
      }
      if iPos == runs.end {
        if rangeEnd != 0 && runs.start < rangeStart { output += open }
        append(offset, range.upperBound)
        output += close
        offset = range.upperBound
        runs.next()
      }
      if rangeEnd > 0 && iPos == rangeEnd {
        append(offset, range.upperBound)
        offset = range.upperBound
        if iPos >= runs.start && iPos < runs.end { output += close }
      }
    }
  }
}
