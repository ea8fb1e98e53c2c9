import Archive
import Citations
import Letters

/// The PostgreSQL store's answers for ``UnresolvedCopies``, the same as the SQLite store's.
extension PostgresArchive: CopyCandidateSource {
  package func letters(serials: [String], circular: Bool, years: ClosedRange<Int>?) throws
    -> [(id: String, number: NumberParts)]
  {
    // `letter_number_parts` (serial, prefix, code, circular, year) answers the serials.
    var sql = """
      SELECT id, prefix, sub_office, code, circular, serial, year_suffix, year, date FROM letter
      WHERE serial = ANY($1) AND circular = $2
      """
    var values: [SQLValue] = [.texts(serials), SQLValue(circular)]
    if let years {
      sql += " AND (year IS NULL OR year BETWEEN $3 AND $4)"
      values += [.int(years.lowerBound), .int(years.upperBound)]
    }
    return try session.query(sql, values).map { r in
      let key = try Self.letterKey(r.cells, id: try r.cells.text("id"))
      return (key.id, key.number)
    }
  }

  package func letterRecord(id: String) throws -> JSONValue? {
    guard let row = try session.query("SELECT record FROM letter WHERE id = $1", [.text(id)]).first else { return nil }
    return ArchiveStoreSupport.parseJSON(try row.cells.text("record"))
  }

  package func openCitations(citedKey: String) throws -> [(date: String?, issuer: String?, ocr: Bool)] {
    try session.query(
      """
      SELECT date, issuer, (candidates IS NOT NULL)::int AS ocr FROM citation
      WHERE active = 1 AND target IS NULL AND cited_key = $1
      """, [.text(citedKey)]
    ).map { r in (try r.cells.optionalText("date"), try r.cells.optionalText("issuer"), try r.cells.bool("ocr")) }
  }
}
