import Citations
import GRDB
import Letters
import ThaiText

extension SQLiteArchive {
  static let summaryColumns = """
    l.id, l.number, l.date, l.year, l.kind, l.urgency, l.subject, l.issuer,
    (SELECT group_concat(s.path, char(10)) FROM letter_copy c JOIN source_file s ON s.id = c.source_id
     WHERE c.letter_id = l.id) AS sources
    """

  static func summary(_ row: Row) -> LetterSummary {
    let sources: String? = row["sources"]
    return LetterSummary(
      id: row["id"], number: row["number"], date: row["date"], year: row["year"], kind: row["kind"],
      urgency: row["urgency"], subject: row["subject"], issuer: row["issuer"],
      sources: (sources ?? "").split(separator: "\n").map(String.init).sorted())
  }

  public func letter(id: String) throws -> StoredLetter? {
    try read { db in try Self.storedLetter(id: id, db) }
  }

  static func storedLetter(id: String, _ db: Database) throws -> StoredLetter? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT \(summaryColumns), l.record FROM letter l WHERE l.id = ?", arguments: [id])
    else { return nil }
    var record = CompactRecord.text(of: row["record"]).flatMap(JSONValue.parse) ?? .null
    let citations = try Row.fetchAll(
      db,
      sql: "SELECT role, ordinal, target, confidence FROM citation WHERE letter_id = ? AND active = 1 AND ordinal >= 0",
      arguments: [id])
    for c in citations {
      let role = CitationRole(rawValue: c["role"]) ?? .mention
      let ordinal: Int = c["ordinal"]
      let target: String? = c["target"]
      let confidence: Double? = c["confidence"]
      record = fill(record, role: role, ordinal: ordinal, target: target, confidence: confidence)
    }
    // In path order, the primary copy first: the order copies were stored in depends on which
    // of several writers got there first.
    let sources = try Row.fetchAll(
      db,
      sql: """
        SELECT s.path, s.sha256, c.segment, c.line_start, c.line_end, c.is_primary
        FROM letter_copy c JOIN source_file s ON s.id = c.source_id WHERE c.letter_id = ? ORDER BY s.path, c.segment
        """,
      arguments: [id]
    ).map {
      LetterSource(
        path: $0["path"], sha256: $0["sha256"], segment: $0["segment"],
        lines: LineSpan(start: $0["line_start"], end: $0["line_end"]), primary: $0["is_primary"])
    }
    return StoredLetter(summary: summary(row), record: record, sources: sources)
  }

  /// The record with one citation's target and confidence written in.
  static func fill(_ record: JSONValue, role: CitationRole, ordinal: Int, target: String?, confidence: Double?)
    -> JSONValue
  {
    func update(_ citation: JSONValue) -> JSONValue {
      citation.setting("target", target.map(JSONValue.string) ?? .null)
        .setting("confidence", confidence.map(JSONValue.double) ?? .null)
    }
    let key: String
    switch role {
    case .reference: key = "references"
    case .enclosure: key = "enclosures"
    case .mention, .annexOf: key = "mentions"
    }
    var items = record[key]?.array ?? []
    guard ordinal < items.count else { return record }
    if role == .enclosure {
      guard let letter = items[ordinal]["letter"], letter != .null else { return record }
      items[ordinal] = items[ordinal].setting("letter", update(letter))
    } else {
      items[ordinal] = update(items[ordinal])
    }
    return record.setting(key, .array(items))
  }

  /// The parts of a typed number that must hold exactly, as SQL over `letter` or `citation`
  /// (the filter both stores share; see ``NumberPatternFilter``).
  static func patternFilter(_ p: NumberPattern) -> (sql: String, arguments: StatementArguments) {
    let filter = NumberPatternFilter(p, dialect: .sqlite)
    let arguments: [(any DatabaseValueConvertible)?] = filter.arguments.map { argument in
      switch argument {
      case let .text(text): text
      case let .int(int): int
      }
    }
    return (filter.sql, StatementArguments(arguments))
  }

  public func find(_ pattern: NumberPattern) throws -> FindResult {
    let filter = Self.patternFilter(pattern)
    return try read { db in
      let letters = try Row.fetchAll(
        db,
        sql: """
          SELECT \(Self.summaryColumns), l.prefix, l.sub_office, l.code, l.circular, l.serial, l.year_suffix
          FROM letter l WHERE l.seq IN (SELECT seq FROM letter WHERE \(filter.sql)) ORDER BY l.date, l.id
          """,
        arguments: filter.arguments
      ).filter { row in pattern.matches(Self.letterKey(row).number, year: row["year"]) }.map(Self.summary)
      let missing = try Self.unresolvedGroups(db, where: filter.sql, filter.arguments).filter { group in
        guard let parts = group.parts else { return false }
        return pattern.matches(parts, year: group.group.year)
      }.map(\.group)
      return FindResult(letters: letters, missing: missing)
    }
  }

  public func edges(of id: String, _ direction: ReferenceGraph.Direction) throws -> [ReferenceGraph.Edge] {
    try read { db in
      let condition =
        direction == .outgoing ? "letter_id = ?" : "(target = ? OR (target IS NULL AND cited_key = ?))"
      let arguments: StatementArguments = direction == .outgoing ? [id] : [id, id]
      return try Row.fetchAll(
        db,
        sql: """
          SELECT letter_id, coalesce(target, cited_key) AS target, role, confidence, raw, reason
          FROM citation WHERE active = 1 AND \(condition) ORDER BY letter_id, role, ordinal
          """,
        arguments: arguments
      ).map(Self.edge)
    }
  }

  static func edge(_ row: Row) -> ReferenceGraph.Edge {
    ReferenceGraph.Edge(
      from: row["letter_id"], to: row["target"], role: CitationRole(rawValue: row["role"]) ?? .mention,
      confidence: row["confidence"], raw: row["raw"], reason: row["reason"])
  }

  public func unresolved() throws -> [UnresolvedGroup] {
    try read { db in
      try UnresolvedCopies.attach(Self.unresolvedGroups(db, where: "1", []), from: SQLiteCopySource(db: db))
    }
  }

  static func unresolvedGroups(_ db: Database, where condition: String, _ arguments: StatementArguments) throws
    -> [(group: UnresolvedGroup, parts: NumberParts?)]
  {
    try Row.fetchAll(
      db,
      sql: """
        SELECT cited_key, number, year, min(date) AS date, count(*) AS n,
          group_concat(DISTINCT letter_id) AS citing, min(raw) AS raw, max(reason) AS reason,
          prefix, sub_office, code, circular, serial, year_suffix
        FROM citation WHERE active = 1 AND target IS NULL AND \(condition)
        GROUP BY cited_key ORDER BY n DESC, cited_key
        """,
      arguments: arguments
    ).map { row in
      let citing: String = row["citing"] ?? ""
      let group = UnresolvedGroup(
        key: row["cited_key"], number: row["number"], year: row["year"], date: row["date"], count: row["n"],
        citedBy: citing.split(separator: ",").map(String.init).sorted(), raw: row["raw"] ?? "",
        reason: row["reason"])
      let serial: String? = row["serial"]
      return (group, serial == nil ? nil : letterKey(row.withID(row["cited_key"])).number)
    }
  }

  /// Ranked full-text search among the ``searchCandidates`` most recently stored matches (by
  /// `seq`): a query matching fewer letters ranks all of them, so a rare word is found wherever
  /// it is; BM25's statistics (document frequency, mean length) still come from the whole index.
  /// - Complexity: O(searchCandidates) index reads for the ranking, whatever the archive's size.
  public func search(_ text: String, limit: Int = 20, highlight: (String, String) = ("[", "]")) throws -> [SearchHit] {
    let candidates = searchCandidates
    let segmenter = try WordSegmenter()
    guard let match = SearchQuery.match(for: text, segmenter: segmenter) else { return [] }
    guard limit > 0 else { return [] }
    return try read { db in
      // Ranked on the index alone: SQLite computes a row's result columns before sorting, so
      // a snippet (which tokenizes the letter's text again) and the letter's row were made
      // for every match, not for the hits shown. `ORDER BY rowid DESC LIMIT` is answered by
      // FTS5 in index order, so the candidates are read without a sort. Their scores are read
      // once (at most `searchCandidates` rows) and the best `limit` kept here, with every hit
      // that ties the last one shown (ties are ordered by id): asking SQLite for the best
      // `limit + 1` and, on a tie, for the tied ones scored every candidate twice.
      let scores = """
        SELECT rowid AS seq, bm25(letter_search) AS score FROM letter_search WHERE letter_search MATCH ?
        ORDER BY rowid DESC LIMIT ?
        """
      var all: [(seq: Int64, score: Double)] = []
      let cursor = try Row.fetchCursor(db, sql: scores, arguments: [match, candidates])
      while let row = try cursor.next() { all.append((row["seq"], row["score"])) }
      all.sort { $0.score < $1.score }
      var score: [Int64: Double] = [:]
      if let last = all.prefix(limit).last?.score {
        for hit in all.prefix(while: { $0.score <= last }) { score[hit.seq] = hit.score }
      }
      guard !score.isEmpty else { return [] }
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT seq, id, number, date, subject FROM letter
          WHERE seq IN (\(score.keys.sorted().map(String.init).joined(separator: ",")))
          """)
      // Best score first, ties by id in SQLite's byte order.
      let ranked = rows.map { (row: $0, score: score[$0["seq"]] ?? 0, id: $0["id"] as String) }.sorted {
        $0.score != $1.score ? $0.score < $1.score : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8)
      }.prefix(limit)
      let snippet = try db.cachedStatement(
        sql: """
          SELECT snippet(letter_search, -1, ?, ?, '…', 16) FROM letter_search
          WHERE letter_search MATCH ? AND rowid = ?
          """)
      return try ranked.map { hit in
        let seq: Int64 = hit.row["seq"]
        let text = try String.fetchOne(snippet, arguments: [highlight.0, highlight.1, match, seq])
        return SearchHit(
          id: hit.id, number: hit.row["number"], date: hit.row["date"], subject: hit.row["subject"],
          snippet: text ?? "", score: hit.score)
      }
    }
  }

  public func list(_ filter: LetterFilter) throws -> [LetterSummary] {
    var clauses: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []
    if let prefix = filter.prefix {
      clauses.append("l.prefix = ?")
      arguments.append(prefix)
    }
    if let kind = filter.kind {
      clauses.append("l.kind = ?")
      arguments.append(kind.rawValue)
    }
    if let urgency = filter.urgency {
      clauses.append("l.urgency = ?")
      arguments.append(urgency.rawValue)
    }
    if let from = filter.from {
      clauses.append("l.date >= ?")
      arguments.append(from)
    }
    if let to = filter.to {
      clauses.append("l.date <= ?")
      arguments.append(to)
    }
    let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    let limit = filter.limit.map { "LIMIT \(max(0, $0))" } ?? ""
    return try read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT \(Self.summaryColumns) FROM letter l \(whereClause) ORDER BY l.date IS NULL, l.date, l.id \(limit)",
        arguments: StatementArguments(arguments)
      ).map(Self.summary)
    }
  }

  public func forEachLetter(_ body: (StoredLetter) throws -> Void) throws {
    try read { db in
      let ids = try String.fetchCursor(db, sql: "SELECT id FROM letter ORDER BY id")
      while let id = try ids.next() {
        if let letter = try Self.storedLetter(id: id, db) { try body(letter) }
      }
    }
  }

  public func citations() throws -> [CitationRow] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM citation WHERE active = 1 ORDER BY letter_id, role, ordinal").map {
        CitationRow(
          from: $0["letter_id"], role: CitationRole(rawValue: $0["role"]) ?? .mention, raw: $0["raw"],
          number: $0["number"], year: $0["year"], date: $0["date"], citedKey: $0["cited_key"],
          target: $0["target"], confidence: $0["confidence"],
          status: Resolution.Status(rawValue: $0["status"]) ?? .unresolved, reason: $0["reason"])
      }
    }
  }

  public func graph() throws -> ReferenceGraph {
    try read { db in
      var graph = ReferenceGraph()
      for row in try Row.fetchAll(db, sql: "SELECT id, number, date, subject FROM letter ORDER BY id") {
        graph.add(
          ReferenceGraph.Node(
            id: row["id"], number: row["number"], date: row["date"], subject: row["subject"], present: true))
      }
      for group in try Self.unresolvedGroups(db, where: "1", []).map(\.group) where graph.nodes[group.key] == nil {
        graph.add(
          ReferenceGraph.Node(id: group.key, number: group.number, date: group.date, subject: nil, present: false))
      }
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT letter_id, coalesce(target, cited_key) AS target, role, confidence, raw, reason
          FROM citation WHERE active = 1 ORDER BY letter_id, role, ordinal
          """)
      for row in rows { graph.add(Self.edge(row)) }
      return graph
    }
  }
}

extension Row {
  /// This row with an `id` column (for reading a citation's number as a letter key).
  fileprivate func withID(_ id: String) -> Row {
    var dictionary: [String: (any DatabaseValueConvertible)?] = [:]
    for (column, value) in self { dictionary[column] = value }
    dictionary["id"] = id
    return Row(dictionary)
  }
}
