import ThaiText

extension CopyMatcher {
  /// หนังสือที่ถูกอ้างถึง — a number the archive lacks, as its citations give it, for
  /// ``likelyStored(_:among:)``.
  public struct Cited: Sendable, Hashable {
    /// เลขที่หนังสือ as cited.
    public var number: NumberParts
    /// พ.ศ. the citations give (from a date or a `/66` suffix), or nil.
    public var year: Int?
    /// ลงวันที่ as each citation prints it (citations of one number may differ).
    public var dates: [ThaiDate]
    /// The offices named with the number, as printed.
    public var issuers: [String]
    /// The citing letters: never a copy of the letter they cite.
    public var citedBy: Set<String>
    /// True when a citation's number was read with OCR doubt (it has digit candidates).
    public var ocr: Bool

    public init(
      number: NumberParts, year: Int?, dates: [ThaiDate], issuers: [String] = [], citedBy: Set<String> = [],
      ocr: Bool
    ) {
      self.number = number
      self.year = year
      self.dates = dates
      self.issuers = issuers
      self.citedBy = citedBy
      self.ocr = ocr
    }
  }

  /// A stored letter that is likely the cited one, kept under a number OCR misread.
  public struct StoredMatch: Sendable, Hashable {
    /// The stored letter's id.
    public var id: String
    /// 0–1: lowered for each difference in the numbers and for a date matched only among OCR
    /// readings (or not given).
    public var confidence: Double
    /// What differs, in words (`serial 1505 / 1565: ๐↔๖ OCR confusion; same date`).
    public var reason: String

    public init(id: String, confidence: Double, reason: String) {
      self.id = id
      self.confidence = confidence
      self.reason = reason
    }
  }

  /// Stored letters among `records` that are likely the `cited` letter under another reading
  /// of its number, best first. The rules are the ones ``pairs(_:)`` applies to two stored
  /// records (``numbersAlike(_:_:)``, the issuer check, the date as read or among the OCR date
  /// readings, one side read with OCR doubt), less the subject, which a citation does not
  /// give. With no cited date, the year must agree (when known) and the confidence is lowered
  /// (more with no year either: a serial recurs every year).
  /// - Complexity: O(n) for n records (a store passes those of the number's serial family).
  public static func likelyStored(_ cited: Cited, among records: [Record]) -> [StoredMatch] {
    let citedDays = Set(cited.dates.map(\.dayNumber))
    var found: [StoredMatch] = []
    for record in records where !cited.citedBy.contains(record.id) {
      guard record.ocr || cited.ocr, let number = record.number,
        let (factor, numberReasons) = numbersAlike(number, cited.number)
      else { continue }
      guard cited.issuers.isEmpty || cited.issuers.contains(where: { issuersAlike($0, record.issuer) }) else {
        continue
      }
      var confidence = factor
      var reasons = numberReasons.isEmpty ? ["the number as cited"] : numberReasons
      if !citedDays.isEmpty {
        guard !citedDays.isDisjoint(with: days(of: record)) else { continue }
        if let day = record.date?.dayNumber, citedDays.contains(day) {
          reasons.append("same date")
        } else {
          confidence *= otherReadingFactor
          reasons.append("dated \(record.date?.iso ?? "?"); the cited date is among its OCR readings")
        }
      } else if let year = cited.year {
        guard (record.date ?? record.otherDates.first)?.beYear == year else { continue }
        confidence *= 0.8
        reasons.append("no date to compare")
      } else {
        confidence *= 0.7
        reasons.append("no date or year to compare")
      }
      found.append(
        StoredMatch(
          id: record.id, confidence: (confidence * 100).rounded() / 100, reason: reasons.joined(separator: "; "))
      )
    }
    return found.sorted { ($0.confidence, $1.id) > ($1.confidence, $0.id) }
  }

  /// Every serial a stored copy of `serial` may carry under ``numbersAlike(_:_:)``: each digit
  /// replaced within its confusion class (serials are never read with a digit dropped), so a
  /// store can narrow its letters by an index on the serial. Nil when there would be more
  /// than `limit` (a long serial of ๔ ๕ ๘ ๙ digits).
  public static func serialReadings(of serial: String, limit: Int = 4096) -> [String]? {
    let members: [Int: [Character]] = Dictionary(grouping: confusionClasses.keys, by: { confusionClasses[$0] ?? 0 })
    var readings = [""]
    for character in serial {
      let choices = confusionClasses[character].flatMap { members[$0] }?.sorted() ?? [character]
      guard readings.count * choices.count <= limit else { return nil }
      readings = readings.flatMap { head in choices.map { head + String($0) } }
    }
    return readings
  }
}
