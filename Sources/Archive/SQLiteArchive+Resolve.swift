import Citations
import GRDB
import Letters
import ThaiText

extension SQLiteArchive {
  /// Open or doubtful citations that a letter with this number, code, serial and date could
  /// resolve or unsettle. Only citations the resolver could match to such a letter are
  /// read: the same ว register and no other prefix (``CitationResolver`` rejects the rest).
  static let retrySQL = """
    SELECT id, number, code, serial, candidates FROM citation
    WHERE status IN ('fuzzy', 'ambiguous', 'unresolved') AND id < ?
      AND circular = ? AND (prefix IS NULL OR ? IS NULL OR prefix = ?)
      AND (number = ? OR (code IS ? AND serial = ?) OR (code = ? AND date BETWEEN ? AND ?)
        OR (serial = ? AND date BETWEEN ? AND ?))
    """

  /// Letters that could be the cited one: the exact number and year, the same code and
  /// serial, letters within the date window sharing the code or the serial — in the same ว
  /// register and with no other prefix, since the resolver takes no other.
  static let candidatesSQL = """
    SELECT id, prefix, sub_office, code, circular, serial, year_suffix, year, date FROM letter
    WHERE serial IS NOT NULL AND circular = ? AND (prefix IS NULL OR ? IS NULL OR prefix = ?)
      AND ((number = ? AND year IS ?) OR (code IS ? AND serial = ?) OR (code = ? AND date BETWEEN ? AND ?)
        OR (serial = ? AND date BETWEEN ? AND ?))
    """

  static let citationColumns = """
    letter_id, role, ordinal, raw, issuer, prefix, sub_office, code, circular, serial, year_suffix, date,
    implied_target, candidates
    """

  /// Resolves the citations added in this batch, and retries the open or doubtful ones
  /// that could name a letter added or removed in it: the same number, the same code and
  /// serial, or the same code or serial within the date window.
  /// - Complexity: O(b · k) for b letters touched and k citations near each, not O(archive).
  func resolveOpenCitations(_ db: Database, touched: Touched, fresh: [(Int64, CitationRecord)], newFrom firstNew: Int64)
    throws
  {
    var work: [(Int64, CitationRecord?)] = fresh.map { ($0.0, $0.1) }
    var seen = Set(fresh.map(\.0))
    let gap = CitationResolver().maxDayGap
    let retry = try db.cachedStatement(sql: Self.retrySQL)
    for key in touched.letters.sorted(by: { ($0.number, $0.date ?? "") < ($1.number, $1.date ?? "") }) {
      var lo: String?
      var hi: String?
      if let date = ThaiDate(iso: key.date) {
        (lo, hi) = (date.adding(days: -gap).iso, date.adding(days: gap).iso)
      }
      let found = try Row.fetchCursor(
        retry,
        arguments: [
          firstNew, key.circular, key.prefix, key.prefix, key.number, key.code, key.serial, key.code ?? "", lo, hi,
          key.serial, lo, hi,
        ])
      while let row = try found.next() {
        let id: Int64 = row[0]
        guard Self.couldName(key, number: row[1], code: row[2], serial: row[3], candidates: row[4]) else { continue }
        if seen.insert(id).inserted { work.append((id, nil)) }
      }
    }
    // Annexes placed after a letter whose file changed.
    for letter in touched.deleted.sorted() {
      let orphans = try Int64.fetchAll(
        db, sql: "SELECT id FROM citation WHERE implied_target = ? AND id < ?", arguments: [letter, firstNew])
      for id in orphans where seen.insert(id).inserted { work.append((id, nil)) }
    }
    let resolver = CitationResolver()
    let read = try db.cachedStatement(sql: "SELECT \(Self.citationColumns) FROM citation WHERE id = ?")
    let exists = try db.cachedStatement(sql: "SELECT 1 FROM letter WHERE id = ?")
    let update = try db.cachedStatement(
      sql: "UPDATE citation SET status = ?, target = ?, confidence = ?, reason = ? WHERE id = ?")
    for (id, known) in work {
      let citation: CitationRecord
      if let known {
        citation = known
      } else {
        guard let row = try Row.fetchOne(read, arguments: [id]) else { continue }
        citation = Self.citationRecord(columns: row)
      }
      var resolution: Resolution
      if citation.number == nil {
        resolution = resolver.resolve(citation, among: [])
        if let target = resolution.target, try Bool.fetchOne(exists, arguments: [target]) != true {
          resolution = Resolution(status: .unresolved, reason: "the letter this annex follows has left the archive")
        }
      } else {
        resolution = resolver.resolve(citation, among: try candidates(for: citation, resolver: resolver, db))
      }
      try update.execute(arguments: [
        resolution.status.rawValue, resolution.target, resolution.confidence, resolution.reason, id,
      ])
    }
  }

  /// Whether a letter with `key`'s number could change how a citation resolves: the same
  /// number, one of the citation's OCR candidates, or one digit apart in code and serial
  /// together — what ``CitationResolver`` accepts. The index query above also returns every
  /// open citation of the same code within the date window, and a code that thousands of
  /// citations share made each new letter re-resolve all of them (ingest slowed from 700 to
  /// about 100 letters per CPU-second over 28,000 letters); this check, with no query, leaves
  /// them alone.
  static func couldName(
    _ key: Touched.Key, number: String?, code: String?, serial: String?, candidates: String?
  ) -> Bool {
    if number == key.number { return true }
    // Candidates are stored as a JSON array of canonical numbers.
    if let candidates, JSONValue.parse(candidates)?.array.contains(where: { $0.string == key.number }) == true {
      return true
    }
    guard let serial, let serialEdit = DigitEdit.between(serial, key.serial) else { return false }
    let codeEdit: DigitEdit?
    switch (code, key.code) {
    case let (a?, b?): codeEdit = DigitEdit.between(a, b)
    case (nil, nil): codeEdit = DigitEdit.none
    default: codeEdit = nil
    }
    guard let codeEdit else { return false }
    return (codeEdit == .none ? 0 : 1) + (serialEdit == .none ? 0 : 1) <= 1
  }

  /// Letters that could be the cited one (see ``candidatesSQL``), and the OCR candidates.
  func candidates(for c: CitationRecord, resolver: CitationResolver, _ db: Database) throws -> [LetterKey] {
    guard let number = c.number else { return [] }
    var lo: String?
    var hi: String?
    if let date = c.date {
      (lo, hi) = (date.adding(days: -resolver.maxDayGap).iso, date.adding(days: resolver.maxDayGap).iso)
    }
    let statement = try db.cachedStatement(sql: Self.candidatesSQL)
    var keys = try Row.fetchAll(
      statement,
      arguments: [
        number.circular, number.prefix, number.prefix, number.canonical, c.year, number.code, number.serial,
        number.code ?? "", lo, hi, number.serial, lo, hi,
      ]
    ).map(Self.letterKey(columns:))
    if !c.candidates.isEmpty {
      let more = try Row.fetchAll(
        db,
        sql: """
          SELECT id, prefix, sub_office, code, circular, serial, year_suffix, year, date FROM letter
          WHERE serial IS NOT NULL AND number IN (\(Array(repeating: "?", count: c.candidates.count).joined(separator: ",")))
          """,
        arguments: StatementArguments(c.candidates))
      var ids = Set(keys.map(\.id))
      for row in more {
        let key = Self.letterKey(columns: row)
        if ids.insert(key.id).inserted { keys.append(key) }
      }
    }
    return keys
  }

  /// A letter key from a row named by column (queries).
  static func letterKey(_ row: Row) -> LetterKey {
    let parts = NumberParts(
      prefix: row["prefix"], subOffice: row["sub_office"], code: row["code"], circular: row["circular"] ?? false,
      serial: row["serial"] ?? "", yearSuffix: row["year_suffix"])
    return LetterKey(id: row["id"], number: parts, date: ThaiDate(iso: row["date"]), year: row["year"])
  }

  /// A letter key from `id, prefix, sub_office, code, circular, serial, year_suffix, year,
  /// date`, read by position (no column-name lookups on the ingest path).
  static func letterKey(columns row: Row) -> LetterKey {
    let parts = NumberParts(
      prefix: row[1], subOffice: row[2], code: row[3], circular: row[4] ?? false, serial: row[5] ?? "",
      yearSuffix: row[6])
    return LetterKey(id: row[0], number: parts, date: ThaiDate(iso: row[8]), year: row[7])
  }

  /// A citation record from ``citationColumns``, read by position.
  static func citationRecord(columns row: Row) -> CitationRecord {
    var number: NumberParts?
    if let serial: String = row[9] {
      number = NumberParts(
        prefix: row[5], subOffice: row[6], code: row[7], circular: row[8] ?? false, serial: serial,
        yearSuffix: row[10])
    }
    var record = CitationRecord(
      from: row[0], role: CitationRole(rawValue: row[1]) ?? .mention, ordinal: row[2], raw: row[3], issuer: row[4],
      number: number, date: ThaiDate(iso: row[11]), impliedTarget: row[12])
    if let text: String = row[13], let list = JSONValue.parse(text) {
      record.candidates = list.array.compactMap(\.string)
    }
    return record
  }
}
