import Foundation
import ThaiText

/// One normalized source line as the parser sees it.
struct Line: Sendable {
  /// 1-based line number in the source file.
  let number: Int
  /// Spaces collapsed, ends trimmed, list bullets and markdown marks gone.
  let text: String
  let scalars: [Unicode.Scalar]
  /// A form feed or page-break marker.
  let isPageBreak: Bool
  /// Page furniture: `- ๒ -` page numbers, `/ลงทะเบียน...` continuation words.
  let furniture: Furniture?
  /// A markdown list bullet stood before the text.
  let bulleted: Bool
  /// Tab-separated columns (OCR tables), each collapsed; one cell for an ordinary line.
  let cells: [String]

  enum Furniture: Equatable {
    case pageNumber
    /// A rule drawn with dashes or underscores (`------`).
    case rule
    /// The continuation word printed at the foot of a page; `startsItem` when it is a
    /// numbered item (`/๒. การนำสื่อ ...`), which begins a paragraph of its own.
    case continuation(startsItem: Bool)
  }

  var isBlank: Bool { scalars.isEmpty && !isPageBreak }
  /// Blank, a page break or furniture: nothing the letter says.
  var isEmptyish: Bool { scalars.isEmpty || isPageBreak || furniture != nil }

  init(number: Int, raw: String) {
    self.number = number
    var text = raw
    let pageBreak = text.unicodeScalars.contains("\u{0C}")
    if pageBreak { text = String(text.unicodeScalars.filter { $0 != "\u{0C}" }) }
    self.cells = text.split(separator: "\t", omittingEmptySubsequences: true)
      .map { Line.stripMarkup(String($0).collapsingSpaces()) }.filter { !$0.isEmpty }
    let collapsed = text.collapsingSpaces()
    text = Line.stripMarkup(collapsed)
    self.bulleted = ["- ", "* ", "• ", "➢ "].contains { collapsed.hasPrefix($0) }
    self.text = text
    self.scalars = Array(text.unicodeScalars)
    self.isPageBreak = pageBreak && scalars.isEmpty
    // Before markup stripping: `- ๒ -` is a page number, not a list item.
    self.furniture = Line.furniture(Array(collapsed.unicodeScalars))
  }

  /// Markdown that LLM OCR and plain OCR leave at a line's start: `#` headings, `**bold**`,
  /// list bullets `- ` / `* ` / `• `, `>` quotes.
  static func stripMarkup(_ text: String) -> String {
    var s = Substring(text)
    while let first = s.first, first == "#" || first == ">" { s = s.dropFirst() }
    s = Substring(String(s).trimmed)
    for bullet in ["- ", "* ", "• ", "➢ "] where s.hasPrefix(bullet) {
      s = s.dropFirst(bullet.count)
      break
    }
    var out = String(s)
    if out.contains("**") { out = out.replacingAll("**", with: "") }
    if out.contains("__") { out = out.replacingAll("__", with: "") }
    // <https://…> autolinks keep their text.
    if out.hasPrefix("<http"), out.hasSuffix(">") { out = String(out.dropFirst().dropLast()) }
    return out.trimmed
  }

  static func furniture(_ s: [Unicode.Scalar]) -> Furniture? {
    guard !s.isEmpty else { return nil }
    if s.count >= 3, s.allSatisfy({ $0 == "-" || $0 == "_" || $0 == "=" || $0 == "─" }) { return .rule }
    guard s.count < 80 else { return nil }
    // - ๒ -   /   -๒-
    if s.first == "-", s.last == "-", s.count >= 3 {
      let inner = s.dropFirst().dropLast().filter { $0 != " " }
      if !inner.isEmpty, inner.allSatisfy(ThaiDigits.isDigit) { return .pageNumber }
    }
    // /ลงทะเบียน...   /๒. การนำสื่อ ...   /ต่อ…
    if s.first == "/", s.count >= 3 {
      let text = String(String.UnicodeScalarView(s))
      if text.hasSuffix("...") || text.hasSuffix("..") || text.hasSuffix("…") {
        let rest = s.dropFirst()
        let startsItem = rest.first.map(ThaiDigits.isDigit) ?? false
        return .continuation(startsItem: startsItem)
      }
    }
    return nil
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let range = rest.range(of: target) {
      out += rest[..<range.lowerBound]
      out += replacement
      rest = rest[range.upperBound...]
    }
    out += rest
    return out
  }
}
