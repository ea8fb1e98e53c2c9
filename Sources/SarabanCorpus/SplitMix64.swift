import Foundation

/// ตัวสุ่มแบบกำหนดได้ — SplitMix64, a small deterministic generator: the same seed gives the
/// same stream on every platform, so a corpus is reproducible byte for byte.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A generator for one item of a corpus: mixing the corpus seed with the item's index and
  /// a stream label means any item can be regenerated alone, in any order.
  init(seed: UInt64, index: Int, stream: UInt64) {
    var mix = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15) ^ (stream << 56))
    state = mix.next()
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// A uniform integer in `0..<n` (n > 0).
  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// A Zipf-distributed rank in `0..<n` with exponent `s` > 1 (rank 0 the most frequent),
  /// by inverting the continuous approximation of its distribution function.
  /// - Complexity: O(1), whatever `n`.
  mutating func zipf(_ n: Int, exponent s: Double) -> Int {
    guard n > 1 else { return 0 }
    let u = unit()
    let a = 1 - s
    let top = pow(Double(n) + 1, a)
    let x = pow((top - 1) * u + 1, 1 / a)
    return min(n - 1, max(0, Int(x) - 1))
  }
}
