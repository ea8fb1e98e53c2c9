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
        if positions[token.text, default: []].count < Self.maxPositionsPerLexeme {
          positions[token.text, default: []].append(next)
        }
      }
      next += 1
    }
    vector = positions.keys.sorted().map { lexeme in
      Self.quote(lexeme) + ":" + (positions[lexeme] ?? []).map(String.init).joined(separator: ",")
    }.joined(separator: " ")
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
    "'" + lexeme.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
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
