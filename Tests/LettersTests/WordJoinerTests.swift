import Testing

@testable import Letters

/// Where `WordJoiner` puts a space between Tesseract's glyph boxes (hOCR, ALTO): the gap
/// rule scaled by the glyphs on either side, measured on Corpus/ocr (WordJoiner.gapScale).
/// Glyphs are 20 px wide; the line's x-size is 50, so the plain threshold is 0.3 × 50 = 15 px.
@Suite struct WordJoinerTests {
  /// A line of glyph words, each with the gap in pixels before it.
  static func joined(_ glyphs: [(String, Int)]) -> String {
    var joiner = WordJoiner()
    var x = 0
    for (text, gap) in glyphs {
      x += gap
      joiner.words.append(.init(text: text, box: BoundingBox(x0: x, y0: 0, x1: x + 20, y1: 40)))
      x += 20
    }
    return joiner.joined(threshold: 0.3 * 50)
  }

  @Test(
    arguments: [
      // A tone mark never has a space before it, however wide the gap (`ด ่วน` was printed).
      ([("ด", 0), ("่", 18), ("ว", 2), ("น", 2)], "ด่วน"),
      // Between a Thai letter and a digit a narrower gap is a space (0.18 × 50 = 9 px)…
      ([("ถ", 0), ("ึ", 1), ("ง", 1), ("๑", 10), (".", 1)], "ถึง ๑."),
      // …and between digits a wider one is needed (0.34 × 50 = 17 px): a narrow ๐'s box.
      ([("๐", 0), ("๕", 16), ("๑", 3), ("๐", 3)], "๐๕๑๐"),
      ([("๐", 0), ("๕", 19), ("๑", 3), ("๐", 3)], "๐ ๕๑๐"),
      // Elsewhere the plain threshold.
      ([("ก", 0), ("า", 14), ("ร", 2)], "การ"),
      ([("ก", 0), ("า", 16), ("ร", 2)], "ก าร"),
      // Inside an abbreviation, no space after its dot.
      ([("พ", 0), (".", 1), ("ศ", 14), (".", 1), ("๒", 12)], "พ.ศ. ๒"),
      // After a header label that begins the line, a small gap is the space (5 px).
      ([("เ", 0), ("ร", 1), ("ี", 1), ("ย", 1), ("น", 1), ("น", 6), ("า", 1), ("ย", 1)], "เรียน นาย"),
      // `ที่` is not such a label: it begins words (`ที่มี`).
      ([("ท", 0), ("ี", 1), ("่", 1), ("ม", 6), ("ี", 1)], "ที่มี"),
    ] as [([(String, Int)], String)])
  func spacesFollowTheGlyphsAround(_ glyphs: [(String, Int)], _ expected: String) {
    #expect(Self.joined(glyphs) == expected)
  }
}
