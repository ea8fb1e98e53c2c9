import Testing

@testable import Letters

/// `collapsingSpaces` (its fast path reads eight bytes a step) equals the rule written plainly:
/// runs of spaces, tabs and no-break spaces become one space, the ends trimmed — with ภ
/// (E0 B8 A0, whose last byte is A0's) and spaces at every position of a line.
@Suite struct CollapsingSpacesTests {
  static func reference(_ s: String) -> String {
    s.unicodeScalars.split { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
      .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
  }

  @Test(arguments: [" ", "  ", "\t", "\u{A0}", " \u{A0}", "ภ", "ภ ", "\u{1}"])
  func equalsThePlainRule(insert: String) {
    let line = "ที่ มท ๐๘๑๒/ว ๑๕๖๕ ลงวันที่ ๙ กรกฎาคม ๒๕๖๔ สำนักงานภาค"
    let scalars = Array(line.unicodeScalars)
    for position in 0...scalars.count {
      var s = String.UnicodeScalarView()
      s.append(contentsOf: scalars[..<position])
      s.append(contentsOf: insert.unicodeScalars)
      s.append(contentsOf: scalars[position...])
      let text = String(s)
      #expect(text.collapsingSpaces() == Self.reference(text), "\(insert.unicodeScalars.map(\.value)) at \(position)")
    }
  }
}
