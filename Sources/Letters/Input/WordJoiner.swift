/// Puts the words of an OCR line back together (คำ → บรรทัด).
///
/// Tesseract's Thai model emits one "word" per glyph cluster, with no spaces, in hOCR
/// (`ocrx_word`) and ALTO (`String`, with an `SP` after every one). Where a line's words
/// are that small, they are joined, and a space goes only where the horizontal gap between
/// a word and everything to its left is wider than `threshold`. Words keep their document
/// order, which is Tesseract's character order: sorting by x moves tone marks off their
/// consonants (`นั้น` → `นนัั้`). A line whose words are mostly three characters or longer,
/// or any line of a document whose words mostly are, comes from an engine that segments real
/// words, and gets a space between every word — unless most of the boxes touch: then the
/// words are glyph clusters of several letters (``touchingGaps(_:)``).
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
  /// lowered after a header label that begins the line (`เรียน`, `อ้างถึง`, …), and lowered
  /// in a line whose glyph boxes mostly touch (``amongTouchingGlyphs``).
  /// `inDocumentOfWholeWords`: the engine segments real words all through the document
  /// (``areWholeWords(_:)``), so even a line of two words (a signer's name) gets its space.
  func joined(threshold: Double?, inDocumentOfWholeWords: Bool = false) -> String {
    let lengths = words.map(\.text.count).sorted()
    let touching = boxesMostlyTouch(threshold)
    let wholeWords =
      inDocumentOfWholeWords || words.count >= 3 && lengths[lengths.count / 2] >= 3 && !touching
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
          // Where glyphs touch, a space between two letters shows plainly; digits and
          // punctuation keep their thresholds (`๑.`, `๐๐๒๐.๐๓` stay whole).
          let plain =
            touching && Self.isLetter(out.unicodeScalars.last) && Self.isLetter(word.text.unicodeScalars.first)
            ? Self.amongTouchingGlyphs : 1
          if let scale, Double(box.x0 - right) > threshold * scale * plain {
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

  /// Whether most gaps between the line's word boxes touch (``touchingGaps(_:)``): the words
  /// are glyph clusters, not words a space apart, however long they are.
  func boxesMostlyTouch(_ threshold: Double?) -> Bool {
    let (touching, gaps) = touchingGaps(threshold)
    return Self.mostlyTouch(touching: touching, of: gaps)
  }

  /// More than half of the gaps touch.
  static func mostlyTouch(touching: Int, of gaps: Int) -> Bool { gaps > 0 && 2 * touching > gaps }

  /// Of the gaps between the line's boxed words, how many are under a quarter of `threshold`,
  /// and how many there are. Tesseract cuts a word into glyph clusters of a few letters
  /// (`ขอแสด` `งคว` `าม`) whose boxes touch (0–2 px); an engine's word space is over half the
  /// threshold (ABBYY, ocrmypdf: 16–18 px where the threshold is 25).
  func touchingGaps(_ threshold: Double?) -> (touching: Int, gaps: Int) {
    guard let threshold, words.count >= 2 else { return (0, 0) }
    var touching = 0
    var gaps = 0
    for (left, right) in zip(words, words.dropFirst()) {
      guard let a = left.box, let b = right.box else { continue }
      gaps += 1
      if Double(b.x0 - a.x1) < threshold / 4 { touching += 1 }
    }
    return (touching, gaps)
  }

  /// What a document's lines say of its engine: its words' lengths in characters, and how
  /// many of the gaps between them touch.
  struct Evidence {
    var lengths: [Int] = []
    var gaps = 0
    var touching = 0

    /// Adds a line's words, `threshold` its gap threshold.
    mutating func add(_ line: WordJoiner, threshold: Double?) {
      for word in line.words { lengths.append(word.text.count) }
      let (t, g) = line.touchingGaps(threshold)
      touching += t
      gaps += g
    }

    /// The engine segments real words all through the document: ``areWholeWords(_:)``, and
    /// most gaps between its words do not touch (glyph clusters may be three letters long).
    var areWholeWords: Bool {
      WordJoiner.areWholeWords(lengths) && !WordJoiner.mostlyTouch(touching: touching, of: gaps)
    }
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

  /// The share of the threshold a gap between two digits must pass (see ``gapScale``).
  static let betweenDigits = 0.34 / 0.3

  /// The share of its threshold a gap between two letters must pass in a line whose glyph
  /// boxes mostly touch (``boxesMostlyTouch(_:)``). Measured on Corpus/ocr's Tesseract 5.3
  /// hOCR against Tesseract's own `.txt` of the same pages (space positions in lines with the
  /// same letters): 2,576 disagreements at 1, 2,495 at 0.9 (0.85: 2,580 when applied to every
  /// gap). Next to a digit or punctuation it is not applied: it split `๑.` and `๐๐๒๐.๐๓`.
  static let amongTouchingGlyphs = 0.9

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

  /// Neither a digit nor punctuation (a Thai or Latin letter, a mark).
  private static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return !isDigit(scalar) && !isPunctuation(scalar)
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
    if leftDigit && rightDigit { return betweenDigits }
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
