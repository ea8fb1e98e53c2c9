internal import CLibXML2
import Foundation

/// ตรวจความถูกต้องตาม XSD — validates XML against an XML Schema with libxml2, offline:
/// the schema and everything it imports are read from local files only.
public struct XMLSchemaValidator: Sendable {
  /// The `.xsd` file.
  public var schemaPath: String

  public init(schemaPath: String) { self.schemaPath = schemaPath }

  /// The validation errors of `xml` (empty when valid). With `element` (a local name),
  /// each element of that name is validated on its own — the `oai_dc:dc` records inside an
  /// OAI-PMH response, say.
  public func errors(in xml: [UInt8], element: String? = nil) throws -> [String] {
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    guard let parserContext = xmlSchemaNewParserCtxt(schemaPath) else {
      throw XMLWriterError("\(schemaPath): cannot read the schema")
    }
    defer { xmlSchemaFreeParserCtxt(parserContext) }
    let collector = ErrorCollector()
    let box = Unmanaged.passRetained(collector)
    defer { box.release() }
    xmlSchemaSetParserStructuredErrors(parserContext, collectSchemaError, box.toOpaque())
    guard let schema = xmlSchemaParse(parserContext) else {
      throw XMLWriterError("\(schemaPath): not a valid schema: \(collector.messages.joined(separator: "; "))")
    }
    defer { xmlSchemaFree(schema) }
    guard let context = xmlSchemaNewValidCtxt(schema) else { throw XMLWriterError("xmlSchemaNewValidCtxt failed") }
    defer { xmlSchemaFreeValidCtxt(context) }
    xmlSchemaSetValidStructuredErrors(context, collectSchemaError, box.toOpaque())
    let document = xml.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          xmlReadMemory($0, Int32(buffer.count), "export.xml", "UTF-8", options)
        }
      }
    }
    guard let document else { return ["not well-formed XML"] }
    defer { xmlFreeDoc(document) }
    collector.messages.removeAll()
    if let element {
      var count = 0
      func visit(_ node: xmlNodePtr?) {
        var node = node
        while let current = node {
          if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name,
            String(cString: name) == element
          {
            count += 1
            if xmlSchemaValidateOneElement(context, current) != 0, collector.messages.isEmpty {
              collector.messages.append("element \(count) is invalid")
            }
          } else {
            visit(current.pointee.children)
          }
          node = current.pointee.next
        }
      }
      visit(xmlDocGetRootElement(document))
      if count == 0 { collector.messages.append("no \(element) element") }
    } else if xmlSchemaValidateDoc(context, document) != 0, collector.messages.isEmpty {
      collector.messages.append("invalid")
    }
    return collector.messages
  }
}

/// Gathers libxml2's structured errors (instead of its default: printing to stderr).
final class ErrorCollector {
  var messages: [String] = []
}

private let collectSchemaError: xmlStructuredErrorFunc = { context, error in
  guard let context, let error else { return }
  let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
  let message = error.pointee.message.map { String(cString: $0) } ?? "error"
  collector.messages.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
}
