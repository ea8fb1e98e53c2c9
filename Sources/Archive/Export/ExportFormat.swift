/// รูปแบบการส่งออก — the formats `saraban export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// A JSON array of `saraban/letter@1` records, citation targets filled in.
  case json
  /// One record a line.
  case jsonl
  /// UTF-8 with a BOM (Excel opens Thai correctly), one row per letter or per citation.
  case csv
  /// OAI-PMH `ListRecords` with `oai_dc` (simple Dublin Core) records.
  case dcXML = "dc-xml"
  /// `{"nodes":[…],"edges":[…]}`.
  case graphJSON = "graph-json"
  /// Graphviz.
  case dot
  /// GraphML (Gephi, yEd).
  case graphml
}

/// What a row-oriented export lists.
public enum ExportContent: String, Sendable, CaseIterable {
  case letters
  /// The citations (graph edges), one row each.
  case citations
}
