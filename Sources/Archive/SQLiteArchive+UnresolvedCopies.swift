import Citations
import GRDB
import Letters

/// The SQLite store's answers for ``UnresolvedCopies``, inside one read.
struct SQLiteCopySource: CopyCandidateSource {
  let db: Database

  func numberIndex(serials: [String], circular: Bool) throws -> [(row: Int64, number: NumberParts, year: Int?)] {
    // Every column named is in `letter_number_parts` (serial, prefix, code, circular, year),
    // and `seq` is the rowid each entry holds: the letters' rows are not read.
    let sql = """
      SELECT seq, prefix, code, serial, year FROM letter
      WHERE serial IN (\(Array(repeating: "?", count: serials.count).joined(separator: ","))) AND circular = ?
      """
    var entries: [(row: Int64, number: NumberParts, year: Int?)] = []
    let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(serials + [circular]))
    while let row = try rows.next() {
      entries.append(
        (row[0], NumberParts(prefix: row[1], code: row[2], circular: circular, serial: row[3] ?? ""), row[4]))
    }
    return entries
  }

  func mayBeDoubted(rows: [Int64]) throws -> [(row: Int64, doubted: Bool)] {
    var found: [(row: Int64, doubted: Bool)] = []
    for start in stride(from: 0, to: rows.count, by: 500) {
      let chunk = Array(rows[start..<min(start + 500, rows.count)])
      let sql =
        "SELECT seq, record FROM letter WHERE seq IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))"
      let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(chunk))
      while let row = try cursor.next() {
        // The record's bytes as SQLite holds them (compact or JSON text: ASCII alike), uncopied.
        let doubted = try row.withUnsafeData(atIndex: 1) { data in
          data?.withUnsafeBytes { CopyMatcher.Record.mayBeDoubted(bytes: $0.bindMemory(to: UInt8.self)) } ?? false
        }
        found.append((row[0], doubted))
      }
    }
    return found
  }

  func letters(rows: [Int64]) throws -> [(row: Int64, id: String, number: NumberParts, record: StoredJSON?)] {
    var found: [(row: Int64, id: String, number: NumberParts, record: StoredJSON?)] = []
    for start in stride(from: 0, to: rows.count, by: 500) {
      let chunk = Array(rows[start..<min(start + 500, rows.count)])
      let sql = """
        SELECT id, prefix, sub_office, code, circular, serial, year_suffix, year, date, record, seq FROM letter
        WHERE seq IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))
        """
      found += try Row.fetchAll(db, sql: sql, arguments: StatementArguments(chunk)).map {
        let key = SQLiteArchive.letterKey(columns: $0)
        let record: StoredJSON? =
          switch ($0[9] as DatabaseValue).storage {
          case let .blob(data): .compact(data)
          case let .string(text): .text(text)
          default: nil
          }
        return ($0[10], key.id, key.number, record)
      }
    }
    return found
  }

  func openCitations(citedKeys: [String]) throws -> [(key: String, date: String?, issuer: String?, ocr: Bool)] {
    // By `citation_cited_key`: `+target` keeps SQLite from choosing the index on `target`,
    // which would read every open citation once per chunk of keys.
    var found: [(key: String, date: String?, issuer: String?, ocr: Bool)] = []
    for start in stride(from: 0, to: citedKeys.count, by: 500) {
      let chunk = Array(citedKeys[start..<min(start + 500, citedKeys.count)])
      let sql = """
        SELECT cited_key, date, issuer, candidates IS NOT NULL AS ocr FROM citation
        WHERE active = 1 AND +target IS NULL
          AND cited_key IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))
        """
      let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(chunk))
      while let row = try rows.next() { found.append((row[0], row[1], row[2], row[3])) }
    }
    return found
  }
}
