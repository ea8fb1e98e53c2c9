import GRDB
import ThaiText

/// ตัวตัดคำภาษาไทยสำหรับ FTS5 — an FTS5 tokenizer backed by ICU's dictionary word break
/// (``ThaiText/WordSegmenter``).
///
/// FTS5's `unicode61` cuts Thai at vowel and tone marks (กรมส่งเสริม → `กรมส`, `งเสร`), so
/// `ปกครอง` never matches. Tokens are folded: Thai digits become ASCII, Latin letters lower
/// case, so `๒๕๖๗` finds `2567`. Registered on every connection in `prepareDatabase`.
final class ThaiTokenizer: FTS5CustomTokenizer {
  static let name = "saraban_thai"
  private let segmenter: WordSegmenter

  init(db: Database, arguments: [String]) throws {
    segmenter = try WordSegmenter()
  }

  /// The folded form of a word as it is indexed and queried.
  static func fold(_ word: String) -> String { ThaiDigits.ascii(word).lowercased() }

  func tokenize(
    context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
    nText: CInt, tokenCallback: @escaping FTS5TokenCallback
  ) -> CInt {
    guard let pText, nText > 0 else { return 0 }
    let text = UnsafeRawBufferPointer(start: pText, count: Int(nText)).withMemoryRebound(to: UInt8.self) {
      String(decoding: $0, as: UTF8.self)
    }
    // Offsets are only right for valid UTF-8; FTS5 hands back what the archive stored, which is.
    for token in segmenter.tokens(in: text) {
      let folded = Self.fold(token.text)
      guard !folded.isEmpty else { continue }
      var bytes = Array(folded.utf8)
      let code = bytes.withUnsafeMutableBufferPointer { buffer in
        buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
          tokenCallback(
            context, 0, base, CInt(buffer.count), CInt(token.utf8Range.lowerBound),
            CInt(token.utf8Range.upperBound))
        } ?? 0
      }
      if code != 0 { return code }
    }
    return 0
  }
}

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
