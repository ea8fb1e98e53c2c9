import Citations
import Testing

@Suite struct NumberPatternTests {
  static let ministry = NumberParts(prefix: "มท", code: "0812", circular: true, serial: "1565")

  @Test(arguments: [
    "มท ๐๘๑๒/ว ๑๕๖๕", "มท 0812/ว 1565", "0812/ว1565", "ว 1565", "ว๑๕๖๕", "ที่ มท ๐๘๑๒/ว ๑๕๖๕", "ที มท 0812 / ว 1565",
    "มท0812/ว1565", "  มท   ๐๘๑๒ /ว   ๑๕๖๕ ", "1565", "812/ว 1565", "มท 0812/ว 1565@2564",
  ])
  func everyTypedFormMatchesTheLetter(_ typed: String) throws {
    let pattern = try #require(NumberPattern(typed))
    #expect(pattern.matches(Self.ministry, year: 2564))
  }

  @Test(arguments: ["มท 0812/ว 1566", "กค 0812/ว 1565", "0813/ว 1565", "มท 0812/ว 1565@2565"])
  func otherNumbersDoNotMatch(_ typed: String) throws {
    let pattern = try #require(NumberPattern(typed))
    #expect(!pattern.matches(Self.ministry, year: 2564))
  }

  @Test func anOrderNumberReadsAsSerialAndYear() throws {
    let pattern = try #require(NumberPattern("ที่ ๓๑๔/๒๕๖๗"))
    #expect(pattern.serial == "314")
    #expect(pattern.yearSuffix == "2567")
    #expect(pattern.code == nil)
  }

  @Test(arguments: ["", "ที่", "มท", "abc", "/"])
  func textWithoutASerialIsNotANumber(_ typed: String) {
    #expect(NumberPattern(typed) == nil)
  }
}
