import Testing

@testable import ThaiText

/// The normalizer's output buffer behaves as an array of bytes would, also past the capacity
/// it was given (the repairs never lengthen text today; a new one might).
@Suite struct ByteOutputTests {
  @Test(arguments: [0, 1, 15, 16, 17, 100])
  func appendsInsertsAndGrowsLikeAnArray(initialCapacity: Int) {
    var out = ByteOutput(capacity: initialCapacity)
    defer { out.deallocate() }
    var expected: [UInt8] = []
    for i in 0..<70 {
      let byte = UInt8(i)
      out.append(byte)
      expected.append(byte)
      if i % 9 == 4 {
        out.insert((0xE0, 0xB9, 0x88), at: i / 2)
        expected.insert(contentsOf: [0xE0, 0xB9, 0x88], at: i / 2)
      }
      if i % 13 == 0 {
        out.removeLast()
        expected.removeLast()
      }
    }
    let tail: [UInt8] = Array("ก่า".utf8)
    tail.withUnsafeBufferPointer { out.append(contentsOf: $0) }
    expected += tail
    out[0] = 0xFF
    expected[0] = 0xFF
    #expect(Array(out.bytes) == expected)
    #expect(out.last == expected.last)
  }
}
