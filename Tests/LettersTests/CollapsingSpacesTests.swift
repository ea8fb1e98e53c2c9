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

/// `copyOfUTF8` (a slice copied without validating it again) gives the bytes
/// `String(decoding:as:)` gives for every range between scalar boundaries.
@Suite struct CopyOfUTF8Tests {
  @Test(arguments: ["", "a", "ที่ มท ๐๘๑๒/ว ๑๕๖๕", "**ผู้ว่า**\tราชการ\u{A0}จังหวัด 😀 é"])
  func equalsDecodingTheSameBytes(_ text: String) {
    let bytes = Array(text.utf8)
    let boundaries = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
    for lower in boundaries {
      for upper in boundaries where upper >= lower {
        let copy = text.copyOfUTF8(lower..<upper)
        let decoded = String(decoding: bytes[lower..<upper], as: UTF8.self)
        #expect(copy == decoded && Array(copy.utf8) == Array(decoded.utf8), "\(lower)..<\(upper)")
      }
    }
  }
}
