import Testing

@testable import Letters

/// การอ่านเลขที่หนังสือ — a Tesseract reading of a letter number usually differs from the true
/// number in two or three digits at once; the true number must be among the candidates.
/// Readings as Tesseract 5.3 printed them (Corpus/ocr/README.md, numbers table).
@Suite struct NumberReadingsTests {
  @Test(arguments: [
    ("มท ๐๕๑๒/ว ๑๕๐๕", "มท 0812/ว 1565"),  // ๘→๕ in the code, ๖→๐ in the serial
    ("มท ๐๕๑๐.๓/ว ๒๑๓๕", "มท 0810.7/ว 2135"),  // ๘→๕, ๗→๓
    ("กส ๐๐๒๓.๑ /ว ๑๕๕", "กส 0023.1/ว 198"),  // ๙ and ๘ both →๕
    ("พณ ๐๕๐๓/ว ๒๑๕๓", "พณ 0407/ว 2153"),  // ๔→๕, ๗→๓
    ("กห ๐๓๐๕/๑๕", "กห 0304/18"),
    ("ขก ๐๐๓๓.๐๐๓/ว ๒๓๑๕", "ขก 0033.007/ว 2314"),
    ("นร ๐๑๑๑/ว๑๕๒๐๕", "นร 0111/ว 1465"),  // ๖ printed as ๒๐, ๔ as ๕
  ])
  func theTrueNumberIsAmongTheCandidates(_ printed: String, _ truth: String) throws {
    let (number, _) = try #require(LetterNumberReader.read(Array(printed.unicodeScalars), at: 0))
    var repaired = number
    var warnings: [LetterWarning] = []
    OCRDigitRepair(lines: []).repair(&repaired, years: [], &warnings, line: nil)
    #expect(repaired.candidates.contains(truth), "\(printed): \(repaired.candidates.prefix(8))")
    #expect(!repaired.candidates.contains(number.canonical))
    #expect(repaired.candidates.count <= NumberReadings.limit)
    #expect(Set(repaired.candidates).count == repaired.candidates.count)
  }

  /// One changed digit is likelier than two: the readings one confusion away come first.
  @Test func fewerChangesRankFirst() throws {
    let (number, _) = try #require(LetterNumberReader.read(Array("มท ๐๕๑๒/ว ๑๒".unicodeScalars), at: 0))
    let candidates = NumberReadings.candidates(number)
    let oneChange = try #require(candidates.firstIndex(of: "มท 0812/ว 12"))
    let twoChanges = try #require(candidates.firstIndex(of: "มท 0812/ว 16"))
    #expect(oneChange < twoChanges)
    #expect(["มท 0412/ว 12", "มท 0812/ว 12", "มท 0912/ว 12"].contains(candidates[0]))
  }

  /// An order's number ends with its Buddhist-era year (`คำสั่ง ที่ ๕๑๘/๒๕๖๘`, printed
  /// `๕๑๕/๒๕๒๕`; heldout2 502, 606): the year reads as a year does, within the years a
  /// letter can bear, together with the running number's readings.
  @Test(arguments: [
    ("๕๑๕/๒๕๒๕", "518/2568"),
    ("๒๑๕๕/๒๕๒๕", "2145/2568"),
    ("๑๒๓๕/๒๕๒๐", "1234/2567"),
  ])
  func theYearOfAnOrderNumberReadsAsAYear(_ printed: String, _ truth: String) throws {
    let (number, _) = try #require(LetterNumberReader.read(Array(printed.unicodeScalars), at: 0))
    var repaired = number
    var warnings: [LetterWarning] = []
    OCRDigitRepair(lines: []).repair(&repaired, years: [], &warnings, line: nil)
    #expect(repaired.candidates.contains(truth), "\(printed): \(repaired.candidates.prefix(12))")
    #expect(repaired.candidates.count <= NumberReadings.limit)
    let years = repaired.candidates.compactMap { $0.split(separator: "/").last.flatMap { Int($0) } }
    #expect(years.allSatisfy { (2540...ReadingDay.default.beYear).contains($0) }, "\(years)")
  }
}
