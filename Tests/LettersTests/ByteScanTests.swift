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

/// `WordScan.firstFound` gives the first byte a word test flags, wherever the flagged
/// bytes stand and whatever lies beside them (bytes just above the limit, high bytes).
@Suite struct WordScanFirstFoundTests {
  @Test(arguments: [0x00, 0x09, 0x20, 0x21, 0x7F, 0xA0, 0xE0, 0xFF] as [UInt8])
  func firstFoundIsTheFirstFlaggedByte(filler: UInt8) {
    let a0 = WordScan.broadcast(0xA0)
    let specials: [UInt8] = [0x00, 0x09, 0x20, 0x21, 0x1F, 0xA0, 0x9F, 0xA1, 0xB8]
    for first in specials {
      for second in specials {
        for p in 0..<8 {
          for q in p..<8 {
            var bytes = [UInt8](repeating: filler, count: 8)
            bytes[q] = second
            bytes[p] = first
            let w = bytes.withUnsafeBytes { WordScan.load($0.baseAddress!, 0) }
            let found = WordScan.hasByteBelow(w, 0x21) | WordScan.hasByte(w, a0)
            let naive = bytes.firstIndex { $0 < 0x21 || $0 == 0xA0 }
            #expect((found == 0) == (naive == nil))
            if let naive { #expect(WordScan.firstFound(found) == naive, "\(bytes)") }
          }
        }
      }
    }
  }
}

/// `MarkdownCleaner.markupFreeEnd` (eight bytes a step over Thai, bitmaps for the rest)
/// stops where a byte-by-byte `mayBeMarkup` scan stops: every markup byte at every position.
@Suite struct MarkupFreeEndTests {
  @Test(arguments: Array(0...255) as [Int])
  func stopsWhereTheByteRuleStops(special: Int) {
    let thai = Array("ที่ มท ๐๘๑๒/ว ๑๕๖๕ เรื่อง การประชุม".utf8)
    for position in 0...thai.count {
      var bytes = thai
      bytes.insert(UInt8(special), at: position)
      for start in [0, 1, 5, 17] where start <= bytes.count {
        var naive = start
        while naive < bytes.count, !MarkdownCleaner.mayBeMarkup(bytes[naive]) { naive += 1 }
        let fast = bytes.withUnsafeBufferPointer { MarkdownCleaner.markupFreeEnd($0, from: start) }
        #expect(fast == naive, "byte \(special) at \(position) from \(start)")
      }
    }
  }
}
