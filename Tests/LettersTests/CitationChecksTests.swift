import Testing

@testable import Letters

/// The index that finds near-miss citations agrees with checking every letter in the file.
@Suite struct CitationChecksTests {
  static func number(_ serial: String, code: String? = "0812") -> LetterNumber {
    LetterNumber(raw: serial, prefix: "มท", subOffice: nil, code: code, circular: true, serial: serial, yearSuffix: nil)
  }

  @Test(arguments: 0..<20)
  func nearIndexFindsExactlyTheSerialsOneDigitAway(_ seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    func next(_ n: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(n))
    }
    func serial() -> String { String((0..<(1 + next(4))).map { _ in Character(String(next(3))) }) }
    let present = (0..<40).map { _ in Self.number(serial(), code: next(4) == 0 ? "0810" : "0812") }
    var index = CitationChecks.NearIndex()
    for (k, n) in present.enumerated() { index.add(n, at: k) }
    for _ in 0..<200 {
      let cited = Self.number(serial())
      let brute = Set(present.indices.filter { CitationChecks.isNear(present[$0], cited) })
      let found = index.candidates(for: cited).filter { CitationChecks.isNear(present[$0], cited) }
      #expect(found == brute, "\(cited.serial)")
    }
  }
}
