import Testing

@testable import Letters

@Suite struct LetterNumberTests {
  @Test(
    arguments: [
      // (printed, canonical, prefix, code, circular, serial, year suffix)
      ("มท ๐๘๑๒/ว ๑๕๖๕", "มท 0812/ว 1565", "มท", "0812", true, "1565", nil),  // seed 000
      ("มท ๐๘๑๒/ว๑๔๖๕", "มท 0812/ว 1465", "มท", "0812", true, "1465", nil),  // no space after ว
      ("กส ๐๐๒๓.๑ /ว ๑๙๘", "กส 0023.1/ว 198", "กส", "0023.1", true, "198", nil),  // seed 002 memo
      ("อต ๐๐๒๓.๖/ว ๕/๖๖", "อต 0023.6/ว 5/66", "อต", "0023.6", true, "5", "66"),  // year suffix
      ("๐๐๒๓.๑/ว ๑๐๐๗", "0023.1/ว 1007", nil, "0023.1", true, "1007", nil),  // no prefix
      ("นร ๐๑๐๗/๒๒๐๐", "นร 0107/2200", "นร", "0107", false, "2200", nil),  // not a circular
      ("กค (กวจ) ๐๔๐๕.๓/๔๖๕๖", "กค (กวจ) 0405.3/4656", "กค", "0405.3", false, "4656", nil),
      ("๓๑๔/๒๕๖๗", "314/2567", nil, nil, false, "314", "2567"),  // an order's number
      ("๑๑๓๙/๖๖", "1139/66", nil, nil, false, "1139", "66"),  // a military order, 2-digit year
      ("ศธ 04009/ว 1873", "ศธ 04009/ว 1873", "ศธ", "04009", true, "1873", nil),  // Arabic digits
      ("ตช ๐๐๐๙.๓๒/๕๗๐๖", "ตช 0009.32/5706", "ตช", "0009.32", false, "5706", nil),
      ("อว ๖๕๐๑.๐๑/๑๒๓", "อว 6501.01/123", "อว", "6501.01", false, "123", nil),
      // a unit's number in brackets after the code (held-out 2904), kept in raw only
      ("อว 0603.10(2)/1482", "อว 0603.10/1482", "อว", "0603.10", false, "1482", nil),
    ] as [(String, String, String?, String?, Bool, String, String?)])
  func readsEveryNumberShape(
    _ printed: String, _ canonical: String, _ prefix: String?, _ code: String?, _ circular: Bool,
    _ serial: String, _ yearSuffix: String?
  ) throws {
    let (number, end) = try #require(LetterNumberReader.read(Array(printed.unicodeScalars), at: 0))
    #expect(number.canonical == canonical)
    #expect(number.prefix == prefix)
    #expect(number.code == code)
    #expect(number.circular == circular)
    #expect(number.serial == serial)
    #expect(number.yearSuffix == yearSuffix)
    #expect(end == printed.unicodeScalars.count)
    #expect(number.raw == printed)
  }

  @Test(arguments: ["ตัวชี้วัด", "Zoom", "๑๓.๓๐", "มท", "ก ๑๒/๓"])
  func rejectsWhatIsNotANumber(_ text: String) {
    #expect(LetterNumberReader.read(Array(text.unicodeScalars), at: 0) == nil)
  }

  @Test(arguments: [
    ("มท ๐๘๑๐.๗/ว", "๕๑๕๗", "มท 0810.7/ว 5157"),  // seed 004
    ("กษ ๐๒๐๑/", "ว ๓๔๕", "กษ 0201/ว 345"),
    ("นร ๐๑๐๗/", "๒๒๐๐", "นร 0107/2200"),
  ])
  func aSerialOnTheNextLineCompletesTheNumber(_ first: String, _ nextLine: String, _ canonical: String) throws {
    let head = try #require(LetterNumberReader.read(Array(first.unicodeScalars), at: 0))
    #expect(head.0.serial.isEmpty)
    let completed = try #require(LetterNumberReader.withSerial(head.0, line: Array(nextLine.unicodeScalars)))
    #expect(completed.canonical == canonical)
  }
}
