import SHA256Kernel

/// SHA-256 (FIPS 180-4) of a file's bytes, for `source.sha256` and record ids. Foundation on
/// Linux has no CryptoKit, and one hash does not earn a dependency.
///
/// Every file is hashed, so this is on the parse path: whole blocks are read in place (no copy
/// of the file for padding), words are loaded big-endian in one instruction, and shifts are
/// the masking `&>>`/`&<<` so that `rotr` compiles to a rotate (Swift's `<<` checks for
/// over-shifting), and eight rounds a turn rename the working variables instead of moving
/// them. About 58 instructions a byte under callgrind, against 78 for the first version.
/// Where the CPU has the x86 SHA extensions the blocks go to ``SHA256Kernel`` instead (about
/// 3 instructions a byte); the Swift rounds stay for every other CPU and are tested alike.
enum SHA256 {
  /// Whether this process hashes with the CPU's SHA instructions (asked once).
  static let hardwareAvailable = saraban_sha256_hardware_available() == 1
  fileprivate static let k: [UInt32] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]

  /// The lowercase hex digest.
  static func hex(_ bytes: [UInt8]) -> String { hex(digest: digest(bytes)) }

  static func hex(digest: [UInt8]) -> String {
    String(unsafeUninitializedCapacity: 64) { out in
      for (i, byte) in digest.enumerated() {
        out[2 * i] = hexDigit(byte &>> 4)
        out[2 * i + 1] = hexDigit(byte & 15)
      }
      return 64
    }
  }

  @inline(__always) private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }

  static func digest(_ message: [UInt8], hardware: Bool = hardwareAvailable) -> [UInt8] {
    var hasher = Hasher(hardware: hardware)
    message.withUnsafeBufferPointer { hasher.update($0) }
    return hasher.finalize()
  }

  /// SHA-256 fed piece by piece (ทีละส่วน), for a file read in chunks: the same digest as
  /// ``digest(_:)`` of the pieces joined. Whole blocks of a piece are compressed in place; at
  /// most 63 bytes wait for the next piece.
  struct Hasher {
    private var h: [UInt32] = [
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    private var block: [UInt8] = []
    private var length: UInt64 = 0
    private var w = [UInt32](repeating: 0, count: 64)
    private let hardware: Bool

    /// `hardware: false` forces the Swift rounds (tests compare the two).
    init(hardware: Bool = SHA256.hardwareAvailable) {
      self.hardware = hardware && SHA256.hardwareAvailable
      block.reserveCapacity(64)
    }

    /// Adds `bytes` to the message.
    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
      length &+= UInt64(bytes.count)
      var i = 0
      if !block.isEmpty {
        let take = min(64 - block.count, bytes.count)
        block.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<take]))
        i = take
        guard block.count == 64 else { return }
        let full = block
        full.withUnsafeBytes { compress($0, from: 0, to: 64) }
        block.removeAll(keepingCapacity: true)
      }
      let whole = i + (bytes.count - i) / 64 * 64
      if whole > i { compress(UnsafeRawBufferPointer(bytes), from: i, to: whole) }
      if whole < bytes.count { block.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[whole...])) }
    }

    /// The digest of everything added.
    mutating func finalize() -> [UInt8] {
      // The last partial block, the 0x80 marker and the bit length: one or two blocks.
      var tail = [UInt8](repeating: 0, count: block.count < 56 ? 64 : 128)
      for (j, byte) in block.enumerated() { tail[j] = byte }
      tail[block.count] = 0x80
      let bitLength = length &* 8
      for j in 0..<8 { tail[tail.count - 1 - j] = UInt8(truncatingIfNeeded: bitLength &>> UInt64(8 * j)) }
      tail.withUnsafeBytes { compress($0, from: 0, to: $0.count) }
      var out: [UInt8] = []
      out.reserveCapacity(32)
      for v in h {
        out.append(UInt8(truncatingIfNeeded: v &>> 24))
        out.append(UInt8(truncatingIfNeeded: v &>> 16))
        out.append(UInt8(truncatingIfNeeded: v &>> 8))
        out.append(UInt8(truncatingIfNeeded: v))
      }
      return out
    }

    /// The lowercase hex digest of everything added.
    mutating func hex() -> String { SHA256.hex(digest: finalize()) }

    private mutating func compress(_ data: UnsafeRawBufferPointer, from: Int, to: Int) {
      if hardware {
        h.withUnsafeMutableBufferPointer { h in
          saraban_sha256_hardware_blocks(
            h.baseAddress!, data.baseAddress!.assumingMemoryBound(to: UInt8.self) + from, (to - from) / 64)
        }
        return
      }
      h.withUnsafeMutableBufferPointer { h in
        w.withUnsafeMutableBufferPointer { w in
          SHA256.k.withUnsafeBufferPointer { k in
            for offset in stride(from: from, to: to, by: 64) { SHA256.compress(data, at: offset, h, w, k) }
          }
        }
      }
    }
  }

  /// One 64-byte block at `offset` into the state `h`; `w` is the message schedule's storage.
  @inline(__always) fileprivate static func compress(
    _ data: UnsafeRawBufferPointer, at offset: Int, _ h: UnsafeMutableBufferPointer<UInt32>,
    _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>
  ) {
    for t in 0..<16 {
      w[t] = UInt32(bigEndian: data.loadUnaligned(fromByteOffset: offset + 4 * t, as: UInt32.self))
    }
    for t in 16..<64 {
      let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] &>> 3)
      let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] &>> 10)
      w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
    }
    var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
    // Eight rounds a turn with the variables renamed instead of rotated: no moves between rounds.
    for t in stride(from: 0, to: 64, by: 8) {
      round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
      round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
      round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
      round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
      round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
      round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
      round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
      round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
    }
    h[0] &+= a
    h[1] &+= b
    h[2] &+= c
    h[3] &+= d
    h[4] &+= e
    h[5] &+= f
    h[6] &+= g
    h[7] &+= hh
  }

  /// One round: `d` and `h` take the new values; the caller renames the rest.
  @inline(__always) private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
    _ h: inout UInt32, _ kw: UInt32
  ) {
    let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
    let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
    d &+= t1
    h = t1 &+ t2
  }

  @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
}
