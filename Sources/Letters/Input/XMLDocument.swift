internal import CLibXML2

/// An element copied out of libxml2's tree into Swift values, so that no C pointer outlives
/// the parse.
struct XMLTreeElement: Sendable {
  /// The local name, without a namespace prefix (`String` for `alto:String`).
  var name: String
  /// Attributes by local name. Entity references in values are dropped, never expanded.
  var attributes: [String: String]
  var children: [XMLTreeNode]

  func attribute(_ name: String) -> String? { attributes[name] }

  /// The child elements, in document order.
  var elements: [XMLTreeElement] {
    children.compactMap {
      if case let .element(element) = $0 { element } else { nil }
    }
  }

  /// The text of all descendants, in document order.
  var text: String {
    var out = ""
    appendText(to: &out)
    return out
  }

  private func appendText(to out: inout String) {
    for child in children {
      switch child {
      case let .text(text): out += text
      case let .element(element): element.appendText(to: &out)
      }
    }
  }
}

/// A child of an element: an element, or character data (text and CDATA).
enum XMLTreeNode: Sendable {
  case element(XMLTreeElement)
  case text(String)
}

/// Parses XML with libxml2, safely: no network (`XML_PARSE_NONET`), no external DTD
/// (no `XML_PARSE_DTDLOAD`/`DTDATTR`/`DTDVALID`), no entity substitution (no
/// `XML_PARSE_NOENT`, so `file:///etc/passwd` is never read and a billion laughs is never
/// expanded), the default limits kept (no `XML_PARSE_HUGE`: 256 levels of nesting, 10 MB text
/// nodes), and nothing printed (`XML_PARSE_NOERROR | XML_PARSE_NOWARNING`).
enum XMLDocumentParser {
  static let options: Int32 = {
    let flags: [xmlParserOption] = [
      XML_PARSE_NONET, XML_PARSE_NOERROR, XML_PARSE_NOWARNING, XML_PARSE_NOCDATA,
    ]
    return Int32(bitPattern: flags.reduce(0) { $0 | $1.rawValue })
  }()

  /// libxml2 asks to be initialised once before threads use it; a `static let` runs once.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// The root element of `text`, read as XML for `format`.
  static func root(of text: String, format: InputFormat) throws(InputError) -> XMLTreeElement {
    _ = initialized
    var source = text
    if source.hasPrefix("\u{FEFF}") { source.removeFirst() }
    guard source.utf8.count <= Int(Int32.max) else {
      throw InputError(
        format: format, code: .tooLarge,
        reason: "\(source.utf8.count) bytes, libxml2 takes at most 2 GiB")
    }
    guard let context = xmlNewParserCtxt() else {
      throw InputError(format: format, code: .parserUnavailable, reason: "out of memory")
    }
    defer { xmlFreeParserCtxt(context) }
    let result: Result<XMLTreeElement, InputError> = source.withUTF8 { utf8 in
      utf8.withMemoryRebound(to: CChar.self) { chars in
        // the text is already decoded, so its UTF-8 overrides any encoding="" declaration
        guard
          let doc = xmlCtxtReadMemory(
            context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
        else { return .failure(lastError(of: context, format: format)) }
        defer { xmlFreeDoc(doc) }
        guard context.pointee.wellFormed != 0 else {
          return .failure(lastError(of: context, format: format))
        }
        guard let root = xmlDocGetRootElement(doc) else {
          return .failure(
            InputError(format: format, code: .malformedXML, reason: "no root element"))
        }
        return .success(element(root))
      }
    }
    return try result.get()
  }

  private static func lastError(of context: xmlParserCtxtPtr, format: InputFormat) -> InputError {
    guard let error = xmlCtxtGetLastError(context) else {
      return InputError(format: format, code: .malformedXML, reason: "unknown parser error")
    }
    // libxml2 may quote the offending source after a line break: keep the first line only
    let message = error.pointee.message.map { String(cString: $0) } ?? ""
    let firstLine = message.split(whereSeparator: \.isNewline).first ?? ""
    var reason = firstLine.trimmingWhitespace
    if reason.count > 160 { reason = String(reason.prefix(160)) + "…" }
    if reason.hasPrefix("Excessive depth in document") {
      reason = "elements nested more than 256 deep"  // libxml2's xmlParserMaxDepth
    }
    let line = Int(error.pointee.line)
    return InputError(
      format: format, code: .malformedXML, line: line > 0 ? line : nil, reason: reason)
  }

  /// Copies an element and its subtree. libxml2 stops at 256 levels, so recursion is bounded.
  private static func element(_ node: xmlNodePtr) -> XMLTreeElement {
    var attributes: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
      if let name = current.pointee.name {
        attributes[String(cString: name)] = characterData(current.pointee.children)
      }
      attribute = current.pointee.next
    }
    var children: [XMLTreeNode] = []
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        children.append(.element(element(current)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          children.append(.text(String(cString: content)))
        }
      default:
        break  // entity references are not followed: their content is never expanded
      }
      child = current.pointee.next
    }
    let name = node.pointee.name.map { String(cString: $0) } ?? ""
    return XMLTreeElement(name: name, attributes: attributes, children: children)
  }

  /// The text nodes of an attribute value, skipping entity references.
  private static func characterData(_ first: xmlNodePtr?) -> String {
    var out = ""
    var node = first
    while let current = node {
      if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
        out += String(cString: content)
      }
      node = current.pointee.next
    }
    return out
  }
}

extension Substring {
  fileprivate var trimmingWhitespace: String {
    String(self.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
