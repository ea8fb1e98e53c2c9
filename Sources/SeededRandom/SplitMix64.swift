import Foundation

/// ตัวสุ่มแบบกำหนดได้ — SplitMix64, a small deterministic generator: the same seed gives the
/// same stream on every platform, so a corpus is reproducible byte for byte and a test or a
/// benchmark draws the same values on every run.
///
/// `saraban-corpus`, the tests and the benchmark tools all draw from this one generator; the
/// corpus's bytes depend on every constant here, so none of them may change.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  // @usableFromInline and @inlinable below: the corpus draws millions of numbers, and a call
  // across the module boundary per draw would make generating it measurably slower.
  @usableFromInline var state: UInt64

  /// A generator whose first output is the mix of `seed` + the golden-ratio increment.
  @inlinable public init(seed: UInt64) { state = seed }

  /// A generator for one item of a corpus: mixing the corpus seed with the item's index and
  /// a stream label means any item can be regenerated alone, in any order.
  @inlinable public init(seed: UInt64, index: Int, stream: UInt64) {
    var mix = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15) ^ (stream << 56))
    state = mix.next()
  }

  /// The next 64 random bits.
  @inlinable public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1).
  @inlinable public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

  /// True with probability `p`.
  @inlinable public mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// A uniform integer in `0..<n` (n > 0).
  @inlinable public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

  /// One element of a non-empty array.
  @inlinable public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// A Zipf-distributed rank in `0..<n` with exponent `s` > 1 (rank 0 the most frequent),
  /// by inverting the continuous approximation of its distribution function.
  /// - Complexity: O(1), whatever `n`.
  @inlinable public mutating func zipf(_ n: Int, exponent s: Double) -> Int {
    guard n > 1 else { return 0 }
    let u = unit()
    let a = 1 - s
    let top = pow(Double(n) + 1, a)
    let x = pow((top - 1) * u + 1, 1 / a)
    return min(n - 1, max(0, Int(x) - 1))
  }
}
