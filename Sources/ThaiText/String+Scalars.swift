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
  ///
  /// Decoded into scratch memory (on the stack for a line's worth), then copied into an array
  /// made from that buffer. `Array(unsafeUninitializedCapacity:)` would save the copy, but it
  /// allocates through a standard-library entry point that is not specialized: it looks up
  /// the generic metadata of the array's storage class on every call, which cost more than
  /// the decoding. `Array(_:)` of a buffer allocates in code specialized here, and copies
  /// with one `memcpy`. (Counting the scalars first, to decode straight into the array,
  /// cost more than the copy.)
  /// - Complexity: O(n) over UTF-8 bytes.
  public var scalarArray: [Unicode.Scalar] {
    var copy = self
    return copy.withUTF8 { bytes in
      guard !bytes.isEmpty else { return [] }
      // Never more scalars than bytes.
      return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: bytes.count) { scratch in
        let n = Self.decodeScalars(bytes, into: scratch)
        // `Unicode.Scalar` is a trivial `UInt32`: the values are the scalars' memory.
        return UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(scratch)[..<(n &* 4)])
          .withMemoryRebound(to: Unicode.Scalar.self) { Array($0) }
      }
    }
  }

  /// Decodes valid UTF-8 into scalar values and returns how many it wrote; `values` has room
  /// for one a byte. Written through a pointer, with wrapping steps: `initializeElement(at:)`
  /// cost a call and a check a scalar.
  @inline(__always)
  static func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>, into values: UnsafeMutableBufferPointer<UInt32>)
    -> Int
  {
    guard let input = bytes.baseAddress, let output = values.baseAddress else { return 0 }
    let end = bytes.count
    var i = 0
    var n = 0
    while i < end {
      let b = input[i]
      // A String's bytes are valid UTF-8: a lead byte's continuation bytes are there, and
      // what they decode to is a scalar value (no range or surrogate check needed).
      if b == 0xE0 {
        // U+0800…0FFF, Thai among them, tested first and alone: this lead byte adds no
        // bits of its own (a third fewer instructions a Thai character).
        output[n] = UInt32(input[i &+ 1] & 0x3F) &<< 6 | UInt32(input[i &+ 2] & 0x3F)
        i &+= 3
      } else if b < 0x80 {
        output[n] = UInt32(b)
        i &+= 1
      } else if b & 0xF0 == 0xE0 {  // the other three-byte leads
        output[n] = UInt32(b & 0x0F) &<< 12 | UInt32(input[i &+ 1] & 0x3F) &<< 6 | UInt32(input[i &+ 2] & 0x3F)
        i &+= 3
      } else if b < 0xE0 {
        output[n] = UInt32(b & 0x1F) &<< 6 | UInt32(input[i &+ 1] & 0x3F)
        i &+= 2
      } else {
        output[n] =
          UInt32(b & 0x07) &<< 18 | UInt32(input[i &+ 1] & 0x3F) &<< 12 | UInt32(input[i &+ 2] & 0x3F) &<< 6
          | UInt32(input[i &+ 3] & 0x3F)
        i &+= 4
      }
      n &+= 1
    }
    return n
  }
}
