/// เดือน — the twelve months with their full and abbreviated Thai names.
public enum ThaiMonth: Int, Sendable, CaseIterable, Codable {
  case january = 1, february, march, april, may, june, july, august, september, october,
    november, december

  /// มกราคม …
  public var fullName: String { Self.fullNames[rawValue - 1] }
  /// ม.ค. …
  public var abbreviation: String { Self.abbreviations[rawValue - 1] }

  static let fullNames = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
  ]
  static let abbreviations = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
  ]

  /// Full names as scalars without tone marks and ์, so that OCR that drops them
  /// (กุมภาพันธ → กุมภาพันธ์) still matches.
  static let fullSkeletons: [[Unicode.Scalar]] = fullNames.map { skeleton(Array($0.unicodeScalars)) }

  /// The two letter groups of each abbreviation (มี.ค. → [มี], [ค]).
  static let abbreviationGroups: [([Unicode.Scalar], [Unicode.Scalar])] = abbreviations.map {
    let parts = $0.split(separator: ".")
    return (Array(parts[0].unicodeScalars), Array(parts[1].unicodeScalars))
  }

  /// Scalars minus the marks Tesseract's Thai model tends to drop (่ ้ ๊ ๋ ์).
  static func skeleton(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    scalars.filter { !isDroppableMark($0) }
  }

  @inline(__always) static func isDroppableMark(_ s: Unicode.Scalar) -> Bool {
    (0x0E48...0x0E4C).contains(s.value)
  }

  /// Days in this month of the Gregorian year `ceYear`.
  public func days(inCEYear ceYear: Int) -> Int {
    switch self {
    case .february: GregorianCalendar.isLeap(ceYear) ? 29 : 28
    case .april, .june, .september, .november: 30
    default: 31
    }
  }
}

/// วัน — the days of the week as Thai letters name them in `วันจันทร์ที่ …`.
public enum ThaiWeekday: Int, Sendable, CaseIterable, Codable {
  case sunday = 0, monday, tuesday, wednesday, thursday, friday, saturday

  /// อาทิตย์, จันทร์, …
  public var thaiName: String { Self.names[rawValue][0] }

  /// Names as written after วัน; พฤหัส is the short form of พฤหัสบดี.
  static let names: [[String]] = [
    ["อาทิตย์"], ["จันทร์"], ["อังคาร"], ["พุธ"], ["พฤหัสบดี", "พฤหัส"], ["ศุกร์"], ["เสาร์"],
  ]
  static let skeletons: [(ThaiWeekday, [Unicode.Scalar])] = ThaiWeekday.allCases.flatMap { day in
    names[day.rawValue].map { (day, ThaiMonth.skeleton(Array($0.unicodeScalars))) }
  }.sorted { $0.1.count > $1.1.count }

  /// English name, for machine output.
  public var englishName: String {
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][rawValue]
  }
}

/// Gregorian arithmetic without Foundation's Calendar (which is slow and locale-bound).
public enum GregorianCalendar {
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
  public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The weekday of a Gregorian date.
  public static func weekday(year: Int, month: Int, day: Int) -> ThaiWeekday {
    let n = dayNumber(year: year, month: month, day: day)
    // 1970-01-01 was a Thursday.
    let w = ((n % 7) + 7 + 4) % 7
    return ThaiWeekday(rawValue: w) ?? .sunday
  }

  /// The civil date of a day number.
  public static func civil(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
