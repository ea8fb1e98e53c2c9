import Foundation
import Testing

@testable import ThaiText

/// The normalizer copies runs of text no repair applies to in one go (`plainRunEnd`); the
/// text and the report are the same as when every byte goes through the repairs: on every
/// Corpus letter, and on random strings of Thai letters, vowels, marks, spaces and line ends,
/// for every set of steps that turns one off.
@Suite struct NormalizerPlainRunTests {
  static let stepSets: [Set<ThaiNormalizer.Step>] =
    [Set(ThaiNormalizer.Step.allCases)] + ThaiNormalizer.Step.allCases.map { Set(ThaiNormalizer.Step.allCases).subtracting([$0]) }
    + [[.markOrder], [.nfc], [.saraAm], [.spaceBeforeMark], [.repeatedMark], [.collapseSpaces], []]

  static func expectSame(_ text: String, _ steps: Set<ThaiNormalizer.Step>, _ what: String) {
    let normalizer = ThaiNormalizer(steps: steps)
    let fast = normalizer.normalize(text, plainRuns: true)
    let slow = normalizer.normalize(text, plainRuns: false)
    #expect(Array(fast.text.utf8) == Array(slow.text.utf8), "\(what), steps \(steps.map(\.rawValue).sorted())")
    #expect(fast.report == slow.report, "\(what) report")
  }

  /// The two constant words of `hasRule` are the rules' own tests, offset by offset.
  @Test func ruleBitsAreTheRulesTests() {
    for o: UInt8 in 0..<128 {
      let rule = ThaiCharacter.isCombining(o) || o == 0x33 || o == 0x32 || o == 0x40
      #expect(ThaiNormalizer.hasRule(o) == rule, "offset \(o)")
    }
  }

  @Test(arguments: stepSets)
  func corpusLettersNormalizeAsByteByByte(steps: Set<ThaiNormalizer.Step>) throws {
    for url in try Seeds.files() {
      Self.expectSame(try String(contentsOf: url, encoding: .utf8), steps, url.lastPathComponent)
    }
  }

  @Test(arguments: stepSets)
  func randomThaiNormalizesAsByteByByte(steps: Set<ThaiNormalizer.Step>) {
    // Consonants, เ า ำ ํ, every kind of mark, digits, spaces, line ends, a control, NBSP, é.
    let alphabet: [Unicode.Scalar] = [
      "ก", "ท", "น", "ส", "เ", "แ", "า", "ำ", "\u{0E4D}", "\u{0E31}", "\u{0E34}", "\u{0E35}", "\u{0E38}", "\u{0E39}",
      "\u{0E3A}", "\u{0E47}", "\u{0E48}", "\u{0E49}", "\u{0E4A}", "\u{0E4B}", "\u{0E4C}", "\u{0E4E}", "๑", "1", "a",
      " ", " ", "\n", "\r", "\t", "\u{0C}", "\u{1}", "\u{A0}", "é", "\u{200B}",
    ]
    var seed: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      seed ^= seed << 13
      seed ^= seed >> 7
      seed ^= seed << 17
      return Int(seed % UInt64(bound))
    }
    for n in 0..<400 {
      var view = String.UnicodeScalarView()
      for _ in 0..<(1 + next(30)) { view.append(alphabet[next(alphabet.count)]) }
      Self.expectSame(String(view), steps, "random \(n)")
    }
  }
}
