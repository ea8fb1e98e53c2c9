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

  @Test(arguments: [("๒๕๖๔", 2564), ("12", 12), ("๑2", 12), ("", nil), ("๑ ๒", nil), ("ก", nil)])
  func integerReadsEitherDigitForm(_ text: String, _ value: Int?) {
    #expect(ThaiDigits.integer(text) == value)
  }
}
