import Testing
import ThaiText

@Suite struct ThaiDateParserTests {
  @Test(arguments: [
    ("๑๕ กรกฎาคม ๒๕๖๔", "2021-07-15", 2564),  // seed 000
    ("๑๓ ธันวาคม ๒๕๖๖", "2023-12-13", 2566),  // seed 004
    ("๒ มีนาคม ๒๕๖๔", "2021-03-02", 2564),
    ("๑๐ กุมภาพันธ์ ๒๕๖๔", "2021-02-10", 2564),
    ("๑๐ กุมภาพันธ ๒๕๖๔", "2021-02-10", 2564),  // OCR dropped ์
    ("๗กรกฎาคม๒๕๖๔", "2021-07-07", 2564),  // OCR dropped the spaces
    ("15 July is not", "", 0),
    ("๓ ม.ค. ๖๗", "2024-01-03", 2567),  // military short form
    ("๑๔ ธ.ค. ๖๖", "2023-12-14", 2566),
    ("16 ก.ค. 2564", "2021-07-16", 2564),  // seed 001, Arabic digits
    ("5 ก.พ 2567", "2024-02-05", 2567),
    ("5 กพ. 2567", "2024-02-05", 2567),
    ("5 ก. พ. 2567", "2024-02-05", 2567),
    ("๒๕ มี.ค.๒๕๖๗", "2024-03-25", 2567),
    ("๑ มิ.ย. ๖๗", "2024-06-01", 2567),
    ("๑ เม.ย. พ.ศ. ๒๕๖๗", "2024-04-01", 2567),
    ("๙ กรกฎาคม พ.ศ. ๒๕๖๔", "2021-07-09", 2564),
    ("1 มกราคม ค.ศ. 2024", "2024-01-01", 2567),
    ("14/05/67", "2024-05-14", 2567),  // seed 002 receipt stamp
    ("14/5/2567", "2024-05-14", 2567),
    ("๑๔/๐๕/๖๗", "2024-05-14", 2567),
    ("29 กุมภาพันธ์ 2567", "2024-02-29", 2567),  // 2024 is a leap year
    ("๑๕ สิงหา คม ๒๕๖๗", "2024-08-15", 2567),  // a space inside the name (hOCR glyph gaps, 402)
    ("๑ พฤศ จิกายน ๒๕๖๘", "2025-11-01", 2568),
    // An English letter's own forms: the month first, a day's ordinal ending.
    ("March 12, 2026", "2026-03-12", 2569),
    ("Jan. 5, 2026", "2026-01-05", 2569),
    ("12th March 2026", "2026-03-12", 2569),
    ("March 12th, 2026", "2026-03-12", 2569),
    ("1st April 2025", "2025-04-01", 2568),
    ("the 2nd floor in March 2026", "", 0),
    ("l0 April 2026", "", 0),  // OCR's l for 1 glued to the day: no day at all
  ])
  func readsEveryForm(_ text: String, _ iso: String, _ beYear: Int) throws {
    let matches = ThaiDateParser.matches(in: text)
    if iso.isEmpty {
      #expect(matches.isEmpty)
      return
    }
    let date = try #require(matches.first?.date)
    #expect(date.iso == iso)
    #expect(date.beYear == beYear)
  }

  @Test(arguments: [
    ("๓๑ เมษายน ๒๕๖๗", "เมษายน"),
    ("๒๙ กุมภาพันธ์ ๒๕๖๖", "กุมภาพันธ์"),  // 2023 is not a leap year
    ("๓๒ มกราคม ๒๕๖๗", "มกราคม"),
    ("14/13/67", "13"),
  ])
  func rejectsImpossibleDatesWithAReason(_ text: String, _ reasonMentions: String) {
    #expect(throws: ThaiDateError.self) { try ThaiDateParser.parse(text) }
    let match = ThaiDateParser.matches(in: text).first
    if case let .failure(error) = match?.result {
      #expect(error.description.contains(reasonMentions))
    } else {
      Issue.record("\(text) was accepted")
    }
  }

  @Test(arguments: [
    // seed 000: the province letter says Monday, but 14 July 2564 was a Wednesday
    ("ผ่านแอปพลิเคชัน Zoom ในวันจันทร์ที่ ๑๔ กรกฎาคม ๒๕๖๔ เวลา ๑๓.๓๐", ThaiWeekday.monday, false),
    ("ในวันจันทร์ที่ ๑๙ กรกฎาคม ๒๕๖๔", .monday, true),  // seed 000, ministry letter
    ("ครั้งที่ ๑ ในวันพฤหัสบดีที่ ๒๓ พฤษภาคม ๒๕๖๗", .thursday, true),  // seed 001
    ("ภายในวันศุกร์ที่ ๓๑ พฤษภาคม ๒๕๖๗", .friday, true),  // seed 002
    ("วันพฤหัสที่ 23 พ.ค. 67", .thursday, true),
    ("วันจันทร์ ที ๑๔ กรกฎาคม ๒๕๖๔", .monday, false),  // OCR ที
  ])
  func checksTheWeekdayNamedBeforeTheDate(_ text: String, _ named: ThaiWeekday, _ fits: Bool) throws {
    let match = try #require(ThaiDateParser.matches(in: text).first)
    #expect(match.weekdayNamed == named)
    #expect(match.weekdayMatches == fits)
    #expect(match.raw.hasPrefix("วัน"))
  }

  /// An English weekday before an English date (`Saturday, 9 October 2026` is a Friday).
  @Test(arguments: [
    ("on Saturday, 9 October 2026 at 10.00 hrs.", ThaiWeekday.saturday, false),
    ("Friday 9 October 2026", .friday, true),
    ("TUESDAY, 9 JUNE 2026", .tuesday, true),
  ])
  func checksAnEnglishWeekday(_ text: String, _ named: ThaiWeekday, _ fits: Bool) throws {
    let match = try #require(ThaiDateParser.matches(in: text).first)
    #expect(match.weekdayNamed == named)
    #expect(match.weekdayMatches == fits)
  }

  @Test(arguments: [
    "ครั้งที่ ๔/๒๕๖๖",  // a meeting number (seed 003)
    "เวลา ๑๓.๓๐ - ๑๖.๓๐ น.",
    "โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๑๒๕๑-๒",
    "ที่ อต ๐๐๒๓.๖/ว ๕/๖๖",
    "02-123-45-67",
    "ตัวชี้วัดที่ ๑๒ : ร้อยละ",
  ])
  func numbersThatAreNotDatesAreNotDates(_ text: String) {
    #expect(ThaiDateParser.matches(in: text).isEmpty)
  }

  @Test func findsEveryDateInALine() {
    let line = "อ้างถึง หนังสือ ที่ มท ๐๘๑๒/ว ๒๗๑ ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๔ และ ลงวันที่ 2 มี.ค. 64"
    let found = ThaiDateParser.matches(in: line).compactMap(\.date?.iso)
    #expect(found == ["2021-02-10", "2021-03-02"])
  }

  @Test(arguments: [
    (ThaiDate.Style.full, ThaiDigits.Target.thai, "๑๔ กรกฎาคม ๒๕๖๔"),
    (.abbreviated, .thai, "๑๔ ก.ค. ๖๔"),
    (.full, .arabic, "14 กรกฎาคม 2564"),
    (.numeric, .arabic, "14/07/64"),
  ])
  func formatsBackInThai(_ style: ThaiDate.Style, _ digits: ThaiDigits.Target, _ expected: String) throws {
    let date = try ThaiDate(day: 14, month: .july, beYear: 2564)
    #expect(date.formatted(style, digits: digits) == expected)
    #expect(try ThaiDateParser.parse(expected).date == date)
  }

  /// Every day from 1 January BE 2400 to 31 December BE 2700 (110,241 days), written out in
  /// full with Thai and with Arabic digits, parses back to itself. In chunks of 50 years so
  /// that the chunks run in parallel.
  @Test(arguments: Array(stride(from: 2400, through: 2700, by: 50)))
  func formattingThenParsingIsIdentityOverEveryDay(_ firstYear: Int) throws {
    var day = try ThaiDate(day: 1, month: .january, beYear: firstYear)
    let end = try ThaiDate(day: 31, month: .december, beYear: min(firstYear + 49, 2700))
    var checked = 0
    var wrong: [String] = []
    while day <= end {
      for digits in [ThaiDigits.Target.thai, .arabic] {
        let text = day.formatted(.full, digits: digits)
        if (try? ThaiDateParser.parse(text).date) != day, wrong.count < 10 { wrong.append(text) }
      }
      day = day.adding(days: 1)
      checked += 1
    }
    #expect(wrong.isEmpty, "\(wrong)")
    let first = try ThaiDate(day: 1, month: .january, beYear: firstYear)
    #expect(checked == end.dayNumber - first.dayNumber + 1)
  }

  /// The real seed: the province letter in 000 announces a meeting on "วันจันทร์ที่ ๑๔
  /// กรกฎาคม ๒๕๖๔", a Wednesday; the ministry letter's "วันจันทร์ที่ ๑๙ …" is right.
  @Test func seed000NamesMondayForAWednesday() throws {
    let text = try Seeds.text("000")
    let checked = text.split(separator: "\n").flatMap { ThaiDateParser.matches(in: String($0)) }
      .filter { $0.weekdayNamed != nil }
    let wrong = checked.filter { $0.weekdayMatches == false }
    #expect(wrong.map(\.raw) == ["วันจันทร์ที่ ๑๔ กรกฎาคม ๒๕๖๔"])
    #expect(wrong.first?.date?.weekday == .wednesday)
    #expect(checked.contains { $0.raw == "วันจันทร์ที่ ๑๙ กรกฎาคม ๒๕๖๔" && $0.weekdayMatches == true })
  }

  /// Every date printed in the five seeds is read: none is left as an unrecognised form.
  @Test(arguments: ["000", "001", "002", "003", "004"])
  func everyDateInTheSeedsIsValid(_ seed: String) throws {
    let text = try Seeds.text(seed)
    let matches = text.split(separator: "\n").flatMap { ThaiDateParser.matches(in: String($0)) }
    #expect(!matches.isEmpty)
    for match in matches { #expect(match.date != nil, "\(seed): \(match.raw)") }
  }
}

/// A stray dot Tesseract sets after a full month name (Corpus/ocr 000 heavy: `กรกฎาศม. ๒๕๒๐๕`,
/// `กรกฎาคม.๒๕๐๕`): with OCR years the date is still found, its year as printed.
@Suite struct OCRMonthDotTests {
  @Test(arguments: [
    ("๑๕ กรกฎาศม. ๒๕๒๐๕", "25205"),
    ("๓ กรกฎาคม.๒๕๐๕", "2505"),
    ("19 กรกฎาคม. 2564", "2564"),
    // An era before a year Tesseract broke (heldout6 1904: `ประกาศ ณ วันที ๒๐ มกราคม พ.ศ. ๒๕๒๐๕`).
    ("๑๕ กรกฎาคม พ.ศ. ๒๕๒๐๕", "25205"),
    ("๑๕ กรกฎาคม พ.ศ.๒๕๐๕", "2505"),
  ])
  func aDotAfterTheMonthName(_ text: String, _ year: String) throws {
    let match = try #require(ThaiDateParser.matches(in: text, ocrYears: true).first)
    #expect(match.printed.month == .july)
    #expect(match.printed.yearDigits == year)
    #expect(match.raw == text)
  }

  /// Clean text keeps the strict reading: a dot after the month ends the date there.
  @Test func withoutOCRYearsTheDotStillStops() {
    #expect(ThaiDateParser.matches(in: "๑๕ กรกฎาคม. ๒๕๖๔").isEmpty)
  }

  /// …unless an era follows the dot (`สั่ง ณ วันที12 พฤศจิกายน .พ.ศ 2569`, real Tesseract of
  /// 3103 with Arabic digits): a year must come, the dot is a speck.
  @Test(arguments: ["12 พฤศจิกายน .พ.ศ 2569", "12 พฤศจิกายน . พ.ศ. 2569", "๑๒ พฤศจิกายน .พ.ศ. ๒๕๖๙"])
  func aDotBeforeTheEraIsASpeck(_ text: String) throws {
    let match = try #require(ThaiDateParser.matches(in: text).first)
    #expect(match.date?.iso == "2026-11-12")
  }
}

/// A year whose ๗ Tesseract printed as ฒ or ซ (Corpus/ocr 105: `๓ ม.ค. ๒ฒ` for `๓ ม.ค. ๖๗`):
/// with OCR years the date is found, the letter read as 7 for the year's recovery.
@Suite struct OCRYearLetterTests {
  @Test(arguments: [
    ("๓ ม.ค. ๒ฒ", "27", ThaiMonth.january),
    ("๑๕ ม.ค. ๒ซ", "27", ThaiMonth.january),
    ("๑๒ ธันวาคม ๒๕๒ฒ", "2527", ThaiMonth.december),
  ])
  func aLetterForSevenInTheYear(_ text: String, _ year: String, _ month: ThaiMonth) throws {
    let match = try #require(ThaiDateParser.matches(in: text, ocrYears: true).first)
    #expect(match.printed.month == month)
    #expect(match.printed.yearDigits == year)
    #expect(match.raw == text)
  }

  /// A word after the digits is not a year's letter; without OCR years nothing changes.
  @Test func aWordIsNotADigit() {
    #expect(ThaiDateParser.matches(in: "๓ ม.ค. ๒ซอย", ocrYears: true).isEmpty)
    #expect(ThaiDateParser.matches(in: "๓ ม.ค. ๒ฒ").isEmpty)
  }

  /// A day number is a date and back (the reading day's clock goes through this).
  @Test(arguments: [
    (0, "1970-01-01"), (-1, "1969-12-31"), (20_418, "2025-11-26"), (20_783, "2026-11-26"), (11_016, "2000-02-29"),
  ])
  func aDayNumberIsADate(_ dayNumber: Int, _ iso: String) {
    let date = ThaiDate(dayNumber: dayNumber)
    #expect(date.iso == iso)
    #expect(date.dayNumber == dayNumber)
  }

  /// `๐-๑-๕๖ ไร่` is a land area (ไร่-งาน-ตารางวา, 1103), not the 0th of January; dashed
  /// dates elsewhere stay dates.
  @Test(arguments: [
    ("เนื้อที่ ๐-๑-๕๖ ไร่", 0), ("เนื้อที่ ๒-๓-๔๕ไร่ พร้อมสิ่งปลูกสร้าง", 0), ("วันที่ ๑๔-๐๕-๖๗ เวลา", 1),
  ])
  func aLandAreaIsNoDate(_ text: String, _ count: Int) {
    #expect(ThaiDateParser.matches(in: text).count == count)
  }
}
