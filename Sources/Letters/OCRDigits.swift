import Foundation
import ThaiText

/// Digits read by Tesseract's Thai model, which cannot emit ๔ ๖ ๗ ๘ ๙ (nor ำ): a printed
/// ๕ may stand for ๔ ๕ ๘ ๙, ๒ for ๒ ๖, ๓ for ๓ ๗, ๐ for ๐ ๖, and a ๖ often comes out as
/// two digits `๒๐` (in a year, a ๙ as `๕๑`). Values are recovered by constraints — a day that exists in its month, a
/// Buddhist-era year that fits the file's other dates and any weekday named with it — with
/// a confidence below 1 and the other readings kept as candidates.
enum OCRDigits {
  /// What each ASCII digit Tesseract printed may stand for, the printed digit first.
  static let readings: [Character: [Character]] = [
    "0": ["0", "6"], "2": ["2", "6"], "3": ["3", "7"], "5": ["5", "4", "8", "9"],
  ]

  /// The wider confusions measured on real pages (Corpus/ocr/README.md: ๗ also reads ๐ ๒ ๕,
  /// ๙ also ๓), used to choose a year by votes, not to list candidates.
  static let measuredReadings: [Character: [Character]] = [
    "0": ["0", "6", "7"], "2": ["2", "6", "7"], "3": ["3", "7", "9"], "5": ["5", "4", "8", "9", "7"],
  ]

  /// Confidence of a value chosen among candidates.
  static let chosenConfidence = 0.6

  /// True when the text reads like Tesseract's Thai model: Thai digits, yet none of
  /// ๔ ๖ ๗ ๘ ๙ and no ำ (checked before normalization turns ํา into ำ).
  static func looksLikeTesseract(_ text: String) -> Bool {
    var thaiDigits = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0E54, 0x0E56, 0x0E57, 0x0E58, 0x0E59, 0x0E33: return false
      case 0x0E50...0x0E59: thaiDigits += 1
      default: break
      }
    }
    return thaiDigits >= 12
  }

  static func isAmbiguous(_ digits: String) -> Bool { digits.contains { readings[$0] != nil } }

  /// Years a printed year may stand for: digits swapped, `20` read for a lost ๖, a digit
  /// lost at the end; only Buddhist-era years from 2540 to next year.
  static func yearCandidates(_ printed: String, latest: Int) -> [Int] {
    yearReadings(printed, latest: latest).map(\.year)
  }

  /// How often Tesseract's Thai model printed each digit for each true digit of a page
  /// (Corpus/ocr/README.md, "Digits: what each source digit was aligned to"): `[printed][true]`,
  /// zero where the printing never stood for that digit. A ๘ came out ๕ 82 times in 86, a ๙
  /// 39 in 53: a final ๕ stands for ๘ more often than for ๙.
  static let printedGivenTrue: [[Double]] = [
    // true:  0     1     2     3     4     5     6     7     8     9
    [0.97, 0, 0, 0, 0, 0, 0.25, 0.24, 0, 0],  // printed 0
    [0, 0.98, 0, 0, 0, 0, 0, 0, 0, 0],  // printed 1
    [0, 0, 0.99, 0, 0, 0, 0.35, 0.10, 0, 0],  // printed 2
    [0, 0, 0, 0.95, 0, 0, 0, 0.43, 0, 0.15],  // printed 3
    [0, 0, 0, 0, 1, 0, 0, 0, 0, 0],  // printed 4
    [0, 0, 0, 0, 0.89, 0.99, 0, 0.09, 0.95, 0.74],  // printed 5
    [0, 0, 0, 0, 0, 0, 1, 0, 0, 0],  // printed 6
    [0, 0, 0, 0, 0, 0, 0, 1, 0, 0],  // printed 7
    [0, 0, 0, 0, 0, 0, 0, 0, 1, 0],  // printed 8
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 1],  // printed 9
  ]
  /// `๒๐` printed for one ๖, `๕๑` or `๑๕` for one ๙, and a digit lost.
  static let splitSixLikelihood = 0.30
  static let splitNineLikelihood = 0.10
  static let lostDigitLikelihood = 0.03

  /// How much likelier a letter is dated a year later, up to the reading day's year: an
  /// archive's intake is mostly recent, but not all of this year.
  static let yearRecency = 0.8

  /// Each candidate year with the fewest digit changes that reach it from the printing.
  ///
  /// Digits are expanded as integers: this runs for every date of a Tesseract file, and
  /// building and hashing `String`s of `Character`s made it 16 % of parsing the Corpus.
  static func yearReadings(_ printed: String, latest latestYear: Int) -> [(year: Int, changes: Int, likelihood: Double)]
  {
    // A two-digit year (`67` in a receipt stamp's 16/05/67) is 25xx.
    let text = printed.count == 2 ? "25" + printed : printed
    var digits: [Int] = []
    for byte in text.utf8 {
      // Anything but an ASCII digit cannot be part of a year.
      guard (0x30...0x39).contains(byte) else { return [] }
      digits.append(Int(byte) - 0x30)
    }
    // The fewest changes for each year that can be kept, by year (a flat array, not a
    // dictionary: hashing was most of the cost).
    guard latestYear >= 2540 else { return [] }
    let years = 2540...latestYear
    var best = [Int](repeating: .max, count: years.count)
    var likeliest = [Double](repeating: 0, count: years.count)
    func keep(_ value: Int, _ changes: Int, _ p: Double) {
      guard years.contains(value) else { return }
      best[value - years.lowerBound] = min(best[value - years.lowerBound], changes)
      likeliest[value - years.lowerBound] = max(likeliest[value - years.lowerBound], p)
    }
    func expand(_ i: Int, _ value: Int, _ length: Int, _ changes: Int, _ p: Double) {
      if length > 4 { return }
      if i == digits.count {
        if length == 4 { keep(value, changes, p) }
        if length == 3 { for d in 0...9 { keep(value * 10 + d, changes + 1, p * lostDigitLikelihood) } }
        return
      }
      if digits[i] == 2, i + 1 < digits.count, digits[i + 1] == 0 {
        expand(i + 2, value * 10 + 6, length + 1, changes + 1, p * splitSixLikelihood)
      }
      // `๕๑` printed for a ๙ (`๒๕๒๐๕๑` for ๒๕๖๙, Tesseract pages of 806 and 908), or `๑๕`
      // (`๒๕๒๐๑๕`, 3300; `๒๕๒๑๕`, 609).
      if i + 1 < digits.count, digits[i] == 5 && digits[i + 1] == 1 || digits[i] == 1 && digits[i + 1] == 5 {
        expand(i + 2, value * 10 + 9, length + 1, changes + 1, p * splitNineLikelihood)
      }
      for r in measuredDigitReadings[digits[i]] {
        expand(
          i + 1, value * 10 + r, length + 1, changes + (r == digits[i] ? 0 : 1),
          p * max(printedGivenTrue[digits[i]][r], 0.01))
      }
    }
    expand(0, 0, 0, 0, 1)
    return years.compactMap { year in
      best[year - years.lowerBound] == .max
        ? nil : (year: year, changes: best[year - years.lowerBound], likelihood: likeliest[year - years.lowerBound])
    }
  }

  /// `measuredReadings` by digit value, 0 to 9.
  static let measuredDigitReadings: [[Int]] = (0...9).map { d in
    let printed = Character(String(d))
    return (measuredReadings[printed] ?? [printed]).compactMap(\.wholeNumberValue)
  }

  /// Days a printed day may stand for, the printed day first: each digit's own reading
  /// before its confusions, and `๒๐` for a split ๖ last (a printed ๒๐ was the 20th on every
  /// real page of Corpus/ocr where it stood for a day).
  static func dayCandidates(_ printed: String) -> [Int] {
    var days: [Int] = []
    func expand(_ chars: [Character], _ i: Int, _ built: String, splitSix: Bool) {
      if i == chars.count {
        if let d = Int(built), (1...31).contains(d), !days.contains(d) { days.append(d) }
        return
      }
      if splitSix, chars[i] == "2", i + 1 < chars.count, chars[i + 1] == "0" {
        expand(chars, i + 2, built + "6", splitSix: splitSix)
      }
      for r in readings[chars[i]] ?? [chars[i]] { expand(chars, i + 1, built + String(r), splitSix: splitSix) }
    }
    let chars = Array(printed)
    expand(chars, 0, "", splitSix: false)
    expand(chars, 0, "", splitSix: true)
    return days
  }
}

/// Applies OCR digit recovery to every number and date of a file's letters.
struct OCRDigitRepair {
  let lines: [Line]
  /// The day the letters are read on: no reading may date a letter after it.
  var today: ThaiDate = ReadingDay.default

  func apply(to letters: inout [Letter]) {
    // The year: the one most of the file's dates can stand for.
    // For each year: how many printed years it fits, how many digit changes that takes, and
    // how many weekdays named with a date fit it.
    var fits: [Int: Int] = [:]
    var likelihood: [Int: Double] = [:]
    // A date that names its weekday: month, printed day, weekday, and the years its own
    // printed year can stand for (it votes for no other).
    var anchors: [(ThaiMonth, String, ThaiWeekday, Set<Int>)] = []
    var previous: [Unicode.Scalar] = []
    for line in lines where !line.isEmptyish {
      // `วัน` at a line's end and the weekday on the next: read them together.
      let joined = Array("วัน".unicodeScalars)
      let scalars = previous.suffix(3).elementsEqual(joined) ? joined + line.scalars : line.scalars
      previous = line.scalars
      for match in ThaiDateParser.matches(in: scalars, ocrYears: true) {
        for (year, _, p) in OCRDigits.yearReadings(match.printed.yearDigits, latest: today.beYear) {
          fits[year, default: 0] += 1
          likelihood[year, default: 0] += p
        }
        if let weekday = match.weekdayNamed, let month = match.printed.month {
          let years = Set(OCRDigits.yearCandidates(match.printed.yearDigits, latest: today.beYear))
          anchors.append((month, match.printed.day, weekday, years))
        }
      }
    }
    // An order's number ends with its year (`ที่ ๑๒๓/๒๕๒๐๕`): printed by the same OCR, it is
    // one more printing of the file's year.
    for letter in letters {
      guard let suffix = Self.yearSuffixDigits(letter.number) else { continue }
      for (year, _, p) in OCRDigits.yearReadings(suffix, latest: today.beYear) {
        fits[year, default: 0] += 1
        likelihood[year, default: 0] += p
      }
    }
    func anchorScore(_ year: Int) -> Int {
      anchors.filter { month, day, weekday, years in
        years.contains(year)
          && OCRDigits.dayCandidates(day).contains { d in
            (try? ThaiDate(day: d, month: month, beYear: year))?.weekday == weekday
          }
      }.count
    }
    // A named weekday is the strongest evidence; then the year most printed years fit; then
    // the likeliest: how often Tesseract prints what it printed for that year's digits, times
    // a prior that falls by `yearRecency` a year back from today's.
    func score(_ year: Int) -> Double {
      (likelihood[year] ?? 0) * pow(OCRDigits.yearRecency, Double(today.beYear - year))
    }
    let ranked = fits.keys.sorted { a, b in
      (anchorScore(a), fits[a] ?? 0) != (anchorScore(b), fits[b] ?? 0)
        ? (anchorScore(a), fits[a] ?? 0) > (anchorScore(b), fits[b] ?? 0)
        : score(a) != score(b) ? score(a) > score(b) : a > b
    }

    for index in letters.indices {
      var letter = letters[index]
      var warnings: [LetterWarning] = []
      let line = letter.lines.start
      if var number = letter.number {
        // A number read with a letter for a digit has its `ocr_digits` warning from the reader.
        repair(&number, years: ranked, &warnings, line: numberLine(letter) ?? line, warned: number.letterAsDigit)
        letter.number = number
      }
      if var date = letter.date {
        repair(&date, years: ranked, &warnings, line: lineOf(date.raw, in: letter) ?? line)
        letter.date = date
      }
      for k in letter.references.indices { repair(&letter.references[k], years: ranked, &warnings, letter: letter) }
      for k in letter.mentions.indices { repair(&letter.mentions[k], years: ranked, &warnings, letter: letter) }
      for k in letter.enclosures.indices {
        if var citation = letter.enclosures[k].letter {
          repair(&citation, years: ranked, &warnings, letter: letter)
          letter.enclosures[k].letter = citation
        }
      }
      letter.warnings += warnings
      letters[index] = letter
    }
  }

  func numberLine(_ letter: Letter) -> Int? {
    guard let raw = letter.number?.raw else { return nil }
    return lineOf(raw, in: letter)
  }

  /// The line in the letter where `text` is printed (or, split over lines, where it starts).
  func lineOf(_ text: String, in letter: Letter) -> Int? {
    let inLetter = lines.filter { $0.number >= letter.lines.start && $0.number <= letter.lines.end }
    if let whole = inLetter.first(where: { $0.text.contains(text) }) { return whole.number }
    let head = String(text.prefix(10))
    if let line = inLetter.first(where: { $0.text.contains(head) }) { return line.number }
    // Split early (`ประกาศ ณ วันที่ ๒๒ กันยายน` / `พ.ศ. ๒๕๖๘`): the longest run of its first words
    // printed on one line.
    let words = text.split(separator: " ")
    for count in stride(from: words.count - 1, through: 1, by: -1) {
      let head = words.prefix(count).joined(separator: " ")
      guard head.unicodeScalars.count >= 4 else { break }
      if let line = inLetter.first(where: { $0.text.contains(head) }) { return line.number }
    }
    return nil
  }

  func repair(_ citation: inout Citation, years: [Int], _ warnings: inout [LetterWarning], letter: Letter) {
    let line = lineOf(citation.number?.raw ?? citation.raw, in: letter)
    if var date = citation.date {
      repair(&date, years: years, &warnings, line: lineOf(date.raw, in: letter) ?? line)
      citation.date = date
    }
    // A cited order's year suffix (`ที่ ๓๓๘/๒๕๒๐๕ ลงวันที่ …`): its own date's year first,
    // then the file's.
    if var number = citation.number {
      let own = citation.date?.date.map { [$0.beYear] } ?? []
      // One read with a letter for a digit is warned of by ``CitationChecks``.
      repair(&number, years: own + years, &warnings, line: line, warned: number.letterAsDigit)
      citation.number = number
    }
  }

  /// The digits of a number's Buddhist-era year suffix (`๒๕๒๐๕` of `๑๒๓/๒๕๒๐๕`), nil when it
  /// has none.
  static func yearSuffixDigits(_ number: LetterNumber?) -> String? {
    guard let suffix = number?.yearSuffix, suffix.utf8.count >= 4, suffix.hasPrefix("25") else { return nil }
    return suffix
  }

  /// `years`: the years to choose from, most likely first (a cited number's own date's year,
  /// then the file's); an order's year suffix takes the first it can stand for.
  func repair(
    _ number: inout LetterNumber, years ranked: [Int], _ warnings: inout [LetterWarning], line: Int?, warned: Bool = false
  ) {
    guard OCRDigits.isAmbiguous((number.code ?? "") + number.serial + (number.yearSuffix ?? "")) else { return }
    number.confidence = OCRDigits.chosenConfidence
    number.candidates = NumberReadings.candidates(number, latestYear: today.beYear)
    if let suffix = Self.yearSuffixDigits(number) {
      let fitting = Set(OCRDigits.yearCandidates(suffix, latest: today.beYear))
      if let year = ranked.first(where: fitting.contains), String(year) != suffix {
        number.yearSuffix = String(year)
        let chosen = number.canonical
        number.candidates.removeAll { $0 == chosen }
      }
    }
    guard !warned else { return }
    warnings.append(
      LetterWarning(.ocrDigits, "\(number.raw): digits read by an OCR that cannot print ๔ ๖ ๗ ๘ ๙", line: line))
  }

  /// True when `month` of Buddhist-era `year` begins after today.
  func isAhead(_ month: ThaiMonth, _ year: Int) -> Bool {
    year > today.beYear || year == today.beYear && month.rawValue > today.month.rawValue
  }

  /// `years`: the file's years, most likely first.
  func repair(_ value: inout DateValue, years ranked: [Int], _ warnings: inout [LetterWarning], line: Int?) {
    guard let match = ThaiDateParser.matches(in: value.raw, ocrYears: true).first,
      let month = match.printed.month
    else { return }
    let printedYear = match.printed.yearDigits
    let years = OCRDigits.yearCandidates(printedYear, latest: today.beYear)
    // The file's likeliest years this printing fits, best first; a year that would put the
    // month after today last (a letter is not dated in the future).
    let ranked = ranked.filter { years.contains($0) }
    let fitting = ranked.filter { !isAhead(month, $0) } + ranked.filter { isAhead(month, $0) }
    let chosenYear = fitting.first ?? years.last
    let days = OCRDigits.dayCandidates(match.printed.day)
    guard let chosenYear, !(days.isEmpty) else { return }
    let ambiguous =
      OCRDigits.isAmbiguous(match.printed.day) || printedYear.count != 4
      || OCRDigits.isAmbiguous(String(printedYear.suffix(2)))
    guard ambiguous || value.date == nil || value.date?.beYear != chosenYear else { return }
    var dates = days.compactMap { try? ThaiDate(day: $0, month: month, beYear: chosenYear) }
    // A weekday named with the date picks among the days.
    if let weekday = match.weekdayNamed ?? value.weekday, let fitting = dates.first(where: { $0.weekday == weekday }) {
      dates.removeAll { $0 == fitting }
      dates.insert(fitting, at: 0)
    }
    guard let chosen = dates.first else { return }
    value.date = chosen
    value.confidence = OCRDigits.chosenConfidence
    // Other days of that year; then, in each of the next two likeliest years, the same day
    // and then its other days (the year and a day are often both misread: ๒๕ พฤศจิกายน ๒๕๐๕
    // for ๒๔ พฤศจิกายน ๒๕๖๘).
    var candidates = Array(dates.dropFirst())
    for year in fitting.dropFirst().prefix(2) {
      let inYear = days.compactMap { try? ThaiDate(day: $0, month: month, beYear: year) }
      candidates += inYear.filter { $0.day == chosen.day } + inYear.filter { $0.day != chosen.day }
    }
    value.candidates = candidates.map(\.iso)
    warnings.append(LetterWarning(.ocrDigits, "\(value.raw): read as \(chosen.iso) by constraints", line: line))
  }
}
