import Letters
import ThaiText

/// หนังสือที่อ้างถึงด้วยผู้ออกและวันที่ — a letter as the resolver sees it when a citation names
/// no number (ประกาศคณะกรรมการค่าจ้าง … ลงวันที่ ๒๓ ธันวาคม ๒๕๖๘): announcements carry no
/// ที่ number, so only the issuing office, the date, the kind and the subject can name them.
public struct DatedLetter: Sendable, Hashable {
  /// `canonical@be_year`, or `<sha12>#<segment>`.
  public var id: String
  /// The office that issued it (`issuer.name`).
  public var issuer: String?
  public var kind: LetterKind
  /// เรื่อง
  public var subject: String?
  /// It prints a ที่ number: a letter cited as `หนังสือ…` by office and date alone is never it
  /// (its number would have been printed; OCR may have lost it, and the office writes many a day).
  public var numbered: Bool

  public init(id: String, issuer: String?, kind: LetterKind, subject: String?, numbered: Bool = false) {
    self.id = id
    self.issuer = issuer
    self.kind = kind
    self.subject = subject
    self.numbered = numbered
  }
}
