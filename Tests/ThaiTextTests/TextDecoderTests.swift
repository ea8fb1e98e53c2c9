import Foundation
import Testing
import ThaiText

@Suite struct TextDecoderTests {
  static let sample = "ที่ มท ๐๘๑๒/ว ๑๕๖๕\nเรื่อง การคัดเลือก “ท้องถิ่น”\n"

  /// TIS-620: U+0E01…U+0E5B is byte 0xA1…0xFB.
  static func tis620(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { s in
      s.value < 0x80 ? UInt8(s.value) : UInt8(s.value - 0x0E00 + 0xA0)
    }
  }

  @Test func utf8IsDetected() throws {
    let decoded = try TextDecoder().decode(Array("ที่ มท".utf8))
    #expect(decoded.text == "ที่ มท")
    #expect(decoded.encoding == .utf8)
    #expect(decoded.invalidByteCount == 0)
  }

  @Test func utf8BOMIsRemovedAndNoted() throws {
    let decoded = try TextDecoder().decode([0xEF, 0xBB, 0xBF] + Array("เรื่อง".utf8))
    #expect(decoded.text == "เรื่อง")
    #expect(decoded.hadBOM)
  }

  @Test(arguments: [(TextEncoding.utf16LE, true), (.utf16BE, true), (.utf16LE, false), (.utf16BE, false)])
  func utf16WithAndWithoutBOM(_ encoding: TextEncoding, _ bom: Bool) throws {
    var bytes: [UInt8] = []
    for unit in Self.sample.utf16 {
      let (hi, lo) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
      bytes += encoding == .utf16LE ? [lo, hi] : [hi, lo]
    }
    if bom { bytes = (encoding == .utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF]) + bytes }
    let decoded = try TextDecoder().decode(bytes)
    #expect(decoded.encoding == encoding)
    #expect(decoded.text == Self.sample)
    #expect(decoded.detected == !bom)
  }

  @Test func tis620IsDetectedAndDecoded() throws {
    let text = "ที่ มท ๐๘๑๒/ว ๑๕๖๕\nเรื่อง การคัดเลือก\n"
    let decoded = try TextDecoder().decode(Self.tis620(text))
    #expect(decoded.encoding == .tis620)
    #expect(decoded.text == text)
    #expect(decoded.invalidByteCount == 0)
  }

  @Test func windows874QuotesAreRead() throws {
    // 0x93/0x94 are “ ” in Windows-874 and undefined in TIS-620
    let bytes = Self.tis620("เรื่อง ") + [0x93] + Self.tis620("ท้องถิ่น") + [0x94]
    let decoded = try TextDecoder().decode(bytes)
    #expect(decoded.encoding == .windows874)
    #expect(decoded.text == "เรื่อง “ท้องถิ่น”")
  }

  @Test func tis620ForcedOnUTF8ReportsNothingLostSilently() throws {
    let decoded = try TextDecoder().decode(Array([0xFF, 0xA1]), as: .tis620)
    #expect(decoded.invalidByteCount == 1)
    #expect(decoded.firstInvalidOffset == 0)
    #expect(decoded.text.unicodeScalars.first == "\u{FFFD}")
  }

  @Test func truncatedUTF8IsReportedNotDropped() throws {
    var bytes = Array("ที่ มท ๐๘๑๒ ถนนนครราชสีมา เขตดุสิต".utf8)
    bytes.removeLast(2)  // cut the last character in half
    let decoded = try TextDecoder().decode(bytes)
    #expect(decoded.encoding == .utf8)
    #expect(decoded.invalidByteCount == 1)
    #expect(decoded.firstInvalidOffset == bytes.count - 1)
    #expect(decoded.text.hasSuffix("\u{FFFD}"))
  }

  @Test(arguments: [
    ("%PDF-1.7\n", "PDF"), ("\u{89}PNG", "PNG"), ("PK\u{3}\u{4}", "ZIP"),
  ])
  func binaryInputIsRefused(_ prefix: String, _ kind: String) {
    var bytes = Array(prefix.unicodeScalars.map { UInt8($0.value) })
    bytes += [0, 1, 2, 3]
    #expect(throws: TextDecodingError.binary(kind: kind)) { try TextDecoder().decode(bytes) }
  }

  @Test func everySeedIsUTF8() throws {
    for url in try Seeds.files() {
      let decoded = try TextDecoder().decode([UInt8](try Data(contentsOf: url)))
      #expect(decoded.encoding == .utf8)
      #expect(decoded.invalidByteCount == 0)
    }
  }
}
