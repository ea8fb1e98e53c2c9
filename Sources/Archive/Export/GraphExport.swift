import Foundation
import Citations
import Letters

/// The reference graph as graph-json, Graphviz dot and GraphML.
enum GraphExport {
  /// `{"nodes":[{"id","number","date","subject","present"}],"edges":[{"from","to","role","confidence"}]}`.
  static func json(_ graph: ReferenceGraph) -> JSONValue {
    func string(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    let nodes = graph.sortedNodes.map { n in
      JSONValue.object([
        ("id", .string(n.id)), ("number", string(n.number)), ("date", string(n.date)),
        ("subject", string(n.subject)), ("present", .bool(n.present)),
      ])
    }
    let edges = graph.edges.map { e in
      JSONValue.object([
        ("from", .string(e.from)), ("to", .string(e.to)), ("role", .string(e.role.rawValue)),
        ("confidence", e.confidence.map(JSONValue.double) ?? .null),
      ])
    }
    return .object([("nodes", .array(nodes)), ("edges", .array(edges))])
  }

  /// Graphviz: letters as boxes, missing letters dashed, doubtful links dashed with their confidence.
  static func dot(_ graph: ReferenceGraph) -> String {
    func quote(_ s: String) -> String {
      "\""
        + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        .replacingOccurrences(of: "\n", with: " ") + "\""
    }
    var out = "digraph saraban {\n  rankdir=LR;\n  node [shape=box, fontname=\"Noto Sans Thai\"];\n"
    for n in graph.sortedNodes {
      var label = n.id
      if let date = n.date { label += "\\n" + date }
      let style = n.present ? "" : ", style=dashed"
      out += "  \(quote(n.id)) [label=\(quote(label).replacingOccurrences(of: "\\\\n", with: "\\n"))\(style)];\n"
    }
    for e in graph.edges {
      var attributes = [
        "label=\(quote(e.role.rawValue + (e.confidence.map { $0 < 1 ? String(format: " %.2f", $0) : "" } ?? "")))"
      ]
      if let c = e.confidence, c < 1 { attributes.append("style=dashed") }
      if e.confidence == nil { attributes.append("color=gray") }
      out += "  \(quote(e.from)) -> \(quote(e.to)) [\(attributes.joined(separator: ", "))];\n"
    }
    return out + "}\n"
  }

  static let graphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

  /// GraphML with node data (number, date, subject, present) and edge data (role, confidence, raw).
  static func graphML(_ graph: ReferenceGraph, write: @escaping (String) throws -> Void) throws {
    try XMLWriter.write(
      { w in
        try w.start("graphml", namespace: graphMLNamespace)
        let keys: [(String, String, String, String)] = [
          ("number", "node", "number", "string"), ("date", "node", "date", "string"),
          ("subject", "node", "subject", "string"), ("present", "node", "present", "boolean"),
          ("role", "edge", "role", "string"), ("confidence", "edge", "confidence", "double"),
          ("raw", "edge", "raw", "string"),
        ]
        for (id, domain, name, type) in keys {
          try w.start("key")
          try w.attribute("id", id)
          try w.attribute("for", domain)
          try w.attribute("attr.name", name)
          try w.attribute("attr.type", type)
          try w.end()
        }
        try w.start("graph")
        try w.attribute("id", "saraban")
        try w.attribute("edgedefault", "directed")
        func data(_ key: String, _ value: String?) throws {
          guard let value else { return }
          try w.start("data")
          try w.attribute("key", key)
          try w.text(value)
          try w.end()
        }
        for n in graph.sortedNodes {
          try w.start("node")
          try w.attribute("id", n.id)
          try data("number", n.number)
          try data("date", n.date)
          try data("subject", n.subject)
          try data("present", n.present ? "true" : "false")
          try w.end()
        }
        for (i, e) in graph.edges.enumerated() {
          try w.start("edge")
          try w.attribute("id", "e\(i)")
          try w.attribute("source", e.from)
          try w.attribute("target", e.to)
          try data("role", e.role.rawValue)
          try data("confidence", e.confidence.map { String($0) })
          try data("raw", e.raw.isEmpty ? nil : e.raw)
          try w.end()
        }
        try w.end()
        try w.end()
      }, chunk: write)
  }
}
