/// Reads hOCR (Tesseract's `hocr` output) as lines of text.
///
/// Reading order is document order of the line elements (`ocr_line`, `ocrx_line`,
/// `ocr_caption`, `ocr_header`, `ocr_textfloat`, `ocr_footer`). An empty line separates
/// paragraphs (`ocr_par`, or `ocr_carea` without paragraphs) and a `"\u{0C}"` line separates
/// pages (`ocr_page`). Lines are numbered 1…n in that output: hOCR is XML, so the source's own
/// line numbers say nothing about the text.
///
/// Words are joined by `WordJoiner`: a space where the gap between glyph boxes is wider than
/// 0.3 × the line's `x_size` (without `x_size`, 0.5 × the median word-box height), scaled by
/// the glyphs on either side (`WordJoiner.gapScale`). On Tesseract 5.3 output of the Corpus
/// letters (Corpus/ocr, 49 runs) the rebuilt lines hold Tesseract's own `.txt` spaces at
/// 4,142 places, add 342 and miss 595 (the plain threshold alone: 3,832 / 373 / 905); 1,652
/// of the 2,404 lines are the same as Tesseract's (1,483). The spaces missed are mostly where
/// glyph boxes touch.
struct HOCRReader {
  static let lineClasses: Set<String> = [
    "ocr_line", "ocrx_line", "ocr_caption", "ocr_header", "ocr_textfloat", "ocr_footer",
  ]
  static let blockClasses: Set<String> = ["ocr_par", "ocr_carea", "ocrx_block"]
  static let wordClasses: Set<String> = ["ocrx_word", "ocr_word"]
  /// A gap wider than this × `x_size` is a space (tuned on Corpus/ocr, see above).
  static let gapPerXSize = 0.3
  /// Without `x_size`: a gap wider than this × the median word-box height is a space.
  static let gapPerBoxHeight = 0.5

  private var layout = LayoutLines()
  /// The engine's words are real words all through the document (`WordJoiner.Evidence`).
  private var wholeWords = false
  /// Every line's words and gap threshold, in document order, read once for the evidence and
  /// then for the text; `next` is the line `visit` comes to next.
  private var lineWords: [(WordJoiner, Double?)] = []
  private var next = 0

  static func lines(from root: XMLTreeElement) -> [SourceLine] {
    var reader = HOCRReader()
    var evidence = WordJoiner.Evidence()
    forEachLine(in: root) { line in
      let words = words(ofLine: line)
      evidence.add(words.0, threshold: words.1)
      reader.lineWords.append(words)
    }
    reader.wholeWords = evidence.areWholeWords
    reader.visit(root, block: nil)
    return reader.layout.sourceLines
  }

  /// Every line element from `element` down, in document order: the elements `visit` reads
  /// as lines, in the order it reads them (a line's own lines are its text).
  private static func forEachLine(in element: XMLTreeElement, _ body: (XMLTreeElement) -> Void) {
    if !classes(of: element).isDisjoint(with: lineClasses) {
      body(element)
      return
    }
    for child in element.elements { forEachLine(in: child, body) }
  }

  private mutating func visit(_ element: XMLTreeElement, block: Int?) {
    let classes = Self.classes(of: element)
    var block = block
    if classes.contains("ocr_page") {
      layout.startPage()
      block = nil
    }
    if !classes.isDisjoint(with: Self.blockClasses) {
      block = layout.startBlock()
    }
    if !classes.isDisjoint(with: Self.lineClasses) {
      let (joiner, threshold) = next < lineWords.count ? lineWords[next] : Self.words(ofLine: element)
      next += 1
      layout.append(Self.text(ofLine: element, joiner, threshold: threshold, wholeWords: wholeWords), block: block)
      return
    }
    for child in element.elements { visit(child, block: block) }
  }

  static func classes(of element: XMLTreeElement) -> Set<String> {
    guard let value = element.attribute("class") else { return [] }
    return Set(value.split(whereSeparator: \.isWhitespace).map(String.init))
  }

  // MARK: Rebuilding a line from its words

  /// A line's text: its words joined by the gap rule, or its collapsed text when it has no
  /// word elements.
  private static func text(ofLine line: XMLTreeElement, _ joiner: WordJoiner, threshold: Double?, wholeWords: Bool)
    -> String
  {
    guard !joiner.words.isEmpty else { return WordJoiner.collapsingWhitespace(line.text) }
    return joiner.joined(threshold: threshold, inDocumentOfWholeWords: wholeWords)
  }

  /// A line's words, and the gap wider than which is a space between them.
  private static func words(ofLine line: XMLTreeElement) -> (WordJoiner, Double?) {
    var joiner = WordJoiner()
    collectWords(in: line, into: &joiner.words)
    let threshold: Double? =
      if let xSize = HOCRTitle(line.attribute("title") ?? "").xSize, xSize > 0 {
        gapPerXSize * xSize
      } else {
        joiner.medianHeight.map { gapPerBoxHeight * $0 }
      }
    return (joiner, threshold)
  }

  private static func collectWords(in element: XMLTreeElement, into words: inout [WordJoiner.Word]) {
    forEachWord(in: element) { word, text in
      words.append(.init(text: text, box: HOCRTitle(word.attribute("title") ?? "").box))
    }
  }

  /// Every word element under `element` with its text (white space collapsed, empty ones
  /// passed over), in document order.
  private static func forEachWord(in element: XMLTreeElement, _ body: (XMLTreeElement, String) -> Void) {
    for child in element.elements {
      if !classes(of: child).isDisjoint(with: wordClasses) {
        let text = WordJoiner.collapsingWhitespace(child.text)
        if !text.isEmpty { body(child, text) }
      } else {
        forEachWord(in: child, body)
      }
    }
  }
}

/// The properties in an hOCR `title`: `bbox 246 207 390 250; baseline 0.007 -1; x_size 47.4`.
struct HOCRTitle {
  var box: BoundingBox?
  var xSize: Double?

  init(_ title: String) {
    for property in title.split(separator: ";") {
      let fields = property.split(whereSeparator: \.isWhitespace)
      guard let key = fields.first else { continue }
      switch key {
      case "bbox":
        let numbers = fields.dropFirst().compactMap { Int($0) }
        if numbers.count == 4 {
          box = BoundingBox(x0: numbers[0], y0: numbers[1], x1: numbers[2], y1: numbers[3])
        }
      case "x_size":
        xSize = fields.dropFirst().first.flatMap { Double($0) }
      default:
        continue
      }
    }
  }
}
