import ThaiText

/// การเชื่อมการอ้างถึง — decides which letter in the archive a citation names.
///
/// First the exact canonical number and Buddhist-era year. Then OCR-tolerant matching: one
/// digit of the serial or the code read wrong (Tesseract's confusion sets first), a prefix
/// not printed, a date within ``maxDayGap`` days — each lowering the confidence below 1 and
/// recorded in the reason. A letter of another year is never linked unless the dates agree.
/// As in eyecite, a fuzzy match is accepted only when exactly one candidate is left; unsure
/// means no target.
public struct CitationResolver: Sendable {
  /// How far apart (days) the cited and the actual date may be in a fuzzy match.
  public var maxDayGap: Int

  public init(maxDayGap: Int = 7) { self.maxDayGap = maxDayGap }

  /// The letters a store should offer as candidates: same code, or same serial.
  public static func lookupKeys(for number: NumberParts) -> (code: String?, serial: String) {
    (number.code, number.serial)
  }

  /// Resolves `citation` among `candidates` (letters sharing its code or serial; more is fine).
  /// - Complexity: O(n) in the number of candidates.
  public func resolve(_ citation: CitationRecord, among candidates: [LetterKey]) -> Resolution {
    if citation.number == nil, let implied = citation.impliedTarget {
      return Resolution(
        status: .position, target: implied, confidence: 0.8, reason: "annex follows this letter in the same file")
    }
    guard let number = citation.number else {
      return Resolution(status: .unresolved, reason: "the citation names no number")
    }
    guard let year = citation.year else {
      return Resolution(status: .unresolved, reason: "the citation gives no date or year")
    }
    let pool = candidates.filter { $0.id != citation.from }
    let canonical = number.canonical
    if let exact = pool.first(where: { $0.number.canonical == canonical && $0.year == year }) {
      if let gap = dayGap(citation.date, exact.date), gap > maxDayGap {
        return Resolution(
          status: .exact, target: exact.id, confidence: 0.9,
          reason: "exact number and year; dates \(gap) days apart")
      }
      return Resolution(status: .exact, target: exact.id, confidence: 1.0, reason: "exact")
    }
    var matches: [(LetterKey, Double, String)] = []
    for candidate in pool {
      if let (confidence, reason) = fuzzy(number, citation, year: year, candidate) {
        matches.append((candidate, confidence, reason))
      }
    }
    // Several letters of one id can't occur; several ids can: then nobody decides for the archivist.
    var seen = Set<String>()
    matches = matches.filter { seen.insert($0.0.id).inserted }
    switch matches.count {
    case 0:
      return Resolution(status: .unresolved, reason: "no letter \(canonical) of \(year) in the archive")
    case 1:
      let (letter, confidence, reason) = matches[0]
      return Resolution(status: .fuzzy, target: letter.id, confidence: confidence, reason: reason)
    default:
      let ids = matches.map(\.0.id).sorted()
      return Resolution(
        status: .ambiguous, reason: "\(ids.count) letters fit: " + ids.joined(separator: ", "), candidates: ids)
    }
  }

  /// A fuzzy match's confidence and reason, or nil.
  func fuzzy(_ cited: NumberParts, _ citation: CitationRecord, year: Int, _ letter: LetterKey) -> (Double, String)? {
    let actual = letter.number
    guard cited.circular == actual.circular else { return nil }
    if let a = cited.yearSuffix, let b = actual.yearSuffix, a != b { return nil }
    var reasons: [String] = []
    var confidence = 1.0
    switch (cited.subOffice, actual.subOffice) {
    case let (a?, b?) where a != b: return nil
    case (nil, _?), (_?, nil):
      confidence *= 0.95
      reasons.append("sub-office mark printed in one only")
    default: break
    }
    if (cited.yearSuffix == nil) != (actual.yearSuffix == nil) { reasons.append("year suffix printed in one only") }
    switch (cited.prefix, actual.prefix) {
    case let (a?, b?) where a != b: return nil
    case (nil, _?), (_?, nil):
      confidence *= 0.95
      reasons.append("prefix not printed")
    default: break
    }
    let inCandidates = citation.candidates.contains(actual.canonical)
    var digitEdits = 0
    if !inCandidates {
      switch (cited.code, actual.code) {
      case let (a?, b?):
        guard let edit = DigitEdit.between(a, b) else { return nil }
        digitEdits += edit.count
        confidence *= edit.factor
        if let text = edit.describe("code", read: a, actual: b) { reasons.append(text) }
      case (nil, nil): break
      default: return nil
      }
      guard let edit = DigitEdit.between(cited.serial, actual.serial) else { return nil }
      digitEdits += edit.count
      confidence *= edit.factor
      if let text = edit.describe("serial", read: cited.serial, actual: actual.serial) { reasons.append(text) }
      guard digitEdits <= 1 else { return nil }
    } else {
      confidence *= 0.85
      reasons.append("\(cited.canonical) may be read for \(actual.canonical) (OCR digit candidates)")
      digitEdits = 1
    }
    // Dates are the evidence that lets a changed number, or another year, still be this letter.
    if let gap = dayGap(citation.date, letter.date) {
      guard gap <= maxDayGap else { return nil }
      confidence *= 1.0 - 0.03 * Double(gap)
      if gap > 0 {
        reasons.append("dated \(gap) day\(gap == 1 ? "" : "s") apart")
      }
      if letter.year != year { reasons.append("years \(year) and \(letter.year.map(String.init) ?? "?") differ") }
    } else {
      guard digitEdits == 0, letter.year == year else { return nil }
      confidence *= 0.8
      reasons.append("no date to compare")
    }
    guard !reasons.isEmpty else { return nil }
    return (min(confidence, 0.99), reasons.joined(separator: "; "))
  }

  func dayGap(_ a: ThaiDate?, _ b: ThaiDate?) -> Int? {
    guard let a, let b else { return nil }
    return abs(a.dayNumber - b.dayNumber)
  }
}
