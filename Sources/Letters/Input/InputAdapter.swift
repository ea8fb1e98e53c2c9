/// The input adapters (ตัวอ่านไฟล์ OCR): turn plain text, markdown, hOCR, ALTO or PAGE XML into
/// lines for the letter parser.
public enum InputAdapter {
  /// Guesses the format from the path extension and the first 64 KiB of the text.
  ///
  /// hOCR (XHTML with `ocr_page`/`ocr_line`/`ocrx_word` classes), ALTO (root `<alto>`) and PAGE
  /// (root `<PcGts>`) are recognised by content whatever the extension; then `.hocr`, `.alto`, `.md` decide; then
  /// markdown markers (`#` headings, `**`, `<table`, `<!-- PAGE BREAK -->`, `<figure`, code
  /// fences, `<br>`, links, pipe-table separators); otherwise plain text.
  public static func detect(path: String?, text: String) -> InputFormat {
    FormatSniffer.detect(path: path, text: text)
  }

  /// The lines of `text` read as `format`, ready for the letter parser.
  ///
  /// Plain text and markdown keep source line numbers; hOCR and ALTO are numbered 1…n in the
  /// rebuilt text. A page break is a line whose text is `"\u{0C}"`. Empty or white-space
  /// text gives `[]` for XML formats (and a line per source line for the others).
  ///
  /// XML is parsed with libxml2 without network access, external DTDs or entity
  /// expansion, and with its default limits (256 levels of nesting).
  /// - Throws: `InputError` when hOCR or ALTO is not well-formed XML, nests too deep, or is
  ///   larger than 2 GiB.
  /// - Complexity: O(n) in the length of the text.
  public static func lines(from text: String, format: InputFormat) throws(InputError)
    -> [SourceLine]
  {
    switch format {
    case .plain:
      return PlainText.lines(from: text)
    case .markdown:
      return MarkdownCleaner.lines(from: text)
    case .hocr:
      guard !isBlank(text) else { return [] }
      return HOCRReader.lines(from: try XMLDocumentParser.root(of: text, format: format))
    case .alto:
      guard !isBlank(text) else { return [] }
      return ALTOReader.lines(from: try XMLDocumentParser.root(of: text, format: format))
    case .page:
      guard !isBlank(text) else { return [] }
      return PAGEReader.lines(from: try XMLDocumentParser.root(of: text, format: format))
    }
  }

  private static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
  }
}
