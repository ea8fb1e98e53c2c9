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
            // One `ocr_digits` a line: the digit repair may have read this date already.
            if match.readLetterAsDigit,
              !letters[index].warnings.contains(where: { $0.code == .ocrDigits && $0.line == lines[k].number })
            {
              letters[index].warnings.append(.letterAsDigit(match.raw, line: lines[k].number))
            }
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
        if k > first, let joined = weekdayOverLineEnd(lines[k - 1], lines[k], ocrDigits: ocrDigits),
          let named = joined.weekdayNamed, case let .success(date) = joined.result, date.weekday != named,
          !(ocrDigits && someReadingFits(joined, weekday: named, latest: today.beYear))
        {
          letters[index].warnings.append(
            LetterWarning(
              .weekdayMismatch,
              "\(joined.raw): the text says วัน\(named.thaiName) but \(date.iso) is a \(date.weekday.englishName)",
              line: lines[k - 1].number))
        }
      }
    }
  }

  /// A date whose weekday ends the line before (`… ภายในวันศุกร์ที่` / `๒๑ สิงหาคม ๒๕๖๘ …`):
  /// the two lines read as one, when `line` opens with a digit and `before` ends with `ที่`.
  static func weekdayOverLineEnd(_ before: Line, _ line: Line, ocrDigits: Bool) -> ThaiDateMatch? {
    let head = before.scalars
    guard let digit = line.scalars.first, ThaiDigits.isDigit(digit), head.count >= 6,
      head[head.count - 1] == "่" && head[head.count - 2] == "ี" && head[head.count - 3] == "ท"
        || head[head.count - 1] == "ี" && head[head.count - 2] == "ท"
    else { return nil }
    let joined = head + [" "] + line.scalars
    return ThaiDateParser.matches(in: joined, ocrYears: ocrDigits).first {
      $0.scalarRange.lowerBound < head.count && $0.scalarRange.upperBound > head.count + 1
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
