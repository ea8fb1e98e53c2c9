internal import ICUShim

/// An error reported by ICU (`UErrorCode`), e.g. `U_FILE_ACCESS_ERROR` when a converter or
/// the Thai dictionary is missing.
public struct ICUError: Error, RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  /// The `UErrorCode` value.
  public let rawValue: Int32

  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// ICU's name for the code (`U_BUFFER_OVERFLOW_ERROR`).
  public var description: String { String(cString: saraban_icu_error_name(rawValue)) }

  /// ICU treats codes above zero as failures, below zero as warnings.
  static func check(_ code: Int32) throws(ICUError) {
    if code > 0 { throw ICUError(rawValue: code) }
  }

  static let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR
}

/// Calls an ICU function that writes UTF-16 into a caller's buffer, growing the buffer once
/// when ICU reports that it needed more room.
func withGrowingUTF16Buffer(
  initialCapacity: Int,
  _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
) throws(ICUError) -> [UInt16] {
  var capacity = max(initialCapacity, 16)
  for _ in 0..<2 {
    var error: Int32 = 0
    var written: Int32 = 0
    let buffer = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
      guard let base = buffer.baseAddress else { count = 0; return }
      written = body(base, Int32(capacity), &error)
      count = error == ICUError.bufferOverflow ? 0 : min(Int(written), capacity)
    }
    if error == ICUError.bufferOverflow {
      capacity = Int(written) + 1
      continue
    }
    try ICUError.check(error)
    return buffer
  }
  throw ICUError(rawValue: ICUError.bufferOverflow)
}
