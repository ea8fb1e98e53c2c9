import Citations
import GRDB
import Letters
import ThaiText

extension SQLiteArchive {
  /// Rows in the same ว register as the number and with no other prefix: the resolver takes
  /// no other (``CitationResolver``).
  static let sameRegister = "circular = :circular AND (prefix IS NULL OR :prefix IS NULL OR prefix = :prefix)"

  /// The arms of a candidate query, for a number `:number` with code `:code` and serial
  /// `:serial`, dated between `:lo` and `:hi`: the same number (when `number` is given); the
  /// same code and serial (any
  /// date); within the dates, the same code and a serial one digit away, or the same serial
  /// and a code one digit away or no code on either side. That is everything
  /// ``CitationResolver`` can accept without OCR candidates (``DigitEdit``), tested on the
  /// entries of indexes that hold the code, serial, date and register (migration v5), so that
  /// only rows that may match are read: the query before read every letter of the code within
  /// the dates, hundreds of rows a citation once the archive held a million letters, each a
  /// page read back from disk. `saraban_near` (C, ``SQLiteFunctions``) is the one-digit test.
  ///
  /// Separate `SELECT`s joined by `UNION ALL` (callers drop repeats), each naming its index:
  /// SQLite plans an `OR` over partial indexes as a table scan, and without statistics may
  /// pick an index that holds no date.
  static func arms(_ table: String, columns: String, where common: String, number: String?) -> String {
    let prefix = table == "citation" ? "citation_open_" : "letter_"
    return ([number].compactMap { $0 } + [
      // Letters: the serial index holds the code (v5 dropped `letter_code_serial`).
      table == "citation"
        ? "INDEXED BY citation_open_code_serial WHERE code IS :code AND serial = :serial"
        : "INDEXED BY letter_serial_date_code WHERE serial = :serial AND code IS :code",
      """
      INDEXED BY \(prefix)code_date_serial WHERE code = :code AND date BETWEEN :lo AND :hi
        AND saraban_near(serial, :serial)
      """,
      """
      INDEXED BY \(prefix)serial_date_code WHERE serial = :serial AND date BETWEEN :lo AND :hi
        AND (saraban_near(code, :code) OR (code IS NULL AND :code IS NULL))
      """,
    ]).map { "SELECT \(columns) FROM \(table) \($0) AND \(common)" }.joined(separator: "\nUNION ALL ")
  }

  /// Open or doubtful citations that a letter with this number, code, serial and date could
  /// resolve or unsettle (see ``arms(_:columns:where:number:)``), and those with OCR
  /// candidates of the same code or serial within the dates; ``couldName`` then keeps the
  /// ones the resolver could link to the letter. Every arm names the open statuses, so that
  /// SQLite uses the partial indexes over open citations (migration v5).
  static let retrySQL =
    arms(
      "citation", columns: "id, number, code, serial, candidates", where: retryCommon,
      number: "INDEXED BY citation_open_number WHERE number = :number")
    + """

      UNION ALL SELECT id, number, code, serial, candidates FROM citation INDEXED BY citation_open_code_candidates
        WHERE candidates IS NOT NULL AND code = :code AND date BETWEEN :lo AND :hi AND \(retryCommon)
      UNION ALL SELECT id, number, code, serial, candidates FROM citation INDEXED BY citation_open_serial_candidates
        WHERE candidates IS NOT NULL AND serial = :serial AND date BETWEEN :lo AND :hi AND \(retryCommon)
      """

  /// Open citations with OCR candidates printed as `:number` (one of ``TesseractPrintings``
  /// of a letter's number): the candidates may name the letter though code and serial both
  /// differ, where the arms by code or serial find nothing.
  static let retryPrintedSQL = """
    SELECT id, number, code, serial, candidates FROM citation INDEXED BY citation_open_number
    WHERE number = :number AND candidates IS NOT NULL AND \(retryCommon)
    """

  static let retryCommon = "\(ArchiveMigrations.openCitations) AND id < :before AND \(sameRegister)"

  /// What ``letterKey(columns:)`` reads, in its order.
  static let letterKeyColumns = "id, prefix, sub_office, code, circular, serial, year_suffix, year, date"

  /// Letters with a number, in the register a citation names.
  static let candidateCommon = "serial IS NOT NULL AND \(sameRegister)"

  /// The letter with the cited number and year, if stored.
  static let exactCandidateSQL = """
    SELECT \(letterKeyColumns) FROM letter INDEXED BY letter_number_year
    WHERE number = :number AND year IS :year AND \(candidateCommon)
    """

  /// Letters one digit away (``arms(_:columns:where:number:)``), asked only when the exact
  /// letter is not stored (``exactCandidateSQL`` has been read already).
  static let candidatesSQL = arms("letter", columns: letterKeyColumns, where: candidateCommon, number: nil)

  /// The arguments of ``arms(_:columns:where:number:)`` for a number's parts and dates.
  static func armArguments(
    number: String, code: String?, serial: String, circular: Bool, prefix: String?, lo: String?, hi: String?
  ) -> [String: (any DatabaseValueConvertible)?] {
    ["number": number, "code": code, "serial": serial, "circular": circular, "prefix": prefix, "lo": lo, "hi": hi]
  }

  static let citationColumns = """
    letter_id, role, ordinal, raw, issuer, prefix, sub_office, code, circular, serial, year_suffix, date,
    implied_target, candidates
    """

  /// Resolves the citations added in this batch, and retries the open or doubtful ones
  /// that could name a letter added or removed in it: the same number, the same code and
  /// serial, or the same code or serial within the date window.
  /// - Complexity: O(b · k) for b letters touched and k citations near each, not O(archive).
  ///
  /// The batch's own citations are resolved before they are stored, and stored with their
  /// answer: a citation inserted open and then updated to `exact` entered and left every index
  /// over open citations, two thirds of all citations.
  func resolveOpenCitations(_ db: Database, touched: Touched, fresh: [FreshCitation], newFrom firstNew: Int64)
    throws
  {
    var work: [Int64] = []
    var seen = Set<Int64>()
    let gap = CitationResolver().maxDayGap
    let retry = try db.cachedStatement(sql: Self.retrySQL)
    let retryPrinted = try db.cachedStatement(sql: Self.retryPrintedSQL)
    for key in touched.letters.sorted(by: { ($0.number, $0.date ?? "") < ($1.number, $1.date ?? "") }) {
      var lo: String?
      var hi: String?
      if let date = ThaiDate(iso: key.date) {
        (lo, hi) = (date.adding(days: -gap).iso, date.adding(days: gap).iso)
      }
      var arguments = Self.armArguments(
        number: key.number, code: key.code, serial: key.serial, circular: key.circular, prefix: key.prefix, lo: lo,
        hi: hi)
      arguments["before"] = firstNew
      func collect(_ statement: Statement) throws {
        let found = try Row.fetchCursor(statement, arguments: StatementArguments(arguments))
        while let row = try found.next() {
          let id: Int64 = row[0]
          guard Self.couldName(key, number: row[1], code: row[2], serial: row[3], candidates: row[4]) else { continue }
          if seen.insert(id).inserted { work.append(id) }
        }
      }
      try collect(retry)
      for printed in TesseractPrintings.of(key.number) {
        arguments["number"] = printed
        try collect(retryPrinted)
      }
    }
    // Announcements and other letters cited by office and date.
    let retryDated = try db.cachedStatement(sql: Self.retryDatedSQL)
    for key in touched.dated.sorted(by: { ($0.date, $0.issuer) < ($1.date, $1.issuer) }) {
      let found = try Int64.fetchAll(
        retryDated, arguments: ["date": key.date, "issuer": key.issuer, "before": firstNew])
      for id in found where seen.insert(id).inserted { work.append(id) }
    }
    // Annexes placed after a letter whose file changed.
    for letter in touched.deleted.sorted() {
      let orphans = try Int64.fetchAll(
        db, sql: "SELECT id FROM citation WHERE implied_target = ? AND id < ?", arguments: [letter, firstNew])
      for id in orphans where seen.insert(id).inserted { work.append(id) }
    }
    let resolver = CitationResolver()
    for item in fresh {
      try insert(item.citation, copy: item.copy, active: item.active, resolve(item.citation, resolver, db), db)
    }
    let read = try db.cachedStatement(sql: "SELECT \(Self.citationColumns) FROM citation WHERE id = ?")
    let update = try db.cachedStatement(
      sql: "UPDATE citation SET status = ?, target = ?, confidence = ?, reason = ? WHERE id = ?")
    for id in work {
      guard let row = try Row.fetchOne(read, arguments: [id]) else { continue }
      let resolution = try resolve(Self.citationRecord(columns: row), resolver, db)
      try update.execute(arguments: [
        resolution.status.rawValue, resolution.target, resolution.confidence, resolution.reason, id,
      ])
    }
  }

  /// How `citation` resolves among the letters stored now.
  func resolve(_ citation: CitationRecord, _ resolver: CitationResolver, _ db: Database) throws -> Resolution {
    guard citation.number != nil else {
      if citation.isDated { return resolver.resolve(citation, amongDated: try datedCandidates(for: citation, db)) }
      let resolution = resolver.resolve(citation, among: [])
      let exists = try db.cachedStatement(sql: "SELECT 1 FROM letter WHERE id = ?")
      if let target = resolution.target, try Bool.fetchOne(exists, arguments: [target]) != true {
        return Resolution(status: .unresolved, reason: "the letter this annex follows has left the archive")
      }
      return resolution
    }
    return resolver.resolve(citation, among: try candidates(for: citation, resolver: resolver, db))
  }

  /// Whether a letter with `key`'s number could change how a citation resolves: the same
  /// number, one of the citation's OCR candidates, or one digit apart in code and serial
  /// together — what ``CitationResolver`` accepts. The query's arms for OCR candidates return
  /// every open citation with candidates of the same code or serial within the dates; this
  /// check, with no query, leaves alone those the letter cannot change (re-resolving every
  /// citation of a busy code once slowed ingest from 700 to about 100 letters per CPU-second).
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

  /// Letters that could be the cited one (``exactCandidateSQL``, ``candidatesSQL``), and the
  /// OCR candidates.
  ///
  /// When the letter with the cited number and year is stored (most citations), it is the only
  /// candidate read: ``CitationResolver`` takes the exact letter whatever else fits, so the
  /// near-miss arms, which return every letter one digit away within the dates, are asked
  /// only when there is none.
  func candidates(for c: CitationRecord, resolver: CitationResolver, _ db: Database) throws -> [LetterKey] {
    guard let number = c.number else { return [] }
    var lo: String?
    var hi: String?
    if let date = c.date {
      (lo, hi) = (date.adding(days: -resolver.maxDayGap).iso, date.adding(days: resolver.maxDayGap).iso)
    }
    var arguments = Self.armArguments(
      number: number.canonical, code: number.code, serial: number.serial, circular: number.circular,
      prefix: number.prefix, lo: lo, hi: hi)
    // Not `arguments["year"] = c.year`: assigning nil would remove the argument.
    arguments.updateValue(c.year, forKey: "year")
    let exact = try Row.fetchAll(
      db.cachedStatement(sql: Self.exactCandidateSQL), arguments: StatementArguments(arguments)
    ).map(Self.letterKey(columns:))
    let canonical = number.canonical
    if c.year != nil,
      exact.contains(where: { $0.id != c.from && $0.number.canonical == canonical && $0.year == c.year })
    {
      return exact
    }
    var ids = Set(exact.map(\.id))
    var keys = exact
    for row in try Row.fetchAll(db.cachedStatement(sql: Self.candidatesSQL), arguments: StatementArguments(arguments)) {
      let key = Self.letterKey(columns: row)
      if ids.insert(key.id).inserted { keys.append(key) }
    }
    if !c.candidates.isEmpty {
      let more = try Row.fetchAll(
        db,
        sql: """
          SELECT \(Self.letterKeyColumns) FROM letter
          WHERE serial IS NOT NULL AND number IN (\(Array(repeating: "?", count: c.candidates.count).joined(separator: ",")))
          """,
        arguments: StatementArguments(c.candidates))
      for row in more {
        let key = Self.letterKey(columns: row)
        if ids.insert(key.id).inserted { keys.append(key) }
      }
    }
    return keys
  }

  /// The letters of the day a number-less citation names, from its office (spaces aside:
  /// ``CitationResolver/resolve(_:amongDated:)`` decides).
  func datedCandidates(for c: CitationRecord, _ db: Database) throws -> [DatedLetter] {
    guard let date = c.date, let issuer = c.issuer else { return [] }
    let rows = try Row.fetchAll(
      db.cachedStatement(sql: Self.datedCandidateSQL), arguments: [date.iso, ArchiveStoreSupport.issuerKey(issuer)])
    return rows.map {
      DatedLetter(
        id: $0[0], issuer: $0[1], kind: LetterKind(rawValue: $0[2]) ?? .unknown, subject: $0[3], numbered: $0[4])
    }
  }

  static let datedCandidateSQL = """
    SELECT id, issuer, kind, subject, number IS NOT NULL FROM letter INDEXED BY letter_date
    WHERE date = ? AND replace(issuer, ' ', '') = ?
    """

  /// Open citations by office and date that a letter of this office and date could resolve
  /// (migration v7's partial index holds only those).
  static let retryDatedSQL = """
    SELECT id FROM citation INDEXED BY citation_open_dated
    WHERE date = :date AND number IS NULL AND implied_target IS NULL AND \(ArchiveMigrations.openCitations)
      AND replace(issuer, ' ', '') = :issuer AND id < :before
    """

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
