import Letters

/// Reading stored records back: a small JSON parser into ``Letters/JSONValue`` (which keeps
/// the writer's byte-stable output) and accessors.
extension JSONValue {
  /// Parses JSON text; nil when it is not JSON. A number with `.` or an exponent is a
  /// double, otherwise an int, as the writer wrote it.
  /// - Complexity: O(n) in the text's length.
  static func parse(_ text: String) -> JSONValue? {
    var reader = JSONTextReader(bytes: Array(text.utf8))
    guard let value = reader.value() else { return nil }
    reader.skipSpace()
    return reader.index == reader.bytes.count ? value : nil
  }

  subscript(key: String) -> JSONValue? {
    guard case let .object(fields) = self else { return nil }
    return fields.first { $0.0 == key }?.1
  }

  var string: String? {
    if case let .string(s) = self { return s }
    return nil
  }

  var int: Int? {
    if case let .int(i) = self { return i }
    return nil
  }

  var bool: Bool? {
    if case let .bool(b) = self { return b }
    return nil
  }

  var array: [JSONValue] {
    if case let .array(a) = self { return a }
    return []
  }

  /// The same object with `key` set (added when absent).
  func setting(_ key: String, _ value: JSONValue) -> JSONValue {
    guard case var .object(fields) = self else { return self }
    if let i = fields.firstIndex(where: { $0.0 == key }) {
      fields[i].1 = value
    } else {
      fields.append((key, value))
    }
    return .object(fields)
  }
}

/// A recursive-descent JSON reader over UTF-8 bytes.
struct JSONTextReader {
  let bytes: [UInt8]
  var index = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
  }

  mutating func value() -> JSONValue? {
    skipSpace()
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "{"): return object()
    case UInt8(ascii: "["): return array()
    case UInt8(ascii: "\""): return string().map(JSONValue.string)
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "n"): return literal("null", .null)
    default: return number()
    }
  }

  mutating func literal(_ word: String, _ value: JSONValue) -> JSONValue? {
    let w = Array(word.utf8)
    guard index + w.count <= bytes.count, Array(bytes[index..<(index + w.count)]) == w else { return nil }
    index += w.count
    return value
  }

  mutating func object() -> JSONValue? {
    index += 1
    var fields: [(String, JSONValue)] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(fields)
    }
    while true {
      skipSpace()
      guard let key = string() else { return nil }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
      index += 1
      guard let v = value() else { return nil }
      fields.append((key, v))
      skipSpace()
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "}") else { return nil }
      index += 1
      return .object(fields)
    }
  }

  mutating func array() -> JSONValue? {
    index += 1
    var items: [JSONValue] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      guard let v = value() else { return nil }
      items.append(v)
      skipSpace()
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "]") else { return nil }
      index += 1
      return .array(items)
    }
  }

  mutating func string() -> String? {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
    index += 1
    var out: [UInt8] = []
    while index < bytes.count {
      let b = bytes[index]
      index += 1
      if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
      guard b == UInt8(ascii: "\\") else {
        out.append(b)
        continue
      }
      guard index < bytes.count else { return nil }
      let e = bytes[index]
      index += 1
      switch e {
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "u"):
        guard var scalar = hex4() else { return nil }
        if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        {
          index += 2
          guard let low = hex4() else { return nil }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        out += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
      default: out.append(e)
      }
    }
    return nil
  }

  mutating func hex4() -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    let text = String(decoding: bytes[index..<(index + 4)], as: UTF8.self)
    index += 4
    return UInt32(text, radix: 16)
  }

  mutating func number() -> JSONValue? {
    let start = index
    var isDouble = false
    while index < bytes.count {
      let b = bytes[index]
      if (0x30...0x39).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
        index += 1
      } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
        isDouble = true
        index += 1
      } else {
        break
      }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if isDouble { return Double(text).map(JSONValue.double) }
    return Int(text).map(JSONValue.int)
  }
}
