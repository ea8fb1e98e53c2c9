/// เลขที่ตามที่ Tesseract พิมพ์ — the numbers Tesseract's Thai model may print for a true
/// letter number: the other way round from ``NumberReadings``.
///
/// A page that model read has no ๔ ๖ ๗ ๘ ๙ (``OCRDigits/looksLikeTesseract(_:)``), and only
/// there are a number's OCR candidates listed: its ๔ ๘ ๙ come out ๕, its ๗ ๓, its ๖ ๒, ๐ or
/// `๒๐`. So a citation whose candidates name a letter was printed as one of few numbers, and
/// an archive finds the open citations a letter arriving could settle by asking for those
/// numbers — two digits apart or more, where a query by code or by serial finds nothing. A
/// year suffix may have been set back to the year it stands for (``OCRDigitRepair``), so a
/// four-digit run that reads as a Buddhist-era year is also kept as it is.
public enum TesseractPrintings {
  /// Printings of `canonical` (a ``LetterNumber/canonical`` form, ASCII digits) other than
  /// itself, at most `limit` (a number with more than three ๖ loses some).
  /// - Complexity: O(limit · n) in the number's length.
  public static func of(_ canonical: String, limit: Int = 27) -> [String] {
    // Pieces: the text between digit runs as it is, each run as its printings.
    var pieces: [[String]] = []
    var text: [UInt8] = []
    var run: [UInt8] = []
    func flushRun() {
      guard !run.isEmpty else { return }
      var options = printings(ofRun: run, limit: limit)
      if run.count == 4, run[0] == 0x32, run[1] == 0x35, !options.contains(String(decoding: run, as: UTF8.self)) {
        options.append(String(decoding: run, as: UTF8.self))
      }
      pieces.append(options)
      run = []
    }
    for byte in canonical.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        if !text.isEmpty {
          pieces.append([String(decoding: text, as: UTF8.self)])
          text = []
        }
        run.append(byte)
      } else {
        flushRun()
        text.append(byte)
      }
    }
    flushRun()
    if !text.isEmpty { pieces.append([String(decoding: text, as: UTF8.self)]) }
    var out: [String] = [""]
    for options in pieces {
      var next: [String] = []
      outer: for head in out {
        for option in options {
          next.append(head + option)
          if next.count == limit + 1 { break outer }
        }
      }
      out = next
    }
    return out.filter { $0 != canonical }.prefix(limit).map { $0 }
  }

  /// A run of ASCII digits as Tesseract may print it: ๔ ๘ ๙ as ๕ and ๗ as ๓ always (the model
  /// has no glyph for them), each ๖ as ๒, ๐ or `๒๐`.
  static func printings(ofRun run: [UInt8], limit: Int) -> [String] {
    var out: [[UInt8]] = [[]]
    for digit in run {
      let options: [[UInt8]]
      switch digit {
      case 0x34, 0x38, 0x39: options = [[0x35]]
      case 0x37: options = [[0x33]]
      case 0x36: options = [[0x32], [0x30], [0x32, 0x30]]
      default: options = [[digit]]
      }
      var next: [[UInt8]] = []
      outer: for head in out {
        for option in options {
          next.append(head + option)
          if next.count == limit { break outer }
        }
      }
      out = next
    }
    return out.map { String(decoding: $0, as: UTF8.self) }
  }
}
