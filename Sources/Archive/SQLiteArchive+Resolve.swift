import Citations
import GRDB
import Letters
import ThaiText

extension SQLiteArchive {
  /// Resolves the citations added in this batch, and retries the open or doubtful ones
  /// that could name a letter added or removed in it: the same number, the same code and
  /// serial, or the same code or serial within the date window.
  /// - Complexity: O(b · k) for b letters touched and k citations near each, not O(archive).
  func resolveOpenCitations(_ db: Database, touched: Touched, newFrom firstNew: Int64) throws {
    var ids = try Int64.fetchAll(db, sql: "SELECT id FROM citation WHERE id >= ?", arguments: [firstNew])
    var seen = Set(ids)
    let gap = CitationResolver().maxDayGap
    for key in touched.letters {
      var clauses = ["number = ?", "(code IS ? AND serial = ?)"]
      var arguments: [(any DatabaseValueConvertible)?] = [key.number, key.code, key.serial]
      if let date = ThaiDate(iso: key.date) {
        let (lo, hi) = (date.adding(days: -gap).iso, date.adding(days: gap).iso)
        clauses += ["(code = ? AND date BETWEEN ? AND ?)", "(serial = ? AND date BETWEEN ? AND ?)"]
        arguments += [key.code ?? "", lo, hi, key.serial, lo, hi]
      }
      let found = try Int64.fetchAll(
        db,
        sql: """
          SELECT id FROM citation WHERE status IN ('fuzzy', 'ambiguous', 'unresolved') AND id < ?
          AND (\(clauses.joined(separator: " OR ")))
          """,
        arguments: StatementArguments([firstNew] + arguments))
      for id in found where seen.insert(id).inserted { ids.append(id) }
    }
    // Annexes placed after a letter whose file changed.
    for letter in touched.deleted {
      let orphans = try Int64.fetchAll(
        db, sql: "SELECT id FROM citation WHERE implied_target = ? AND id < ?", arguments: [letter, firstNew])
      for id in orphans where seen.insert(id).inserted { ids.append(id) }
    }
    let resolver = CitationResolver()
    for id in ids {
      guard let row = try Row.fetchOne(db, sql: "SELECT * FROM citation WHERE id = ?", arguments: [id]) else {
        continue
      }
      let citation = Self.citationRecord(row)
      var resolution: Resolution
      if citation.number == nil {
        resolution = resolver.resolve(citation, among: [])
        if let target = resolution.target,
          try Bool.fetchOne(db, sql: "SELECT 1 FROM letter WHERE id = ?", arguments: [target]) != true
        {
          resolution = Resolution(status: .unresolved, reason: "the letter this annex follows has left the archive")
        }
      } else {
        resolution = resolver.resolve(citation, among: try candidates(for: citation, resolver: resolver, db))
      }
      try db.execute(
        sql: "UPDATE citation SET status = ?, target = ?, confidence = ?, reason = ? WHERE id = ?",
        arguments: [resolution.status.rawValue, resolution.target, resolution.confidence, resolution.reason, id])
    }
  }

  /// Letters that could be the cited one: the exact number and year, the same code and
  /// serial, letters within the date window sharing the code or the serial, OCR candidates.
  func candidates(for c: CitationRecord, resolver: CitationResolver, _ db: Database) throws -> [LetterKey] {
    guard let number = c.number else { return [] }
    var clauses = ["(number = ? AND year IS ?)", "(code IS ? AND serial = ?)"]
    var arguments: [(any DatabaseValueConvertible)?] = [number.canonical, c.year, number.code, number.serial]
    if let date = c.date {
      let (lo, hi) = (date.adding(days: -resolver.maxDayGap).iso, date.adding(days: resolver.maxDayGap).iso)
      clauses += ["(code = ? AND date BETWEEN ? AND ?)", "(serial = ? AND date BETWEEN ? AND ?)"]
      arguments += [number.code ?? "", lo, hi, number.serial, lo, hi]
    }
    if !c.candidates.isEmpty {
      clauses.append("number IN (\(Array(repeating: "?", count: c.candidates.count).joined(separator: ",")))")
      arguments += c.candidates.map { $0 as (any DatabaseValueConvertible)? }
    }
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT id, prefix, sub_office, code, circular, serial, year_suffix, year, date FROM letter
        WHERE serial IS NOT NULL AND (\(clauses.joined(separator: " OR ")))
        """,
      arguments: StatementArguments(arguments))
    return rows.map(Self.letterKey)
  }

  static func letterKey(_ row: Row) -> LetterKey {
    let parts = NumberParts(
      prefix: row["prefix"], subOffice: row["sub_office"], code: row["code"], circular: row["circular"] ?? false,
      serial: row["serial"] ?? "", yearSuffix: row["year_suffix"])
    return LetterKey(id: row["id"], number: parts, date: ThaiDate(iso: row["date"]), year: row["year"])
  }

  static func citationRecord(_ row: Row) -> CitationRecord {
    var number: NumberParts?
    if let serial: String = row["serial"] {
      number = NumberParts(
        prefix: row["prefix"], subOffice: row["sub_office"], code: row["code"], circular: row["circular"] ?? false,
        serial: serial, yearSuffix: row["year_suffix"])
    }
    var record = CitationRecord(
      from: row["letter_id"], role: CitationRole(rawValue: row["role"]) ?? .mention, ordinal: row["ordinal"],
      raw: row["raw"], issuer: row["issuer"], number: number, date: ThaiDate(iso: row["date"]),
      impliedTarget: row["implied_target"])
    if let text: String = row["candidates"], let list = JSONValue.parse(text) {
      record.candidates = list.array.compactMap(\.string)
    }
    return record
  }
}
