import Archive
import Letters
import ThaiText

extension PostgresArchive {
  /// Ranked Thai full-text search, with the SQLite store's answers: every typed word must
  /// occur (as a phrase of its ICU tokens, within one text), ranked by FTS5's BM25 among the
  /// ``searchCandidates`` most recently stored matches (highest `seq`), ties by id, and
  /// quoted by FTS5's snippet rules. A query matching fewer letters ranks all of them.
  ///
  /// The GIN index on the `tsvector` finds the letters; the positions of the query's
  /// lexemes in the newest of them give each phrase's frequency; BM25 and the snippets are
  /// computed here. BM25's statistics (rows, mean length, each phrase's document frequency)
  /// come from the whole index, as FTS5's `bm25()` takes them whatever the query's `LIMIT`.
  /// - Complexity: O(m) in the letters that match to pick the newest (on the server), then
  ///   O(searchCandidates) rows read for the ranking, plus the snippets of `limit` of them.
  public func search(_ text: String, limit: Int = 20, highlight: (String, String) = ("[", "]")) throws -> [SearchHit] {
    let phrases = try withSegmenter { ArchiveStoreSupport.queryPhrases(text, segmenter: $0) }
    guard !phrases.isEmpty else { return [] }
    guard limit > 0 else { return [] }
    let query = SearchDocument.query(phrases)
    let lexemes = Array(Set(phrases.joined()))
    var rows: [String: (length: Int, positions: [String: Set<Int>])] = [:]
    // The candidates are the newest matches by `seq`, the order letters were stored in — the
    // SQLite store's `ORDER BY rowid DESC LIMIT` on its FTS5 table, whose rowid is `seq`.
    for r in try session.query(
      """
      WITH candidate AS (
        SELECT seq, tokens, document FROM letter_search WHERE document @@ $1::tsquery ORDER BY seq DESC LIMIT $3
      )
      SELECT l.id, c.tokens, u.lexeme, array_to_string(u.positions, ',') AS positions
      FROM candidate c JOIN letter l ON l.seq = c.seq CROSS JOIN LATERAL unnest(c.document) AS u
      WHERE u.lexeme = ANY($2)
      """, [.text(query), .texts(lexemes), .int(searchCandidates)])
    {
      let c = r.cells
      let id = try c.text("id")
      let positions = Set(try c.text("positions").split(separator: ",").compactMap { Int($0) })
      let length = try c.int("tokens")
      let lexeme = try c.text("lexeme")
      rows[id, default: (length, [:])].positions[lexeme] = positions
    }
    guard !rows.isEmpty else { return [] }
    // Over every indexed letter, not the candidates: FTS5 reads its statistics from the index.
    guard
      let totals = try session.query("SELECT count(*) AS n, coalesce(sum(tokens), 0)::bigint AS t FROM letter_search")
        .first?.cells
    else { return [] }
    let rowCount = try totals.int("n")
    let averageLength = Double(try totals.int("t")) / Double(rowCount)
    var idf: [Double] = []
    for phrase in phrases {
      let hits =
        try session.query(
          "SELECT count(*) FROM letter_search WHERE document @@ $1::tsquery", [.text(SearchDocument.query([phrase]))]
        ).first?.decode(Int.self) ?? 0
      idf.append(FTS5Emulation.idf(rows: rowCount, hits: hits))
    }
    var ranked = rows.map { id, row in
      (
        id: id,
        score: FTS5Emulation.bm25(
          frequency: phrases.map { FTS5Emulation.hits(of: $0, positions: row.positions) }, length: row.length,
          idf: idf, averageLength: averageLength)
      )
    }
    // SQLite's ORDER BY score, id: ids compared byte by byte.
    ranked.sort { a, b in a.score != b.score ? a.score < b.score : Array(a.id.utf8).lexicographicallyPrecedes(b.id.utf8)
    }
    ranked = Array(ranked.prefix(limit))
    var letters: [String: PostgresCells] = [:]
    for r in try session.query(
      "SELECT id, number, date, subject, record FROM letter WHERE id = ANY($1)", [.texts(ranked.map(\.id))])
    {
      letters[try r.cells.text("id")] = r.cells
    }
    return try ranked.compactMap { hit in
      guard let row = letters[hit.id] else { return nil }
      let texts = ArchiveStoreSupport.searchTexts(
        record: ArchiveStoreSupport.parseJSON(try row.text("record")) ?? .null)
      let snippet = try withSegmenter { segmenter in
        FTS5Emulation.snippet(
          texts: texts, tokens: texts.map { SearchDocument.tokens($0, segmenter: segmenter) }, phrases: phrases,
          open: highlight.0, close: highlight.1, ellipsis: "…")
      }
      return SearchHit(
        letterID: hit.id, number: try row.optionalText("number"), date: try row.optionalText("date"),
        subject: try row.optionalText("subject"), snippet: snippet, score: hit.score)
    }
  }
}
