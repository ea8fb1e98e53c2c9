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

  /// ``fold(_:)`` on UTF-8 bytes, appended to `out`, for words of ASCII and Thai only (the
  /// common case: Thai has no letter case, so only A–Z and ๐–๙ change); nil otherwise.
  static func foldThaiOrASCII(_ word: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
    var i = 0
    let n = word.count
    while i < n {
      let b = word[i]
      if b < 0x80 {
        out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        i += 1
      } else if b == 0xE0, i + 2 < n, word[i + 1] == 0xB8 || word[i + 1] == 0xB9 {
        if word[i + 1] == 0xB9, word[i + 2] >= 0x90, word[i + 2] <= 0x99 {
          out.append(0x30 + word[i + 2] - 0x90)
        } else {
          out.append(contentsOf: word[i...(i + 2)])
        }
        i += 3
      } else {
        return false
      }
    }
    return true
  }

  func tokenize(
    context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
    nText: CInt, tokenCallback: @escaping FTS5TokenCallback
  ) -> CInt {
    guard let pText, nText > 0 else { return 0 }
    return UnsafeRawBufferPointer(start: pText, count: Int(nText)).withMemoryRebound(to: UInt8.self) { input in
      let text = String(decoding: input, as: UTF8.self)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(64)
      // Offsets are only right for valid UTF-8; FTS5 hands back what the archive stored, which is.
      for range in segmenter.utf8Ranges(in: text) where range.upperBound <= input.count {
        bytes.removeAll(keepingCapacity: true)
        let word = UnsafeBufferPointer(rebasing: input[range])
        if !Self.foldThaiOrASCII(word, into: &bytes) {
          bytes = Array(Self.fold(String(decoding: word, as: UTF8.self)).utf8)
        }
        guard !bytes.isEmpty else { continue }
        let code = bytes.withUnsafeMutableBufferPointer { buffer in
          buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
            tokenCallback(context, 0, base, CInt(buffer.count), CInt(range.lowerBound), CInt(range.upperBound))
          } ?? 0
        }
        if code != 0 { return code }
      }
      return 0
    }
  }
}
