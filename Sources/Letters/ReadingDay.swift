import Foundation
import ThaiText

/// วันที่อ่าน — the day letters are read on. No letter is dated after it: where OCR leaves a
/// date's year open (Tesseract's Thai model prints no ๖, so every ๒๕๖x year is damaged), the
/// years looked for end with its year and a reading that would date the letter in a later
/// month comes last.
public enum ReadingDay {
  /// `SARABAN_TODAY` (`YYYY-MM-DD`, Gregorian) when set — so that a parse can be repeated
  /// exactly, and the tests do not change with the calendar — otherwise this machine's clock.
  public static let `default`: ThaiDate = {
    if let text = ProcessInfo.processInfo.environment["SARABAN_TODAY"], let day = iso(text) { return day }
    return clock
  }()

  /// Today by this machine's clock (UTC).
  public static var clock: ThaiDate {
    ThaiDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }

  /// `2026-11-26` as a day; nil when it is not one.
  public static func iso(_ text: String) -> ThaiDate? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    guard parts.count == 3, let year = parts[0], let number = parts[1], let day = parts[2],
      let month = ThaiMonth(rawValue: number)
    else { return nil }
    return try? ThaiDate(day: day, month: month, ceYear: year)
  }
}
