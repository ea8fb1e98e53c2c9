/// Puts the words of an OCR line back together (คำ → บรรทัด).
///
/// Tesseract's Thai model emits one "word" per glyph cluster, with no spaces, in hOCR
/// (`ocrx_word`) and ALTO (`String`, with an `SP` after every one). Where a line's words
/// are that small, they are joined, and a space goes only where the horizontal gap between
/// a word and everything to its left is wider than `threshold`. Words keep their document
/// order, which is Tesseract's character order: sorting by x moves tone marks off their
/// consonants (`นั้น` → `นนัั้`). A line whose words are mostly three characters or longer,
/// or any line of a document whose words mostly are, comes from an engine that segments real
/// words, and gets a space between every word.
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
  ///
  /// The threshold is scaled by the kinds of glyph on either side of the gap (`gapScale`),
  /// and lowered after a header label that begins the line (`เรียน`, `อ้างถึง`, …).
  /// `inDocumentOfWholeWords`: the engine segments real words all through the document
  /// (``areWholeWords(_:)``), so even a line of two words (a signer's name) gets its space.
  func joined(threshold: Double?, inDocumentOfWholeWords: Bool = false) -> String {
    let lengths = words.map(\.text.count).sorted()
    let wholeWords = inDocumentOfWholeWords || words.count >= 3 && lengths[lengths.count / 2] >= 3
    var out = ""
    var right: Int?
    var atLabel = false
    // The line's head while it may still be a label: no space yet, and no longer than the
    // longest label (checked in constant time a word, so a huge line stays linear).
    var head: String? = ""
    for (index, word) in words.enumerated() {
      if !out.isEmpty {
        if !wholeWords, let threshold, let right, let box = word.box {
          let scale =
            atLabel && Self.startsWord(word.text)
            ? Self.afterLabel
            : Self.gapScale(after: out.unicodeScalars.last, before: word.text.unicodeScalars.first, then: second(index))
          if let scale, Double(box.x0 - right) > threshold * scale {
            out += " "
            head = nil
          }
        } else {
          out += " "
          head = nil
        }
      }
      out += word.text
      if let box = word.box { right = max(right ?? box.x1, box.x1) }
      // Only while the line has no space yet: a label is the line's first word.
      head = head.map { $0 + word.text }
      if let text = head, text.unicodeScalars.count > Self.longestLabel { head = nil }
      atLabel = !wholeWords && index + 1 < words.count && head.map(Self.lineLabels.contains) == true
    }
    return out
  }

  /// Whether a document's words, by their lengths in characters, come from an engine that
  /// segments real words (ABBYY, ocrmypdf's word-level models, cloud OCR): the median word
  /// is three characters or longer. Tesseract's Thai model gives one glyph cluster a word.
  static func areWholeWords(_ lengths: [Int]) -> Bool {
    guard !lengths.isEmpty else { return false }
    let sorted = lengths.sorted()
    return sorted[sorted.count / 2] >= 3
  }

  /// The scalar after the first of word `index`: its own second, or the next word's first.
  private func second(_ index: Int) -> Unicode.Scalar? {
    let scalars = words[index].text.unicodeScalars
    if scalars.count > 1 { return scalars[scalars.index(after: scalars.startIndex)] }
    return index + 1 < words.count ? words[index + 1].text.unicodeScalars.first : nil
  }

  // MARK: Where a space may go

  /// Header labels that begin a line and are followed by a space in the letter. Their last
  /// glyph and the next word's first often have nearly touching boxes in Tesseract's
  /// output; where the boxes are apart at all (a tenth of the x-height), it is the space.
  /// `ที่`/`ที` are left out: they begin ordinary words too (`ที่มี`, `ทีว่าการ`).
  static let lineLabels: Set<String> = [
    "เรื่อง", "เรือง", "เรียน", "อ้างถึง", "สิ่งที่ส่งมาด้วย", "ส่วนราชการ", "วันที่", "เสนอ",
  ]
  static let longestLabel = lineLabels.map(\.unicodeScalars.count).max() ?? 0

  /// The share of the threshold a gap after a line's label must pass.
  static let afterLabel = 1.0 / 3

  /// Thai vowels and tone marks written above or below their consonant (สระบน-ล่าง,
  /// วรรณยุกต์): a space never comes before one.
  static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v == 0x0E31 || (0x0E34...0x0E3A).contains(v) || (0x0E47...0x0E4E).contains(v)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    (0x0E50...0x0E59).contains(scalar.value) || (0x30...0x39).contains(scalar.value)
  }

  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    "./,-:()".unicodeScalars.contains(scalar)
  }

  private static func startsWord(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return !isCombiningMark(first)
  }

  /// How wide a gap between these two glyphs must be, as a share of the line's threshold,
  /// to be a space; nil where a space cannot be.
  ///
  /// Measured on Tesseract 5.3 hOCR against its own text of the same pages (Corpus/ocr,
  /// 57,707 glyph boundaries, 3,569 spaces): between a Thai letter and a digit the text has
  /// a space four times in five, and the best cut is 0.18 × x_size; after punctuation 0.22;
  /// between two digits, whose boxes are narrower than their advance, 0.34; elsewhere 0.3.
  /// Together with no space before a mark, that is 767 disagreements instead of 971.
  /// Inside an abbreviation (`พ.ศ.`, `ม.ค.`: a dot, a letter, a dot) there is never a space.
  static func gapScale(after left: Unicode.Scalar?, before right: Unicode.Scalar?, then next: Unicode.Scalar? = nil)
    -> Double?
  {
    guard let left, let right else { return 1 }
    if isCombiningMark(right) { return nil }
    if left == ".", next == ".", (0x0E01...0x0E2E).contains(right.value) { return nil }
    let leftDigit = isDigit(left)
    let rightDigit = isDigit(right)
    if leftDigit && rightDigit { return 0.34 / 0.3 }
    if isPunctuation(left) { return 0.22 / 0.3 }
    if leftDigit != rightDigit, !isPunctuation(right) { return 0.18 / 0.3 }
    return 1
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
