import ThaiText

/// Citations checked against the letters present in the same file: an enclosure or annex
/// that cites `ว ๑๔๖๕ … ๗ กรกฎาคม` while the letter in the file is `ว ๑๕๖๕ … ๙ กรกฎาคม`
/// is an OCR or typing slip (`citation_mismatch`), not a different letter.
enum CitationChecks {
  /// - Complexity: O(c · k) for c citations and k letters in the file sharing a cited code
  ///   (the letters are indexed by number, so a file of thousands stays linear).
  static func apply(to letters: inout [Letter], lines: [Line]) {
    // Letters present, by canonical number and by (code, prefix-less) for near misses.
    var exact: [String: [ThaiDate?]] = [:]
    var byCode: [String: [(LetterNumber, ThaiDate?)]] = [:]
    for letter in letters {
      guard let number = letter.number, !number.serial.isEmpty else { continue }
      exact[number.canonical, default: []].append(letter.date?.date)
      byCode[number.code ?? "", default: []].append((number, letter.date?.date))
    }
    let index = Dictionary(lines.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
    for i in letters.indices {
      let citations =
        letters[i].enclosures.compactMap(\.letter) + letters[i].mentions + letters[i].references
      for citation in citations {
        guard let number = citation.number else { continue }
        let date = citation.date?.date
        if exact[number.canonical]?.contains(where: { sameYear($0, date) }) == true { continue }
        guard
          let near = byCode[number.code ?? ""]?.first(where: { isNear($0.0, number) && closeDates($0.1, date) })
        else { continue }
        let line = lineOf(citation, in: letters[i], lines: lines, index: index)
        letters[i].warnings.append(
          LetterWarning(
            .citationMismatch,
            "cites \(number.canonical) but the letter in this file is \(near.0.canonical)",
            line: line))
      }
    }
  }

  static func sameYear(_ a: ThaiDate?, _ b: ThaiDate?) -> Bool {
    guard let a, let b else { return true }
    return a.year == b.year
  }

  static func closeDates(_ a: ThaiDate?, _ b: ThaiDate?) -> Bool {
    guard let a, let b else { return true }
    return abs(a.dayNumber - b.dayNumber) <= 7
  }

  /// Same prefix and code; serials differing in one digit, or one digit dropped/added.
  static func isNear(_ a: LetterNumber, _ b: LetterNumber) -> Bool {
    guard a.code == b.code, a.prefix == b.prefix || a.prefix == nil || b.prefix == nil else { return false }
    let x = Array(a.serial)
    let y = Array(b.serial)
    if x == y { return true }  // same number, different date: still worth a look
    if x.count == y.count { return zip(x, y).filter { $0 != $1 }.count == 1 }
    if abs(x.count - y.count) == 1 {
      let (long, short) = x.count > y.count ? (x, y) : (y, x)
      for skip in long.indices where Array(long[..<skip] + long[(skip + 1)...]) == short { return true }
    }
    return false
  }

  /// The line where a citation's number is printed, searched within the letter's span.
  static func lineOf(_ citation: Citation, in letter: Letter, lines: [Line], index: [Int: Int]) -> Int? {
    guard let raw = citation.number?.raw, let first = index[letter.lines.start], let last = index[letter.lines.end],
      first <= last
    else { return nil }
    let head = String(raw.prefix(12))
    return lines[first...last].first { $0.text.contains(head) }?.number
  }
}
