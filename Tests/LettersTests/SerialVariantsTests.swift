import Testing

@testable import Letters

/// Serial variants cut on the bytes agree with the plain rule on Characters.
@Suite struct SerialVariantsTests {
  @Test(arguments: ["", "1", "11", "4797", "0812", "123456", "7a", "1\r\n2", "๑๒", "é1", "1\u{0301}2"])
  func bytesAgreeWithCharacters(_ serial: String) {
    let fast = SerialVariants.oneDigitApart(serial)
    let plain = SerialVariants.byCharacter(serial)
    #expect(fast.map(\.replaced) == plain.map(\.replaced))
    #expect(fast.map(\.dropped) == plain.map(\.dropped))
    #expect(fast.map { Array($0.replaced.utf8) } == plain.map { Array($0.replaced.utf8) })
    #expect(fast.map { Array($0.dropped.utf8) } == plain.map { Array($0.dropped.utf8) })
  }
}
