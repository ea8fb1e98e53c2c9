import Testing

@testable import ThaiText

/// The UTF-16 and binary sniffers, eight bytes a step, decide as the byte-by-byte rules do:
/// NULs, 0E bytes and control bytes at every offset and parity, dense and sparse, beside Thai
/// UTF-8 and tabs and line ends (which are not control bytes here).
@Suite struct TextSniffingTests {
  static func naiveUTF16(_ bytes: [UInt8]) -> TextEncoding? {
    let n = min(bytes.count, 4096) & ~1
    guard n >= 8 else { return nil }
    var even = 0
    var odd = 0
    for i in stride(from: 0, to: n, by: 2) {
      if bytes[i + 1] == 0x00 || bytes[i + 1] == 0x0E { odd += 1 }
      if bytes[i] == 0x00 || bytes[i] == 0x0E { even += 1 }
    }
    let pairs = n / 2
    if odd * 10 >= pairs * 9, even * 10 >= pairs * 9 { return nil }
    if odd * 10 >= pairs * 9 { return .utf16LE }
    if even * 10 >= pairs * 9 { return .utf16BE }
    return nil
  }

  static func naiveControls(_ bytes: [UInt8]) -> Bool {
    let n = min(bytes.count, 8192)
    guard n > 0 else { return false }
    let control = bytes.prefix(n).filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
    return control * 10 > n
  }

  @Test(arguments: [0x00, 0x0E, 0x01, 0x1F, 0x09, 0x0A] as [UInt8])
  func sniffersAgreeWithTheByteRules(special: UInt8) {
    let thai = Array("ที่ มท ๐๘๑๒/ว ๑๕๖๕ เรื่อง การประชุม\tab\r\n".utf8)
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    for length in [0, 7, 8, 9, 16, 23, 64, 200, 5000, 9000] {
      for density in [0, 1, 5, 9, 10, 11, 20] {
        var bytes = (0..<length).map { thai[$0 % thai.count] }
        for i in bytes.indices where next(20) < density { bytes[i] = special }
        if length == 64, density == 20 {
          for i in bytes.indices where i % 2 == 1 { bytes[i] = special }  // UTF-16 shapes
        }
        let result = bytes.withUnsafeBufferPointer { (TextDecoder.sniffUTF16($0), TextDecoder.binaryKind($0)) }
        #expect(result.0 == Self.naiveUTF16(bytes), "UTF-16, \(length) bytes, density \(density)")
        #expect((result.1 != nil) == Self.naiveControls(bytes), "control bytes, \(length) bytes, density \(density)")
      }
    }
  }
}
