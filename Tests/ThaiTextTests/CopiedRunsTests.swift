import Testing

@testable import ThaiText

/// The normalized text put together from slices of the input is the output decoded whole
/// (`String(decoding:as:)`): with runs that still hold, runs a repair rewrote or cut short,
/// merged runs, and invalid bytes between runs.
@Suite struct CopiedRunsTests {
  /// (input, output bytes, runs recorded as (output, input, count))
  static let cases: [(String, [UInt8], [(Int, Int, Int)])] = [
    ("กข", Array("กข".utf8), [(0, 0, 6)]),
    ("ก  ข", Array("ก ข".utf8), [(0, 0, 4), (4, 5, 3)]),  // a space dropped between runs
    ("abc", Array("abX".utf8), [(0, 0, 3)]),  // rewritten in place
    ("ก่ ข", Array("ก่".utf8), [(0, 0, 7), (7, 7, 3)]),  // trailing text trimmed away
    ("ab\ncd", Array("ab\ncd".utf8), [(0, 0, 2), (3, 3, 2)]),  // merged across a copied byte
    ("ab\rcd", Array("ab cd".utf8), [(0, 0, 2), (3, 3, 2)]),  // merged across a rewritten byte
    ("xyz", [0x78, 0xFF, 0x79, 0x7A], [(2, 1, 2)]),  // an invalid byte between runs
    ("", [], []),
    ("เเก", Array("แก".utf8), [(3, 6, 3)]),
  ]

  @Test(arguments: cases.indices)
  func slicedTextIsTheOutputDecoded(_ index: Int) {
    var (text, output, recorded) = Self.cases[index]
    var runs = CopiedRuns()
    for (o, i, n) in recorded { runs.record(output: o, input: i, count: n) }
    let source = text
    let built = output.withUnsafeBufferPointer { out in
      text.withUTF8 { input in runs.string(of: out, from: source, input: input) }
    }
    let expected = String(decoding: output, as: UTF8.self)
    #expect(Array(built.utf8) == Array(expected.utf8))
  }
}
