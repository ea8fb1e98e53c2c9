/// Puts the words of an OCR line back together (คำ → บรรทัด).
///
/// Tesseract's Thai model emits one "word" per glyph cluster, with no spaces, in hOCR
/// (`ocrx_word`) and ALTO (`String`, with an `SP` after every one). Where a line's words
/// are that small, they are joined, and a space goes only where the horizontal gap between
/// a word and everything to its left is wider than `threshold`. Words keep their document
/// order, which is Tesseract's character order: sorting by x moves tone marks off their
/// consonants (`นั้น` → `นนัั้`). A line whose words are mostly three characters or longer
/// comes from an engine that segments real words, and gets a space between every word.
struct WordJoiner {
  struct Word {
    var text: String
    var box: BoundingBox?
  }

  var words: [Word] = []

  /// Median word-box height, for a threshold when the engine gives no font size.
  var medianHeight: Double? {
    let heights = words.compactMap { $0.box.map { Double($0.height) } }.sorted()
    return heights.isEmpty ? nil : heights[heights.count / 2]
  }

  /// The line's text; `threshold` in the boxes' units, nil to put a space between all words.
  func joined(threshold: Double?) -> String {
    let lengths = words.map(\.text.count).sorted()
    let wholeWords = words.count >= 3 && lengths[lengths.count / 2] >= 3
    var out = ""
    var right: Int?
    for word in words {
      if !out.isEmpty {
        if !wholeWords, let threshold, let right, let box = word.box {
          if Double(box.x0 - right) > threshold { out += " " }
        } else {
          out += " "
        }
      }
      out += word.text
      if let box = word.box { right = max(right ?? box.x1, box.x1) }
    }
    return out
  }

  static func collapsingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

/// A word's box in pixels, x to the right and y down (hOCR `bbox x0 y0 x1 y1`; ALTO
/// `HPOS VPOS WIDTH HEIGHT`).
struct BoundingBox: Equatable {
  var x0: Int
  var y0: Int
  var x1: Int
  var y1: Int
  var height: Int { y1 - y0 }
}
