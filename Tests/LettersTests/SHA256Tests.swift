import Testing

@testable import Letters

/// `source.sha256` and the ids of undated letters come from this hash: FIPS 180-4's vectors,
/// and lengths either side of the padding boundaries (55/56 bytes: one block or two). Both the
/// Swift rounds and the CPU's SHA instructions (where this machine has them) must give them.
@Suite struct SHA256Tests {
  /// The kernels this machine can run: the Swift rounds always, SHA-NI when the CPU has it.
  static let kernels: [Bool] = SHA256.hardwareAvailable ? [false, true] : [false]

  @Test(arguments: kernels, [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func standardVectorsHash(hardware: Bool, _ vector: (message: String, expected: String)) {
    #expect(SHA256.hex(digest: SHA256.digest(Array(vector.message.utf8), hardware: hardware)) == vector.expected)
  }

  @Test(arguments: kernels, [
    (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
    (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
    (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
    (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
    (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
    (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
    (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    (1_000_000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
  ])
  func paddingBoundariesHash(hardware: Bool, _ vector: (count: Int, expected: String)) {
    let message = [UInt8](repeating: 0x61, count: vector.count)
    #expect(SHA256.hex(digest: SHA256.digest(message, hardware: hardware)) == vector.expected)
  }

  /// The two kernels agree on Thai text of every length up to a few blocks, fed in pieces of
  /// every size (a chunked file's pieces leave partial blocks between calls).
  @Test(.enabled(if: SHA256.hardwareAvailable), arguments: [1, 7, 63, 64, 65, 200])
  func hardwareMatchesSwiftRounds(pieceSize: Int) {
    let text = Array(String(repeating: "ที่ มท ๐๘๑๒/ว ๑๕๖๕ ลงวันที่ ๙ กรกฎาคม ๒๕๖๔\n", count: 12).utf8)
    for length in stride(from: 0, through: text.count, by: 13) {
      var swift = SHA256.Hasher(hardware: false)
      var hardware = SHA256.Hasher(hardware: true)
      var start = 0
      while start < length {
        let end = min(start + pieceSize, length)
        text[start..<end].withUnsafeBufferPointer {
          swift.update($0)
          hardware.update($0)
        }
        start = end
      }
      #expect(hardware.hex() == swift.hex(), "length \(length), pieces of \(pieceSize)")
    }
  }
}
