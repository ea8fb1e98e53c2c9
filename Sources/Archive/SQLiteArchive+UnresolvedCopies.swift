import Citations
import GRDB
import Letters

/// The SQLite store's answers for ``UnresolvedCopies``, inside one read.
struct SQLiteCopySource: CopyCandidateSource {
  let db: Database

  func letters(serials: [String], circular: Bool, years: ClosedRange<Int>?) throws -> [(
    id: String, number: NumberParts
  )] {
    // `letter_number_parts` (serial, prefix, code, circular, year) answers the serials and
    // tests the register and year on its entries.
    var sql = """
      SELECT id, prefix, sub_office, code, circular, serial, year_suffix, year, date FROM letter
      WHERE serial IN (\(Array(repeating: "?", count: serials.count).joined(separator: ","))) AND circular = ?
      """
    var arguments: [(any DatabaseValueConvertible)?] = serials + [circular]
    if let years {
      sql += " AND (year IS NULL OR year BETWEEN ? AND ?)"
      arguments += [years.lowerBound, years.upperBound]
    }
    return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map {
      let key = SQLiteArchive.letterKey(columns: $0)
      return (key.id, key.number)
    }
  }

  func letterRecord(id: String) throws -> JSONValue? {
    guard let value = try DatabaseValue.fetchOne(db, sql: "SELECT record FROM letter WHERE id = ?", arguments: [id])
    else { return nil }
    return CompactRecord.text(of: value).flatMap(JSONValue.parse)
  }

  func openCitations(citedKey: String) throws -> [(date: String?, issuer: String?, ocr: Bool)] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT date, issuer, candidates IS NOT NULL AS ocr FROM citation
        WHERE active = 1 AND target IS NULL AND cited_key = ?
        """,
      arguments: [citedKey]
    ).map { ($0["date"], $0["issuer"], $0["ocr"]) }
  }
}
