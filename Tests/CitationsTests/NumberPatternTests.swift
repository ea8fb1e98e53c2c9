import Citations
import Testing

@Suite struct NumberPatternTests {
  static let ministry = NumberParts(prefix: "มท", code: "0812", circular: true, serial: "1565")

  @Test(arguments: [
    "มท ๐๘๑๒/ว ๑๕๖๕", "มท 0812/ว 1565", "0812/ว1565", "ว 1565", "ว๑๕๖๕", "ที่ มท ๐๘๑๒/ว ๑๕๖๕", "ที มท 0812 / ว 1565",
    "มท0812/ว1565", "  มท   ๐๘๑๒ /ว   ๑๕๖๕ ", "1565", "812/ว 1565", "มท 0812/ว 1565@2564",
    // As an English letter prints it.
    "No. มท 0812/ว 1565", "Ref. No.: มท 0812/ว 1565", "no. 0812/ว 1565",
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

/// Numbers whose prefix holds dots, or a bracketed code, typed as printed or as stored: the
/// pattern is the one the parser reads from the letter, so `find` and `cited-by` reach them.
@Suite struct DottedNumberPatternTests {
  /// (typed, prefix, code, circular, serial, year suffix)
  @Test(
    arguments: [
      ("ธปท.ฝนส.(๒๑)ว. ๔๑๒/๒๕๖๙", "ธปท.ฝนส", "21", true, "412", "2569"),
      ("ธปท.ฝนส 21/ว 412/2569", "ธปท.ฝนส", "21", true, "412", "2569"),
      ("ที่ คปภ. ๑๘๖๗/๒๕๖๙", "คปภ", nil, nil, "1867", "2569"),
      ("กลต.จท.(ว) 18/2569", "กลต.จท", nil, true, "18", "2569"),
      ("ศอ.บต 0013.3/ว 418", "ศอ.บต", "0013.3", true, "418", nil),
    ] as [(String, String, String?, Bool?, String, String?)])
  func aDottedNumberIsReadAsTheParserReadsIt(
    _ typed: String, _ prefix: String, _ code: String?, _ circular: Bool?, _ serial: String, _ year: String?
  ) throws {
    let pattern = try #require(NumberPattern(typed))
    #expect(pattern.prefix == prefix)
    #expect(pattern.code == code)
    #expect(pattern.circular == circular)
    #expect(pattern.serial == serial)
    #expect(pattern.yearSuffix == year)
  }
}
