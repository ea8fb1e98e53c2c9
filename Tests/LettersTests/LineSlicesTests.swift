import Testing
import ThaiText

@testable import Letters

/// Text cut from a line's bytes by scalar positions agrees with the plain rule: the scalars
/// encoded into a new String.
@Suite struct LineSlicesTests {
  static let lines = [
    "", "a", "เรื่อง ขอเชิญประชุม", "เรียน   ผู้ว่าราชการจังหวัด", "ที่ มท ๐๘๑๒/ว ๑๕๖๕", "โทรสาร: ๐ ๒๒๒๑ ๙๓๔๑",
    "\"ไปรษณีย์อิเล็กทรอนิกส์ saraban@moi.go.th", "สิ่งที่ส่งมาด้วย.....สำเนาหนังสือ…", "é😀ก\u{A0}ข", "= ๑๕ =",
  ]

  @Test(arguments: lines)
  func trailingTextIsTheTrailingScalars(_ text: String) {
    let scalars = text.scalarArray
    for start in 0...scalars.count {
      let tail = scalars[start...]
      #expect(text.copyOfTrailing(tail) == String(scalars: tail))
      #expect(Array(text.copyOfTrailing(tail).utf8) == Array(String(scalars: tail).utf8))
    }
  }

  @Test(arguments: lines)
  func scalarRangeTextIsTheScalarsEncoded(_ text: String) {
    let scalars = text.scalarArray
    for lower in 0...scalars.count {
      for upper in lower...scalars.count {
        let expected = String(scalars: scalars[lower..<upper])
        #expect(Array(text.copyOfScalars(lower..<upper, of: scalars).utf8) == Array(expected.utf8))
        let offsets = scalars.utf8Offsets
        #expect(Array(text.copyOfUTF8(offsets[lower]..<offsets[upper]).utf8) == Array(expected.utf8))
      }
    }
  }

  /// Every label end on every line, on the line's scalars and on them without leading debris.
  @Test(arguments: lines)
  func valueCutFromTheLineIsTheEncodedValue(_ raw: String) {
    let line = Line(number: 1, raw: raw)
    for s in [line.scalars, HeaderLabel.withoutDebris(line.scalars)] {
      for end in 0...s.count {
        #expect(Vocabulary.value(after: end, in: s, of: line) == Vocabulary.value(after: end, in: s))
      }
    }
  }
}
