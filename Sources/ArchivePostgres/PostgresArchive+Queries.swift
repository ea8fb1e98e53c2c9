import Archive
import Citations
import Letters
import PostgresNIO
import ThaiText

extension PostgresArchive {
  static let summaryColumns = """
    l.id, l.number, l.date, l.year, l.kind, l.urgency, l.subject, l.issuer,
    (SELECT string_agg(s.path, E'\\n') FROM letter_copy c JOIN source_file s ON s.id = c.source_id
     WHERE c.letter_id = l.id) AS sources
    """

  static func summary(_ row: PostgresCells) throws -> LetterSummary {
    let sources = try row.optionalText("sources") ?? ""
    return LetterSummary(
      letterID: try row.text("id"), number: try row.optionalText("number"), date: try row.optionalText("date"),
      year: try row.optionalInt("year"), kind: try row.text("kind"), urgency: try row.optionalText("urgency"),
      subject: try row.optionalText("subject"), issuer: try row.optionalText("issuer"),
      sources: sources.split(separator: "\n").map(String.init).sorted())
  }

  public func letter(id: String) throws -> StoredLetter? {
    guard
      let row = try session.query(
        "SELECT \(Self.summaryColumns), l.record FROM letter l WHERE l.id = $1", [.text(id)]
      ).first?.cells
    else { return nil }
    var record = ArchiveStoreSupport.parseJSON(try row.text("record")) ?? .null
    for c in try session.query(
      "SELECT role, ordinal, target, confidence FROM citation WHERE letter_id = $1 AND active = 1 AND ordinal >= 0",
      [.text(id)])
    {
      let cells = c.cells
      record = ArchiveStoreSupport.fill(
        record, role: CitationRole(rawValue: try cells.text("role")) ?? .mention, ordinal: try cells.int("ordinal"),
        target: try cells.optionalText("target"), confidence: try cells.optionalDouble("confidence"))
    }
    // In path order, the primary copy first: the order copies were stored in depends on which
    // of several writers got there first.
    let sources = try session.query(
      """
      SELECT s.path, s.sha256, c.segment, c.line_start, c.line_end, c.is_primary
      FROM letter_copy c JOIN source_file s ON s.id = c.source_id WHERE c.letter_id = $1 ORDER BY s.path, c.segment
      """, [.text(id)]
    ).map { r in
      let cells = r.cells
      return LetterSource(
        file: try cells.text("path"), sha256: try cells.text("sha256"), segment: try cells.int("segment"),
        lines: LineSpan(start: try cells.int("line_start"), end: try cells.int("line_end")),
        primary: try cells.bool("is_primary"))
    }
    return StoredLetter(letterSummary: try Self.summary(row), record: record, sources: sources)
  }

  public func find(_ pattern: NumberPattern) throws -> FindResult {
    let filter = Self.patternFilter(pattern)
    let letters = try session.query(
      """
      SELECT \(Self.summaryColumns), l.prefix, l.sub_office, l.code, l.circular, l.serial, l.year_suffix
      FROM letter l WHERE \(filter.sql) ORDER BY l.date, l.id
      """, filter.values
    ).map(\.cells).filter { row in
      pattern.matches(try Self.letterKey(row, id: row.text("id")).number, year: try row.optionalInt("year"))
    }.map(Self.summary)
    let missing = try unresolvedGroups(where: filter.sql, filter.values).filter { group in
      guard let parts = group.parts else { return false }
      return pattern.matches(parts, year: group.group.year)
    }.map(\.group)
    return FindResult(found: letters, missing: missing)
  }

  /// The parts a typed number fixes, as SQL on the number-part columns (the filter both stores
  /// share; see ``Archive/NumberPatternFilter``), so that a short serial shared by hundreds of
  /// letters is narrowed on the index, not row by row in this process (`find 57` read 763
  /// letters at 100k: 11 ms p50).
  static func patternFilter(_ p: NumberPattern) -> (sql: String, values: [SQLValue]) {
    let filter = NumberPatternFilter(p, dialect: .postgres)
    return (
      filter.sql,
      filter.arguments.map { argument in
        switch argument {
        case let .text(text): .text(text)
        case let .int(int): .int(int)
        }
      }
    )
  }

  public func edges(of id: String, _ direction: ReferenceGraph.Direction) throws -> [ReferenceGraph.Edge] {
    let condition = direction == .outgoing ? "letter_id = $1" : "(target = $1 OR (target IS NULL AND cited_key = $1))"
    return try session.query(
      """
      SELECT letter_id, coalesce(target, cited_key) AS target, role, confidence, raw, reason
      FROM citation WHERE active = 1 AND \(condition) ORDER BY letter_id, role, ordinal
      """, [.text(id)]
    ).map { try Self.edge($0.cells) }
  }

  static func edge(_ row: PostgresCells) throws -> ReferenceGraph.Edge {
    ReferenceGraph.Edge(
      from: try row.text("letter_id"), to: try row.text("target"),
      role: CitationRole(rawValue: try row.text("role")) ?? .mention, confidence: try row.optionalDouble("confidence"),
      raw: try row.text("raw"), reason: try row.optionalText("reason"))
  }

  public func unresolved() throws -> [UnresolvedGroup] {
    try UnresolvedCopies.attach(unresolvedGroups(where: "true", []), from: self)
  }

  /// Open citations grouped by the cited key, most cited first. The number parts are the
  /// same in every row of a group (the key is the canonical number and year).
  func unresolvedGroups(where condition: String, _ values: [SQLValue]) throws
    -> [(group: UnresolvedGroup, parts: NumberParts?)]
  {
    try session.query(
      """
      SELECT cited_key, min(number) AS number, min(year) AS year, min(date) AS date, count(*) AS n,
        string_agg(DISTINCT letter_id, ',') AS citing, min(raw) AS raw, max(reason) AS reason,
        min(prefix) AS prefix, min(sub_office) AS sub_office, min(code) AS code, min(circular) AS circular,
        min(serial) AS serial, min(year_suffix) AS year_suffix
      FROM citation WHERE active = 1 AND target IS NULL AND \(condition)
      GROUP BY cited_key ORDER BY n DESC, cited_key
      """, values
    ).map { r in
      let row = r.cells
      let key = try row.text("cited_key")
      let group = UnresolvedGroup(
        placeholder: key, number: try row.optionalText("number"), year: try row.optionalInt("year"),
        date: try row.optionalText("date"), count: try row.int("n"),
        citedBy: (try row.optionalText("citing") ?? "").split(separator: ",").map(String.init).sorted(),
        raw: try row.optionalText("raw") ?? "", reason: try row.optionalText("reason"))
      let serial = try row.optionalText("serial")
      return (group, serial == nil ? nil : try Self.letterKey(row, id: key).number)
    }
  }

  public func list(_ filter: LetterFilter) throws -> [LetterSummary] {
    var clauses: [String] = []
    var values: [SQLValue] = []
    func add(_ clause: String, _ value: String) {
      values.append(.text(value))
      clauses.append(clause.replacingOccurrences(of: "?", with: "$\(values.count)"))
    }
    if let prefix = filter.prefix { add("l.prefix = ?", prefix) }
    if let kind = filter.kind { add("l.kind = ?", kind.rawValue) }
    if let urgency = filter.urgency { add("l.urgency = ?", urgency.rawValue) }
    if let from = filter.from { add("l.date >= ?", from) }
    if let to = filter.to { add("l.date <= ?", to) }
    let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    let limit = filter.limit.map { "LIMIT \(max(0, $0))" } ?? ""
    return try session.query(
      "SELECT \(Self.summaryColumns) FROM letter l \(whereClause) ORDER BY l.date IS NULL, l.date, l.id \(limit)",
      values
    ).map { try Self.summary($0.cells) }
  }

  public func forEachLetter(_ body: (StoredLetter) throws -> Void) throws {
    // Keyset pages of ids, so that a million letters never sit in memory at once.
    var after: String?
    while true {
      let ids = try session.query(
        "SELECT id FROM letter WHERE $1::text IS NULL OR id > $1::text ORDER BY id LIMIT 500", [SQLValue(after)]
      ).map { try $0.decode(String.self) }
      guard let last = ids.last else { return }
      for id in ids {
        if let letter = try letter(id: id) { try body(letter) }
      }
      after = last
    }
  }

  public func citations() throws -> [CitationRow] {
    try session.query("SELECT * FROM citation WHERE active = 1 ORDER BY letter_id, role, ordinal").map { r in
      let c = r.cells
      return CitationRow(
        citing: try c.text("letter_id"), role: CitationRole(rawValue: try c.text("role")) ?? .mention,
        raw: try c.text("raw"), number: try c.optionalText("number"), year: try c.optionalInt("year"),
        date: try c.optionalText("date"), citedKey: try c.text("cited_key"), target: try c.optionalText("target"),
        confidence: try c.optionalDouble("confidence"),
        status: Resolution.Status(rawValue: try c.text("status")) ?? .unresolved, reason: try c.optionalText("reason"))
    }
  }

  public func graph() throws -> ReferenceGraph {
    var graph = ReferenceGraph()
    for r in try session.query("SELECT id, number, date, subject FROM letter ORDER BY id") {
      let row = r.cells
      graph.add(
        ReferenceGraph.Node(
          id: try row.text("id"), number: try row.optionalText("number"), date: try row.optionalText("date"),
          subject: try row.optionalText("subject"), present: true))
    }
    for group in try unresolvedGroups(where: "true", []).map(\.group) where graph.nodes[group.key] == nil {
      graph.add(
        ReferenceGraph.Node(id: group.key, number: group.number, date: group.date, subject: nil, present: false))
    }
    for r in try session.query(
      """
      SELECT letter_id, coalesce(target, cited_key) AS target, role, confidence, raw, reason
      FROM citation WHERE active = 1 ORDER BY letter_id, role, ordinal
      """)
    {
      graph.add(try Self.edge(r.cells))
    }
    return graph
  }

  /// Letters whose number or subject contains `fragment` (a number piece such as `0812/ว 15`
  /// or a run of Thai across word breaks), through the `pg_trgm` indexes; PostgreSQL only.
  public func letters(containing fragment: String, limit: Int = 50) throws -> [LetterSummary] {
    let text = fragment.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return [] }
    func like(_ s: String) -> SQLValue {
      .text(
        "%"
          + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
          .replacingOccurrences(of: "_", with: "\\_") + "%")
    }
    return try session.query(
      """
      SELECT \(Self.summaryColumns) FROM letter l WHERE l.number LIKE $1 OR l.subject LIKE $2
      ORDER BY l.date IS NULL, l.date, l.id LIMIT $3
      """, [like(ThaiDigits.ascii(text)), like(text), .int(max(0, limit))]
    ).map { try Self.summary($0.cells) }
  }
}
