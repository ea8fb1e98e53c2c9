import Archive
import Citations
import Letters
import ThaiText

extension PostgresArchive {
  /// Resolves this batch's new citations, and retries the open or doubtful ones that could
  /// name a letter added or removed in it (the SQLite store's rule: the same number, the
  /// same code and serial, or the same code or serial within the date window).
  ///
  /// Runs under the resolve lock (see ``PostgresArchive``), so it sees every letter that
  /// any writer has committed, and writers after it see this batch's letters.
  /// - Complexity: O(b · k) for b letters touched and k citations near each, not O(archive).
  func resolveOpenCitations(_ touched: TouchedLetters, newCitations: [Int]) throws {
    var ids = newCitations
    var seen = Set(ids)
    let gap = CitationResolver().maxDayGap
    if !touched.letters.isEmpty {
      var keys = RowBatch([("number", "text"), ("code", "text"), ("serial", "text"), ("lo", "text"), ("hi", "text")])
      for key in touched.letters {
        let date = ArchiveStoreSupport.date(iso: key.date)
        keys.append([
          .string(key.number), JSONValue(key.code), .string(key.serial),
          JSONValue(date?.adding(days: -gap).iso), JSONValue(date?.adding(days: gap).iso),
        ])
      }
      // One lookup per key (OFFSET 0 keeps the planner from flattening it into a join, which
      // it can only run as a scan of every citation), each a BitmapOr over the indexes.
      let found = try session.query(
        """
        WITH r AS MATERIALIZED (SELECT * FROM \(keys.recordset(1)))
        SELECT DISTINCT x.id FROM r CROSS JOIN LATERAL (
          SELECT c.id FROM citation c WHERE c.status IN ('fuzzy', 'ambiguous', 'unresolved') AND (c.number = r.number
            OR ((c.code = r.code OR (c.code IS NULL AND r.code IS NULL)) AND c.serial = r.serial)
            OR (r.lo IS NOT NULL AND c.code = coalesce(r.code, '') AND c.date BETWEEN r.lo AND r.hi)
            OR (r.lo IS NOT NULL AND c.serial = r.serial AND c.date BETWEEN r.lo AND r.hi))
          OFFSET 0) x
        ORDER BY 1
        """, [keys.parameter]
      ).map { try $0.decode(Int.self) }
      for id in found where seen.insert(id).inserted { ids.append(id) }
    }
    // Annexes placed after a letter whose file changed.
    if !touched.deleted.isEmpty {
      let orphans = try session.query(
        "SELECT id FROM citation WHERE implied_target = ANY($1) ORDER BY id", [.texts(touched.deleted.sorted())]
      ).map { try $0.decode(Int.self) }
      for id in orphans where seen.insert(id).inserted { ids.append(id) }
    }
    guard !ids.isEmpty else { return }
    let resolver = CitationResolver()
    var updates = RowBatch([
      ("id", "bigint"), ("status", "text"), ("target", "text"), ("confidence", "text"), ("reason", "text"),
    ])
    for row in try session.query("SELECT * FROM citation WHERE id = ANY($1) ORDER BY id", [.ints(ids)]) {
      let cells = row.cells
      let citation = try Self.citationRecord(cells)
      var resolution: Resolution
      if citation.number == nil {
        resolution = resolver.resolve(citation, among: [])
        if let target = resolution.target,
          try session.query("SELECT 1 FROM letter WHERE id = $1", [.text(target)]).isEmpty
        {
          resolution = Resolution(status: .unresolved, reason: "the letter this annex follows has left the archive")
        }
      } else {
        resolution = resolver.resolve(citation, among: try candidates(for: citation, resolver: resolver))
      }
      updates.append([
        .int(try cells.int("id")), .string(resolution.status.rawValue), JSONValue(resolution.target),
        JSONValue(exactly: resolution.confidence), .string(resolution.reason),
      ])
    }
    try session.query(
      """
      UPDATE citation c SET status = r.status, target = r.target, confidence = r.confidence::double precision,
        reason = r.reason
      FROM \(updates.recordset(1)) WHERE c.id = r.id
      """, [updates.parameter])
  }

  /// Letters that could be the cited one: the exact number and year, the same code and
  /// serial, letters within the date window sharing the code or the serial, OCR candidates.
  func candidates(for c: CitationRecord, resolver: CitationResolver) throws -> [LetterKey] {
    guard let number = c.number else { return [] }
    var clauses = [
      "(number = $1 AND year IS NOT DISTINCT FROM $2)", "(code IS NOT DISTINCT FROM $3 AND serial = $4)",
    ]
    var values: [SQLValue] = [.text(number.canonical), SQLValue(c.year), SQLValue(number.code), .text(number.serial)]
    if let date = c.date {
      let (lo, hi) = (date.adding(days: -resolver.maxDayGap).iso, date.adding(days: resolver.maxDayGap).iso)
      clauses += ["(code = $5 AND date BETWEEN $6 AND $7)", "(serial = $4 AND date BETWEEN $6 AND $7)"]
      values += [.text(number.code ?? ""), .text(lo), .text(hi)]
    }
    if !c.candidates.isEmpty {
      clauses.append("number = ANY($\(values.count + 1))")
      values.append(.texts(c.candidates))
    }
    return try session.query(
      """
      SELECT id, prefix, sub_office, code, circular, serial, year_suffix, year, date FROM letter
      WHERE serial IS NOT NULL AND (\(clauses.joined(separator: " OR "))) ORDER BY seq
      """, values
    ).map { try Self.letterKey($0.cells, id: $0.cells.text("id")) }
  }

  static func letterKey(_ row: PostgresCells, id: String) throws -> LetterKey {
    let parts = NumberParts(
      prefix: try row.optionalText("prefix"), subOffice: try row.optionalText("sub_office"),
      code: try row.optionalText("code"), circular: try row.bool("circular"),
      serial: try row.optionalText("serial") ?? "", yearSuffix: try row.optionalText("year_suffix"))
    return LetterKey(
      id: id, number: parts, date: ArchiveStoreSupport.date(iso: try row.optionalText("date")),
      year: try row.optionalInt("year"))
  }

  static func citationRecord(_ row: PostgresCells) throws -> CitationRecord {
    var number: NumberParts?
    if let serial = try row.optionalText("serial") {
      number = NumberParts(
        prefix: try row.optionalText("prefix"), subOffice: try row.optionalText("sub_office"),
        code: try row.optionalText("code"), circular: try row.bool("circular"), serial: serial,
        yearSuffix: try row.optionalText("year_suffix"))
    }
    var record = CitationRecord(
      from: try row.text("letter_id"), role: CitationRole(rawValue: try row.text("role")) ?? .mention,
      ordinal: try row.int("ordinal"), raw: try row.text("raw"), issuer: try row.optionalText("issuer"),
      number: number, date: ArchiveStoreSupport.date(iso: try row.optionalText("date")),
      impliedTarget: try row.optionalText("implied_target"))
    record.candidates = ArchiveStoreSupport.strings(inJSON: try row.optionalText("candidates"))
    return record
  }
}
