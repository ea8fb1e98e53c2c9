import Letters
import ThaiText

/// การอ้างถึง — one citation as the archive keeps it: who cites, in which role, the printed
/// text, and the number and date it names. `target`/`confidence` are the resolver's answer.
public struct CitationRecord: Sendable, Hashable {
  /// The citing letter's id.
  public var from: String
  public var role: CitationRole
  /// Position within its role's array in the letter record (for writing targets back).
  public var ordinal: Int
  /// The citation as printed.
  public var raw: String
  /// The office named before the number, as printed.
  public var issuer: String?
  /// The cited number; nil for an annex placed after its letter without naming it, and for a
  /// letter cited by its office and date alone (an announcement has no number).
  public var number: NumberParts?
  /// ลงวันที่ of the cited letter.
  public var date: ThaiDate?
  /// When the citation names no number (an annex that follows its letter): the letter id
  /// the position in the file points at.
  public var impliedTarget: String?
  /// Canonical numbers the printed digits may stand for (Tesseract's confusable digits).
  public var candidates: [String] = []

  public init(
    from: String, role: CitationRole, ordinal: Int, raw: String, issuer: String? = nil,
    number: NumberParts?, date: ThaiDate?, impliedTarget: String? = nil
  ) {
    self.from = from
    self.role = role
    self.ordinal = ordinal
    self.raw = raw
    self.issuer = issuer
    self.number = number
    self.date = date
    self.impliedTarget = impliedTarget
  }

  /// พ.ศ. of the cited letter: from its date, else from a year suffix (`/66`).
  public var year: Int? { date?.beYear ?? number?.suffixYear }

  /// The node the citation points at while unresolved: `canonical@year`; for a letter cited
  /// by office and date, `office@iso-date` (`คณะกรรมการค่าจ้าง@2025-12-23`).
  public var citedKey: String {
    if let number { return LetterKeyFormat.key(canonical: number.canonical, year: year) }
    if let impliedTarget { return impliedTarget }
    if let issuer, let date { return "\(issuer)@\(date.iso)" }
    return "?"
  }

  /// Cited by office and date, with no number: resolved among the letters of that date.
  public var isDated: Bool { number == nil && impliedTarget == nil }
}
