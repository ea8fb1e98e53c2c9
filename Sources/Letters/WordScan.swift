/// Tests on eight bytes at once (SWAR), for scans of UTF-8 text that look for a few ASCII
/// bytes: Thai text is mostly bytes that are none of them, so whole words are skipped.
///
/// `(x - 0x01…) & ~x & 0x80…` is not zero exactly when some byte of `x` is zero (a borrow
/// can only set high bits above a byte that really is zero), and `(w - n·0x01…) & ~w &
/// 0x80…` when some byte of `w` is below `n` (for n ≤ 0x80). A byte equal to `b` is a zero
/// byte of `w ^ b·0x01…`.
enum WordScan {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// `b` in every byte.
  @inline(__always) static func broadcast(_ b: UInt8) -> UInt64 { ones &* UInt64(b) }

  /// Not zero when some byte of `w` equals the byte broadcast in `pattern`.
  @inline(__always) static func hasByte(_ w: UInt64, _ pattern: UInt64) -> UInt64 {
    let x = w ^ pattern
    return (x &- ones) & ~x & highs
  }

  /// Not zero when some byte of `w` is below `n` (n ≤ 0x80).
  @inline(__always) static func hasByteBelow(_ w: UInt64, _ n: UInt8) -> UInt64 {
    (w &- broadcast(n)) & ~w & highs
  }

  /// Every byte of `w` is 0x80 or above: none is ASCII. Most words of Thai text (three bytes
  /// a letter, none ASCII) pass this one test, where a search for ASCII bytes costs several.
  @inline(__always) static func allHigh(_ w: UInt64) -> Bool { ~w & highs == 0 }

  /// The position (0–7, in memory order) of the first byte a nonzero ``hasByte(_:_:)`` or
  /// ``hasByteBelow(_:_:)`` result (or an OR of them) found. Exact for the first: a false
  /// flag needs a borrow from a lower byte, which is then itself a true one. Little-endian
  /// loads, as on every platform saraban builds for.
  @inline(__always) static func firstFound(_ found: UInt64) -> Int { found.trailingZeroBitCount &>> 3 }

  /// The eight bytes at `offset`, in memory order.
  @inline(__always) static func load(_ raw: UnsafeRawPointer, _ offset: Int) -> UInt64 {
    raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
  }
}
