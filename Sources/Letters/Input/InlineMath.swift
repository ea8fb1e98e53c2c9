/// สูตรในบรรทัด — inline LaTeX (`$…$`) that a document-AI OCR (Mistral OCR) writes for what
/// the page printed as a mark or a small number: `PM${ }_{2.5}$` (PM₂.₅), `${ }^{1}$` (a
/// footnote's mark), `$\checkmark$`, `$\square$`. Read as the text the page printed: commands
/// become their sign or go, braces, `^` and `_` go, spaces inside the math go.
///
/// A number alone between two `$` (`$0.01$`, PaddleOCR-VL's) is that number. A `$` with no
/// LaTeX before the next `$` on its line (`$25 และ $30`) is a dollar sign.
struct InlineMath {
  /// The printed text.
  let text: [UInt8]
  /// The index after the closing `$`.
  let end: Int

  /// How far the closing `$` may stand from the opening one.
  static let lookahead = 80

  /// Commands with a sign of their own; other commands (`\mathrm`, `\text`) go, their
  /// argument stays.
  static let signs: [String: String] = [
    "checkmark": "✓", "square": "☐", "blacksquare": "■", "times": "×", "cdot": "·", "circ": "°",
    "degree": "°", "leq": "≤", "geq": "≥", "le": "≤", "ge": "≥", "pm": "±", "bullet": "•",
    "rightarrow": "→", "to": "→", "%": "%", ",": " ", ";": " ", " ": " ", "quad": " ", "qquad": " ",
  ]

  /// The math opening at `start` (a `$`), or nil when it is no math.
  init?(_ bytes: [UInt8], at start: Int) {
    let limit = min(bytes.count, start + Self.lookahead)
    var close = start + 1
    while close < limit, bytes[close] != Byte.dollar, bytes[close] != Byte.newline { close += 1 }
    guard close < limit, bytes[close] == Byte.dollar, close > start + 1 else { return nil }
    let inner = bytes[(start + 1)..<close]
    // LaTeX, or a number set as math (PaddleOCR-VL's `อัตราร้อยละ $0.01$`): digits, a dot, a comma.
    guard
      inner.contains(where: { [Byte.backslash, Byte.leftBrace, Byte.caret, Byte.underscore].contains($0) })
        || inner.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2C })
          && inner.contains(where: { (0x30...0x39).contains($0) })
    else { return nil }
    var out: [UInt8] = []
    var k = inner.startIndex
    while k < inner.endIndex {
      let b = inner[k]
      if b == Byte.backslash {
        var e = k + 1
        while e < inner.endIndex, Byte.isLetter(inner[e]) { e += 1 }
        // A command of one sign (`\%`, `\,`).
        if e == k + 1, e < inner.endIndex { e += 1 }
        let name = String(decoding: inner[(k + 1)..<e], as: UTF8.self)
        if let sign = Self.signs[name] { out.append(contentsOf: sign.utf8) }
        k = e
        continue
      }
      if b != Byte.leftBrace, b != Byte.rightBrace, b != Byte.caret, b != Byte.underscore, b != Byte.space {
        out.append(b)
      }
      k += 1
    }
    text = out
    end = close + 1
  }
}
