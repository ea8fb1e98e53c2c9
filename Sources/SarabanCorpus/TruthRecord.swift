/// ความจริงอ้างอิง — what the parser should make of one generated letter: the fields a
/// field-accuracy check compares, one JSON object per line of `truth.jsonl`.
struct TruthRecord: Sendable {
  /// A cited letter as the record of the citing letter should hold it.
  struct Cite: Sendable {
    var number: String
    var iso: String
    /// The id of the cited letter when the corpus holds it.
    var target: String?
  }

  var file: String
  var segment: Int
  /// nil when the id is `<sha256 first 12>#<segment>`; the writer fills it then.
  var id: String?
  var kind: String
  var urgency: String?
  var secrecy: String?
  var number: String?
  var iso: String?
  var beYear: Int?
  var issuer: String?
  var subject: String?
  var to: String?
  var references: [Cite] = []
  /// One entry per enclosure item: the cited letter, or nil for an item that is no letter.
  var enclosures: [Cite?] = []
  var mentions: [Cite] = []
  var signer: String?

  var json: String {
    var o = JSONObjectWriter()
    o.add("file", file)
    o.add("segment", segment)
    o.add("id", id)
    o.add("kind", kind)
    o.add("urgency", urgency)
    o.add("secrecy", secrecy)
    o.add("number", number)
    o.add("date", iso)
    o.add("be_year", beYear)
    o.add("issuer", issuer)
    o.add("subject", subject)
    o.add("to", to)
    o.addRaw("references", "[" + references.map(Self.cite).joined(separator: ",") + "]")
    o.addRaw("enclosures", "[" + enclosures.map { $0.map(Self.cite) ?? "null" }.joined(separator: ",") + "]")
    o.addRaw("mentions", "[" + mentions.map(Self.cite).joined(separator: ",") + "]")
    o.add("signer", signer)
    return o.finish()
  }

  static func cite(_ c: Cite) -> String {
    var o = JSONObjectWriter()
    o.add("number", c.number)
    o.add("date", c.iso)
    o.add("target", c.target)
    return o.finish()
  }
}

/// A tiny JSON object writer: keys in the order added, `null` for nil.
struct JSONObjectWriter {
  private var parts: [String] = []

  mutating func add(_ key: String, _ value: String?) {
    parts.append(Self.quote(key) + ":" + (value.map(Self.quote) ?? "null"))
  }

  mutating func add(_ key: String, _ value: Int?) {
    parts.append(Self.quote(key) + ":" + (value.map(String.init) ?? "null"))
  }

  mutating func addRaw(_ key: String, _ json: String) { parts.append(Self.quote(key) + ":" + json) }

  func finish() -> String { "{" + parts.joined(separator: ",") + "}" }

  static func quote(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if c.value < 0x20 {
          let hex = String(c.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out + "\""
  }
}
