/// เลขไทย — conversion between Thai digits (๐–๙, U+0E50–U+0E59) and ASCII digits.
///
/// Everything that is not a digit passes through unchanged. Both directions work on UTF-8
/// bytes: Thai digits are the three-byte sequences `E0 B9 90`…`E0 B9 99`.
public enum ThaiDigits {
  /// The direction of a conversion.
  public enum Target: String, Sendable, CaseIterable {
    /// ๐๑๒ → 012
    case arabic
    /// 012 → ๐๑๒
    case thai
  }

  /// Replaces every Thai digit with its ASCII digit.
  /// - Complexity: O(n) in the UTF-8 length; one pass over the bytes.
  public static func ascii(_ text: some StringProtocol) -> String {
    var text = String(text)
    return text.withUTF8 { bytes in
      // Each Thai digit (3 bytes) becomes 1 byte, so the output is never longer.
      String(unsafeUninitializedCapacity: bytes.count) { out in
        var i = 0
        var n = 0
        let count = bytes.count
        while i < count {
          let b = bytes[i]
          if b == 0xE0, i + 2 < count, bytes[i + 1] == 0xB9, bytes[i + 2] & 0xF0 == 0x90,
            bytes[i + 2] <= 0x99
          {
            out[n] = 0x30 + (bytes[i + 2] - 0x90)
            n += 1
            i += 3
          } else {
            out[n] = b
            n += 1
            i += 1
          }
        }
        return n
      }
    }
  }

  /// `ascii(String(scalars: scalars))` without the Thai string between: digits (the printed
  /// day and year of every date) go straight to ASCII bytes, which the standard library
  /// takes without validating them as UTF-8 again. Anything that is not ASCII or a Thai
  /// digit takes the general path.
  /// - Complexity: O(n) in the scalars.
  public static func ascii(scalars: some Collection<Unicode.Scalar>) -> String {
    var count = 0
    for scalar in scalars {
      guard scalar.value < 0x80 || (0x0E50...0x0E59).contains(scalar.value) else {
        return ascii(String(scalars: scalars))
      }
      count += 1
    }
    return String(unsafeUninitializedCapacity: count) { out in
      var n = 0
      for scalar in scalars {
        let v = scalar.value
        out[n] = UInt8(truncatingIfNeeded: v < 0x80 ? v : v - 0x0E50 + 0x30)
        n += 1
      }
      return n
    }
  }

  /// Replaces every ASCII digit with its Thai digit.
  /// - Complexity: O(n) in the UTF-8 length.
  public static func thai(_ text: some StringProtocol) -> String {
    var text = String(text)
    return text.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count * 3) { out in
        var n = 0
        for b in bytes {
          if b >= 0x30 && b <= 0x39 {
            out[n] = 0xE0
            out[n + 1] = 0xB9
            out[n + 2] = 0x90 + (b - 0x30)
            n += 3
          } else {
            out[n] = b
            n += 1
          }
        }
        return n
      }
    }
  }

  /// Converts `text` towards `target`.
  public static func convert(_ text: some StringProtocol, to target: Target) -> String {
    switch target {
    case .arabic: ascii(text)
    case .thai: thai(text)
    }
  }

  /// The value of a Thai or ASCII digit scalar, or nil.
  @inlinable
  public static func value(of scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value - 0x30)
    case 0x0E50...0x0E59: Int(scalar.value - 0x0E50)
    default: nil
    }
  }

  /// The ASCII digit for a value 0–9: `Character(String(value))` without formatting an
  /// integer (which cost more than the rest of reading a letter number's digits).
  @inlinable
  public static func asciiCharacter(_ value: Int) -> Character {
    Character(Unicode.Scalar(UInt8(truncatingIfNeeded: 0x30 &+ value)))
  }

  /// True for ๐–๙ and 0–9.
  @inlinable
  public static func isDigit(_ scalar: Unicode.Scalar) -> Bool { value(of: scalar) != nil }

  /// True when `text` contains at least one Thai digit.
  public static func containsThaiDigit(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains { (0x0E50...0x0E59).contains($0.value) }
  }

  /// The integer written in Thai or ASCII digits (mixed allowed), or nil if `text` holds
  /// anything else or is empty.
  public static func integer(_ text: some StringProtocol) -> Int? {
    var result = 0
    var seen = false
    for scalar in text.unicodeScalars {
      guard let digit = value(of: scalar) else { return nil }
      let (product, overflow) = result.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      result = product + digit
      seen = true
    }
    return seen ? result : nil
  }
}
