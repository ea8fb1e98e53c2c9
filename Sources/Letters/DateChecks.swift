import ThaiText

/// Weekday and validity checks on every date printed in a letter's lines.
enum DateChecks {
  /// With `ocrDigits`, a weekday that fits some reading of the printed digits is no mismatch:
  /// the digits, not the weekday, were misread.
  static func apply(
    to letters: inout [Letter], lines: [Line], ocrDigits: Bool = false, today: ThaiDate = ReadingDay.default
  ) {
    let byNumber = LineIndex(lines)
    for index in letters.indices {
      let span = letters[index].lines
      guard let first = byNumber[span.start], let last = byNumber[span.end], first <= last else { continue }
      for k in first...last {
        for match in ThaiDateParser.matches(in: lines[k].scalars, ocrYears: ocrDigits) {
          switch match.result {
          case .failure(.unrecognized) where ocrDigits:
            continue  // an OCR'd year of 3–6 digits, read by the digit repair; not an impossible date
          case let .failure(error):
            letters[index].warnings.append(
              LetterWarning(.dateInvalid, "\(match.raw): \(error)", line: lines[k].number))
          case let .success(date):
            if match.weekdayMatches == false, let named = match.weekdayNamed,
              !(ocrDigits && someReadingFits(match, weekday: named, latest: today.beYear))
            {
              letters[index].warnings.append(
                LetterWarning(
                  .weekdayMismatch,
                  "\(match.raw): the text says วัน\(named.thaiName) but \(date.iso) is a \(date.weekday.englishName)",
                  line: lines[k].number))
            }
          }
        }
      }
    }
  }

  static func someReadingFits(_ match: ThaiDateMatch, weekday: ThaiWeekday, latest: Int) -> Bool {
    guard let month = match.printed.month else { return false }
    for year in OCRDigits.yearCandidates(match.printed.yearDigits, latest: latest) {
      for day in OCRDigits.dayCandidates(match.printed.day) {
        if let date = try? ThaiDate(day: day, month: month, beYear: year), date.weekday == weekday { return true }
      }
    }
    return false
  }
}
