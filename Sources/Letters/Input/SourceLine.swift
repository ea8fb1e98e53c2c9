/// บรรทัด — one line of text ready for the letter parser, with the 1-based line number it
/// came from in the source file.
///
/// Plain text and markdown keep the source file's numbering (a markdown line that splits at
/// `<br>` or an HTML table on one long line gives several `SourceLine`s with one number).
/// hOCR and ALTO are XML, where source lines mean nothing to a reader, so their lines are
/// numbered 1…n in the order of the rebuilt text.
public struct SourceLine: Sendable, Equatable {
  /// The 1-based line number in the source file (for hOCR and ALTO, in the rebuilt text).
  public var number: Int
  /// The text, without its line terminator. `"\u{0C}"` (form feed) alone marks a page break
  /// (ขึ้นหน้าใหม่).
  public var text: String

  public init(number: Int, text: String) {
    self.number = number
    self.text = text
  }

  /// The text of a line that stands for a page break.
  public static let pageBreak = "\u{0C}"

  /// This line marks a page break (ขึ้นหน้าใหม่).
  public var isPageBreak: Bool { text == Self.pageBreak }
}
