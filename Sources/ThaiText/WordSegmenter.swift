internal import ICUShim

/// คำ — a word found by the segmenter, with where it lies in the text.
public struct WordToken: Sendable, Hashable {
  public let text: String
  /// Byte offsets in the UTF-8 form of the segmented text (what SQLite FTS5 wants).
  public let utf8Range: Range<Int>
}

/// การตัดคำ — splits Thai (and any other script) into words with ICU's dictionary-based
/// word break iterator. Spaces and punctuation are not words.
///
/// Owns an ICU iterator: create one per thread and reuse it.
public final class WordSegmenter {
  private let breaker: OpaquePointer

  /// A segmenter for `locale` (Thai by default; ICU picks the dictionary by script anyway).
  public init(locale: String = "th") throws(ICUError) {
    var error: Int32 = 0
    guard let breaker = saraban_word_breaker_open(locale, &error) else {
      throw ICUError(rawValue: error == 0 ? 2 : error)
    }
    self.breaker = breaker
  }

  deinit { saraban_word_breaker_close(breaker) }

  /// The words of `text`.
  public func words(in text: String) -> [String] { tokens(in: text).map(\.text) }

  /// The words of `text` with their UTF-8 byte ranges.
  public func tokens(in text: String) -> [WordToken] {
    let ranges = utf8Ranges(in: text)
    guard !ranges.isEmpty else { return [] }
    let bytes = Array(text.utf8)
    // Each word's text is a slice of the UTF-8 bytes (decoding UTF-16 slices takes the
    // standard library's slow transcoding path).
    return bytes.withUnsafeBufferPointer { all in
      ranges.map { WordToken(text: String(decoding: UnsafeBufferPointer(rebasing: all[$0]), as: UTF8.self), utf8Range: $0) }
    }
  }

  /// The UTF-8 byte ranges of the words of `text`, without making a string for each (a
  /// search tokenizer only needs the bytes it was given).
  /// - Complexity: O(n) in the length of `text`.
  public func utf8Ranges(in text: String) -> [Range<Int>] {
    let units = Array(text.utf16)
    guard !units.isEmpty else { return [] }
    var starts = [Int32](repeating: 0, count: units.count)
    var ends = [Int32](repeating: 0, count: units.count)
    let count = units.withUnsafeBufferPointer { source -> Int in
      guard let base = source.baseAddress else { return 0 }
      var error: Int32 = 0
      let n = saraban_word_breaker_words(
        breaker, base, Int32(source.count), &starts, &ends, Int32(units.count), &error)
      return error > 0 ? 0 : Int(min(n, Int32(units.count)))
    }
    // UTF-16 offset → UTF-8 offset, so callers can index bytes.
    var utf8Offsets = [Int](repeating: 0, count: units.count + 1)
    var offset = 0
    for (i, unit) in units.enumerated() {
      utf8Offsets[i] = offset
      switch unit {
      case 0..<0x80: offset += 1
      case 0x80..<0x800: offset += 2
      case 0xD800..<0xDC00: offset += 4  // the pair's second half adds nothing
      case 0xDC00..<0xE000: break
      default: offset += 3
      }
    }
    utf8Offsets[units.count] = offset
    return (0..<count).map { k in utf8Offsets[Int(starts[k])]..<utf8Offsets[Int(ends[k])] }
  }
}
