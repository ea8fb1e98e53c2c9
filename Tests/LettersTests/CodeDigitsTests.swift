import Testing
import ThaiText

@testable import Letters

/// A letter number's code read into ASCII bytes agrees with the plain rule it replaced (a
/// String grown by Character), and a prefix's last dot is dropped as `trimmingSuffix(".")`
/// dropped it.
@Suite struct CodeDigitsTests {
  /// The rule as it was written on Characters.
  static func plainDigitsWithDots(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int, Bool)? {
    var out = ""
    var j = i
    var stray = false
    func strayAt(_ k: Int) -> Bool {
      !stray && k + 1 < s.count && (ThaiDigits.isDigit(s[k + 1]) || s[k + 1] == "/" && k > i)
        && ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset(s[k]))
    }
    while j < s.count {
      if let d = ThaiDigits.value(of: s[j]) {
        out.append(Character(String(d)))
      } else if s[j] == " ", !stray, (1...2).contains(out.count), LetterNumberReader.codeContinues(s, j + 1) {
        stray = true
      } else if s[j] == " ", !stray, out.last == ".", LetterNumberReader.codeContinues(s, j + 1, digits: 1) {
        stray = true
      } else if s[j] == " ", !out.isEmpty, out.last != ".", j + 2 < s.count, s[j + 1] == ".",
        ThaiDigits.isDigit(s[j + 2]) || LetterNumberReader.sevenLookalike(s, j + 2)
      {
        stray = true
      } else if s[j] == ".", !out.isEmpty, out.last != ".", j + 1 < s.count,
        ThaiDigits.isDigit(s[j + 1]) || LetterNumberReader.sevenLookalike(s, j + 1) || strayAt(j + 1)
          || !stray && s[j + 1] == " " && LetterNumberReader.codeContinues(s, j + 2, digits: 1)
      {
        out.append(".")
      } else if !out.isEmpty, LetterNumberReader.sevenLookalike(s, j) {
        out.append("7")
        stray = true
      } else if !out.isEmpty, strayAt(j) {
        stray = true
      } else {
        break
      }
      j += 1
    }
    while out.last == "." { out.removeLast() }
    return out.isEmpty || out.count > 14 ? nil : (out, j, stray)
  }

  @Test(arguments: [
    "๐๘๑๒/ว ๑๕๖๕", "๐๐๒๓.๑ /ว", "๐ ๕๑๐.๓/ว", "๐๐๑๕. ๓/๓๓๕", "๐๐๒๓ .๑/ว", "๐๕๑๐.ญ๓/ว", "๐๐๑ฒ.๒/ว", "๐๓๐ซ.๓",
    "๐๐๒๓.ต/ว", "๐๐๓ส/ว", "04009/ว", "๐๐๐๙.๓๒/๕๗๐๖", "๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖", "๑.", "..๑", "ก๑", "", "๑๒ ๓๔/",
  ])
  func codeBytesAgreeWithThePlainRule(_ text: String) {
    let s = Array(text.unicodeScalars)
    for start in s.indices {
      let fast = LetterNumberReader.digitsWithDots(s, start)
      let plain = Self.plainDigitsWithDots(s, start)
      // The plain rule had one flag for any anomaly; the reader tells a letter dropped from a
      // letter read as a digit.
      #expect(fast?.0 == plain?.0 && fast?.1 == plain?.1 && fast.map { $0.2 || $0.3 } == plain?.2, "\(text) at \(start)")
    }
  }

  @Test(arguments: [
    ("บก.ทท. ๐๐๑๒/๓๔", "บก.ทท"), ("ศธ. ๐๔๐๐๙/ว ๑๘", "ศธ"), ("ศธ ๐๔๐๐๙/ว ๑๘", "ศธ"), ("ก.ค. ๐๔๐๕/๑", "ก.ค"),
    ("กค.. ๐๔๐๕/๑", "กค."),
  ])
  func prefixLosesOneLastDot(_ printed: String, _ prefix: String) throws {
    let (number, _) = try #require(LetterNumberReader.read(Array(printed.unicodeScalars), at: 0))
    #expect(number.prefix == prefix)
    #expect(number.prefix == String(printed.unicodeScalars.prefix { $0 != " " }).trimmingSuffix("."))
  }
}
