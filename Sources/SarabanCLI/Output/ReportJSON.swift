import Archive
import Citations
import Letters

/// The `--json` forms of query answers (sorted keys, `null` for absent values).
enum ReportJSON {
  static func string(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
  static func int(_ i: Int?) -> JSONValue { i.map(JSONValue.int) ?? .null }
  static func double(_ d: Double?) -> JSONValue { d.map(JSONValue.double) ?? .null }

  static func ingest(_ r: IngestReport) -> JSONValue {
    .object([
      ("files", .int(r.files)), ("stored", .int(r.stored)), ("unchanged", .int(r.unchanged)),
      ("replaced", .int(r.replaced)), ("letters", .int(r.letters)), ("citations", .int(r.citations)),
      (
        "rejected",
        .array(r.rejected.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })
      ),
      ("totals", statistics(r.totals)),
    ])
  }

  static func statistics(_ s: ArchiveStatistics) -> JSONValue {
    .object([
      ("files", .int(s.files)), ("rejected_files", .int(s.rejectedFiles)), ("letters", .int(s.letters)),
      ("duplicated", .int(s.duplicated)), ("citations", .int(s.citations)), ("resolved", .int(s.resolved)),
      ("fuzzy", .int(s.fuzzy)), ("unresolved", .int(s.unresolved)),
    ])
  }

  static func summary(_ l: LetterSummary) -> JSONValue {
    .object([
      ("id", .string(l.id)), ("number", string(l.number)), ("date", string(l.date)), ("year", int(l.year)),
      ("kind", .string(l.kind)), ("urgency", string(l.urgency)), ("subject", string(l.subject)),
      ("issuer", string(l.issuer)), ("sources", .array(l.sources.map(JSONValue.string))),
    ])
  }

  /// A missing cited letter; with `likelyStored` (`unresolved`, which looks for them), the
  /// stored letters likely to be it under a misread number, best first (`[]` when none).
  static func group(_ g: UnresolvedGroup, likelyStored: Bool = false) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("key", .string(g.key)), ("number", string(g.number)), ("year", int(g.year)), ("date", string(g.date)),
      ("count", .int(g.count)), ("cited_by", .array(g.citedBy.map(JSONValue.string))), ("raw", .string(g.raw)),
      ("reason", string(g.reason)),
    ]
    if likelyStored {
      fields.append(
        (
          "likely_stored_as",
          .array(
            g.likelyStoredAs.map {
              .object([("id", .string($0.id)), ("confidence", .double($0.confidence)), ("reason", .string($0.reason))])
            })
        ))
    }
    return .object(fields)
  }

  static func copies(_ g: CopyMatcher.Group) -> JSONValue {
    .object([
      ("kept", .string(g.kept)),
      (
        "copies",
        .array(
          g.copies.map {
            .object([("id", .string($0.copy)), ("confidence", .double($0.confidence)), ("reason", .string($0.reason))])
          })
      ),
    ])
  }

  static func step(_ s: ReferenceGraph.Step, present: Bool) -> JSONValue {
    .object([
      ("depth", .int(s.depth)), ("from", .string(s.edge.from)), ("to", .string(s.edge.to)),
      ("role", .string(s.edge.role.rawValue)), ("confidence", double(s.edge.confidence)),
      ("raw", .string(s.edge.raw)), ("reason", string(s.edge.reason)), ("present", .bool(present)),
    ])
  }

  static func hit(_ h: SearchHit) -> JSONValue {
    .object([
      ("id", .string(h.id)), ("number", string(h.number)), ("date", string(h.date)), ("subject", string(h.subject)),
      ("snippet", .string(h.snippet)), ("score", .double(h.score)),
    ])
  }

  static func stored(_ s: StoredLetter) -> JSONValue {
    .object([
      ("record", s.record),
      (
        "sources",
        .array(
          s.sources.map {
            .object([
              ("path", .string($0.path)), ("sha256", .string($0.sha256)), ("segment", .int($0.segment)),
              ("lines", .object([("start", .int($0.lines.start)), ("end", .int($0.lines.end))])),
              ("primary", .bool($0.primary)),
            ])
          })
      ),
    ])
  }
}
