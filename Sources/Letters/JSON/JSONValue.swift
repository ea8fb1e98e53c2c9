/// A JSON value with object keys kept in order, written without Foundation so that output is
/// byte-stable (sorted keys, `null` for absent values) and fast.
///
/// Not `indirect`: arrays and objects already hold their elements out of line, and boxing
/// every case put a heap allocation behind each string and number of a record.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

  /// The JSON text: compact, or pretty with two-space indentation. Keys are sorted.
  public func serialized(pretty: Bool = false) -> String {
    String(decoding: utf8(pretty: pretty), as: UTF8.self)
  }

  /// The JSON text as UTF-8 bytes, for writing out: ``serialized(pretty:)`` without making a
  /// `String` of it, which validates every byte again (a tenth of `saraban parse`'s JSON cost).
  /// `terminator` bytes (a newline) are appended in place.
  public func utf8(pretty: Bool = false, terminator: UInt8? = nil) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(into: &out, pretty: pretty, indent: 0)
    if let terminator { out.append(terminator) }
    return out
  }

  private func write(into out: inout [UInt8], pretty: Bool, indent: Int) {
    switch self {
    case .null: out += "null".utf8
    case let .bool(b): out += (b ? "true" : "false").utf8
    case let .int(i): out += String(i).utf8
    case let .double(d):
      if d == d.rounded(), abs(d) < 1e15 { out += (String(Int(d)) + ".0").utf8 } else { out += String(d).utf8 }
    case let .string(s): Self.escape(s, into: &out)
    case let .array(items):
      if items.isEmpty {
        out += "[]".utf8
        return
      }
      out.append(0x5B)
      for (n, item) in items.enumerated() {
        if n > 0 { out.append(0x2C) }
        if pretty { newline(&out, indent + 1) }
        item.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { newline(&out, indent) }
      out.append(0x5D)
    case let .object(fields):
      if fields.isEmpty {
        out += "{}".utf8
        return
      }
      out.append(0x7B)
      // Keys are ASCII: compare their bytes, not as Unicode strings.
      let inOrder = zip(fields, fields.dropFirst()).allSatisfy { Self.keyPrecedes($0.0, $1.0) }
      let sorted = inOrder ? fields : fields.sorted { Self.keyPrecedes($0.0, $1.0) }
      for (n, (key, value)) in sorted.enumerated() {
        if n > 0 { out.append(0x2C) }
        if pretty { newline(&out, indent + 1) }
        Self.escape(key, into: &out)
        out += (pretty ? ": " : ":").utf8
        value.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { newline(&out, indent) }
      out.append(0x7D)
    }
  }

  /// Byte order of two keys, compared on their contiguous UTF-8 (`utf8.lexicographicallyPrecedes`
  /// goes through the generic iterator, and every object of every record is checked).
  static func keyPrecedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { y in x.lexicographicallyPrecedes(y) } }
  }

  private func newline(_ out: inout [UInt8], _ indent: Int) {
    out.append(0x0A)
    for _ in 0..<(indent * 2) { out.append(0x20) }
  }

  /// Whether any byte is a control character, `"` or `\\`: eight bytes at a time
  /// (``WordScan``). Every string of every record goes through here.
  static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    let quote = WordScan.broadcast(0x22)
    let backslash = WordScan.broadcast(0x5C)
    var i = 0
    while i + 8 <= bytes.count {
      let w = WordScan.load(raw, i)
      // Thai letters alone (every byte 0x80 or above): none of the three, on one test.
      if !WordScan.allHigh(w),
        WordScan.hasByteBelow(w, 0x20) | WordScan.hasByte(w, quote) | WordScan.hasByte(w, backslash) != 0
      {
        return true
      }
      i += 8
    }
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x20 || b == 0x22 || b == 0x5C { return true }
      i += 1
    }
    return false
  }

  /// A JSON string: UTF-8 bytes copied, `"` `\\` and control characters escaped.
  static func escape(_ s: String, into out: inout [UInt8]) {
    out.append(0x22)
    // Most values need no escaping: copy their bytes in one go.
    var s = s
    let copied: Bool = s.withUTF8 { bytes in
      if needsEscaping(bytes) { return false }
      out.append(contentsOf: bytes)
      return true
    }
    if copied {
      out.append(0x22)
      return
    }
    for b in s.utf8 {
      switch b {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, 0x6E]
      case 0x0D: out += [0x5C, 0x72]
      case 0x09: out += [0x5C, 0x74]
      case 0..<0x20:
        let hex = Array(String(b, radix: 16).utf8)
        out += [0x5C, 0x75, 0x30, 0x30] + (hex.count == 1 ? [0x30] + hex : hex)
      default: out.append(b)
      }
    }
    out.append(0x22)
  }
}
