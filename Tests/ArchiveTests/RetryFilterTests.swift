import Testing

@testable import Archive

/// Which open citations a newly stored letter makes the archive re-resolve: only those the
/// resolver could now link to it. Re-resolving every open citation of the same code in the
/// date window made ingest quadratic when thousands of citations shared a code (Corpus/ ×150
/// with distinct serials: 2.8 → 6.0 → 12.8 s for each 50 copies; now 1.9 → 2.1 → 2.5 s, with
/// every citation's status, target, confidence and reason unchanged).
@Suite struct RetryFilterTests {
  static let letter = SQLiteArchive.Touched.Key(
    number: "มท 0812/ว 1565", prefix: "มท", circular: true, code: "0812", serial: "1565", date: "2021-07-09")

  /// (number, code, serial, candidates) of an open citation, and whether the letter could resolve it.
  static let cases: [(String?, String?, String?, String?, Bool)] = [
    ("มท 0812/ว 1565", "0812", "1565", nil, true),  // the same number
    ("มท 0812/ว 1465", "0812", "1465", nil, true),  // one digit of the serial
    ("มท 0512/ว 1565", "0512", "1565", nil, true),  // one digit of the code
    ("มท 0812/ว 15650", "0812", "15650", nil, true),  // a digit added
    ("มท 0512/ว 1505", "0512", "1505", #"["มท 0812/ว 1565","มท 0512/ว 1506"]"#, true),  // among its OCR readings
    ("มท 0812/ว 15650042", "0812", "15650042", nil, false),  // same code, another serial
    ("มท 0512/ว 1465", "0512", "1465", nil, false),  // two digits apart
    ("มท 0512/ว 1505", "0512", "1505", #"["มท 0512/ว 1506"]"#, false),  // readings that are not it
    ("ว 1565", nil, "1565", nil, false),  // no code against a code
  ]

  @Test(arguments: cases)
  func onlyCitationsTheLetterCouldResolveAreRetried(
    _ number: String?, _ code: String?, _ serial: String?, _ candidates: String?, _ retried: Bool
  ) {
    #expect(
      SQLiteArchive.couldName(Self.letter, number: number, code: code, serial: serial, candidates: candidates)
        == retried)
  }
}
