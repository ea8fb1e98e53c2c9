import ThaiText

/// A letter as the resolver sees it: its id, number and date.
public struct LetterKey: Sendable, Hashable {
  /// `canonical@be_year`, or `<sha12>#<segment>`.
  public var id: String
  public var number: NumberParts
  /// ลงวันที่
  public var date: ThaiDate?
  /// พ.ศ.; from the date, else the number's year suffix.
  public var year: Int?

  public init(id: String, number: NumberParts, date: ThaiDate?, year: Int? = nil) {
    self.id = id
    self.number = number
    self.date = date
    self.year = year ?? date?.beYear ?? number.suffixYear
  }
}

/// The resolver's answer for one citation.
public struct Resolution: Sendable, Hashable {
  /// How the answer was reached.
  public enum Status: String, Sendable, Hashable, Codable {
    /// Canonical number and year agree.
    case exact
    /// An OCR-tolerant match: one digit, a missing prefix, dates a few days apart.
    case fuzzy
    /// An annex linked to the letter it follows in the file.
    case position
    /// Several letters fit equally: left unlinked for a person to decide.
    case ambiguous
    /// No letter in the archive fits.
    case unresolved
  }

  public var status: Status
  /// The letter id, or nil.
  public var target: String?
  /// In [0,1]; 1 only for an exact match. Nil when unresolved.
  public var confidence: Double?
  /// Why: `exact`, `serial 1465 for 1565: ๔↔๕ OCR confusion; dates 2 days apart`, …
  public var reason: String
  /// The letters that fit, when ambiguous.
  public var candidates: [String]

  public init(
    status: Status, target: String? = nil, confidence: Double? = nil, reason: String, candidates: [String] = []
  ) {
    self.status = status
    self.target = target
    self.confidence = confidence
    self.reason = reason
    self.candidates = candidates
  }
}
