import Archive
import ThaiText

/// ดัชนีค้นคำ — a letter's search entry for PostgreSQL: the ICU word-break tokens of its four
/// searched texts (the same tokens the SQLite store's FTS5 tokenizer makes) as a `tsvector`
/// literal, and how many tokens there are (BM25's document length).
///
/// PostgreSQL has no Thai parser, so nothing is parsed on the server: lexemes go in as given,
/// the `simple` way (no stemming, no stop words). Each text gets its own run of positions —
/// subject, addressee, issuer, then body, one position apart — so that a phrase never spans two.
struct SearchDocument {
  /// The `tsvector` literal.
  var vector: String
  /// Tokens in all four texts.
  var tokens: Int

  /// FTS5's column order (subject, addressee, body, issuer) laid out in this order of positions.
  static let positionOrder = [0, 1, 3, 2]
  /// `tsvector`'s limits: positions up to 16383, 256 of them per lexeme, lexemes under 2 KiB.
  static let maxPosition = 16383
  static let maxPositionsPerLexeme = 256
  static let maxLexemeBytes = 2046

  /// - Complexity: O(t log t) for t tokens. This runs on the writer's thread for every
  ///   letter stored; lexemes are ordered and quoted by their UTF-8 bytes, not as `String`s
  ///   (Swift's `<` on Thai text goes through Unicode normalization, and Foundation's
  ///   `replacingOccurrences` bridged every lexeme: together a fifth of PostgreSQL ingest's
  ///   client CPU). The server sorts a `tsvector`'s lexemes itself, so the order sent
  ///   changes nothing stored; byte order keeps the literal deterministic.
  init(texts: [String], segmenter: WordSegmenter) {
    var positions: [String: [Int]] = [:]
    var next = 1
    var count = 0
    for column in Self.positionOrder where column < texts.count {
      let tokens = Self.tokens(texts[column], segmenter: segmenter)
      count += tokens.count
      for token in tokens {
        defer { next += 1 }
        guard next <= Self.maxPosition, token.text.utf8.count <= Self.maxLexemeBytes else { continue }
        positions[token.text, default: []].appendIfRoom(next, limit: Self.maxPositionsPerLexeme)
      }
      next += 1
    }
    let lexemes = positions.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    var vector = ""
    for (lexeme, at) in lexemes {
      if !vector.isEmpty { vector += " " }
      Self.appendQuoted(lexeme, to: &vector)
      vector += ":"
      for (index, position) in at.enumerated() {
        if index > 0 { vector += "," }
        vector += String(position)
      }
    }
    self.vector = vector
    tokens = count
  }

  /// The folded, non-empty word tokens of one text, with their byte ranges (what FTS5 indexes).
  static func tokens(_ text: String, segmenter: WordSegmenter) -> [IndexToken] {
    segmenter.tokens(in: text).compactMap { token in
      let folded = ArchiveStoreSupport.fold(token.text)
      return folded.isEmpty ? nil : IndexToken(text: folded, range: token.utf8Range)
    }
  }

  /// A lexeme as a quoted `tsvector` / `tsquery` literal.
  static func quote(_ lexeme: String) -> String {
    var quoted = ""
    appendQuoted(lexeme, to: &quoted)
    return quoted
  }

  /// Appends `lexeme` quoted: `'` around it, a backslash or quote inside doubled (most
  /// lexemes have neither, and are copied as they are).
  static func appendQuoted(_ lexeme: String, to text: inout String) {
    text += "'"
    if lexeme.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "'") }) {
      for scalar in lexeme.unicodeScalars {
        if scalar == "\\" || scalar == "'" { text.unicodeScalars.append(scalar) }
        text.unicodeScalars.append(scalar)
      }
    } else {
      text += lexeme
    }
    text += "'"
  }

  /// The `tsquery` literal for phrases that must all occur: `'a' <-> 'b' & 'c'`.
  static func query(_ phrases: [[String]]) -> String {
    phrases.map { phrase in
      let words = phrase.map(quote)
      return words.count == 1 ? words[0] : "(" + words.joined(separator: " <-> ") + ")"
    }.joined(separator: " & ")
  }
}

/// A folded word as indexed, and where it lies in the text's UTF-8 bytes.
struct IndexToken {
  var text: String
  var range: Range<Int>
}

extension Array where Element == Int {
  /// Appends `value` unless the array already holds `limit` elements (`tsvector` keeps at
  /// most 256 positions a lexeme).
  fileprivate mutating func appendIfRoom(_ value: Int, limit: Int) {
    if count < limit { append(value) }
  }
}
