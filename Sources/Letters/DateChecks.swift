import ThaiText

/// Weekday and validity checks on every date printed in a letter's lines.
enum DateChecks {
  static func apply(to letters: inout [Letter], lines: [Line]) {
    let byNumber = Dictionary(lines.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
    for index in letters.indices {
      let span = letters[index].lines
      guard let first = byNumber[span.start], let last = byNumber[span.end], first <= last else { continue }
      for k in first...last {
        for match in ThaiDateParser.matches(in: lines[k].scalars) {
          switch match.result {
          case let .failure(error):
            letters[index].warnings.append(
              LetterWarning(.dateInvalid, "\(match.raw): \(error)", line: lines[k].number))
          case let .success(date):
            if match.weekdayMatches == false, let named = match.weekdayNamed {
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
}
