import Testing

@testable import ThaiText

/// `String.scalarArray` and `String(scalars:)` (UTF-8 decoded and encoded by hand, no checks)
/// agree with the standard library's `unicodeScalars` on one-, two-, three- and four-byte
/// characters at every position, Thai beside them, and short (small-string) and long text.
@Suite struct StringScalarsTests {
  @Test(arguments: ["a", "\u{A0}", "é", "ก", "ำ", "\u{FFFD}", "\u{FEFF}", "😀", "\u{10FFFF}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}"])
  func agreeWithTheStandardLibrary(inserted: String) {
    let line = "ที่ มท ๐๘๑๒/ว ๑๕๖๕ ลงวันที่ ๙ กรกฎาคม ๒๕๖๔ สำนักงาน abc"
    let scalars = Array(line.unicodeScalars)
    for length in [0, 1, 3, 5, scalars.count] {
      let base = Array(scalars.prefix(length))
      for position in 0...base.count {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: base[..<position])
        view.append(contentsOf: inserted.unicodeScalars)
        view.append(contentsOf: base[position...])
        let text = String(view)
        let expected = Array(text.unicodeScalars)
        #expect(text.scalarArray == expected, "\(inserted.unicodeScalars.map(\.value)) at \(position) of \(length)")
        let rebuilt = String(scalars: expected)
        #expect(rebuilt == text)
        #expect(Array(rebuilt.utf8) == Array(text.utf8))
        #expect(String(scalars: expected[...]) == text)
      }
    }
  }
}
