import Testing
import ThaiText

@Suite struct ThaiDigitsTests {
  @Test(arguments: [
    ("๐๘๑๒", "0812"),
    ("ว ๑๕๖๕", "ว 1565"),
    ("ที่ มท ๐๘๑๐.๗/ว ๕๑๕๗", "ที่ มท 0810.7/ว 5157"),  // seed 004
    ("โทร. ๐-๕๕๔๐-๓๐๐๘ ต่อ ๖", "โทร. 0-5540-3008 ต่อ 6"),  // seed 000
    ("kalasinlocal๒๐๒๒@gmail.com", "kalasinlocal2022@gmail.com"),  // seed 002
    ("ไม่มีตัวเลข", "ไม่มีตัวเลข"),
    ("", ""),
  ])
  func thaiDigitsBecomeASCII(_ input: String, _ expected: String) {
    #expect(ThaiDigits.ascii(input) == expected)
  }

  @Test(arguments: [
    ("0812/ว 1565", "๐๘๑๒/ว ๑๕๖๕"),
    ("14/05/67", "๑๔/๐๕/๖๗"),
    ("Zoom 13.30", "Zoom ๑๓.๓๐"),
  ])
  func asciiDigitsBecomeThai(_ input: String, _ expected: String) {
    #expect(ThaiDigits.thai(input) == expected)
  }

  @Test(arguments: ["มท ๐๘๑๒/ว ๑๕๖๕", "0123456789", "ก๐1ข๙9"])
  func roundTripKeepsEverythingButDigitForm(_ text: String) {
    #expect(ThaiDigits.ascii(ThaiDigits.thai(ThaiDigits.ascii(text))) == ThaiDigits.ascii(text))
    #expect(ThaiDigits.thai(ThaiDigits.ascii(text)) == ThaiDigits.thai(text))
  }

  /// Random text of Thai and Arabic digits among Thai, Latin, emoji and control characters:
  /// converting either way and back changes nothing but the digits' form.
  @Test(arguments: 0..<50)
  func digitsRoundTripOverRandomText(_ seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 7
    func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
    let alphabet: [Unicode.Scalar] =
      Array("0123456789๐๑๒๓๔๕๖๗๘๙กขฮะาำ่้ abc/.-\n\t".unicodeScalars) + ["😀", "\u{0}", "\u{FFFD}", "\u{0E5A}", "٣"]
    for _ in 0..<200 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<next(40) { scalars.append(alphabet[next(alphabet.count)]) }
      let text = String(scalars)
      let ascii = ThaiDigits.ascii(text)
      let thai = ThaiDigits.thai(text)
      #expect(ThaiDigits.ascii(thai) == ascii)
      #expect(ThaiDigits.thai(ascii) == thai)
      #expect(!ascii.unicodeScalars.contains { (0x0E50...0x0E59).contains($0.value) })
      #expect(!thai.unicodeScalars.contains { (0x30...0x39).contains($0.value) })
      let others = { (s: String) in s.unicodeScalars.filter { ThaiDigits.value(of: $0) == nil }.map(\.value) }
      #expect(others(ascii) == others(text) && others(thai) == others(text))
      #expect(ascii.unicodeScalars.count == text.unicodeScalars.count)
    }
    for _ in 0..<200 {
      let n = next(1_000_000_000)
      #expect(ThaiDigits.integer(ThaiDigits.thai(String(n))) == n)
      #expect(ThaiDigits.ascii(ThaiDigits.thai(String(n))) == String(n))
    }
  }

  @Test(arguments: [("๒๕๖๔", 2564), ("12", 12), ("๑2", 12), ("", nil), ("๑ ๒", nil), ("ก", nil)])
  func integerReadsEitherDigitForm(_ text: String, _ value: Int?) {
    #expect(ThaiDigits.integer(text) == value)
  }

  /// `ascii(scalars:)` is `ascii(String(scalars:))`: digits of either form, ASCII, and text
  /// that takes the general path (Thai letters, two- and four-byte characters).
  @Test(arguments: [
    "", "๒๕๖๔", "14", "๑2", "๐๘๑๐.๗", "0-5540", "ว ๑๕๖๕", "๙ กรกฎาคม", "é๑", "😀๒", "\u{0E5A}", "\u{0}๑", "٣",
  ])
  func asciiOfScalarsIsAsciiOfTheirString(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    let expected = ThaiDigits.ascii(String(scalars: scalars))
    #expect(ThaiDigits.ascii(scalars: scalars) == expected)
    #expect(Array(ThaiDigits.ascii(scalars: scalars).utf8) == Array(expected.utf8))
    if !scalars.isEmpty {
      #expect(ThaiDigits.ascii(scalars: scalars[1...]) == ThaiDigits.ascii(String(scalars: scalars[1...])))
    }
  }

  @Test(arguments: 0...9)
  func asciiCharacterIsTheFormattedDigit(_ value: Int) {
    #expect(ThaiDigits.asciiCharacter(value) == Character(String(value)))
  }
}
