internal import ICUShim

/// การเรียงลำดับตามพจนานุกรม — compares and sorts Thai text as a Thai dictionary does
/// (ICU collation: leading vowels เ แ โ ใ ไ sort by the consonant after them).
public final class ThaiCollator {
  private let collator: OpaquePointer

  public init(locale: String = "th") throws(ICUError) {
    var error: Int32 = 0
    guard let collator = saraban_collator_open(locale, &error) else {
      throw ICUError(rawValue: error == 0 ? 2 : error)
    }
    self.collator = collator
  }

  deinit { saraban_collator_close(collator) }

  /// True when `a` sorts before `b`.
  public func areInIncreasingOrder(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

  /// -1, 0 or 1.
  public func compare(_ a: String, _ b: String) -> Int {
    let x = Array(a.utf16)
    let y = Array(b.utf16)
    return x.withUnsafeBufferPointer { xb in
      y.withUnsafeBufferPointer { yb in
        Int(
          saraban_collator_compare(
            collator, xb.baseAddress, Int32(xb.count), yb.baseAddress, Int32(yb.count)))
      }
    }
  }

  /// A byte string whose byte order is the collation order (for database columns).
  public func sortKey(_ text: String) -> [UInt8] {
    let units = Array(text.utf16)
    return units.withUnsafeBufferPointer { source in
      let needed = saraban_collator_sort_key(collator, source.baseAddress, Int32(source.count), nil, 0)
      var key = [UInt8](repeating: 0, count: Int(needed))
      _ = key.withUnsafeMutableBufferPointer {
        saraban_collator_sort_key(
          collator, source.baseAddress, Int32(source.count), $0.baseAddress, needed)
      }
      if key.last == 0 { key.removeLast() }
      return key
    }
  }

  /// `strings` in Thai dictionary order.
  public func sorted(_ strings: [String]) -> [String] {
    strings.map { (sortKey($0), $0) }
      .sorted { $0.0.lexicographicallyPrecedes($1.0) }
      .map(\.1)
  }
}
