import Testing
import ThaiText

@testable import Letters

/// `Letter.thaiMarksInOrder` (combining classes read straight off the bytes) agrees with the
/// rule through `ThaiCharacter.combiningClass` for every pair of Thai characters, after a
/// consonant, an ASCII letter or a space, and says nil for text that is not ASCII and Thai.
@Suite struct ThaiMarkOrderTests {
  static func reference(_ text: String) -> Bool? {
    var previous: UInt8 = 0
    for scalar in text.unicodeScalars {
      if scalar.value < 0x80 {
        previous = 0
        continue
      }
      guard (0x0E00...0x0E7F).contains(scalar.value) else { return nil }
      let rank = ThaiCharacter.combiningClass(UInt8(scalar.value - 0x0E00))
      if rank != 0, previous > rank { return false }
      previous = rank
    }
    return true
  }

  @Test(arguments: ["", "ก", "a", " ", "é"])
  func agreesWithTheCombiningClasses(before: String) {
    for first in 0x0E00...0x0E7F {
      for second in 0x0E00...0x0E7F {
        guard let a = Unicode.Scalar(first), let b = Unicode.Scalar(second) else { continue }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: before.unicodeScalars)
        view.append(a)
        view.append(b)
        let text = String(view)
        #expect(Letter.thaiMarksInOrder(text) == Self.reference(text), "\(before) \(first) \(second)")
      }
    }
  }
}
