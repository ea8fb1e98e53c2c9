/// Control characters (อักขระควบคุม) in decoded text: NUL, the other C0 codes but tab, line
/// feed, carriage return and form feed, DEL, and C1 — what the normalizer reads as spaces.
enum ControlCharacters {
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0C, 0x0D: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }

  /// The 1-based line of the first control character (lines counted by line feeds), or 1.
  /// - Complexity: O(n) up to the first one.
  static func firstLine(in text: String) -> Int {
    var line = 1
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        line += 1
      } else if isControl(scalar) {
        return line
      }
    }
    return 1
  }
}
