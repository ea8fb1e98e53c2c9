import Foundation
import Letters
import ThaiText

/// เลขที่ที่ผู้ใช้พิมพ์ — a letter number as an archivist types it, normalised into a pattern:
/// `มท ๐๘๑๒/ว ๑๕๖๕`, `ที่ มท 0812/ว 1565`, `0812/ว1565`, `ว 1565`, `1565`, `314/2567`,
/// `มท 0812/ว 1565@2564`. Thai or Arabic digits, any spacing, with or without ที่.
///
/// Parts not typed match anything; a typed code matches the stored code or its tail
/// (`812` finds `0812`).
public struct NumberPattern: Sendable, Hashable {
  public var prefix: String?
  public var subOffice: String?
  public var code: String?
  /// nil when ว was not typed (either register matches).
  public var circular: Bool?
  public var serial: String
  public var yearSuffix: String?
  /// พ.ศ. typed after `@`.
  public var year: Int?

  /// Parses a typed number; nil when the text holds no serial.
  public init?(_ text: String) {
    var s = ThaiDigits.ascii(text.precomposedStringWithCanonicalMapping)
    s = s.trimmingCharacters(in: .whitespacesAndNewlines)
    for lead in ["เลขที่", "ที่", "ที"] where s.hasPrefix(lead) {
      s = String(s.dropFirst(lead.count))
      break
    }
    // As an English letter prints it: `No. มท 0812/ว 1565`, `Ref. No.: …`, any case.
    let lowered = s.lowercased()
    for lead in ["our ref. no.", "our ref.", "ref. no.", "ref no.", "ref.", "no."] where lowered.hasPrefix(lead) {
      s = String(s.dropFirst(lead.count)).trimmingCharacters(in: CharacterSet(charactersIn: ": ").union(.whitespaces))
      break
    }
    if let at = s.lastIndex(of: "@") {
      let tail = s[s.index(after: at)...].trimmingCharacters(in: .whitespaces)
      guard let y = Int(tail) else { return nil }
      year = y
      s = String(s[..<at])
    }
    // A prefix with dots (`ธปท.ฝนส`, `ศอ.บต`, `คปภ.`) or a bracketed code or mark after it: read as
    // the parser reads the letter's own number, so the parts are the ones stored.
    let head = s.trimmingCharacters(in: .whitespaces).unicodeScalars.prefix { Self.isThaiLetter($0) || $0 == "." }
    if head.contains(".") || s.unicodeScalars.contains("("), let number = LetterNumber.reading(s) {
      prefix = number.prefix
      subOffice = number.subOffice
      code = number.code
      circular = number.circular ? true : nil
      serial = number.serial
      yearSuffix = number.yearSuffix
      return
    }
    var scalars = Array(s.unicodeScalars.filter { !$0.properties.isWhitespace })
    // Prefix: Thai letters and dots (มท, บก.ทท.), then an optional (กวจ).
    var i = 0
    var letters = ""
    while i < scalars.count, Self.isThaiLetter(scalars[i]) || (scalars[i] == "." && !letters.isEmpty) {
      if scalars[i] != "." { letters.unicodeScalars.append(scalars[i]) }
      i += 1
    }
    // `ว1565`: the letters were the circular mark, not a prefix.
    if letters == "ว", i < scalars.count, Self.isDigit(scalars[i]) {
      circular = true
      letters = ""
    } else if !letters.isEmpty {
      prefix = letters
    }
    if i < scalars.count, scalars[i] == "(" {
      guard let close = scalars[i...].firstIndex(of: ")") else { return nil }
      subOffice = "(" + String(String.UnicodeScalarView(scalars[(i + 1)..<close])) + ")"
      i = close + 1
    }
    scalars = Array(scalars[i...])
    let parts = String(String.UnicodeScalarView(scalars)).split(separator: "/", omittingEmptySubsequences: false)
      .map(String.init)
    func digits(_ t: String) -> Bool { !t.isEmpty && t.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } }
    func serialPart(_ t: String) -> (Bool, String)? {
      if t.hasPrefix("ว") {
        let rest = String(t.dropFirst().drop { $0 == "." })
        return rest.allSatisfy(\.isNumber) && !rest.isEmpty && rest.allSatisfy(\.isASCII) ? (true, rest) : nil
      }
      return t.allSatisfy(\.isNumber) && !t.isEmpty && t.allSatisfy(\.isASCII) ? (false, t) : nil
    }
    switch parts.count {
    case 1:
      guard let (isCircular, serial) = serialPart(parts[0]) else { return nil }
      if isCircular { circular = true }
      self.serial = serial
    case 2, 3:
      if circular == true { return nil }
      guard let (isCircular, serial) = serialPart(parts[1]) else { return nil }
      if parts.count == 3 {
        guard parts[2].count == 2 || parts[2].count == 4, parts[2].allSatisfy(\.isNumber) else { return nil }
        yearSuffix = parts[2]
      }
      if parts[0].isEmpty {
        self.serial = serial
      } else {
        guard digits(parts[0]) else { return nil }
        self.serial = serial
        // An order's number: `314/2567`, `1139/66` — no prefix, no ว, no leading 0, year after /.
        let year = Int(serial) ?? 0
        if prefix == nil, !isCircular, parts.count == 2, !parts[0].contains("."), !parts[0].hasPrefix("0"),
          serial.count == 4 ? (2400...2700).contains(year) : serial.count == 2
        {
          self.serial = parts[0]
          yearSuffix = serial
        } else {
          code = parts[0]
        }
      }
      if isCircular { circular = true } else if code != nil, circular == nil { circular = nil }
    default:
      return nil
    }
  }

  /// True when `number` (and `year`) fit the pattern.
  public func matches(_ number: NumberParts, year letterYear: Int? = nil) -> Bool {
    guard number.serial == serial else { return false }
    if let circular, number.circular != circular { return false }
    if let prefix, number.prefix != prefix { return false }
    if let subOffice, number.subOffice != subOffice { return false }
    if let code {
      guard let actual = number.code, actual == code || actual.hasSuffix(code) else { return false }
    }
    if let yearSuffix, number.yearSuffix != yearSuffix { return false }
    if let year, letterYear != year { return false }
    return true
  }

  /// The pattern written back in canonical form (parts not typed left out).
  public var display: String {
    var head: [String] = []
    if let prefix { head.append(prefix) }
    if let subOffice { head.append(subOffice) }
    var tail = ""
    if let code { tail = code + "/" }
    if circular == true { tail += "ว " }
    tail += serial
    if let yearSuffix { tail += "/" + yearSuffix }
    head.append(tail)
    return head.joined(separator: " ") + (year.map { "@\($0)" } ?? "")
  }

  static func isThaiLetter(_ c: Unicode.Scalar) -> Bool { (0x0E01...0x0E2E).contains(c.value) }
  static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
}
