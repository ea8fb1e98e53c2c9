import Letters

/// เลขที่หนังสือ as the archive compares it: the parts of a letter number with ASCII digits.
///
/// A plain value (no OCR bookkeeping), so that stored rows, parsed records and typed queries
/// all meet in one type.
public struct NumberParts: Sendable, Hashable, Codable {
  /// อักษรย่อ — `มท`; nil when not printed.
  public var prefix: String?
  /// `(กวจ)` in `กค (กวจ) 0405.3/4656`.
  public var subOffice: String?
  /// รหัสส่วนราชการ — `0812`, `0810.7`; nil for an order number `314/2567`.
  public var code: String?
  /// ว — the circular register.
  public var circular: Bool
  /// เลขทะเบียนส่ง — ASCII digits.
  public var serial: String
  /// `66` in `อต 0023.6/ว 5/66`.
  public var yearSuffix: String?

  public init(
    prefix: String? = nil, subOffice: String? = nil, code: String?, circular: Bool, serial: String,
    yearSuffix: String? = nil
  ) {
    self.prefix = prefix
    self.subOffice = subOffice
    self.code = code
    self.circular = circular
    self.serial = serial
    self.yearSuffix = yearSuffix
  }

  /// The parts of a parsed number.
  public init(_ number: LetterNumber) {
    self.init(
      prefix: number.prefix, subOffice: number.subOffice, code: number.code, circular: number.circular,
      serial: number.serial, yearSuffix: number.yearSuffix)
  }

  /// `มท 0812/ว 1565` — the same form as `LetterNumber.canonical`.
  public var canonical: String {
    var head: [String] = []
    if let prefix { head.append(prefix) }
    if let subOffice { head.append(subOffice) }
    var tail = ""
    if let code { tail = code + "/" }
    if circular { tail += "ว " }
    tail += serial
    if let yearSuffix { tail += "/" + yearSuffix }
    head.append(tail)
    return head.joined(separator: " ")
  }

  /// The Buddhist-era year a suffix names: `66` → 2566, `2567` → 2567.
  public var suffixYear: Int? {
    guard let yearSuffix, let value = Int(yearSuffix) else { return nil }
    switch yearSuffix.count {
    case 2: return 2500 + value
    case 4 where (2400...2700).contains(value): return value
    default: return nil
    }
  }
}

/// รหัสหนังสือ — the key a letter is known by: `canonical@be_year` (serials restart every year).
public enum LetterKeyFormat {
  /// `มท 0812/ว 1565@2564`, or `มท 0812/ว 1565@?` when the year is unknown.
  public static func key(canonical: String, year: Int?) -> String {
    "\(canonical)@\(year.map(String.init) ?? "?")"
  }
}
