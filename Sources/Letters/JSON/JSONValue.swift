/// A JSON value with object keys kept in order, written without Foundation so that output is
/// byte-stable (sorted keys, `null` for absent values) and fast.
public indirect enum JSONValue: Sendable, Equatable {
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
    var out = ""
    write(into: &out, pretty: pretty, indent: 0)
    return out
  }

  private func write(into out: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: out += "null"
    case let .bool(b): out += b ? "true" : "false"
    case let .int(i): out += String(i)
    case let .double(d):
      if d == d.rounded(), abs(d) < 1e15 { out += String(Int(d)) + ".0" } else { out += String(d) }
    case let .string(s): Self.escape(s, into: &out)
    case let .array(items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (n, item) in items.enumerated() {
        if n > 0 { out += "," }
        if pretty { newline(&out, indent + 1) }
        item.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { newline(&out, indent) }
      out += "]"
    case let .object(fields):
      if fields.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (n, (key, value)) in fields.sorted(by: { $0.0 < $1.0 }).enumerated() {
        if n > 0 { out += "," }
        if pretty { newline(&out, indent + 1) }
        Self.escape(key, into: &out)
        out += pretty ? ": " : ":"
        value.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { newline(&out, indent) }
      out += "}"
    }
  }

  private func newline(_ out: inout String, _ indent: Int) {
    out += "\n"
    out += String(repeating: "  ", count: indent)
  }

  static func escape(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
