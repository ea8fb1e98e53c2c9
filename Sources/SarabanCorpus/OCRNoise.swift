import SeededRandom

/// ความเสียหายจาก OCR — the damage OCR does to letters, as DESIGN.md measured it on
/// Tesseract's Thai model, applied to generated text at one of three levels.
///
/// - `light`: lines wrapped at the page width, page furniture at page breaks (`- ๒ -`, a
///   continuation word), `เเ` for `แ` and `ํา` for `ำ` now and then, a few tone marks lost,
///   and a few Thai digits read as Tesseract reads them.
/// - `heavy`: Tesseract's Thai model itself — its character set has no ๔ ๖ ๗ ๘ ๙ and no ำ,
///   so every ๔→๕, ๖→๒/๐/๒๐, ๗→๓, ๘→๕, ๙→๕ and ำ→ํา; tone marks drop often (ที่→ที,
///   เรื่อง→เรือง); plus everything `light` does.
struct OCRNoise: Sendable {
  enum Level: String, Sendable, CaseIterable {
    case none, light, heavy
  }

  var level: Level
  /// Characters a line holds before OCR wraps it (an A4 line at 16 pt).
  var width = 72

  var tonesDropped: Double { level == .heavy ? 0.2 : 0.02 }
  var digitsConfused: Double { level == .heavy ? 1 : 0.03 }
  var doubleSaraE: Double { level == .heavy ? 0.5 : 0.2 }
  var saraAm: Double { level == .heavy ? 1 : 0.3 }

  /// The lines of one letter as OCR gives them back; page-break marks become page furniture.
  func apply(_ lines: [String], page: inout Int, _ r: inout SplitMix64) -> [String] {
    if level == .none { return lines.filter { $0 != LetterComposer.pageBreak } }
    var out: [String] = []
    for (k, line) in lines.enumerated() {
      if line == LetterComposer.pageBreak {
        guard r.chance(0.35) else { continue }
        page += 1
        let next = lines[(k + 1)...].first { !$0.isEmpty } ?? ""
        let word = next.split(separator: " ").first.map { String($0.prefix(8)) } ?? ""
        out += [damage("/" + word + "...", &r), "", damage("- " + Digits.thai("\(page)") + " -", &r), ""]
        continue
      }
      for piece in wrap(line) { out.append(damage(piece, &r)) }
    }
    return out
  }

  /// A long line cut at the last space before the page width, as OCR returns a printed page.
  func wrap(_ line: String) -> [String] {
    var pieces: [String] = []
    var rest = Substring(line)
    while visibleCount(rest) > width {
      var cut: Substring.Index?
      var seen = 0
      var index = rest.startIndex
      while index < rest.endIndex, seen <= width {
        if rest[index] == " " { cut = index }
        seen += 1
        index = rest.index(after: index)
      }
      guard let at = cut, at > rest.startIndex else { break }
      pieces.append(String(rest[..<at]))
      rest = rest[rest.index(after: at)...]
    }
    pieces.append(String(rest))
    return pieces
  }

  /// Grapheme clusters: a base letter with its marks is one place on the page.
  func visibleCount(_ s: Substring) -> Int { s.count }

  func damage(_ line: String, _ r: inout SplitMix64) -> String {
    var out = String.UnicodeScalarView()
    let scalars = Array(line.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      i += 1
      switch c.value {
      case 0x0E48...0x0E4B where r.chance(tonesDropped):  // ่ ้ ๊ ๋
        continue
      case 0x0E41 where r.chance(doubleSaraE):  // แ → เเ
        out += ["\u{0E40}", "\u{0E40}"]
      case 0x0E33 where r.chance(saraAm):  // ำ → ํา
        out += ["\u{0E4D}", "\u{0E32}"]
      case 0x0E54...0x0E59 where c.value != 0x0E55 && r.chance(digitsConfused):  // ๔ ๖ ๗ ๘ ๙
        out += Self.tesseractDigit(c, &r).unicodeScalars
      default:
        out.append(c)
      }
    }
    return String(out)
  }

  /// What Tesseract's Thai model prints for a digit it has no glyph for.
  static func tesseractDigit(_ c: Unicode.Scalar, _ r: inout SplitMix64) -> String {
    switch c {
    case "๔", "๘", "๙": return "๕"
    case "๗": return "๓"
    case "๖":
      let u = r.unit()
      return u < 0.45 ? "๒" : (u < 0.9 ? "๐" : "๒๐")
    default: return String(c)
    }
  }
}
