import Letters
import ThaiText

extension CitationResolver {
  /// Resolves a citation that names no number but an office and a date — how announcements
  /// and orders are cited (ประกาศจังหวัดน่าน เรื่อง … ลงวันที่ ๙ กุมภาพันธ์ ๒๕๖๙) — among the
  /// letters of that date (more is fine: others are left out here).
  ///
  /// The office must be the letter's issuer (spaces aside); a citation that starts with
  /// ประกาศ or คำสั่ง takes only a letter of that kind, any other only a letter without a
  /// number; when several are left, the subject
  /// printed after เรื่อง decides. No number means weaker evidence than a number: a single
  /// fit links with confidence 0.9 (0.95 when the subject agrees too), never `exact`.
  /// - Complexity: O(n) in the number of candidates.
  public func resolve(_ citation: CitationRecord, amongDated candidates: [DatedLetter]) -> Resolution {
    guard let issuer = citation.issuer.map(Self.squeezed), !issuer.isEmpty else {
      return Resolution(status: .unresolved, reason: "the citation names no number and no office")
    }
    guard let date = citation.date else {
      return Resolution(status: .unresolved, reason: "the citation names no number and no date")
    }
    let kind = Self.citedKind(citation.raw)
    // An announcement or order is cited by office and date; a letter (`หนังสือ…`) so only when
    // it has no number (a company's, a citizen's): a numbered one was cited with its number,
    // which OCR may have made unreadable, and its office writes many letters a day.
    var fits = candidates.filter { letter in
      let sameKind = kind.map { letter.kind == $0 } ?? !letter.numbered
      return letter.id != citation.from && letter.issuer.map(Self.squeezed) == issuer && sameKind
    }
    var seen = Set<String>()
    fits = fits.filter { seen.insert($0.id).inserted }
    // A subject printed that another letter of the day carries names that letter, not this
    // one; a letter whose subject was not read stays a fit.
    var subjectAgrees = false
    if let subject = Self.citedSubject(citation.raw) {
      fits = fits.filter { $0.subject.map { Self.sameSubject(Self.squeezed($0), subject) } ?? true }
      subjectAgrees = fits.count == 1 && fits[0].subject != nil
    }
    switch fits.count {
    case 0:
      return Resolution(status: .unresolved, reason: "no letter of \(citation.issuer ?? issuer) dated \(date.iso) in the archive")
    case 1:
      return Resolution(
        status: .fuzzy, target: fits[0].id, confidence: subjectAgrees ? 0.95 : 0.9,
        reason: subjectAgrees ? "no number: the same office, date and subject" : "no number: the same office and date")
    default:
      let ids = fits.map(\.id).sorted()
      return Resolution(
        status: .ambiguous, reason: "\(ids.count) letters fit: " + ids.joined(separator: ", "), candidates: ids)
    }
  }

  /// The kind a citation's first word names: ประกาศ… an announcement, คำสั่ง… an order.
  static func citedKind(_ raw: String) -> LetterKind? {
    if raw.hasPrefix("ประกาศ") { return .announcement }
    if raw.hasPrefix("คำสั่ง") { return .order }
    return nil
  }

  /// The subject printed after เรื่อง, up to the date, without spaces.
  static func citedSubject(_ raw: String) -> String? {
    guard let start = raw.range(of: "เรื่อง") else { return nil }
    var text = raw[start.upperBound...]
    for end in ["ลงวันที่", "ลว.", "ฉบับลงวันที่"] {
      if let cut = text.range(of: end) { text = text[..<cut.lowerBound] }
    }
    let subject = squeezed(String(text))
    return subject.isEmpty ? nil : subject
  }

  /// One subject printed in full and the other cut short (a citation often shortens it).
  static func sameSubject(_ a: String, _ b: String) -> Bool {
    a == b || (min(a.count, b.count) >= 8 && (a.hasPrefix(b) || b.hasPrefix(a)))
  }

  /// The text without spaces and quotation marks, which OCR and citing letters vary.
  static func squeezed(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter { !$0.properties.isWhitespace && !"\"“”'‘’".unicodeScalars.contains($0) }))
  }
}
