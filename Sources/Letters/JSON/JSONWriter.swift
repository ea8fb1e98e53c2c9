/// JSON written straight into UTF-8 bytes, value by value, in exactly the form
/// ``JSONValue/utf8(pretty:terminator:)`` gives the same values: compact, or two-space
/// indentation with `": "` after keys; `[]` and `{}` for empty containers; strings escaped by
/// ``JSONValue/escape(_:into:)``; doubles as ``JSONValue`` writes them.
///
/// `saraban parse` wrote every record by building a ``JSONValue`` tree and walking it: a
/// tenth of its instructions went into making, copying and freeing the tree. Keys are not
/// sorted here: the caller writes them in byte order (``LetterJSON`` does).
/// - Complexity: O(n) in the bytes written.
struct JSONWriter {
  /// The bytes go through a pointer, not `Array.append`, whose uniqueness and capacity
  /// checks on every byte and key were a third of the writing. ``finish()`` hands them over.
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  let pretty: Bool
  /// Containers open around the next value.
  private var depth = 0
  /// No member or element written yet in the innermost open container.
  private var first = true
  /// A key was just written: the next value follows it without a separator.
  private var afterKey = false

  init(pretty: Bool, capacity: Int) {
    self.pretty = pretty
    self.capacity = Swift.max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  /// The JSON written; the writer's memory is freed, and it is not to be used again.
  mutating func finish() -> [UInt8] {
    // Copied in one go: `Array` of a buffer allocates in code specialized for bytes and
    // copies with one `memcpy` (`Array(unsafeUninitializedCapacity:)` allocates through an
    // unspecialized entry point that looks up the storage class's metadata).
    let bytes = Array(UnsafeBufferPointer(start: base, count: count))
    base.deallocate()
    count = 0
    capacity = 0
    return bytes
  }

  @inline(__always) private mutating func reserve(_ n: Int) {
    if count + n > capacity { grow(count + n) }
  }

  private mutating func grow(_ needed: Int) {
    let bigger = Swift.max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
    moved.update(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = bigger
  }

  @inline(__always) private mutating func put(_ b: UInt8) {
    reserve(1)
    base[count] = b
    count += 1
  }

  private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let from = bytes.baseAddress else { return }
    reserve(bytes.count)
    (base + count).update(from: from, count: bytes.count)
    count += bytes.count
  }

  /// The separator and indentation before a value: none after a key or at the top level.
  private mutating func prefix() {
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else { return }
    if !first { put(0x2C) }
    first = false
    if pretty { newline(depth) }
  }

  private mutating func newline(_ indent: Int) {
    reserve(1 + indent * 2)
    base[count] = 0x0A
    (base + count + 1).initialize(repeating: 0x20, count: indent * 2)
    count += 1 + indent * 2
  }

  /// An object member's key (ASCII, written as is: no key of the contract needs escaping).
  mutating func key(_ key: StaticString) {
    prefix()
    let n = key.utf8CodeUnitCount
    reserve(n + 4)
    base[count] = 0x22
    (base + count + 1).update(from: key.utf8Start, count: n)
    base[count + 1 + n] = 0x22
    base[count + 2 + n] = 0x3A
    count += n + 3
    if pretty {
      base[count] = 0x20
      count += 1
    }
    afterKey = true
  }

  mutating func beginObject() { open(0x7B) }
  mutating func endObject() { close(0x7D) }
  mutating func beginArray() { open(0x5B) }
  mutating func endArray() { close(0x5D) }

  private mutating func open(_ bracket: UInt8) {
    prefix()
    put(bracket)
    depth += 1
    first = true
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    // An empty container closes on the same line: `[]`.
    if !first && pretty { newline(depth) }
    first = false  // the container was a value of its parent
    put(bracket)
  }

  mutating func null() {
    prefix()
    put(literal: "null")
  }

  mutating func bool(_ b: Bool) {
    prefix()
    put(literal: b ? "true" : "false")
  }

  private mutating func put(literal: StaticString) {
    put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  mutating func int(_ i: Int) {
    prefix()
    appendDecimal(i)
  }

  /// Decimal digits, as `String(i)` gives them, without making the `String`.
  private mutating func appendDecimal(_ i: Int) {
    if i < 0 { put(0x2D) }
    var m = i.magnitude
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var n = 0
    withUnsafeMutableBytes(of: &digits) { d in
      repeat {
        d[n] = UInt8(truncatingIfNeeded: m % 10) &+ 0x30
        m /= 10
        n += 1
      } while m > 0
      while n > 0 {
        n -= 1
        put(d[n])
      }
    }
  }

  /// A double as ``JSONValue`` writes it: whole numbers below 10¹⁵ as `N.0`, others as
  /// Swift's shortest round-trip form.
  mutating func double(_ d: Double) {
    prefix()
    if d == d.rounded(), abs(d) < 1e15 {
      appendDecimal(Int(d))
      put(literal: ".0")
    } else {
      var text = String(d)
      text.withUTF8 { put($0) }
    }
  }

  /// A JSON string, escaped as ``JSONValue/escape(_:into:)`` escapes it (which writes those
  /// that need it).
  mutating func string(_ s: String) {
    prefix()
    var s = s
    let copied: Bool = s.withUTF8 { bytes in
      if JSONValue.needsEscaping(bytes) { return false }
      reserve(bytes.count + 2)
      put(0x22)
      put(bytes)
      put(0x22)
      return true
    }
    if !copied {
      var escaped: [UInt8] = []
      JSONValue.escape(s, into: &escaped)
      escaped.withUnsafeBufferPointer { put($0) }
    }
  }

  mutating func string(_ s: String?) {
    if let s { string(s) } else { null() }
  }

  mutating func int(_ i: Int?) {
    if let i { int(i) } else { null() }
  }

  mutating func strings(_ items: [String]) {
    beginArray()
    for s in items { string(s) }
    endArray()
  }

  /// Bytes after the last value, a newline between JSON Lines.
  mutating func append(_ byte: UInt8) { put(byte) }
}
