import Foundation
import Testing

@testable import Letters

/// Tesseract's Thai model cannot print ๔ ๖ ๗ ๘ ๙; numbers and dates are recovered by
/// constraints. Cases come from real round trips in Corpus/ocr/ (Corpus/ocr/README.md).
@Suite struct OCRDigitsTests {
  @Test(arguments: [
    ("2520", [2560, 2566]),  // ๒๕๖๐ / ๒๕๖๖ read as ๒๕๒๐
    ("25205", [2564, 2565, 2568, 2569]),  // ๖ split into ๒๐: ๒๕๒๐๕ for ๒๕๖๔
    ("2525", [2564, 2565, 2568, 2569]),
    ("252051", [2569]),  // ๖ as ๒๐ and ๙ as ๕๑: ๒๕๒๐๕๑ for ๒๕๖๙ (Corpus/ocr 806, 908)
    ("252015", [2569]),  // ๙ as ๑๕ the other way round (Corpus/ocr 3300)
    ("25215", [2569]),  // ๖ as ๒, ๙ as ๑๕ (Corpus/ocr 609: พ.ศ. ๒๕๒๑๕ for ๒๕๖๙)
  ])
  func yearReadingsIncludeTheTrueYear(_ printed: String, _ mustInclude: [Int]) {
    let years = OCRDigits.yearCandidates(printed, latest: 2569)
    for year in mustInclude { #expect(years.contains(year), "\(printed) → \(years)") }
    #expect(years.allSatisfy { (2540...2600).contains($0) })
  }

  @Test func aLostLastDigitMayBeAnyDigit() {
    let years = OCRDigits.yearCandidates("252", latest: 2569)  // ๒๕๖x with x lost
    #expect(Set(2560...2569).isSubset(of: Set(years)))
  }

  @Test(arguments: [("15", [14, 15, 18, 19]), ("13", [13, 17]), ("23", [23, 27]), ("1", [1])])
  func dayReadings(_ printed: String, _ days: [Int]) {
    #expect(OCRDigits.dayCandidates(printed).sorted() == days)
  }

  /// The day as printed comes first: `๒๐` is the 20th far more often than a ๖ split in two
  /// (heldout 609, 502, 114: every printed ๒๐ day was the 20th); the split reading follows.
  @Test(arguments: [("20", 20, 6), ("220", 26, 26), ("15", 15, 14)])
  func thePrintedDayComesFirst(_ printed: String, _ first: Int, _ alsoRead: Int) {
    let days = OCRDigits.dayCandidates(printed)
    #expect(days.first == first, "\(days)")
    #expect(days.contains(alsoRead))
  }

  @Test func numberCandidatesAreOneConfusionAway() throws {
    let (number, _) = try #require(LetterNumberReader.read(Array("มท ๐๕๑๒/ว ๑๕๒๕".unicodeScalars), at: 0))
    let candidates = NumberReadings.candidates(number)
    #expect(candidates.contains("มท 0812/ว 1525"))  // ๘ read as ๕ in the code
    #expect(candidates.contains("มท 0512/ว 1565"))  // ๖ read as ๒ in the serial
    #expect(!candidates.contains(number.canonical))
  }

  @Test func tesseractTextIsRecognisedAndCleanTextIsNot() throws {
    let ocr = try String(
      contentsOf: Corpus.root.appendingPathComponent("ocr/000_645d0e619560a029.light.txt"), encoding: .utf8)
    let clean = try String(contentsOf: Corpus.root.appendingPathComponent("000_645d0e619560a029.txt"), encoding: .utf8)
    #expect(OCRDigits.looksLikeTesseract(ocr))
    #expect(!OCRDigits.looksLikeTesseract(clean))
  }

  /// Real Tesseract output of seed 000: both letters are found, with lowered confidence,
  /// candidates that hold the true values, and ocr_digits warnings.
  @Test func aRealTesseractPageKeepsTheTruthAmongTheCandidates() throws {
    let url = Corpus.root.appendingPathComponent("ocr/000_645d0e619560a029.light.txt")
    let document = LetterParser().parse(bytes: [UInt8](try Data(contentsOf: url)), path: "ocr.txt")
    let letters = document.letters.filter { $0.kind == .external }
    try #require(letters.count == 2)
    let province = letters[0]
    #expect(province.number?.prefix == "อต")
    #expect(province.number?.code?.hasPrefix("0023") == true)
    let date = try #require(province.date)
    #expect(date.confidence < 1)
    let readings: [String] = [date.date?.iso ?? ""] + date.candidates
    // the true date first, its other days, then in each next likeliest year the same day
    // and its other days
    #expect(Array(readings.prefix(4)) == ["2021-07-15", "2021-07-14", "2021-07-18", "2021-07-19"])
    let later = Array(readings.dropFirst(4))
    #expect(later.count == 8)
    #expect(later.allSatisfy { $0.dropFirst(4).hasPrefix("-07-1") && !$0.hasPrefix("2021") })
    #expect(later.first?.hasSuffix("-07-15") == true && later[4].hasSuffix("-07-15"))
    #expect(province.warnings.contains { $0.code == .ocrDigits })
    let ministry = letters[1]
    #expect(ministry.number?.prefix == "มท")
    #expect((ministry.number?.confidence ?? 1) < 1)
    let ministryDate = try #require(ministry.date)
    let ministryReadings: [String] = [ministryDate.date?.iso ?? ""] + ministryDate.candidates
    #expect(ministryReadings.contains("2021-07-09"))
  }

  /// The same page as hOCR: one element per glyph, so sara am is repaired after the lines
  /// are rebuilt, and the letters match those read from Tesseract's text output.
  @Test func aRealTesseractHOCRPageReadsLikeItsText() throws {
    let hocr = Corpus.root.appendingPathComponent("ocr/000_645d0e619560a029.light.hocr")
    let text = Corpus.root.appendingPathComponent("ocr/000_645d0e619560a029.light.txt")
    let fromHOCR = LetterParser().parse(bytes: [UInt8](try Data(contentsOf: hocr)), path: hocr.path)
    let fromText = LetterParser().parse(bytes: [UInt8](try Data(contentsOf: text)), path: text.path)
    #expect(fromHOCR.letters.map(\.kind) == fromText.letters.map(\.kind))
    #expect(fromHOCR.letters.map { $0.number?.canonical } == fromText.letters.map { $0.number?.canonical })
    let subject = try #require(fromHOCR.letters.first?.subject)
    #expect(subject.contains("อำเภอ"))
    #expect(!subject.unicodeScalars.contains("\u{0E4D}"))
  }

  /// No reading dates a letter after the day it is read: `๑๕ ธันวาคม ๒๕๒๕` (๒๕๖๘ or ๒๕๖๙
  /// printed without ๖ and ๘/๙) read in November 2569 is December 2568, not December 2569;
  /// read in January 2570 it may be December 2569, but a ๘ is printed ๕ more often than a ๙
  /// (82 of 86 against 39 of 53), which outweighs a year's recency: December 2568 still.
  @Test(arguments: [("2026-11-26", "2025-12-15"), ("2027-01-10", "2025-12-15")])
  func aLetterIsNotDatedAfterTheReadingDay(_ readingDay: String, _ iso: String) throws {
    let text = """
      ที่ มท ๐๕๑๒/ว ๑๕๒๕
      กรมส่งเสริมการปกครองท้องถิ่น
      ถนนนครราชสีมา กทม. ๑๐๓๐๐
      ๑๕ ธันวาคม ๒๕๒๕
      เรื่อง การประชุม
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
      ตามหนังสือที่ มท ๐๕๑๒/ว ๑๐๒๓ นั้น
      ขอแสดงความนับถือ
      """
    let day = try #require(ReadingDay.iso(readingDay))
    let letter = try #require(LetterParser(today: day).parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.date?.date?.iso == iso)
  }

  /// The file's year is the likeliest reading of its printed years: how often Tesseract
  /// prints what it printed for each digit of the year (Corpus/ocr/README.md), times a prior
  /// that falls by 0.8 a year back from the reading day's year (2569 here).
  @Test(arguments: [
    ("๒๕๒๕", 2568),  // ๖ as ๒, and ๕ for ๘ (0.95 × 0.8) rather than ๙ (0.74)
    ("๒๕๒๐๕", 2568),  // ๖ split into ๒๐
    ("๒๕๒๐๕๑", 2569),  // ๙ printed ๕๑
    ("๒๕๖๗", 2567),  // printed whole: no other reading is likelier
  ])
  func theYearIsTheLikeliestReading(_ printed: String, _ year: Int) throws {
    let text = """
      ที่ มท ๐๕๑๒/ว ๑๕๒๕
      กรมส่งเสริมการปกครองท้องถิ่น
      ๑๐ มีนาคม \(printed)
      เรื่อง การประชุม
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
      ตามหนังสือที่ มท ๐๕๑๒/ว ๑๐๒๓ นั้น
      ขอแสดงความนับถือ
      """
    let day = try #require(ReadingDay.iso("2026-11-26"))
    let letter = try #require(LetterParser(today: day).parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.date?.date?.beYear == year)
  }

  /// An order's number ends with its Buddhist-era year (`ที่ ๑๒๓/๒๕๖๘`); Tesseract prints
  /// that year as it prints a date's (`๒๕๒๐๕`, `๒๕๐๕`): the number takes the file's likeliest
  /// year that its printing fits, not the printing (real pages 1903 and 2405 of Corpus/ocr).
  @Test(arguments: [
    ("๑๒๓/๒๕๒๐๕", "๒๕๒๐๕", "123/2568"),
    ("๒๑/๒๕๐๒๐", "๒๕๒๐", "21/2566"),
    ("๕๑๒/๒๕๐๕", "๒๕๒๕", "512/2568"),
  ])
  func anOrdersYearIsTheFilesYear(_ printedNumber: String, _ printedYear: String, _ canonical: String) throws {
    let text = """
      คําสั่งสํานักงานสาธารณสุขจังหวัดน่าน
      ที่ \(printedNumber)
      เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ

      ๑. นายสมชาย ใจดี ประธานกรรมการ
      ๒. นางสาวสมศรี ใจงาม กรรมการ

      ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป

      สั่ง ณ วันที่ ๑๐ มีนาคม \(printedYear)

      (นายสมหมาย รักษ์ดี)
      นายแพทย์สาธารณสุขจังหวัดน่าน

      กลุ่มงานบริหารทรัพยากรบุคคล โทร. ๐ ๕๕๓๑ ๐๑๒๓
      """
    let day = try #require(ReadingDay.iso("2026-11-26"))
    let letter = try #require(LetterParser(today: day).parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.kind == .order)
    #expect(letter.number?.canonical == canonical, "\(String(describing: letter.number))")
    #expect(letter.number?.confidence == OCRDigits.chosenConfidence)
  }

  /// A weekday named with a date votes only for the years that date's own printed year can
  /// stand for: `วันเสาร์ที่ ๒ มีนาคม ๒๕๓๐` (๖ มีนาคม ๒๕๗๐, a year after the reading day) fell
  /// on a Saturday in 2564 too, which dated the announcement 2564 (real Tesseract of 3104).
  @Test func aWeekdayVotesOnlyForYearsItsOwnYearCanBe() throws {
    let text = """
      ประกาศเทศบาลเมืองลําพูน
      เรื่อง การยื่นแบบและชําระภาษีที่ดินและสิ่งปลูกสร้าง ประจําปี พ.ศ. ๒๕๓๐

      ด้วยเทศบาลเมืองลําพูนจะเปิดให้บริการรับชําระภาษีในวันเสาร์ที่ ๒ มีนาคม ๒๕๓๐
      ผู้เสียภาษีติดต่อได้ที่กองคลัง หมายเลขโทรศัพท์ ๐ ๕๓๕๑ ๑๐๐๐ ต่อ ๒๒๕

      ประกาศ ณ วันที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๒๐๕

      (นายสมชาย ใจดี)
      นายกเทศมนตรีเมืองลําพูน
      """
    let day = try #require(ReadingDay.iso("2026-11-27"))
    let letter = try #require(LetterParser(today: day).parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    let year = try #require(letter.date?.date?.beYear)
    #expect([2568, 2569].contains(year), "\(year)")
  }

  /// A cited order's year suffix read by Tesseract (`ที่ ๓๓๘/๒๕๒๐๕ ลงวันที่ … ๒๕๒๐๕`) is a year,
  /// like the letter's own (the JSON contract: two or four digits); and a five-digit suffix no
  /// reading makes a year is a code and serial again (CI's schema check of Corpus/ocr).
  @Test func aCitedOrdersYearSuffixIsAYear() throws {
    let text = """
      คําสั่งสํานักงานสาธารณสุขจังหวัดน่าน
      ที่ ๑๒๓/๒๕๒๐๕
      เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ

      ตามคําสั่งสํานักงานสาธารณสุขจังหวัดน่าน ที่ ๓๓๕/๒๕๒๐๕ ลงวันที่ ๑๒ มิถุนายน ๒๕๒๐๕ นั้น

      สั่ง ณ วันที่ ๑๐ มีนาคม ๒๕๒๐๕

      (นายสมหมาย รักษ์ดี)
      นายแพทย์สาธารณสุขจังหวัดน่าน

      กลุ่มงานบริหารทรัพยากรบุคคล โทร. ๐ ๕๕๓๑ ๐๑๒๓
      """
    let day = try #require(ReadingDay.iso("2026-11-26"))
    let letter = try #require(LetterParser(today: day).parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    let cited = try #require(letter.mentions.first?.number)
    #expect(cited.yearSuffix == "2568", "\(cited)")
  }

  @Test func aFiveDigitSuffixThatIsNoYearIsASerial() throws {
    var number = LetterNumber(
      raw: "๑๒๓/๒๕๙๒๐", prefix: nil, subOffice: nil, code: nil, circular: false, serial: "123", yearSuffix: "25920")
    LetterNumberReader.keepingYearSuffixAYear(&number)
    #expect(number.code == "123")
    #expect(number.serial == "25920")
    #expect(number.yearSuffix == nil)
  }
}
