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
