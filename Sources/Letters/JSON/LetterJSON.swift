import ThaiText

/// The `saraban/letter@1` JSON form of the records (`Schemas/letter.schema.json`). Every field
/// is always present; absent values are `null` or `[]`. Each object lists its keys in byte
/// order, as they are written, so that the writer does not sort them.
public enum LetterJSON {
  public static func document(_ d: LetterDocument) -> JSONValue {
    .object([
      ("letters", .array(d.letters.map(letter))),
      ("schema", .string(LetterDocument.schema)),
      (
        "source",
        .object([
          ("bytes", .int(d.source.bytes)), ("encoding", d.source.encoding.map(JSONValue.string) ?? .null),
          ("path", .string(d.source.path)), ("sha256", .string(d.source.sha256)),
        ])
      ),
      ("warnings", .array(d.warnings.map(warning))),
    ])
  }

  public static func letter(_ l: Letter) -> JSONValue {
    // In key order, so that the writer need not sort them.
    var fields: [(String, JSONValue)] = []
    fields.reserveCapacity(20)
    fields.append(("body", .array(l.body.map(JSONValue.string))))
    fields.append(("closing", optional(l.closing)))
    fields.append(("contact", contact(l.contact)))
    fields.append(("date", l.date.map(date) ?? .null))
    fields.append(("enclosures", .array(l.enclosures.map(enclosure))))
    fields.append(("id", .string(l.id)))
    let issuer: JSONValue =
      l.issuer.map { .object([("address", optional($0.address)), ("name", .string($0.name))]) } ?? .null
    fields.append(("issuer", issuer))
    fields.append(("kind", .string(l.kind.rawValue)))
    fields.append(("lines", .object([("end", .int(l.lines.end)), ("start", .int(l.lines.start))])))
    fields.append(("mentions", .array(l.mentions.map(citation))))
    fields.append(("number", l.number.map(number) ?? .null))
    fields.append(("received", l.received.map(receipt) ?? .null))
    fields.append(("references", .array(l.references.map(citation))))
    fields.append(("secrecy", optional(l.secrecy?.rawValue)))
    fields.append(("segment", .int(l.segment)))
    fields.append(("signature", l.signature.map(signature) ?? .null))
    fields.append(("subject", optional(l.subject)))
    fields.append(("to", optional(l.to)))
    fields.append(("urgency", optional(l.urgency?.rawValue)))
    fields.append(("warnings", .array(l.warnings.map(warning))))
    return .object(fields)
  }

  static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

  static func number(_ n: LetterNumber) -> JSONValue {
    .object([
      ("candidates", .array(n.candidates.map(JSONValue.string))), ("canonical", .string(n.canonical)),
      ("circular", .bool(n.circular)), ("code", optional(n.code)), ("confidence", .double(n.confidence)),
      ("prefix", optional(n.prefix)), ("raw", .string(n.raw)), ("serial", .string(n.serial)),
      ("year_suffix", optional(n.yearSuffix)),
    ])
  }

  static func date(_ d: DateValue) -> JSONValue {
    .object([
      ("be_year", d.beYear.map(JSONValue.int) ?? .null), ("candidates", .array(d.candidates.map(JSONValue.string))),
      ("confidence", .double(d.confidence)), ("iso", optional(d.date?.iso)), ("raw", .string(d.raw)),
    ])
  }

  static func citation(_ c: Citation) -> JSONValue {
    .object([
      ("confidence", c.confidence.map(JSONValue.double) ?? .null), ("date", c.date.map(date) ?? .null),
      ("issuer", optional(c.issuer)), ("number", c.number.map(number) ?? .null), ("raw", .string(c.raw)),
      ("target", optional(c.target)), ("urgency", c.urgency.map { .string($0.rawValue) } ?? .null),
    ])
  }

  static func enclosure(_ e: Enclosure) -> JSONValue {
    .object([
      ("index", e.index.map(JSONValue.int) ?? .null), ("letter", e.letter.map(citation) ?? .null),
      ("quantity", optional(e.quantity)), ("title", .string(e.title)),
    ])
  }

  static func signature(_ s: Signature) -> JSONValue {
    .object([
      ("acting", optional(s.acting)), ("name", .string(s.name)),
      ("positions", .array(s.positions.map(JSONValue.string))),
    ])
  }

  static func phone(_ p: Phone) -> JSONValue {
    .object([("ext", optional(p.ext)), ("number", .string(p.number)), ("raw", .string(p.raw))])
  }

  static func contact(_ c: Contact) -> JSONValue {
    .object([
      ("emails", .array(c.emails.map(JSONValue.string))), ("faxes", .array(c.faxes.map(phone))),
      ("people", .array(c.people.map(JSONValue.string))), ("phones", .array(c.phones.map(phone))),
      ("units", .array(c.units.map(JSONValue.string))), ("urls", .array(c.urls.map(JSONValue.string))),
    ])
  }

  static func receipt(_ r: Receipt) -> JSONValue {
    .object([("date", r.date.map(date) ?? .null), ("number", optional(r.number)), ("time", optional(r.time))])
  }

  static func warning(_ w: LetterWarning) -> JSONValue {
    .object([
      ("code", .string(w.code.rawValue)), ("line", w.line.map(JSONValue.int) ?? .null),
      ("message", .string(w.message)),
    ])
  }
}
