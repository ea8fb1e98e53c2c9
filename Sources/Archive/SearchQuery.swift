import ThaiText

/// คำค้น — turns what a person typed into an FTS5 query that is only words.
///
/// Each typed word is split by the same segmenter and becomes one quoted phrase; phrases
/// are ANDed. FTS5 syntax typed by a user (`"`, `*`, `NEAR`, `OR`, `(`, `:`) is thereby
/// searched as text, never parsed, so it can't raise an SQLite error.
enum SearchQuery {
  /// The MATCH expression, or nil when the text holds no word.
  static func match(for text: String, segmenter: WordSegmenter) -> String? {
    let normalized = ThaiNormalizer().normalize(text).text
    var phrases: [String] = []
    for word in normalized.split(whereSeparator: { $0.isWhitespace }) {
      let tokens = segmenter.words(in: String(word)).map(ThaiTokenizer.fold).filter { !$0.isEmpty }
      guard !tokens.isEmpty else { continue }
      let phrase = tokens.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"")
      phrases.append("\"" + phrase + "\"")
    }
    return phrases.isEmpty ? nil : phrases.joined(separator: " ")
  }
}
