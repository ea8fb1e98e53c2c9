/// The `saraban/letter@1` JSON of the records written straight to bytes with ``JSONWriter``:
/// byte for byte what ``LetterJSON/document(_:)`` and ``LetterJSON/letter(_:)`` give through
/// ``JSONValue/utf8(pretty:terminator:)``, without building the tree. Keys are written in byte
/// order, the order of `LetterJSON.swift` (a change to one must be made in both; the tests
/// compare them on every Corpus record).
extension LetterJSON {
  /// A document's JSON, `terminator` (a newline) appended.
  /// - Complexity: O(n) in the bytes written.
  public static func utf8(_ d: LetterDocument, pretty: Bool = false, terminator: UInt8? = nil) -> [UInt8] {
    // Output is about the size of the input text, a fifth more for half the files (a grown
    // buffer is copied: room for half again is asked for); pretty indentation adds more.
    let bytes = d.source.bytes
    var w = JSONWriter(pretty: pretty, capacity: 4096 + bytes + bytes / 2 + (pretty ? bytes : 0))
    write(d, into: &w)
    if let terminator { w.append(terminator) }
    return w.finish()
  }

  /// One compact line of JSON a letter (JSON Lines), each ended by `terminator`.
  public static func utf8Lines(_ letters: [Letter], terminator: UInt8 = 0x0A) -> [UInt8] {
    var w = JSONWriter(pretty: false, capacity: 4096 * letters.count)
    for l in letters {
      write(l, into: &w)
      w.append(terminator)
    }
    return w.finish()
  }

  static func write(_ d: LetterDocument, into w: inout JSONWriter) {
    w.beginObject()
    w.key("letters")
    w.beginArray()
    for l in d.letters { write(l, into: &w) }
    w.endArray()
    w.key("schema")
    w.string(LetterDocument.schema)
    w.key("source")
    w.beginObject()
    w.key("bytes")
    w.int(d.source.bytes)
    w.key("encoding")
    w.string(d.source.encoding)
    w.key("path")
    w.string(d.source.path)
    w.key("sha256")
    w.string(d.source.sha256)
    w.endObject()
    w.key("warnings")
    write(d.warnings, into: &w)
    w.endObject()
  }

  static func write(_ l: Letter, into w: inout JSONWriter) {
    w.beginObject()
    w.key("body")
    w.strings(l.body)
    w.key("closing")
    w.string(l.closing)
    w.key("contact")
    write(l.contact, into: &w)
    w.key("date")
    write(l.date, into: &w)
    w.key("enclosures")
    w.beginArray()
    for e in l.enclosures { write(e, into: &w) }
    w.endArray()
    w.key("id")
    w.string(l.id)
    w.key("issuer")
    if let issuer = l.issuer {
      w.beginObject()
      w.key("address")
      w.string(issuer.address)
      w.key("name")
      w.string(issuer.name)
      w.endObject()
    } else {
      w.null()
    }
    w.key("kind")
    w.string(l.kind.rawValue)
    w.key("lines")
    w.beginObject()
    w.key("end")
    w.int(l.lines.end)
    w.key("start")
    w.int(l.lines.start)
    w.endObject()
    w.key("mentions")
    write(l.mentions, into: &w)
    w.key("number")
    write(l.number, into: &w)
    w.key("received")
    if let r = l.received {
      w.beginObject()
      w.key("date")
      write(r.date, into: &w)
      w.key("number")
      w.string(r.number)
      w.key("time")
      w.string(r.time)
      w.endObject()
    } else {
      w.null()
    }
    w.key("references")
    write(l.references, into: &w)
    w.key("secrecy")
    w.string(l.secrecy?.rawValue)
    w.key("segment")
    w.int(l.segment)
    w.key("signature")
    if let s = l.signature {
      w.beginObject()
      w.key("acting")
      w.string(s.acting)
      w.key("name")
      w.string(s.name)
      w.key("positions")
      w.strings(s.positions)
      w.endObject()
    } else {
      w.null()
    }
    w.key("subject")
    w.string(l.subject)
    w.key("to")
    w.string(l.to)
    w.key("urgency")
    w.string(l.urgency?.rawValue)
    w.key("warnings")
    write(l.warnings, into: &w)
    w.endObject()
  }

  static func write(_ n: LetterNumber?, into w: inout JSONWriter) {
    guard let n else { return w.null() }
    w.beginObject()
    w.key("candidates")
    w.strings(n.candidates)
    w.key("canonical")
    w.string(n.canonical)
    w.key("circular")
    w.bool(n.circular)
    w.key("code")
    w.string(n.code)
    w.key("confidence")
    w.double(n.confidence)
    w.key("prefix")
    w.string(n.prefix)
    w.key("raw")
    w.string(n.raw)
    w.key("serial")
    w.string(n.serial)
    w.key("year_suffix")
    w.string(n.yearSuffix)
    w.endObject()
  }

  static func write(_ d: DateValue?, into w: inout JSONWriter) {
    guard let d else { return w.null() }
    w.beginObject()
    w.key("be_year")
    w.int(d.beYear)
    w.key("candidates")
    w.strings(d.candidates)
    w.key("confidence")
    w.double(d.confidence)
    w.key("iso")
    w.string(d.date?.iso)
    w.key("raw")
    w.string(d.raw)
    w.endObject()
  }

  static func write(_ citations: [Citation], into w: inout JSONWriter) {
    w.beginArray()
    for c in citations { write(c, into: &w) }
    w.endArray()
  }

  static func write(_ c: Citation?, into w: inout JSONWriter) {
    guard let c else { return w.null() }
    w.beginObject()
    w.key("confidence")
    if let confidence = c.confidence { w.double(confidence) } else { w.null() }
    w.key("date")
    write(c.date, into: &w)
    w.key("issuer")
    w.string(c.issuer)
    w.key("number")
    write(c.number, into: &w)
    w.key("raw")
    w.string(c.raw)
    w.key("target")
    w.string(c.target)
    w.key("urgency")
    w.string(c.urgency?.rawValue)
    w.endObject()
  }

  static func write(_ e: Enclosure, into w: inout JSONWriter) {
    w.beginObject()
    w.key("index")
    w.int(e.index)
    w.key("letter")
    write(e.letter, into: &w)
    w.key("quantity")
    w.string(e.quantity)
    w.key("title")
    w.string(e.title)
    w.endObject()
  }

  static func write(_ phones: [Phone], into w: inout JSONWriter) {
    w.beginArray()
    for p in phones {
      w.beginObject()
      w.key("ext")
      w.string(p.ext)
      w.key("number")
      w.string(p.number)
      w.key("raw")
      w.string(p.raw)
      w.endObject()
    }
    w.endArray()
  }

  static func write(_ c: Contact, into w: inout JSONWriter) {
    w.beginObject()
    w.key("emails")
    w.strings(c.emails)
    w.key("faxes")
    write(c.faxes, into: &w)
    w.key("people")
    w.strings(c.people)
    w.key("phones")
    write(c.phones, into: &w)
    w.key("units")
    w.strings(c.units)
    w.key("urls")
    w.strings(c.urls)
    w.endObject()
  }

  static func write(_ warnings: [LetterWarning], into w: inout JSONWriter) {
    w.beginArray()
    for warning in warnings {
      w.beginObject()
      w.key("code")
      w.string(warning.code.rawValue)
      w.key("line")
      w.int(warning.line)
      w.key("message")
      w.string(warning.message)
      w.endObject()
    }
    w.endArray()
  }
}
