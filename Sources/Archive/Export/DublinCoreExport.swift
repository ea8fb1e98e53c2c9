import Citations
import Letters

/// ดับลินคอร์ — the letters as an OAI-PMH `ListRecords` response whose records are
/// `oai_dc` (simple Dublin Core), written with libxml2. Each `oai_dc:dc` validates against
/// `Schemas/oai_dc.xsd`; `dc:relation` lists the letters a letter cites.
struct DublinCoreExport {
  static let oaiNamespace = "http://www.openarchives.org/OAI/2.0/"
  static let oaiDCNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/"
  static let dcNamespace = "http://purl.org/dc/elements/1.1/"
  static let xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"

  /// Thai names of the kinds, for `dc:type`.
  static let kindNames: [String: String] = [
    "external": "หนังสือภายนอก", "memo": "บันทึกข้อความ", "stamped": "หนังสือประทับตรา",
    "order": "คำสั่ง", "announcement": "ประกาศ", "annex": "เอกสารแนบ", "unknown": "หนังสือราชการ",
  ]
  static let secrecyNames = ["confidential": "ลับ", "secret": "ลับมาก", "top_secret": "ลับที่สุด"]

  var archive: any LetterArchive
  var today: String

  func write(_ out: @escaping (String) throws -> Void) throws {
    var relations: [String: [String]] = [:]
    for c in try archive.citations() { relations[c.from, default: []].append(c.target ?? c.citedKey) }
    try XMLWriter.write(
      { w in
        try w.start("OAI-PMH", namespace: Self.oaiNamespace)
        try w.attribute("xsi", Self.xsiNamespace, prefix: "xmlns")
        try w.attribute(
          "schemaLocation", "\(Self.oaiNamespace) http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd", prefix: "xsi")
        try w.element("responseDate", today + "T00:00:00Z")
        try w.start("request")
        try w.attribute("verb", "ListRecords")
        try w.attribute("metadataPrefix", "oai_dc")
        try w.text("saraban")
        try w.end()
        try w.start("ListRecords")
        try archive.forEachLetter { letter in
          try record(letter, relations: relations[letter.summary.id] ?? [], &w)
          try w.flush()
        }
        try w.end()
        try w.end()
      }, chunk: out)
  }

  func record(_ letter: StoredLetter, relations: [String], _ w: inout XMLWriter) throws {
    let s = letter.summary
    let r = letter.record
    try w.start("record")
    try w.start("header")
    try w.element("identifier", "oai:saraban:" + Self.escapeIdentifier(s.id))
    try w.element("datestamp", today)
    try w.end()
    try w.start("metadata")
    try w.start("dc", prefix: "oai_dc", namespace: Self.oaiDCNamespace)
    try w.attribute("dc", Self.dcNamespace, prefix: "xmlns")
    try w.attribute(
      "schemaLocation", "\(Self.oaiDCNamespace) http://www.openarchives.org/OAI/2.0/oai_dc.xsd", prefix: "xsi")
    func dc(_ name: String, _ value: String?) throws {
      guard let value, !value.isEmpty else { return }
      try w.element(name, value, prefix: "dc")
    }
    try dc("title", s.subject)
    try dc("creator", s.issuer)
    try dc("contributor", r["signature"]?["name"]?.string)
    try dc("date", s.date)
    try dc("type", "Text")
    try dc("type", Self.kindNames[s.kind])
    try dc("identifier", s.id)
    if let raw = r["number"]?["raw"]?.string { try dc("identifier", "ที่ " + raw) }
    try dc("description", (r["body"]?.array ?? []).compactMap(\.string).first)
    try dc("language", "th")
    try dc("format", "text/plain")
    for source in letter.sources { try dc("source", source.path) }
    for relation in relations { try dc("relation", relation) }
    if let secrecy = r["secrecy"]?.string { try dc("rights", Self.secrecyNames[secrecy] ?? secrecy) }
    try w.end()
    try w.end()
    try w.end()
  }

  /// Spaces, `%` and `#` percent-encoded: `oai:saraban:มท%200812/ว%201565@2564`.
  static func escapeIdentifier(_ id: String) -> String {
    var out = ""
    for scalar in id.unicodeScalars {
      switch scalar {
      case " ": out += "%20"
      case "%": out += "%25"
      case "#": out += "%23"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
