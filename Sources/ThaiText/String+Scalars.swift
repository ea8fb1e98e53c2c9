extension String {
  /// A string from Unicode scalars, encoded straight to UTF-8 in the string's own storage
  /// (the standard library's `String.UnicodeScalarView.append(contentsOf:)` is several times
  /// slower on hot paths, and encoding into an array first costs an allocation and a copy).
  /// - Complexity: O(n).
  @inlinable
  public init(scalars: some Collection<Unicode.Scalar>) {
    var length = 0
    for scalar in scalars {
      let v = scalar.value
      length += v < 0x80 ? 1 : (v < 0x800 ? 2 : (v < 0x10000 ? 3 : 4))
    }
    self.init(unsafeUninitializedCapacity: length) { bytes in
      var n = 0
      for scalar in scalars {
        let v = scalar.value
        switch v {
        case 0..<0x80:
          bytes[n] = UInt8(v)
          n += 1
        case 0x80..<0x800:
          bytes[n] = UInt8(0xC0 | (v >> 6))
          bytes[n + 1] = UInt8(0x80 | (v & 0x3F))
          n += 2
        case 0x800..<0x10000:
          bytes[n] = UInt8(0xE0 | (v >> 12))
          bytes[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          bytes[n + 2] = UInt8(0x80 | (v & 0x3F))
          n += 3
        default:
          bytes[n] = UInt8(0xF0 | (v >> 18))
          bytes[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          bytes[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
          bytes[n + 3] = UInt8(0x80 | (v & 0x3F))
          n += 4
        }
      }
      return n
    }
  }
}

extension String {
  /// The Unicode scalars as an array, decoded straight from the UTF-8 bytes
  /// (`Array(unicodeScalars)` counts the scalars first, then copies them through an iterator,
  /// several times slower; every line and citation is read as scalars).
  /// - Complexity: O(n) over UTF-8 bytes.
  public var scalarArray: [Unicode.Scalar] {
    var copy = self
    return copy.withUTF8 { bytes in
      guard let input = bytes.baseAddress, !bytes.isEmpty else { return [] }
      let end = bytes.count
      // Never more scalars than bytes.
      return [Unicode.Scalar](unsafeUninitializedCapacity: end) { out, count in
        // The scalars written through a `UInt32` pointer: `Unicode.Scalar` is a `UInt32`
        // and trivial, and `initializeElement(at:)` cost a call and a check a scalar.
        guard let output = out.baseAddress else { return }
        let values = UnsafeMutableRawPointer(output).assumingMemoryBound(to: UInt32.self)
        var i = 0
        var n = 0
        while i < end {
          let b = input[i]
          // A String's bytes are valid UTF-8: a lead byte's continuation bytes are there, and
          // what they decode to is a scalar value (no range or surrogate check needed).
          if b == 0xE0 {
            // U+0800…0FFF, Thai among them, tested first and alone: this lead byte adds no
            // bits of its own (a third fewer instructions a Thai character).
            values[n] = UInt32(input[i &+ 1] & 0x3F) &<< 6 | UInt32(input[i &+ 2] & 0x3F)
            i &+= 3
          } else if b < 0x80 {
            values[n] = UInt32(b)
            i &+= 1
          } else if b & 0xF0 == 0xE0 {  // the other three-byte leads
            values[n] = UInt32(b & 0x0F) &<< 12 | UInt32(input[i &+ 1] & 0x3F) &<< 6 | UInt32(input[i &+ 2] & 0x3F)
            i &+= 3
          } else if b < 0xE0 {
            values[n] = UInt32(b & 0x1F) &<< 6 | UInt32(input[i &+ 1] & 0x3F)
            i &+= 2
          } else {
            values[n] =
              UInt32(b & 0x07) &<< 18 | UInt32(input[i &+ 1] & 0x3F) &<< 12 | UInt32(input[i &+ 2] & 0x3F) &<< 6
              | UInt32(input[i &+ 3] & 0x3F)
            i &+= 4
          }
          n &+= 1
        }
        count = n
      }
    }
  }
}
