import ThaiText

/// การอ้างถึงโดยไม่มีเลขที่ — what citations without a number share (an announcement by its
/// office and date, ``DatedAnnouncementCitation``; a citizen's letter by its date,
/// ``CitizenLetterCitation``): the citation ends with `ลงวันที่` and a date.
enum UnnumberedCitation {
  /// The date's lead: `ลงวันที่` (or `ลว.`); `เมื่อวันที่` dates an event, not the letter.
  static let dateLeads: Keywords = ["ลงวันที่", "ลงวันที", "ลว.", "ลว"]

  /// The date that begins at `start` once spaces are skipped, and where it ends; nil unless a
  /// date begins there.
  static func date(in s: [Unicode.Scalar], at start: Int, ocrYears: Bool) -> (ThaiDateMatch, end: Int)? {
    let dateStart = LetterNumberReader.skipSpaces(s, start)
    guard dateStart < s.count, ThaiDigits.isDigit(s[dateStart]),
      let match = ThaiDateParser.matches(in: Array(s[dateStart..<min(s.count, dateStart + 40)]), ocrYears: ocrYears)
        .first,
      match.scalarRange.lowerBound == 0
    else { return nil }
    return (match, dateStart + match.scalarRange.upperBound)
  }

  /// The citation of `s[start..<end]`, with `issuer` and `date` and no number.
  static func citation(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, issuer: String?, date: ThaiDateMatch)
    -> Citation
  {
    Citation(
      raw: String(scalars: s[start..<end]).collapsingSpaces(), issuer: issuer, urgency: nil, number: nil,
      date: DateValue(date), target: nil, confidence: nil)
  }
}
