/// A date found in text: where it is, how it was written, and its value or why it has none.
public struct ThaiDateMatch: Sendable {
  /// The date as printed, from the weekday (if any) or day to the year.
  ///
  /// Made when asked for: most dates a letter prints are only checked, and a `String` built
  /// for each was a sixth of reading them.
  public var raw: String { String(scalars: searched[scalarRange]) }
  /// Offsets in Unicode scalars of `raw` within the searched text.
  public let scalarRange: Range<Int>
  /// The scalars searched (shared with the caller's array, not copied).
  let searched: [Unicode.Scalar]
  /// The value, or why the printed date cannot exist.
  public let result: Result<ThaiDate, ThaiDateError>
  /// The weekday named before the date (`วันจันทร์ที่ …`), if any.
  public let weekdayNamed: ThaiWeekday?
  /// How the date was written.
  public let form: Form
  /// The year was written as ค.ศ. (or a 4-digit year below 2300 that can only be Gregorian).
  public let commonEra: Bool
  /// The day, month and year digits as printed (ASCII), for callers that re-read damaged
  /// OCR digits. `yearDigits` may have 3–6 digits when `ocrYears` matching was asked for.
  public var printed: (day: String, month: ThaiMonth?, yearDigits: String) = ("", nil, "")
  /// A letter was read for a digit Tesseract confuses it with: ด for the ๑ opening a two-digit
  /// day (`ด๘ กุมภาพันธ์`), ฯ for a year's last ๙ (`๒๕๖ฯ`). The reading is a guess.
  public var readLetterAsDigit = false

  public enum Form: String, Sendable {
    /// ๑๔ กรกฎาคม ๒๕๖๔
    case fullMonth = "full_month"
    /// ๑๔ ก.ค. ๖๔
    case abbreviatedMonth = "abbreviated_month"
    /// 14/05/67
    case numeric
  }

  /// The parsed date, or nil when it does not exist.
  public var date: ThaiDate? { try? result.get() }

  /// nil when no weekday is named; else whether it fits the date.
  public var weekdayMatches: Bool? {
    guard let named = weekdayNamed, let date else { return nil }
    return named == date.weekday
  }
}

/// การอ่านวันที่ — finds and reads dates in every form Thai letters use.
///
/// Forms: `๑๔ กรกฎาคม ๒๕๖๔`, `๑๔ ก.ค. ๖๔` (also `ก.ค`, `กค.`, `ก. ค.`), optional `พ.ศ.` /
/// `ค.ศ.` before the year, 2- and 4-digit years, numeric `14/05/67`, `14/5/2567`, Thai or
/// Arabic digits, an optional weekday before (`วันจันทร์ที่ ๑๔ …`). Month names also match
/// when OCR dropped their tone marks (`กุมภาพันธ`).
public enum ThaiDateParser {
  /// The first date in `text`; throws when there is none or it does not exist.
  public static func parse(_ text: String) throws(ThaiDateError) -> ThaiDateMatch {
    guard let first = matches(in: text).first else {
      throw .unrecognized(text)
    }
    if case let .failure(error) = first.result { throw error }
    return first
  }

  /// Every date in `text`, in order.
  /// - Complexity: O(n) in the scalars of `text`.
  public static func matches(in text: String, ocrYears: Bool = false) -> [ThaiDateMatch] {
    let scalars = text.scalarArray
    return matches(in: scalars, ocrYears: ocrYears)
  }

  /// Every date in a scalar array (the form the letter parser holds lines in).
  /// With `ocrYears`, a month-name date whose year has 3–6 digits (Tesseract loses or splits
  /// digits: `๒๕๒๐๕`, `๒๕๐`) still matches, as a failure whose `printed` digits the caller
  /// can re-read.
  public static func matches(in s: [Unicode.Scalar], ocrYears: Bool = false) -> [ThaiDateMatch] {
    var found: [ThaiDateMatch] = []
    var i = digitRunStart(in: s, from: 0)
    while i < s.count {
      if let match = matchDate(s, at: i, ocrYears: ocrYears) {
        found.append(match)
        i = digitRunStart(in: s, from: match.scalarRange.upperBound)
      } else {
        i = digitRunStart(in: s, from: i + 1)
      }
    }
    return found
  }

  /// The first index from `start` on where a run of digits begins (a digit with no digit
  /// before it), or `s.count`. Every line of every letter is searched here for dates, most
  /// of them with no digit at all: on the array's buffer, the scalar values compared as
  /// integers (no bounds check, no optional digit value a scalar).
  static func digitRunStart(in s: [Unicode.Scalar], from start: Int) -> Int {
    s.withUnsafeBufferPointer { p in
      @inline(__always) func isDigit(_ k: Int) -> Bool {
        let v = p[k].value
        return v &- 0x30 < 10 || v &- 0x0E50 < 10
      }
      var k = start
      while k < p.count {
        if isDigit(k), k == 0 || !isDigit(k - 1) { return k }
        k += 1
      }
      return p.count
    }
  }

  // MARK: - Pieces

  static func digitRun(_ s: [Unicode.Scalar], _ i: Int) -> (value: Int, count: Int)? {
    var j = i
    var value = 0
    while j < s.count, let d = ThaiDigits.value(of: s[j]) {
      value = value &* 10 &+ d
      j += 1
    }
    return j > i ? (value, j - i) : nil
  }

  /// A year as Tesseract's Thai model prints it: digits, and ฒ or ซ after a digit where
  /// the model, which has no ๗, set a letter (`๓ ม.ค. ๒ฒ` for `๖๗`). The digits in ASCII
  /// (the letter read as 7), the scalars taken, and whether a letter was read.
  static func ocrYearRun(_ s: [Unicode.Scalar], _ i: Int) -> (digits: String, count: Int, lookalike: Bool)? {
    var j = i
    var digits = ""
    var lookalike = false
    while j < s.count {
      if let d = ThaiDigits.value(of: s[j]) {
        digits.append(ThaiDigits.asciiCharacter(d))
      } else if !digits.isEmpty, s[j] == "\u{0E12}" || s[j] == "\u{0E0B}",
        j + 1 == s.count || !isThaiLetter(s[j + 1])
      {
        digits.append("7")
        lookalike = true
      } else {
        break
      }
      j += 1
    }
    return digits.isEmpty ? nil : (digits, j - i, lookalike)
  }

  static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
    var j = i
    while j < s.count, s[j] == " " || s[j] == "\t" || s[j] == "\u{A0}" { j += 1 }
    return j
  }

  /// An ASCII letter, either case (compared as values: a scalar's Unicode properties are looked
  /// up in tables, and dates are looked for at every digit of every line).
  @inline(__always) static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
    c.value < 0x80 && (c.value | 0x20) &- 0x61 < 26
  }

  static func isThaiLetter(_ c: Unicode.Scalar) -> Bool {
    (0x0E01...0x0E3A).contains(c.value) || (0x0E40...0x0E4E).contains(c.value)
  }

  /// A day and a month name ending the text, its year missing (`ลงวันที่ ๑๗ พฤศจิกายน`): what
  /// a line ends with when OCR set the year on a line of its own.
  public static func endsWithDayAndMonth(_ s: [Unicode.Scalar]) -> Bool {
    var end = s.count
    while end > 0, s[end - 1] == " " || s[end - 1] == "." { end -= 1 }
    var start = end
    while start > 0, s[start - 1] != " " { start -= 1 }
    guard start >= 2, let (_, monthEnd, _) = matchMonth(Array(s[..<end]), start), monthEnd == end else {
      return false
    }
    return ThaiDigits.isDigit(s[start - 2])
  }

  static let monthWord = Array("เดือน".unicodeScalars)

  /// A month name at `i`: (month, end, abbreviated).
  /// English month names, upper case, in order.
  static let englishMonths: [[UInt32]] = [
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER",
    "DECEMBER",
  ].map { $0.unicodeScalars.map(\.value) }

  /// An English month's name at `i` (`October`, `Oct.`, `OCT`), any case: (month, end,
  /// abbreviated). Only a capital opens one.
  static func matchEnglishMonth(_ s: [Unicode.Scalar], _ i: Int) -> (ThaiMonth, Int, Bool)? {
    guard i < s.count, (0x41...0x5A).contains(s[i].value) else { return nil }
    var end = i
    while end < s.count, end - i < 10, s[end].value < 0x80, (0x41...0x5A).contains(s[end].value & ~0x20) {
      end += 1
    }
    let word = s[i..<end].map { $0.value & ~0x20 }
    for (index, name) in englishMonths.enumerated() {
      if word.elementsEqual(name), let month = ThaiMonth(rawValue: index + 1) { return (month, end, false) }
      if word.count == 3, name.starts(with: word), let month = ThaiMonth(rawValue: index + 1) {
        return (month, end < s.count && s[end] == "." ? end + 1 : end, true)
      }
    }
    return nil
  }

  static func matchMonth(_ s: [Unicode.Scalar], _ i: Int) -> (ThaiMonth, Int, Bool)? {
    // Full names, compared without the marks OCR drops.
    for (index, skeleton) in ThaiMonth.fullSkeletons.enumerated() {
      var j = i
      var k = 0
      var spaced = false
      while k < skeleton.count, j < s.count {
        if ThaiMonth.isDroppableMark(s[j]) {
          j += 1
          continue
        }
        // One space OCR put inside the name, past its first three letters (`สิงหา คม`: hOCR
        // glyph boxes set apart).
        if s[j] == " ", !spaced, k >= 3, j + 1 < s.count, s[j + 1] == skeleton[k] {
          spaced = true
          j += 1
          continue
        }
        if s[j] != skeleton[k] { break }
        j += 1
        k += 1
      }
      if k == skeleton.count {
        while j < s.count, ThaiMonth.isDroppableMark(s[j]) { j += 1 }
        if let month = ThaiMonth(rawValue: index + 1) { return (month, j, false) }
      }
    }
    // OCR-damaged full names (จั้นวาคม for ธันวาคม): one edit from a month's skeleton.
    if let fuzzy = matchMonthFuzzily(s, i) { return fuzzy }
    // Abbreviations: group, dots or spaces, group, optional dot.
    for (index, groups) in ThaiMonth.abbreviationGroups.enumerated() {
      guard let afterFirst = matchSequence(s, i, groups.0) else { continue }
      var j = afterFirst
      var separated = false
      while j < s.count, s[j] == "." || s[j] == " " {
        j += 1
        separated = true
      }
      if !separated, afterFirst < s.count, s[afterFirst] != groups.1[0] { continue }
      guard let afterSecond = matchSequence(s, j, groups.1) else { continue }
      j = afterSecond
      if j < s.count, s[j] == "." { j += 1 }
      // The abbreviation must end here, not run on into a word.
      if j < s.count, isThaiLetter(s[j]) { continue }
      if let month = ThaiMonth(rawValue: index + 1) { return (month, j, true) }
    }
    return nil
  }

  /// A run of Thai letters at `i` within one edit (substitution, insertion, deletion) of a
  /// full month name's skeleton; names of 6 letters or more only, so short words never match.
  static func matchMonthFuzzily(_ s: [Unicode.Scalar], _ i: Int) -> (ThaiMonth, Int, Bool)? {
    var end = i
    let longest = longestSkeleton
    // Room for every letter the run may keep, at once (grown letter by letter, the array was
    // allocated four or five times).
    var word: [Unicode.Scalar] = []
    word.reserveCapacity(longest + 1)
    while end < s.count, isThaiLetter(s[end]) {
      if !ThaiMonth.isDroppableMark(s[end]) {
        // Two letters longer than every skeleton is more than one edit from all of them: most
        // runs after a number are phrases (Thai sets no space between words), and were
        // collected to their end before the lengths turned them away.
        if word.count > longest { return nil }
        word.append(s[end])
      }
      end += 1
    }
    guard word.count >= 5 else { return nil }
    for (index, skeleton) in ThaiMonth.fullSkeletons.enumerated() where skeleton.count >= 6 {
      if abs(skeleton.count - word.count) <= 1, OneEdit.apart(word, skeleton),
        let month = ThaiMonth(rawValue: index + 1)
      {
        return (month, end, false)
      }
    }
    return nil
  }

  /// The letters of the longest full month name's skeleton.
  static let longestSkeleton = ThaiMonth.fullSkeletons.map(\.count).max() ?? 0

  static func matchSequence(_ s: [Unicode.Scalar], _ i: Int, _ pattern: [Unicode.Scalar]) -> Int? {
    guard i + pattern.count <= s.count else { return nil }
    for k in 0..<pattern.count where s[i + k] != pattern[k] { return nil }
    return i + pattern.count
  }

  /// `พ.ศ.` / `ค.ศ.` (dots and spaces optional) at `i`: (isCommonEra, end).
  static func matchEra(_ s: [Unicode.Scalar], _ i: Int) -> (Bool, Int)? {
    guard i < s.count, s[i] == "พ" || s[i] == "ค" else { return nil }
    var j = i + 1
    while j < s.count, s[j] == "." || s[j] == " " { j += 1 }
    guard j < s.count, s[j] == "ศ" else { return nil }
    j += 1
    if j < s.count, s[j] == "." { j += 1 }
    return (s[i] == "ค", j)
  }

  /// A year at `i` (after an optional era): (ceYear, end, commonEra).
  static func matchYear(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int, Bool)? {
    var j = i
    var era: Bool? = nil
    if let (commonEra, end) = matchEra(s, j) {
      era = commonEra
      j = skipSpaces(s, end)
    }
    guard let (value, count) = digitRun(s, j) else { return nil }
    let end = j + count
    switch count {
    case 4:
      if era == true || (era == nil && (1800..<2300).contains(value)) { return (value, end, true) }
      guard (2300...2800).contains(value) else { return nil }
      return (value - ThaiDate.buddhistEraOffset, end, false)
    case 2:
      if era == true { return (2000 + value, end, true) }
      return (2500 + value - ThaiDate.buddhistEraOffset, end, false)
    default:
      return nil
    }
  }

  /// `วัน<weekday>ที่` ending just before `i`: (weekday, start).
  static func matchWeekday(_ s: [Unicode.Scalar], before i: Int) -> (ThaiWeekday, Int)? {
    if let english = matchEnglishWeekday(s, before: i) { return english }
    var j = i
    while j > 0, s[j - 1] == " " { j -= 1 }
    // optional ที่ / ที (OCR drops the tone)
    var k = j
    if k > 0, s[k - 1] == "\u{0E48}" { k -= 1 }
    if k >= 2, s[k - 1] == "ี", s[k - 2] == "ท" { j = k - 2 }
    while j > 0, s[j - 1] == " " { j -= 1 }
    for (day, skeleton) in ThaiWeekday.skeletons {
      var p = j
      var q = skeleton.count
      while q > 0, p > 0 {
        if ThaiMonth.isDroppableMark(s[p - 1]) {
          p -= 1
          continue
        }
        if s[p - 1] != skeleton[q - 1] { break }
        p -= 1
        q -= 1
      }
      guard q == 0 else { continue }
      // "วัน" before the name
      if p >= 3, s[p - 3] == "ว", s[p - 2] == "ั", s[p - 1] == "น" { return (day, p - 3) }
    }
    return nil
  }

  static let englishWeekdays: [[UInt32]] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    .map { $0.unicodeScalars.map(\.value) }

  /// `Saturday, 9 October 2026`: an English weekday's name (any case) before the day, a comma
  /// after it or none.
  static func matchEnglishWeekday(_ s: [Unicode.Scalar], before i: Int) -> (ThaiWeekday, Int)? {
    var e = i
    while e > 0, s[e - 1] == " " { e -= 1 }
    if e > 0, s[e - 1] == "," { e -= 1 }
    guard e >= 6, s[e - 1].value | 0x20 == 0x79 else { return nil }  // every name ends in y
    for (index, name) in englishWeekdays.enumerated() where e >= name.count {
      let start = e - name.count
      guard zip(s[start..<e], name).allSatisfy({ $0.value < 0x80 && $0.value | 0x20 == $1 }),
        start == 0 || !isLatinLetter(s[start - 1]), let day = ThaiWeekday(rawValue: index)
      else { continue }
      return (day, start)
    }
    return nil
  }

  /// `ไร่` (rai, the unit of land area) at `i`.
  static func startsWithRai(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    i + 3 <= s.count && s[i] == "\u{0E44}" && s[i + 1] == "\u{0E23}" && s[i + 2] == "\u{0E48}"
  }

  static func matchDate(_ s: [Unicode.Scalar], at i: Int, ocrYears: Bool = false) -> ThaiDateMatch? {
    guard let run = digitRun(s, i) else { return nil }
    var day = run.value
    let dayCount = run.count
    // A digit glued after a Latin letter (`l0 April`, OCR's l for 1; `No2`) opens no day.
    if i > 0, isLatinLetter(s[i - 1]) { return nil }
    if dayCount <= 2, let match = matchMonthFirst(s, day: day, at: i, digits: dayCount) { return match }
    // `ด๘ กุมภาพันธ์`: Tesseract's ด for the ๑ of a day 10–19, standing as a word of its own
    // (a month name must follow: checked below).
    var dayStart = i
    var letterAsDigit = false
    if dayCount == 1, i >= 1, s[i - 1] == "\u{0E14}", i == 1 || s[i - 2] == " ", (0x0E50...0x0E59).contains(s[i].value) {
      day += 10
      dayStart = i - 1
      letterAsDigit = true
    }
    // Tesseract prints ๖ as ๒๐, so a 3-digit day holding 20 may be a day (๒๒๐ for ๒๖).
    let splitSix =
      ocrYears && dayCount == 3
      && ThaiDigits.ascii(scalars: s[i..<(i + dayCount)]).contains("20")
    guard dayCount <= 2 || splitSix else { return nil }
    var j = i + dayCount
    // `12th March 2026`: an English day's ordinal ending, read only before an English month.
    if dayCount <= 2, let end = ordinalEnd(s, j), matchEnglishMonth(s, skipSpaces(s, end)) != nil { j = end }
    var month: ThaiMonth?
    var monthNumber = 0
    var form: ThaiDateMatch.Form
    var yearInfo: (Int, Int, Bool)?

    if j < s.count, s[j] == "/" || s[j] == "-" {
      guard !letterAsDigit else { return nil }
      let separator = s[j]
      guard let (m, mCount) = digitRun(s, j + 1), mCount <= 2 else { return nil }
      let k = j + 1 + mCount
      guard k < s.count, s[k] == separator, let (y, yCount) = digitRun(s, k + 1) else { return nil }
      let end = k + 1 + yCount
      // 14/05/67 or 14/5/2567; a fourth part (a phone number) is not a date.
      if end < s.count, s[end] == separator, end + 1 < s.count, ThaiDigits.isDigit(s[end + 1]) {
        return nil
      }
      // `๐-๑-๕๖ ไร่`: a land area in ไร่-งาน-ตารางวา, not a date.
      if separator == "-", startsWithRai(s, skipSpaces(s, end)) { return nil }
      switch yCount {
      case 2: yearInfo = (2500 + y - ThaiDate.buddhistEraOffset, end, false)
      case 4:
        if (1800..<2300).contains(y) {
          yearInfo = (y, end, true)
        } else if (2300...2800).contains(y) {
          yearInfo = (y - ThaiDate.buddhistEraOffset, end, false)
        } else {
          return nil
        }
      default: return nil
      }
      monthNumber = m
      month = ThaiMonth(rawValue: m)
      form = .numeric
    } else {
      j = skipSpaces(s, j)
      // `๑๘ เดือน กันยายน พ.ศ. ๒๕๖๗`: the word month before its name, as a form's date line has it.
      if j + monthWord.count < s.count, s[j] == "เ", s[j..<(j + monthWord.count)].elementsEqual(monthWord) {
        j = skipSpaces(s, j + monthWord.count)
      }
      // Every month name, full, damaged or abbreviated, starts with a Thai letter: most digit
      // runs (phone numbers, item numbers, amounts) stop here before 24 names are tried.
      // (Or an English month's name, in a Thai letter citing a foreign or a company's letter:
      // `ลงวันที่ 15 January 2026`, with its Gregorian year.)
      guard j < s.count,
        let (m, end, abbreviated) = isThaiLetter(s[j]) ? matchMonth(s, j) : matchEnglishMonth(s, j)
      else { return nil }
      if !isThaiLetter(s[j]) {
        guard let y = matchYear(s, skipSpaces(s, end)), y.2 else { return nil }
        yearInfo = y
      }
      month = m
      monthNumber = m.rawValue
      form = abbreviated ? .abbreviatedMonth : .fullMonth
      var yearAt = skipSpaces(s, end)
      // Tesseract sets a stray dot after a full month name (`กรกฎาศม. ๒๕๒๐๕`, `กรกฎาคม.๒๕๐๕`);
      // an abbreviation's own dot is already part of it.
      // Before an era (`พฤศจิกายน .พ.ศ 2569`) it is a speck in any OCR's text: a year follows.
      if !abbreviated, yearAt < s.count, s[yearAt] == ".", ocrYears || matchEra(s, skipSpaces(s, yearAt + 1)) != nil {
        yearAt = skipSpaces(s, yearAt + 1)
      }
      if yearInfo != nil {
        // Read with the English month.
      } else if let y = matchYear(s, yearAt) {
        yearInfo = y
      } else if let y = yearWithNinePrintedAsMark(s, yearAt) {
        yearInfo = y
        letterAsDigit = true
      } else if ocrYears, case let yearStart = matchEra(s, yearAt).map({ skipSpaces(s, $0.1) }) ?? yearAt,
        let (digits, count, lookalike) = ocrYearRun(s, yearStart),
        (3...6).contains(digits.count) || lookalike && digits.count == 2
      {
        var start = dayStart
        var weekday: ThaiWeekday?
        if let (named, weekdayStart) = matchWeekday(s, before: dayStart) {
          weekday = named
          start = weekdayStart
        }
        var match = ThaiDateMatch(
          scalarRange: start..<(yearStart + count), searched: s, result: .failure(.unrecognized(digits)),
          weekdayNamed: weekday, form: form, commonEra: false)
        match.printed = (ThaiDigits.ascii(scalars: s[i..<(i + dayCount)]), m, digits)
        return match
      } else {
        return nil
      }
    }
    guard let (ceYear, end, commonEra) = yearInfo else { return nil }
    if splitSix, let month {
      var match = ThaiDateMatch(
        scalarRange: i..<end, searched: s,
        result: .failure(.unrecognized("day")), weekdayNamed: matchWeekday(s, before: i)?.0, form: form,
        commonEra: commonEra)
      let yearStart = (i..<end).reversed().prefix { ThaiDigits.isDigit(s[$0]) }.last ?? end
      match.printed = (
        ThaiDigits.ascii(scalars: s[i..<(i + dayCount)]), month,
        ThaiDigits.ascii(scalars: s[yearStart..<end])
      )
      return match
    }

    var start = dayStart
    var weekday: ThaiWeekday?
    if let (named, weekdayStart) = matchWeekday(s, before: dayStart) {
      weekday = named
      start = weekdayStart
    }
    let result: Result<ThaiDate, ThaiDateError>
    if let month {
      do throws(ThaiDateError) {
        result = .success(try ThaiDate(day: day, month: month, ceYear: ceYear))
      } catch {
        result = .failure(error)
      }
    } else {
      result = .failure(.invalidMonth(monthNumber))
    }
    var match = ThaiDateMatch(
      scalarRange: start..<end, searched: s, result: result, weekdayNamed: weekday, form: form,
      commonEra: commonEra)
    let yearStart = (start..<end).reversed().prefix { ThaiDigits.isDigit(s[$0]) }.last ?? end
    match.printed = (
      letterAsDigit && dayStart < i ? String(day) : ThaiDigits.ascii(scalars: s[i..<(i + dayCount)]), month,
      ThaiDigits.ascii(scalars: s[yearStart..<end])
    )
    match.readLetterAsDigit = letterAsDigit
    return match
  }

  /// The end of `st`/`nd`/`rd`/`th` at `i` (`12th`, `1st`), standing before a space or a comma;
  /// nil otherwise.
  static func ordinalEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    guard i + 2 < s.count, s[i + 2] == " " || s[i + 2] == "," else { return nil }
    switch (s[i].value | 0x20, s[i + 1].value | 0x20) {
    case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return i + 2  // st nd rd th
    default: return nil
    }
  }

  /// `March 12, 2026` (and `March 12th, 2026`): an English month's name before the day, as an
  /// English letter dates itself, with its Gregorian year. `i` is the day's first digit.
  static func matchMonthFirst(_ s: [Unicode.Scalar], day: Int, at i: Int, digits: Int) -> ThaiDateMatch? {
    // The month's word ends one space before the day; its first letter is a capital.
    guard i >= 4, s[i - 1] == " ", isLatinLetter(s[i - 2]) || s[i - 2] == "." else { return nil }
    var wordStart = i - 1
    if wordStart > 0, s[wordStart - 1] == "." { wordStart -= 1 }
    while wordStart > 0, wordStart > i - 12, isLatinLetter(s[wordStart - 1]) {
      wordStart -= 1
    }
    guard wordStart < i - 1, wordStart == 0 || !isLatinLetter(s[wordStart - 1]),
      let (month, monthEnd, abbreviated) = matchEnglishMonth(s, wordStart), skipSpaces(s, monthEnd) == i
    else { return nil }
    var j = i + digits
    if let end = ordinalEnd(s, j) { j = end }
    guard j < s.count, s[j] == "," else { return nil }
    guard let (ceYear, end, commonEra) = matchYear(s, skipSpaces(s, j + 1)), commonEra else { return nil }
    let result: Result<ThaiDate, ThaiDateError>
    do throws(ThaiDateError) {
      result = .success(try ThaiDate(day: day, month: month, ceYear: ceYear))
    } catch {
      result = .failure(error)
    }
    // (`Thursday, March 12, 2026`: the weekday before the month, checked as a Thai one is.)
    let weekday = matchEnglishWeekday(s, before: wordStart)
    var match = ThaiDateMatch(
      scalarRange: (weekday?.1 ?? wordStart)..<end, searched: s, result: result, weekdayNamed: weekday?.0,
      form: abbreviated ? .abbreviatedMonth : .fullMonth, commonEra: true)
    match.printed = (ThaiDigits.ascii(scalars: s[i..<(i + digits)]), month, ThaiDigits.ascii(scalars: s[(end - 4)..<end]))
    return match
  }

  /// `๒๕๖ฯ`: a Buddhist-era year whose last ๙ Tesseract printed as ฯ — three Thai digits of the
  /// 2500s, then ฯ and no letter. (CE year, end, common era) as ``matchYear(_:_:)`` gives them.
  static func yearWithNinePrintedAsMark(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int, Bool)? {
    var j = i
    if let (commonEra, end) = matchEra(s, j) {
      guard !commonEra else { return nil }
      j = skipSpaces(s, end)
    }
    guard let (value, count) = digitRun(s, j), count == 3, (250...259).contains(value),
      (0x0E50...0x0E59).contains(s[j].value), j + 3 < s.count, s[j + 3] == "\u{0E2F}",
      j + 4 == s.count || !isThaiLetter(s[j + 4])
    else { return nil }
    return (value * 10 + 9 - ThaiDate.buddhistEraOffset, j + 4, false)
  }
}
