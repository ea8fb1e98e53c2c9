import Foundation
import SeededRandom
import Testing

@testable import Letters

/// The parser's byte-level search helpers answer as the standard library and Foundation do on
/// the words it looks for (a contact line's โทร / โทรสาร, an opener, a province).
@Suite struct ByteSearchTests {
  @Test(arguments: [
    ("โทร. ๐ ๒๒๒๒ ๑๑๑๑ โทรสาร ๐ ๒๒๒๒ ๑๑๑๒", "โทรสาร"),
    ("โทร. ๐ ๒๒๒๒ ๑๑๑๑", "โทรสาร"),
    ("กองคลัง โทร. ๓๑๐๕", "โทร"),
    ("ที่ว่าการอำเภอเมือง จังหวัดเชียงใหม่", "จังหวัด"),
    ("จังหวัด", "จังหวัด"),
    ("จังหวั", "จังหวัด"),
    ("", "โทร"),
    ("abc โทร", "โทร"),
  ])
  func utf8RangeFindsWhatFoundationFinds(_ text: String, _ needle: String) {
    let bytes = text.utf8Range(of: needle)
    let foundation = text.range(of: needle)
    #expect(bytes == foundation)
    if let bytes { #expect(text[bytes] == needle) }
  }

  /// `Byte.find` looks for a Thai needle by its first letter's last byte: the same answers as
  /// a plain scan, on random text of the letters the needles are made of, at every start and
  /// limit (a match that would run past the limit, or begin before the start, is none).
  @Test(arguments: 0..<8)
  func findAnchoredOnAThaiLetterAgreesWithAPlainScan(_ seed: Int) {
    var random = SplitMix64(seed: UInt64(seed))
    func next(_ n: Int) -> Int { random.below(n) }
    let alphabet = Array("ประกาศนี้ ป 1.".unicodeScalars)
    let needles = ["ประกาศ", "ป", "กา", "ศ", "าศ", "ปป"].map { Array($0.utf8) }
    for _ in 0..<50 {
      let text = String(String.UnicodeScalarView((0..<next(30)).map { _ in alphabet[next(alphabet.count)] }))
      let hay = Array(text.utf8)
      for needle in needles {
        for start in stride(from: 0, through: hay.count, by: 3) {
          let limit = next(2) == 0 ? nil : next(hay.count + 1)
          let end = min(hay.count, limit ?? hay.count) - needle.count
          var plain: Int?
          if end >= start {
            plain = (start...end).first { i in (0..<needle.count).allSatisfy { hay[i + $0] == needle[$0] } }
          }
          #expect(Byte.find(needle, in: hay, from: start, limit: limit) == plain, "\(text) \(needle) \(start)")
        }
      }
    }
  }

  @Test(arguments: [
    ("หนังสือจังหวัดเชียงใหม่", "หนังสือ", true),
    ("สำเนาหนังสือกรม", "สำเนาหนังสือ", true),
    ("บันทึกข้อความ", "บันทึก", true),
    ("หนัง", "หนังสือ", false),
    ("www.dla.go.th", "www.", true),
    ("http://x", "http", true),
    ("ตามหนังสือ", "หนังสือ", false),
    ("", "", true),
  ])
  func utf8PrefixAgreesWithHasPrefix(_ text: String, _ prefix: String, _ expected: Bool) {
    #expect(text.hasUTF8Prefix(prefix) == expected)
    #expect(text.hasPrefix(prefix) == expected)
  }

  /// A contact line with no @ gives no e-mail without being split into words; one with an
  /// address still gives it.
  @Test(arguments: [
    ("โทร. ๐ ๒๒๒๒ ๑๑๑๑", [String]()),
    ("saraban@dla.go.th", ["saraban@dla.go.th"]),
    ("<saraban@dla.go.th>, x@y", ["saraban@dla.go.th"]),
  ])
  func emailsNeedAnAt(_ line: String, _ expected: [String]) {
    #expect(PhoneReader.emails(in: line) == expected)
  }

  /// What passes for an address: ASCII local part and dotted domain, a top-level label of
  /// two letters or more, one @.
  @Test(arguments: [
    ("saraban@dla.go.th", true), ("a.b_c%d+e-f@x-y.co", true), ("x@y.c", false), ("x@y", false),
    ("@dla.go.th", false), ("a@b@c.th", false), ("ชื่อ@dla.go.th", false), ("a@dla.go.th1", false),
    ("a@dl_a.go.th", false), ("a@dla..go.th", true), ("a@.th", false), ("a b@c.th", false),
    ("A1@B2.COM", true),
  ])
  func emailAddressRule(_ text: String, _ expected: Bool) {
    #expect(PhoneReader.isEmailAddress(text) == expected)
  }
}
