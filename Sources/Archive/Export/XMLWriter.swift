internal import CLibXML2

/// Writes XML through libxml2's `xmlTextWriter` into a memory buffer, handing the text out
/// in chunks so a large export streams. The writer and buffer live only inside
/// ``XMLWriter/write(indent:_:chunk:)``.
struct XMLWriter: ~Copyable {
  private let writer: xmlTextWriterPtr
  private let buffer: xmlBufferPtr
  private let chunk: (String) throws -> Void

  /// Runs `body` with a writer; `chunk` receives the text as it is produced.
  static func write(
    indent: Bool = true, _ body: (inout XMLWriter) throws -> Void, chunk: @escaping (String) throws -> Void
  )
    throws
  {
    guard let buffer = xmlBufferCreate() else { throw XMLWriterError("xmlBufferCreate failed") }
    defer { xmlBufferFree(buffer) }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else { throw XMLWriterError("xmlNewTextWriterMemory failed") }
    defer { xmlFreeTextWriter(writer) }
    if indent {
      xmlTextWriterSetIndent(writer, 1)
      _ = "  ".withCString {
        xmlTextWriterSetIndentString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
      }
    }
    var w = XMLWriter(writer: writer, buffer: buffer, chunk: chunk)
    try w.check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start document")
    try body(&w)
    try w.check(xmlTextWriterEndDocument(writer), "end document")
    try w.flush()
  }

  private init(writer: xmlTextWriterPtr, buffer: xmlBufferPtr, chunk: @escaping (String) throws -> Void) {
    self.writer = writer
    self.buffer = buffer
    self.chunk = chunk
  }

  private func check(_ code: Int32, _ what: String) throws {
    if code < 0 { throw XMLWriterError("libxml2 could not \(what)") }
  }

  /// `<prefix:name>` (prefix may be nil).
  mutating func start(_ name: String, prefix: String? = nil, namespace: String? = nil) throws {
    try check(
      Self.xml(prefix) { p in
        Self.xml(name) { n in Self.xml(namespace) { u in xmlTextWriterStartElementNS(writer, p, n, u) } }
      },
      "start \(name)")
  }

  mutating func end() throws { try check(xmlTextWriterEndElement(writer), "end element") }

  /// An attribute on the open element; `prefix` for `xmlns:dc` and `xsi:…`.
  mutating func attribute(_ name: String, _ value: String, prefix: String? = nil) throws {
    try check(
      Self.xml(prefix) { p in
        Self.xml(name) { n in Self.xml(value) { v in xmlTextWriterWriteAttributeNS(writer, p, n, nil, v) } }
      }, "write attribute \(name)")
  }

  /// `<prefix:name>text</prefix:name>`, text escaped.
  mutating func element(_ name: String, _ text: String, prefix: String? = nil) throws {
    try start(name, prefix: prefix)
    try self.text(text)
    try end()
  }

  mutating func text(_ text: String) throws {
    try check(Self.xml(Self.xmlSafe(text)) { xmlTextWriterWriteString(writer, $0) }, "write text")
  }

  /// Hands out what has been written so far.
  mutating func flush() throws {
    try check(xmlTextWriterFlush(writer), "flush")
    let count = Int(xmlBufferLength(buffer))
    if count > 0, let content = xmlBufferContent(buffer) {
      let text = String(decoding: UnsafeBufferPointer(start: content, count: count), as: UTF8.self)
      xmlBufferEmpty(buffer)
      try chunk(text)
    }
  }

  /// Characters XML 1.0 can't carry (C0 controls other than tab/newline) become spaces.
  static func xmlSafe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }) else {
      return text
    }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" ? " " : $0 }))
  }

  private static func xml<T>(_ s: String?, _ body: (UnsafePointer<xmlChar>?) -> T) -> T {
    guard let s else { return body(nil) }
    return s.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
  }
}

/// libxml2 refused a write.
struct XMLWriterError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
