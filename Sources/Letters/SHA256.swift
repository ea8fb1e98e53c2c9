/// SHA-256 (FIPS 180-4) of a file's bytes, for `source.sha256` and record ids. Foundation on
/// Linux has no CryptoKit, and one hash does not earn a dependency.
enum SHA256 {
  private static let k: [UInt32] = [
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
  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    return String(decoding: digest(bytes).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
  }

  static func digest(_ message: [UInt8]) -> [UInt8] {
    var hasher = Hasher()
    message.withUnsafeBufferPointer { hasher.update($0) }
    return hasher.finalize()
  }

  /// SHA-256 fed piece by piece (ทีละส่วน), for a file read in chunks: the same digest as
  /// ``digest(_:)`` of the pieces joined, holding 64 bytes of them at most.
  struct Hasher {
    private var h: [UInt32] = [
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    private var block: [UInt8] = []
    private var length: UInt64 = 0
    private var w = [UInt32](repeating: 0, count: 64)

    init() { block.reserveCapacity(64) }

    /// Adds `bytes` to the message.
    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
      length &+= UInt64(bytes.count)
      var i = 0
      if !block.isEmpty {
        let take = min(64 - block.count, bytes.count)
        block.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<take]))
        i = take
        guard block.count == 64 else { return }
        block.withUnsafeBufferPointer { compress($0, from: 0, to: 64) }
        block.removeAll(keepingCapacity: true)
      }
      let whole = i + (bytes.count - i) / 64 * 64
      if whole > i { compress(bytes, from: i, to: whole) }
      if whole < bytes.count { block.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[whole...])) }
    }

    /// The digest of everything added.
    mutating func finalize() -> [UInt8] {
      let bitLength = length &* 8
      var tail = block
      tail.append(0x80)
      while tail.count % 64 != 56 { tail.append(0) }
      for shift in stride(from: 56, through: 0, by: -8) {
        tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
      }
      tail.withUnsafeBufferPointer { compress($0, from: 0, to: $0.count) }
      return h.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (24 - 8 * UInt32($0))) } }
    }

    /// The lowercase hex digest of everything added.
    mutating func hex() -> String {
      let digits = Array("0123456789abcdef".utf8)
      return String(decoding: finalize().flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    private mutating func compress(_ data: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
      var h = self.h
      w.withUnsafeMutableBufferPointer { w in
        SHA256.k.withUnsafeBufferPointer { k in
          for chunk in stride(from: from, to: to, by: 64) {
            for t in 0..<16 {
              let i = chunk + t * 4
              w[t] = UInt32(data[i]) << 24 | UInt32(data[i + 1]) << 16 | UInt32(data[i + 2]) << 8 | UInt32(data[i + 3])
            }
            for t in 16..<64 {
              let s0 = SHA256.rotr(w[t - 15], 7) ^ SHA256.rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
              let s1 = SHA256.rotr(w[t - 2], 17) ^ SHA256.rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
              w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for t in 0..<64 {
              let s1 = SHA256.rotr(e, 6) ^ SHA256.rotr(e, 11) ^ SHA256.rotr(e, 25)
              let ch = (e & f) ^ (~e & g)
              let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
              let s0 = SHA256.rotr(a, 2) ^ SHA256.rotr(a, 13) ^ SHA256.rotr(a, 22)
              let maj = (a & b) ^ (a & c) ^ (b & c)
              let t2 = s0 &+ maj
              (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
            h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
          }
        }
      }
      self.h = h
    }
  }

  @inline(__always) fileprivate static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
