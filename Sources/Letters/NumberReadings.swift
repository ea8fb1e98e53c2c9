import Foundation

/// การอ่านเลขที่หนังสือ — the letter numbers a Tesseract reading may stand for, likeliest first.
///
/// Tesseract's Thai model prints ๕ for ๔ ๘ ๙, ๓ for ๗, ๒ or ๐ (or `๒๐`) for ๖, so a printed
/// number usually differs from the true one in two or three digits at once (`มท ๐๕๑๒/ว ๑๕๐๕`
/// for `มท ๐๘๑๒/ว ๑๕๖๕`): readings one digit away miss it. Every combination of readings of
/// the code and serial is ranked by its likelihood — the product over digits of how often the
/// true digit stands behind the printed one — and the best `limit` are kept. The shares come
/// from how often each digit occurs in Thai letters (the clean Corpus: ๐ 15 %, ๒ 20 %, ๓ 7 %,
/// ๔ 5 %, ๕ 14 %, ๖ 10 %, ๗ 6 %, ๘ 5 %, ๙ 3 %), ๖'s share split over its three printings.
enum NumberReadings {
  /// How many readings a number keeps: enough for two or three changed digits in a usual
  /// number (2 × 4 × 2 × 2 readings of `๐๕๑๒/๑๕๐๕` make 512 in all), few enough for a
  /// record and an archive query.
  static let limit = 64

  /// For each printed ASCII digit: the digits it may stand for with their shares, the
  /// printed digit first.
  static let shares: [UInt8: [(UInt8, Double)]] = [
    0x35: [(0x35, 0.52), (0x34, 0.19), (0x38, 0.19), (0x39, 0.10)],  // ๕: ๕ ๔ ๘ ๙
    0x33: [(0x33, 0.56), (0x37, 0.44)],  // ๓: ๓ ๗
    0x32: [(0x32, 0.86), (0x36, 0.14)],  // ๒: ๒ ๖
    0x30: [(0x30, 0.82), (0x36, 0.18)],  // ๐: ๐ ๖
  ]

  /// The share of a printed `๒๐` being one ๖ rather than two digits.
  static let splitSixShare = 0.14

  /// Canonical numbers the reading may stand for (the reading itself left out), likeliest
  /// first, at most `limit`.
  /// - Complexity: O(n · limit · log limit) in the digits of code and serial: a beam over
  ///   positions keeps the `limit` best readings of each prefix, which holds the best `limit`
  ///   readings of the whole since each digit's share is independent of the others.
  static func candidates(_ number: LetterNumber, limit: Int = limit, latestYear: Int = ReadingDay.default.beYear)
    -> [String]
  {
    let code = Array((number.code ?? "").utf8)
    let serial = Array(number.serial.utf8)
    // One sequence: the code's bytes, a separator, the serial's bytes.
    let bytes = code + [0x2F] + serial
    let split = code.count
    // best[i]: the best readings of bytes[0..<i], as (text, log share).
    var best: [[(text: [UInt8], score: Double)]] = Array(repeating: [], count: bytes.count + 1)
    best[0] = [([], 0)]
    for i in 0..<bytes.count where !best[i].isEmpty {
      let byte = bytes[i]
      // `๒๐` printed for a ๖ (not across the code/serial boundary).
      if byte == 0x32, i + 1 < bytes.count, bytes[i + 1] == 0x30, i != split {
        let add = log(splitSixShare)
        best[i + 2] = keep(best[i + 2] + best[i].map { ($0.text + [0x36], $0.score + add) }, limit)
      }
      let readings = shares[byte] ?? [(byte, 1.0)]
      var next = best[i + 1]
      for (digit, share) in readings {
        let add = log(share)
        next += best[i].map { ($0.text + [digit], $0.score + add) }
      }
      best[i + 1] = keep(next, limit)
    }
    let own = number.canonical
    var readings: [LetterNumber] = []
    for reading in best[bytes.count] {
      guard let slash = reading.text.firstIndex(of: 0x2F) else { continue }
      var changed = number
      if number.code != nil { changed.code = String(decoding: reading.text[..<slash], as: UTF8.self) }
      changed.serial = String(decoding: reading.text[(slash + 1)...], as: UTF8.self)
      readings.append(changed)
    }
    // An order's `๕๑๕/๒๕๒๕`: each reading of the running number with each reading of the
    // year, taken along the diagonals of the two rankings (the i-th number with the j-th
    // year in order of i + j).
    if let years = yearSuffixReadings(number, latest: latestYear) {
      var combined: [LetterNumber] = []
      for sum in 0..<(readings.count + years.count) {
        for i in 0...sum where i < readings.count && sum - i < years.count {
          var changed = readings[i]
          changed.yearSuffix = years[sum - i]
          combined.append(changed)
        }
        if combined.count > 2 * limit { break }
      }
      readings = combined
    }
    var out: [String] = []
    var seen: Set<String> = [own]
    for changed in readings {
      let canonical = changed.canonical
      if seen.insert(canonical).inserted { out.append(canonical) }
      if out.count == limit { break }
    }
    return out
  }

  /// The years a number's Buddhist-era year suffix (`/๒๕๒๕` after an order's running number)
  /// may stand for, fewest changed digits first, then the more recent; nil when the number has
  /// no four-digit (or longer, a ๖ split in two) year suffix.
  static func yearSuffixReadings(_ number: LetterNumber, latest: Int) -> [String]? {
    guard let suffix = number.yearSuffix, suffix.utf8.count >= 4, suffix.hasPrefix("25") else { return nil }
    let years = OCRDigits.yearReadings(suffix, latest: latest).sorted { a, b in
      a.changes != b.changes ? a.changes < b.changes : a.year > b.year
    }
    return years.isEmpty ? nil : years.map { String($0.year) }
  }

  /// The `limit` best, best first; ties keep the earlier (the printed digit, then the
  /// readings in `shares` order).
  private static func keep(
    _ readings: [(text: [UInt8], score: Double)], _ limit: Int
  ) -> [(text: [UInt8], score: Double)] {
    let ranked = readings.enumerated().sorted { a, b in
      a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
    }
    return ranked.prefix(limit + 1).map(\.element)
  }
}
