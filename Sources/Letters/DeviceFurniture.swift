/// สิ่งที่เครื่องโทรสาร เครื่องถ่ายเอกสาร และแอปสแกนพิมพ์ลงบนหน้า — the lines a machine the letter
/// went through printed on its pages, no part of the letter: a fax's transmission header at
/// the top of every page (`FROM : สนง.ปภ.จ.ชม.   FAX NO. : 053 112 233   Nov. 26 2026 10:31AM P1`,
/// `18/11/2026 14:05   054710141   สสจ.น่าน   หน้า 01/03`), the receiving fax's stamp (`Rx
/// Date/Time  OCT-02-2026(FRI) 14:25   P.001`), a copier's footer (`RICOH IM C3000
/// 20/11/2026 11:38 … Job 4821 1/2`), and a phone scanner app's mark (`Scanned with
/// CamScanner`, `สแกนด้วย CamScanner`).
///
/// The machines print the Gregorian year and a clock time in Arabic digits; a Thai letter
/// writes its dates in the Buddhist era and never opens a line with a time stamp.
enum DeviceFurniture {
  /// Whether a machine printed line `s` (collapsed text).
  /// Asked of every line: the first scalar turns nearly every Thai line away.
  static func isDeviceLine(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 8, s.count <= 200, let first = s.first else { return false }
    if first == "ส" { return s.count <= 40 && isScannerMark(s) }
    guard first.isASCII, isLetterOrDigit(first) else { return false }
    if isScannerMark(s) { return true }
    // `FROM : … FAX NO. : … 10:31AM P1`: a fax header names the sending fax and the time.
    if startsWith(s, "FROM"), contains(s, "FAX"), clockTime(in: s) != nil { return true }
    // `Rx Date/Time …`, `TX DATE/TIME …`: the receiving or sending fax's stamp.
    if s.count >= 12, startsWith(s, "RX DATE") || startsWith(s, "TX DATE") { return true }
    // `18/11/2026 14:05 …` at the line's start, or after a machine's name (`RICOH IM C3000
    // 20/11/2026 11:38`) — not after a label (`Date: 20/11/2026 11:38` is an e-mail's header).
    if let stamp = gregorianStamp(in: s) {
      if stamp == 0 { return true }
      return s[0].properties.isUppercase && stamp >= 2 && stamp <= 40 && s[stamp - 1] == " " && s[stamp - 2] != ":"
        && s[..<stamp].allSatisfy(\.isASCII)
    }
    return false
  }

  /// `Scanned with CamScanner`, `Scanned by TapScanner`, `สแกนด้วย CamScanner`, `CamScanner`: an
  /// app's name, in Latin letters, after its words.
  static func isScannerMark(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count <= 40 else { return false }
    var rest: ArraySlice<Unicode.Scalar>
    if startsWith(s, "SCANNED WITH ") {
      rest = s.dropFirst(13)
    } else if startsWith(s, "SCANNED BY ") {
      rest = s.dropFirst(11)
    } else if startsWith(s, "SCANNED USING ") {
      rest = s.dropFirst(14)
    } else if s.starts(with: scanWithWord) {
      rest = s.dropFirst(scanWithWord.count)
      while rest.first == " " { rest = rest.dropFirst() }
    } else {
      return s.count <= 12 && startsWith(s, "CAMSCANNER")
    }
    // The app's name: one to three words of Latin letters (`Adobe Scan`, `Microsoft Lens`).
    let words = rest.split(separator: " ")
    return (1...3).contains(words.count) && rest.allSatisfy { $0 == " " || $0.isASCII && isLetterOrDigit($0) }
      && rest.contains { $0.properties.isUppercase }
  }

  static let scanWithWord = Array("สแกนด้วย".unicodeScalars)

  /// The index of a `dd/mm/yyyy hh:mm` stamp with a Gregorian year (1990–2099) in Arabic
  /// digits, nil when there is none.
  static func gregorianStamp(in s: [Unicode.Scalar]) -> Int? {
    var i = 0
    while i < s.count {
      guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]) else {
        i += 1
        continue
      }
      if let end = dateEnd(s, at: i), end + 1 < s.count, s[end] == " ", clockTime(in: s[(end + 1)...]) == end + 1 {
        return i
      }
      i += 1
    }
    return nil
  }

  /// Where `d/m/yyyy` starting at `i` ends, nil when it is none (or its year is no Gregorian one).
  static func dateEnd(_ s: [Unicode.Scalar], at i: Int) -> Int? {
    var k = i
    for part in 0..<3 {
      let start = k
      while k < s.count, isDigit(s[k]) { k += 1 }
      let digits = k - start
      if part < 2 {
        guard (1...2).contains(digits), k < s.count, s[k] == "/" else { return nil }
        k += 1
      } else {
        guard digits == 4 else { return nil }
        let year = s[start..<k].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        guard (1990...2099).contains(year) else { return nil }
      }
    }
    return k
  }

  /// The index of the first `h:mm` / `hh:mm` clock time in `s`, nil when there is none.
  static func clockTime(in s: ArraySlice<Unicode.Scalar>) -> Int? {
    var i = s.startIndex
    while i + 2 < s.endIndex {
      if s[i] == ":", i > s.startIndex, isDigit(s[i - 1]), isDigit(s[i + 1]), isDigit(s[i + 2]),
        i + 3 == s.endIndex || !isDigit(s[i + 3])
      {
        let start = i >= s.startIndex + 2 && isDigit(s[i - 2]) ? i - 2 : i - 1
        if start == s.startIndex || !isDigit(s[start - 1]) { return start }
      }
      i += 1
    }
    return nil
  }

  static func clockTime(in s: [Unicode.Scalar]) -> Int? { clockTime(in: s[...]) }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { (0x30...0x39).contains(c.value) }

  static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
    isDigit(c) || (0x41...0x5A).contains(c.value) || (0x61...0x7A).contains(c.value)
  }

  /// Whether `s` begins with the ASCII `word`, letters compared without case.
  static func startsWith(_ s: [Unicode.Scalar], _ word: StaticString) -> Bool {
    let w = word.utf8Start
    guard s.count >= word.utf8CodeUnitCount else { return false }
    for k in 0..<word.utf8CodeUnitCount where upper(s[k].value) != UInt32(w[k]) { return false }
    return true
  }

  /// Whether `s` holds the ASCII `word` (upper case as printed).
  static func contains(_ s: [Unicode.Scalar], _ word: StaticString) -> Bool {
    let w = word.utf8Start
    let n = word.utf8CodeUnitCount
    guard s.count >= n else { return false }
    for i in 0...(s.count - n) {
      var k = 0
      while k < n, s[i + k].value == UInt32(w[k]) { k += 1 }
      if k == n { return true }
    }
    return false
  }

  static func upper(_ v: UInt32) -> UInt32 { (0x61...0x7A).contains(v) ? v - 0x20 : v }
}
