import Testing

@testable import Letters

/// The numbers Tesseract's Thai model prints for a true number: what an archive asks for when
/// a letter arrives, to find citations whose OCR candidates may name it.
@Suite struct TesseractPrintingsTests {
  @Test(arguments: [
    // ๘ → ๕ and ๗ → ๓ in one number: code and serial both differ from the letter's.
    ("มท 0812/ว 1575", ["มท 0512/ว 1535"]),
    // A ๖ comes out ๒, ๐ or two digits ๒๐.
    ("ศธ 04006/ว 6", ["ศธ 05002/ว 2", "ศธ 05002/ว 0", "ศธ 05002/ว 20", "ศธ 05000/ว 2", "ศธ 05000/ว 0",
      "ศธ 05000/ว 20", "ศธ 050020/ว 2", "ศธ 050020/ว 0", "ศธ 050020/ว 20"]),
    // An order's year suffix may have been set back to its year: kept as printed, too.
    ("515/2567", ["515/2523", "515/2503", "515/25203"]),
    ("518/2567", ["515/2523", "515/2503", "515/25203", "515/2567"]),
  ])
  func aNumberIsPrintedWithoutTheDigitsTheModelLacks(_ number: String, _ expected: [String]) {
    #expect(TesseractPrintings.of(number) == expected)
  }

  @Test func aNumberTheModelCanPrintHasNoOtherPrinting() {
    #expect(TesseractPrintings.of("มท 0512/ว 1535").isEmpty)
  }

  @Test func manySixesAreCappedAtTheLimit() {
    let printings = TesseractPrintings.of("ศธ 0666/ว 666", limit: 27)
    #expect(printings.count == 27)
    #expect(printings.first == "ศธ 0222/ว 222")
    #expect(!printings.contains("ศธ 0666/ว 666"))
  }
}
