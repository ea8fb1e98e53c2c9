import Testing

@testable import Letters

/// `Vocabulary.hasLeaders` finds exactly the text `stripLeaders` changes: three dots in a
/// row or a `…`; any other text comes out with its spaces collapsed and nothing else.
@Suite struct LeadersTests {
  static let texts = [
    "", ".", "..", "...", "พ.ศ. ๒๕๖๗", "ก.ค.", "ที่.....กค", "กองคลัง…", "…", "ก…ข", "\u{2022} ข้อ", "–", "a..b..c",
    "ก.. .ข", "x…", "ab\u{E2}", "เรื่อง  ขอเชิญ  ประชุม", ". . .", "..…", "โทร. ๐ ๒๒๒๑",
  ]

  /// The plain rule on the bytes: a run of three dots, or E2 80 A6.
  static func plainHasLeaders(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    for i in bytes.indices where i + 2 < bytes.count {
      if bytes[i..<(i + 3)].elementsEqual([0x2E, 0x2E, 0x2E]) || bytes[i..<(i + 3)].elementsEqual([0xE2, 0x80, 0xA6]) {
        return true
      }
    }
    return false
  }

  @Test(arguments: texts)
  func leadersAreThreeDotsOrAnEllipsis(_ text: String) {
    var copy = text
    #expect(copy.withUTF8(Vocabulary.hasLeaders) == Self.plainHasLeaders(text))
  }

  /// The rule as it stood before the leaders were looked for: every value with a dot or
  /// an E2 byte rebuilt byte by byte.
  static func plainStripLeaders(_ text: String) -> String {
    let input = Array(text.utf8)
    var out: [UInt8] = []
    var dots = 0
    var ellipsis = false
    var i = 0
    func flush() {
      if dots >= 3 || ellipsis {
        if let last = out.last, last != 0x20 { out.append(0x20) }
      } else if dots > 0 {
        out.append(contentsOf: repeatElement(0x2E, count: dots))
      }
    }
    while i < input.count {
      let b = input[i]
      if b == 0x2E {
        dots += 1
        i += 1
        continue
      }
      if b == 0xE2, i + 2 < input.count, input[i + 1] == 0x80, input[i + 2] == 0xA6 {
        ellipsis = true
        i += 3
        continue
      }
      flush()
      dots = 0
      ellipsis = false
      out.append(b)
      i += 1
    }
    flush()
    return String(decoding: out, as: UTF8.self).collapsingSpaces()
  }

  @Test(arguments: texts)
  func strippedAsByTheByteRule(_ text: String) {
    #expect(Array(Vocabulary.stripLeaders(text).utf8) == Array(Self.plainStripLeaders(text).utf8))
  }
}
