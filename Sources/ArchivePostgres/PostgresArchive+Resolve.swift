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
  ///
  /// The batch's own citations are resolved before they are stored, and stored with their
  /// answer in one statement (the SQLite store's way): inserting them open and then updating
  /// them wrote every citation twice, with its eleven index entries, and a statement a file.
  func resolveOpenCitations(_ touched: TouchedLetters, newCitations: [NewCitation]) throws {
    var ids: [Int] = []
    var seen = Set<Int>()
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
      // Citations whose OCR candidates may name a letter two digits or more from what was
      // printed: asked by the numbers Tesseract prints for the letter's (``TesseractPrintings``).
      let printed = Set(touched.letters.flatMap { TesseractPrintings.of($0.number) }).sorted()
      if !printed.isEmpty {
        let found = try session.query(
          """
          SELECT id FROM citation WHERE number = ANY($1) AND candidates IS NOT NULL
            AND status IN ('fuzzy', 'ambiguous', 'unresolved') ORDER BY id
          """, [.texts(printed)]
        ).map { try $0.decode(Int.self) }
        for id in found where seen.insert(id).inserted { ids.append(id) }
      }
    }
    // Announcements and other letters cited by office and date (migration v7's partial index).
    if !touched.dated.isEmpty {
      var keys = RowBatch([("date", "text"), ("issuer", "text")])
      for key in touched.dated.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
        keys.append(key.map(JSONValue.string))
      }
      let found = try session.query(
        """
        WITH r AS MATERIALIZED (SELECT * FROM \(keys.recordset(1)))
        SELECT DISTINCT x.id FROM r CROSS JOIN LATERAL (
          SELECT c.id FROM citation c WHERE c.date = r.date AND c.number IS NULL AND c.implied_target IS NULL
            AND c.status IN ('fuzzy', 'ambiguous', 'unresolved') AND replace(c.issuer, ' ', '') = r.issuer
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
    guard !ids.isEmpty || !newCitations.isEmpty else { return }
    let resolver = CitationResolver()
    var citations =
      try ids.isEmpty
      ? []
      : session.query("SELECT * FROM citation WHERE id = ANY($1) ORDER BY id", [.ints(ids)]).map {
        (id: try $0.cells.int("id"), record: try Self.citationRecord($0.cells))
      }
    // New citations have no id yet: they go by -1, -2, … here.
    citations += newCitations.enumerated().map { (id: -1 - $0.offset, record: $0.element.record) }
    let candidates = try candidates(for: citations.filter { $0.record.number != nil }, resolver: resolver)
    let dated = try datedCandidates(for: citations.filter { $0.record.isDated })
    let annexTargets = citations.compactMap { $0.record.number == nil ? $0.record.impliedTarget : nil }
    let present = Set(
      try annexTargets.isEmpty
        ? []
        : session.query("SELECT id FROM letter WHERE id = ANY($1)", [.texts(annexTargets)]).map {
          try $0.decode(String.self)
        })
    var updates = RowBatch([
      ("id", "bigint"), ("status", "text"), ("target", "text"), ("confidence", "text"), ("reason", "text"),
    ])
    var inserts = RowBatch(
      Self.citationColumns.filter { $0.name != "active" } + [
        ("status", "text"), ("target", "text"), ("confidence", "text"), ("reason", "text"), ("ord", "integer"),
      ])
    for (id, citation) in citations {
      var resolution: Resolution
      if citation.isDated {
        resolution = resolver.resolve(citation, amongDated: dated[id] ?? [])
      } else if citation.number == nil {
        resolution = resolver.resolve(citation, among: [])
        if let target = resolution.target, !present.contains(target) {
          resolution = Resolution(status: .unresolved, reason: "the letter this annex follows has left the archive")
        }
      } else {
        resolution = resolver.resolve(citation, among: candidates[id] ?? [])
      }
      let answer: [JSONValue] = [
        .string(resolution.status.rawValue), JSONValue(resolution.target), JSONValue(exactly: resolution.confidence),
        .string(resolution.reason),
      ]
      if id < 0 {
        let new = newCitations[-1 - id]
        var values = Self.citationValues(new.record, copy: new.copy, active: false)
        values.remove(at: Self.citationColumns.firstIndex { $0.name == "active" } ?? 2)
        inserts.append(values + answer + [.int(-1 - id)])
      } else {
        updates.append([.int(id)] + answer)
      }
    }
    if !updates.isEmpty {
      try session.query(
        """
        UPDATE citation c SET status = r.status, target = r.target, confidence = r.confidence::double precision,
          reason = r.reason
        FROM \(updates.recordset(1)) WHERE c.id = r.id
        """, [updates.parameter])
    }
    if !inserts.isEmpty {
      // Active when the copy is primary — now, not when the file was read: a copy stored earlier
      // in this batch may have been promoted since (``removeCopies(of:_:)``), and one removed
      // since takes its citations with it, as the cascade did. In the batch's order, so that
      // ids are given as when each file's citations were stored with it.
      let names = inserts.columns.map(\.name).filter { $0 != "confidence" && $0 != "ord" }
      try session.query(
        """
        INSERT INTO citation (\(names.joined(separator: ", ")), confidence, active)
        SELECT \(names.map { "r." + $0 }.joined(separator: ", ")), r.confidence::double precision, lc.is_primary
        FROM \(inserts.recordset(1)) JOIN letter_copy lc ON lc.id = r.copy_id
        ORDER BY r.ord
        """, [inserts.parameter])
    }
  }

  /// For each citation, the letters that could be the cited one: the exact number and year,
  /// the same code and serial, letters within the date window one digit away in code or
  /// serial, its OCR candidates — each citation's in `seq` order.
  ///
  /// When the letter with the cited number and year is stored (most citations), it is the only
  /// candidate read: ``CitationResolver`` takes the exact letter whatever else fits (the SQLite
  /// store's rule, ``Archive/SQLiteArchive``). The others are asked in a second query whose
  /// arms each run on one index of migration v6, `saraban_near` testing one digit on the
  /// index entries; the query before sent the client every letter of the code or serial
  /// within the dates (51 rows a citation on average at 10,000 letters, BENCHMARKS.md).
  /// - Complexity: two round trips for all citations; O(k) rows for k candidates.
  func candidates(for citations: [(id: Int, record: CitationRecord)], resolver: CitationResolver) throws
    -> [Int: [LetterKey]]
  {
    guard !citations.isEmpty else { return [:] }
    var exactKeys = RowBatch([("cid", "bigint"), ("number", "text"), ("year", "integer")])
    for (id, c) in citations {
      guard let number = c.number else { continue }
      exactKeys.append([.int(id), .string(number.canonical), JSONValue(c.year)])
    }
    var found: [Int: [(seq: Int, key: LetterKey)]] = [:]
    for row in try session.query(
      """
      WITH r AS MATERIALIZED (SELECT * FROM \(exactKeys.recordset(1)))
      SELECT r.cid, x.* FROM r CROSS JOIN LATERAL (
        SELECT \(Self.letterKeyColumns) FROM letter l
        WHERE l.number = r.number AND l.year IS NOT DISTINCT FROM r.year AND l.serial IS NOT NULL
        OFFSET 0) x
      """, [exactKeys.parameter])
    {
      let cells = row.cells
      found[try cells.int("cid"), default: []].append(
        (try cells.int("seq"), try Self.letterKey(cells, id: try cells.text("id"))))
    }
    var keys = RowBatch([
      ("cid", "bigint"), ("code", "text"), ("serial", "text"), ("circular", "integer"), ("prefix", "text"),
      ("lo", "text"), ("hi", "text"), ("cands", "text"),
    ])
    let separator = "\u{1F}"
    for (id, c) in citations {
      guard let number = c.number else { continue }
      let canonical = number.canonical
      let isExact = { (key: LetterKey) in key.id != c.from && key.number.canonical == canonical && key.year == c.year }
      if c.year != nil, found[id]?.contains(where: { isExact($0.key) }) == true {
        continue
      }
      keys.append([
        .int(id), JSONValue(number.code), .string(number.serial), JSONValue(number.circular), JSONValue(number.prefix),
        JSONValue(c.date?.adding(days: -resolver.maxDayGap).iso),
        JSONValue(c.date?.adding(days: resolver.maxDayGap).iso),
        c.candidates.isEmpty ? .null : .string(c.candidates.joined(separator: separator)),
      ])
    }
    if !keys.isEmpty {
      // Separate arms (UNION ALL; repeats dropped below), each an index scan filtered on the
      // index's entries: an OR of them is planned as a BitmapOr, which tests rows, not entries.
      // Each keeps to the citation's register (ว or not, no other prefix), as the SQLite store
      // does: the resolver's fuzzy match takes no other, and a serial like 1 of a code-less
      // number is on ten letters of other registers for each one of its own.
      let register = "l.circular = r.circular AND (l.prefix IS NULL OR r.prefix IS NULL OR l.prefix = r.prefix)"
      for row in try session.query(
        """
        WITH r AS MATERIALIZED (SELECT * FROM \(keys.recordset(1)))
        SELECT r.cid, x.* FROM r CROSS JOIN LATERAL (
          SELECT \(Self.letterKeyColumns) FROM letter l
          WHERE l.serial = r.serial AND (l.code = r.code OR (l.code IS NULL AND r.code IS NULL)) AND \(register)
          UNION ALL
          SELECT \(Self.letterKeyColumns) FROM letter l
          WHERE r.lo IS NOT NULL AND l.code = coalesce(r.code, '') AND l.date BETWEEN r.lo AND r.hi
            AND saraban_near(l.serial, r.serial) AND \(register)
          UNION ALL
          SELECT \(Self.letterKeyColumns) FROM letter l
          WHERE r.lo IS NOT NULL AND l.serial = r.serial AND l.date BETWEEN r.lo AND r.hi
            AND (saraban_near(l.code, r.code) OR (l.code IS NULL AND r.code IS NULL)) AND \(register)
          UNION ALL
          SELECT \(Self.letterKeyColumns) FROM letter l
          WHERE r.cands IS NOT NULL AND l.serial IS NOT NULL AND l.number = ANY(string_to_array(r.cands, $2))
            AND \(register)
          OFFSET 0) x
        """, [keys.parameter, .text(separator)])
      {
        let cells = row.cells
        found[try cells.int("cid"), default: []].append(
          (try cells.int("seq"), try Self.letterKey(cells, id: try cells.text("id"))))
      }
    }
    // In `seq` order, each letter once: as the single query before gave them.
    return found.mapValues { rows in
      var seen = Set<Int>()
      return rows.sorted { $0.seq < $1.seq }.filter { seen.insert($0.seq).inserted }.map(\.key)
    }
  }

  /// For each citation by office and date, the letters of that date from that office
  /// (spaces aside; ``CitationResolver/resolve(_:amongDated:)`` decides), in `seq` order.
  /// - Complexity: one round trip for all citations.
  func datedCandidates(for citations: [(id: Int, record: CitationRecord)]) throws -> [Int: [DatedLetter]] {
    var keys = RowBatch([("cid", "bigint"), ("date", "text"), ("issuer", "text")])
    for (id, c) in citations {
      guard let date = c.date, let issuer = c.issuer else { continue }
      keys.append([.int(id), .string(date.iso), .string(ArchiveStoreSupport.issuerKey(issuer))])
    }
    guard !keys.isEmpty else { return [:] }
    var found: [Int: [DatedLetter]] = [:]
    for row in try session.query(
      """
      WITH r AS MATERIALIZED (SELECT * FROM \(keys.recordset(1)))
      SELECT r.cid, x.* FROM r CROSS JOIN LATERAL (
        SELECT l.id, l.issuer, l.kind, l.subject, (l.number IS NOT NULL)::int AS numbered FROM letter l
        WHERE l.date = r.date AND replace(l.issuer, ' ', '') = r.issuer ORDER BY l.seq
        OFFSET 0) x
      """, [keys.parameter])
    {
      let cells = row.cells
      found[try cells.int("cid"), default: []].append(
        DatedLetter(
          id: try cells.text("id"), issuer: try cells.optionalText("issuer"),
          kind: LetterKind(rawValue: try cells.text("kind")) ?? .unknown, subject: try cells.optionalText("subject"),
          numbered: try cells.bool("numbered")))
    }
    return found
  }

  /// What ``letterKey(_:id:)`` reads, and `seq`.
  static let letterKeyColumns =
    "l.seq, l.id, l.prefix, l.sub_office, l.code, l.circular, l.serial, l.year_suffix, l.year, l.date"

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
