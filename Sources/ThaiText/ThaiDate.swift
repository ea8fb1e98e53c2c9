/// วันที่ — a calendar date as Thai letters write it: day, Thai month, Buddhist-era year.
///
/// Stored as a Gregorian date; the Buddhist era (พ.ศ.) is the Common Era year + 543.
public struct ThaiDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The Gregorian (ค.ศ.) year.
  public let year: Int
  public let month: ThaiMonth
  public let day: Int

  /// The offset between the Buddhist and the Common Era.
  public static let buddhistEraOffset = 543

  /// A date from a Common Era year; throws when the day does not exist.
  public init(day: Int, month: ThaiMonth, ceYear: Int) throws(ThaiDateError) {
    guard (1...month.days(inCEYear: ceYear)).contains(day) else {
      throw .invalidDay(day: day, month: month, beYear: ceYear + Self.buddhistEraOffset)
    }
    self.year = ceYear
    self.month = month
    self.day = day
  }

  /// A date from a Buddhist-era year (พ.ศ.).
  public init(day: Int, month: ThaiMonth, beYear: Int) throws(ThaiDateError) {
    try self.init(day: day, month: month, ceYear: beYear - Self.buddhistEraOffset)
  }

  /// The date `dayNumber` days after 1970-01-01 (before it when negative): every day number
  /// is a date, so this cannot fail.
  public init(dayNumber: Int) {
    let c = GregorianCalendar.civil(dayNumber: dayNumber)
    self.year = c.year
    self.month = ThaiMonth(rawValue: c.month) ?? .january
    self.day = c.day
  }

  /// The date `days` after this one.
  public func adding(days: Int) -> ThaiDate { ThaiDate(dayNumber: dayNumber + days) }

  /// พ.ศ.
  public var beYear: Int { year + Self.buddhistEraOffset }

  /// Days since 1970-01-01.
  public var dayNumber: Int {
    GregorianCalendar.dayNumber(year: year, month: month.rawValue, day: day)
  }

  /// `YYYY-MM-DD` (Gregorian).
  ///
  /// A year of four digits or fewer is written digit by digit into the string's ten bytes:
  /// the interpolation of padded parts cost about 2,600 instructions a date, and every date
  /// of every record is written out so.
  public var iso: String {
    if (0...9999).contains(year) {
      return String(unsafeUninitializedCapacity: 10) { out in
        func put(_ n: Int, at offset: Int, width: Int) {
          var n = n
          for k in stride(from: offset + width - 1, through: offset, by: -1) {
            out[k] = UInt8(truncatingIfNeeded: 0x30 + n % 10)
            n /= 10
          }
        }
        put(year, at: 0, width: 4)
        out[4] = 0x2D  // -
        put(month.rawValue, at: 5, width: 2)
        out[7] = 0x2D
        put(day, at: 8, width: 2)
        return 10
      }
    }
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month.rawValue, 2))-\(pad(day, 2))"
  }

  public var weekday: ThaiWeekday {
    GregorianCalendar.weekday(year: year, month: month.rawValue, day: day)
  }

  public var description: String { iso }

  public static func < (a: ThaiDate, b: ThaiDate) -> Bool { a.dayNumber < b.dayNumber }

  /// How a date is written back in Thai.
  public enum Style: String, Sendable, CaseIterable {
    /// ๑๔ กรกฎาคม ๒๕๖๔
    case full
    /// ๑๔ ก.ค. ๖๔
    case abbreviated
    /// ๑๔/๐๗/๖๔
    case numeric
  }

  /// The date written in Thai, with Thai or Arabic digits.
  public func formatted(_ style: Style = .full, digits: ThaiDigits.Target = .thai) -> String {
    let twoDigitYear = beYear % 100
    let yy = twoDigitYear < 10 ? "0\(twoDigitYear)" : "\(twoDigitYear)"
    let text: String
    switch style {
    case .full: text = "\(day) \(month.fullName) \(beYear)"
    case .abbreviated: text = "\(day) \(month.abbreviation) \(yy)"
    case .numeric:
      let dd = day < 10 ? "0\(day)" : "\(day)"
      let mm = month.rawValue < 10 ? "0\(month.rawValue)" : "\(month.rawValue)"
      text = "\(dd)/\(mm)/\(yy)"
    }
    return ThaiDigits.convert(text, to: digits)
  }
}

/// Why a text is not a valid date.
public enum ThaiDateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The day does not exist in that month (๓๑ เมษายน, ๒๙ กุมภาพันธ์ ๒๕๖๖).
  case invalidDay(day: Int, month: ThaiMonth, beYear: Int)
  /// A numeric date whose month is not 1–12.
  case invalidMonth(Int)
  /// No date form was recognised.
  case unrecognized(String)

  public var description: String {
    switch self {
    case let .invalidDay(day, month, beYear):
      let days = month.days(inCEYear: beYear - ThaiDate.buddhistEraOffset)
      return "\(day) \(month.fullName) \(beYear) does not exist: \(month.fullName) \(beYear) has \(days) days"
    case let .invalidMonth(month): return "month \(month) is not 1–12"
    case let .unrecognized(text): return "not a date: \(text)"
    }
  }
}
