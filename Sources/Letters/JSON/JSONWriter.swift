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
  private(set) var bytes: [UInt8] = []
  let pretty: Bool
  /// Containers open around the next value.
  private var depth = 0
  /// No member or element written yet in the innermost open container.
  private var first = true
  /// A key was just written: the next value follows it without a separator.
  private var afterKey = false

  init(pretty: Bool, capacity: Int) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
  }

  /// The separator and indentation before a value: none after a key or at the top level.
  private mutating func prefix() {
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else { return }
    if !first { bytes.append(0x2C) }
    first = false
    if pretty { newline(depth) }
  }

  private mutating func newline(_ indent: Int) {
    bytes.append(0x0A)
    for _ in 0..<(indent * 2) { bytes.append(0x20) }
  }

  /// An object member's key (ASCII, written as is: no key of the contract needs escaping).
  mutating func key(_ key: StaticString) {
    prefix()
    bytes.append(0x22)
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(0x22)
    bytes.append(0x3A)
    if pretty { bytes.append(0x20) }
    afterKey = true
  }

  mutating func beginObject() { open(0x7B) }
  mutating func endObject() { close(0x7D) }
  mutating func beginArray() { open(0x5B) }
  mutating func endArray() { close(0x5D) }

  private mutating func open(_ bracket: UInt8) {
    prefix()
    bytes.append(bracket)
    depth += 1
    first = true
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    // An empty container closes on the same line: `[]`.
    if !first && pretty { newline(depth) }
    first = false  // the container was a value of its parent
    bytes.append(bracket)
  }

  mutating func null() {
    prefix()
    bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
  }

  mutating func bool(_ b: Bool) {
    prefix()
    if b { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
  }

  mutating func int(_ i: Int) {
    prefix()
    appendDecimal(i)
  }

  /// Decimal digits, as `String(i)` gives them, without making the `String`.
  private mutating func appendDecimal(_ i: Int) {
    if i < 0 { bytes.append(0x2D) }
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
        bytes.append(d[n])
      }
    }
  }

  /// A double as ``JSONValue`` writes it: whole numbers below 10¹⁵ as `N.0`, others as
  /// Swift's shortest round-trip form.
  mutating func double(_ d: Double) {
    prefix()
    if d == d.rounded(), abs(d) < 1e15 {
      appendDecimal(Int(d))
      bytes.append(contentsOf: [0x2E, 0x30])
    } else {
      bytes.append(contentsOf: String(d).utf8)
    }
  }

  mutating func string(_ s: String) {
    prefix()
    JSONValue.escape(s, into: &bytes)
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
  mutating func append(_ byte: UInt8) { bytes.append(byte) }
}
