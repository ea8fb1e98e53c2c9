import Testing

@testable import Letters

/// The word-at-a-time test for bytes JSON must escape agrees with the byte-by-byte rule
/// wherever the byte stands (in a word, across words, in the tail), next to Thai UTF-8.
@Suite struct JSONEscapeTests {
  static func naive(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }

  @Test(arguments: [0x00, 0x09, 0x0A, 0x1F, 0x22, 0x5C, 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xE0, 0xFF] as [UInt8])
  func agreesWithTheByteRule(special: UInt8) {
    let thai = Array("ที่ มท ๐๘๑๒/ว ๑๕๖๕ เรื่อง การประชุม".utf8)
    for length in 0...40 {
      let text = Array(thai.prefix(length))
      for position in 0...length {
        var bytes = text
        bytes.insert(special, at: position)
        let fast = bytes.withUnsafeBufferPointer(JSONValue.needsEscaping)
        #expect(fast == Self.naive(bytes), "byte \(special) at \(position) of \(length + 1)")
      }
      #expect(text.withUnsafeBufferPointer(JSONValue.needsEscaping) == false)
    }
  }

  @Test func escapedStringsRoundTrip() {
    let value = JSONValue.array([.string("ก\"ข\\ค\nง\tจ\u{1}"), .string("ไม่มีอะไรต้องหนี")])
    #expect(value.serialized() == #"["ก\"ข\\ค\nง\tจ\u0001","ไม่มีอะไรต้องหนี"]"#)
  }
}
