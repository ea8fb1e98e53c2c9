import Archive
import Citations
import Letters

/// The PostgreSQL store's answers for ``UnresolvedCopies``, the same as the SQLite store's.
extension PostgresArchive: CopyCandidateSource {
  package func numberIndex(serials: [String], circular: Bool) throws
    -> [(row: Int64, number: NumberParts, year: Int?)]
  {
    // `letter_number_parts` (serial, prefix, code, circular, year) answers the serials.
    try session.query(
      "SELECT seq, prefix, code, serial, year FROM letter WHERE serial = ANY($1) AND circular = $2",
      [.texts(serials), SQLValue(circular)]
    ).map { r in
      let number = NumberParts(
        prefix: try r.cells.optionalText("prefix"), code: try r.cells.optionalText("code"), circular: circular,
        serial: try r.cells.optionalText("serial") ?? "")
      return (Int64(try r.cells.int("seq")), number, try r.cells.optionalInt("year"))
    }
  }

  package func mayBeDoubted(rows: [Int64]) throws -> [(row: Int64, doubted: Bool)] {
    try session.query("SELECT seq, record FROM letter WHERE seq = ANY($1)", [.ints(rows.map(Int.init))]).map { r in
      let record = try r.cells.optionalText("record")
      return (Int64(try r.cells.int("seq")), record.map { CopyMatcher.Record.mayBeDoubted(.text($0)) } ?? false)
    }
  }

  package func letters(rows: [Int64]) throws -> [(row: Int64, id: String, number: NumberParts, record: StoredJSON?)] {
    try session.query(
      """
      SELECT seq, id, prefix, sub_office, code, circular, serial, year_suffix, year, date, record FROM letter
      WHERE seq = ANY($1)
      """, [.ints(rows.map(Int.init))]
    ).map { r in
      let key = try Self.letterKey(r.cells, id: try r.cells.text("id"))
      return (
        Int64(try r.cells.int("seq")), key.id, key.number, try r.cells.optionalText("record").map(StoredJSON.text)
      )
    }
  }

  package func openCitations(citedKeys: [String]) throws
    -> [(key: String, date: String?, issuer: String?, ocr: Bool)]
  {
    try session.query(
      """
      SELECT cited_key, date, issuer, (candidates IS NOT NULL)::int AS ocr FROM citation
      WHERE active = 1 AND target IS NULL AND cited_key = ANY($1)
      """, [.texts(citedKeys)]
    ).map { r in
      (
        try r.cells.text("cited_key"), try r.cells.optionalText("date"), try r.cells.optionalText("issuer"),
        try r.cells.bool("ocr")
      )
    }
  }
}
