import Testing

@testable import Letters

/// `Byte.firstIndex(ofAny:in:from:)`, eight bytes a step, finds what a byte-by-byte scan
/// finds: every marker at every position of Thai text, from every start.
@Suite struct ByteScanTests {
  @Test(arguments: [0x2A, 0x3C, 0x5D, 0x7C, 0x0A, 0x5F] as [UInt8])
  func findsWhatAByteScanFinds(marker: UInt8) {
    let set: (UInt8, UInt8, UInt8, UInt8) = (0x2A, 0x3C, 0x5D, 0x7C)
    let newline: (UInt8, UInt8, UInt8, UInt8) = (0x0A, 0x0A, 0x0A, 0x5F)
    let text = Array("ที่ มท ๐๘๑๒/ว ๑๕๖๕ (a-z) เรื่อง".utf8)
    for position in 0...text.count {
      var bytes = text
      bytes.insert(marker, at: position)
      for start in stride(from: 0, through: bytes.count, by: 3) {
        for chosen in [set, newline] {
          let naive =
            bytes[start...].firstIndex { $0 == chosen.0 || $0 == chosen.1 || $0 == chosen.2 || $0 == chosen.3 }
            ?? bytes.count
          let fast = bytes.withUnsafeBufferPointer { Byte.firstIndex(ofAny: chosen, in: $0, from: start) }
          #expect(fast == naive, "marker \(marker) at \(position), from \(start)")
        }
      }
    }
  }
}
