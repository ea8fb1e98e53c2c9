import ThaiText

/// วันที่ — a Gregorian day for the generator, written the ways Thai letters write dates
/// (Buddhist-era years, Thai or abbreviated month names, Thai or Arabic digits).
struct CivilDate: Hashable, Sendable {
  var year: Int
  var month: Int
  var day: Int

  static let monthNames = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
  ]
  static let monthAbbreviations = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
  ]
  /// วันอาทิตย์ … วันเสาร์, indexed by ``weekday`` (0 = Sunday).
  static let weekdayNames = ["อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์"]

  /// Days since 1970-01-01 (the parser's calendar, so generator and parser agree on weekdays).
  var dayNumber: Int { GregorianCalendar.dayNumber(year: year, month: month, day: day) }

  init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The day `days` after 1970-01-01.
  init(dayNumber days: Int) {
    (year, month, day) = GregorianCalendar.civil(dayNumber: days)
  }

  func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  var beYear: Int { year + 543 }
  /// 0 = Sunday.
  var weekday: Int { ((dayNumber % 7) + 11) % 7 }
  var iso: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(two(month))-\(two(day))"
  }

  /// `๙ กรกฎาคม ๒๕๖๔` (full) or `๙ ก.ค. ๖๔` (abbreviated, two-digit year), digits as asked.
  func thai(abbreviated: Bool = false, shortYear: Bool = false, thaiDigits: Bool) -> String {
    let monthText = abbreviated ? Self.monthAbbreviations[month - 1] : Self.monthNames[month - 1]
    let yearText = shortYear ? String(beYear % 100 < 10 ? "0\(beYear % 100)" : "\(beYear % 100)") : "\(beYear)"
    let text = "\(day) \(monthText) \(yearText)"
    return thaiDigits ? Digits.thai(text) : text
  }
}

/// เลขไทย — ASCII digits to Thai digits (๐–๙) in generated text.
enum Digits {
  static func thai(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars {
      if c.value >= 0x30 && c.value <= 0x39, let t = Unicode.Scalar(0x0E50 + c.value - 0x30) {
        out.append(t)
      } else {
        out.append(c)
      }
    }
    return String(out)
  }

  static func styled(_ s: String, thai: Bool) -> String { thai ? Self.thai(s) : s }
}
