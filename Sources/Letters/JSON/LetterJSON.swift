import ThaiText

/// The `saraban/letter@1` JSON form of the records (`Schemas/letter.schema.json`). Every field
/// is always present; absent values are `null` or `[]`.
public enum LetterJSON {
  public static func document(_ d: LetterDocument) -> JSONValue {
    .object([
      ("schema", .string(LetterDocument.schema)),
      (
        "source",
        .object([
          ("path", .string(d.source.path)), ("sha256", .string(d.source.sha256)),
          ("bytes", .int(d.source.bytes)), ("encoding", d.source.encoding.map(JSONValue.string) ?? .null),
        ])
      ),
      ("letters", .array(d.letters.map(letter))),
      ("warnings", .array(d.warnings.map(warning))),
    ])
  }

  public static func letter(_ l: Letter) -> JSONValue {
    var fields: [(String, JSONValue)] = []
    fields.append(("id", .string(l.id)))
    fields.append(("segment", .int(l.segment)))
    fields.append(("lines", .object([("start", .int(l.lines.start)), ("end", .int(l.lines.end))])))
    fields.append(("kind", .string(l.kind.rawValue)))
    fields.append(("urgency", optional(l.urgency?.rawValue)))
    fields.append(("secrecy", optional(l.secrecy?.rawValue)))
    fields.append(("number", l.number.map(number) ?? .null))
    fields.append(("date", l.date.map(date) ?? .null))
    let issuer: JSONValue =
      l.issuer.map { .object([("name", .string($0.name)), ("address", optional($0.address))]) } ?? .null
    fields.append(("issuer", issuer))
    fields.append(("subject", optional(l.subject)))
    fields.append(("to", optional(l.to)))
    fields.append(("references", .array(l.references.map(citation))))
    fields.append(("enclosures", .array(l.enclosures.map(enclosure))))
    fields.append(("mentions", .array(l.mentions.map(citation))))
    fields.append(("body", .array(l.body.map(JSONValue.string))))
    fields.append(("closing", optional(l.closing)))
    fields.append(("signature", l.signature.map(signature) ?? .null))
    fields.append(("contact", contact(l.contact)))
    fields.append(("received", l.received.map(receipt) ?? .null))
    fields.append(("warnings", .array(l.warnings.map(warning))))
    return .object(fields)
  }

  static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

  static func number(_ n: LetterNumber) -> JSONValue {
    .object([
      ("raw", .string(n.raw)), ("canonical", .string(n.canonical)), ("prefix", optional(n.prefix)),
      ("code", optional(n.code)), ("circular", .bool(n.circular)), ("serial", .string(n.serial)),
      ("year_suffix", optional(n.yearSuffix)), ("confidence", .double(n.confidence)),
      ("candidates", .array(n.candidates.map(JSONValue.string))),
    ])
  }

  static func date(_ d: DateValue) -> JSONValue {
    .object([
      ("raw", .string(d.raw)), ("iso", optional(d.date?.iso)),
      ("be_year", d.beYear.map(JSONValue.int) ?? .null), ("confidence", .double(d.confidence)),
      ("candidates", .array(d.candidates.map(JSONValue.string))),
    ])
  }

  static func citation(_ c: Citation) -> JSONValue {
    .object([
      ("raw", .string(c.raw)), ("issuer", optional(c.issuer)),
      ("urgency", c.urgency.map { .string($0.rawValue) } ?? .null),
      ("number", c.number.map(number) ?? .null), ("date", c.date.map(date) ?? .null),
      ("target", optional(c.target)), ("confidence", c.confidence.map(JSONValue.double) ?? .null),
    ])
  }

  static func enclosure(_ e: Enclosure) -> JSONValue {
    .object([
      ("index", e.index.map(JSONValue.int) ?? .null), ("title", .string(e.title)),
      ("quantity", optional(e.quantity)), ("letter", e.letter.map(citation) ?? .null),
    ])
  }

  static func signature(_ s: Signature) -> JSONValue {
    .object([
      ("name", .string(s.name)), ("positions", .array(s.positions.map(JSONValue.string))),
      ("acting", optional(s.acting)),
    ])
  }

  static func phone(_ p: Phone) -> JSONValue {
    .object([("raw", .string(p.raw)), ("number", .string(p.number)), ("ext", optional(p.ext))])
  }

  static func contact(_ c: Contact) -> JSONValue {
    .object([
      ("units", .array(c.units.map(JSONValue.string))), ("phones", .array(c.phones.map(phone))),
      ("faxes", .array(c.faxes.map(phone))), ("emails", .array(c.emails.map(JSONValue.string))),
      ("urls", .array(c.urls.map(JSONValue.string))), ("people", .array(c.people.map(JSONValue.string))),
    ])
  }

  static func receipt(_ r: Receipt) -> JSONValue {
    .object([("number", optional(r.number)), ("date", r.date.map(date) ?? .null), ("time", optional(r.time))])
  }

  static func warning(_ w: LetterWarning) -> JSONValue {
    .object([
      ("code", .string(w.code.rawValue)), ("message", .string(w.message)),
      ("line", w.line.map(JSONValue.int) ?? .null),
    ])
  }
}
