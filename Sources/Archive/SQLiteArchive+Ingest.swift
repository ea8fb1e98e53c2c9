import Citations
import Dispatch
import Foundation
import GRDB
import Letters
import ThaiText

extension SQLiteArchive {
  /// Parses and stores `inputs`, one transaction per batch of `batchSize` files.
  ///
  /// A path already stored with the same SHA-256 is skipped (re-ingesting changes nothing);
  /// a path stored with other bytes has its letters replaced; a file that yields no letter
  /// (binary, empty, unreadable, no header) is recorded as rejected with the reason. A
  /// letter already present (same id from another file) gains a copy, not a second node.
  /// Citations are resolved as they arrive, and open ones are retried when letters they
  /// may name arrive or leave. A failed batch rolls back whole.
  /// - Complexity: O(n) in the input size; memory holds two batches (this one and the next,
  ///   read while this is written), each at most `batchSize` files and about ``batchBytes``.
  public func ingest(
    _ inputs: some Sequence<SourceInput>, batchSize: Int = 64, progress: (IngestProgress) -> Void = { _ in }
  ) throws -> IngestReport {
    var report = IngestReport()
    let total = inputs.underestimatedCount
    var iterator = inputs.makeIterator()
    var waiting: SourceInput?
    func nextBatch() -> [SourceInput] {
      var batch: [SourceInput] = []
      var bytes = 0
      while batch.count < max(1, batchSize), bytes < Self.batchBytes, let input = waiting ?? iterator.next() {
        waiting = nil
        // A file read in chunks is a batch of its own (it writes a transaction per chunk).
        if case .chunks = input.content {
          if batch.isEmpty { return [input] }
          waiting = input
          break
        }
        batch.append(input)
        if case let .bytes(content) = input.content { bytes += content.count }
      }
      return batch
    }
    // A pipeline: the next batch is hashed and parsed while this one is written.
    var batch = nextBatch()
    var prepared = try prepareBatch(batch)
    var done = 0
    while !batch.isEmpty {
      let next = nextBatch()
      let future = PreparedFuture()
      let group = DispatchGroup()
      if !next.isEmpty {
        DispatchQueue.global().async(group: group) { future.set(Result { try self.prepareBatch(next) }) }
      }
      do {
        try writeBatch(prepared, report: &report)
      } catch {
        group.wait()
        throw error
      }
      done += batch.count
      progress(IngestProgress(done: done, total: max(total, done), path: batch.last?.path ?? ""))
      group.wait()
      batch = next
      if !next.isEmpty { prepared = try future.get() }
    }
    report.totals = try statistics()
    logger.debug(
      "ingest done",
      metadata: [
        "files": "\(report.files)", "stored": "\(report.stored)", "letters": "\(report.totals.letters)",
        "rejected": "\(report.rejected.count)",
      ])
    return report
  }

  /// A batch ends once its files hold this many bytes, whatever the batch size: with the next
  /// batch read while this one is written, ingest holds at most about twice this in file bytes.
  public static let batchBytes = 64 << 20

  /// One file of a batch, read and parsed outside the transaction.
  struct Prepared: Sendable {
    var path: String
    var sha256: String
    var size: Int
    var document: LetterDocument?
    var rejection: String?
    /// The letters' rows and citations, made while parsing (off the writer's thread).
    var rows: [LetterRow] = []
    var citations: [[CitationRecord]] = []
    /// A file to parse in chunks as it is written (``writeChunked(_:_:report:)``).
    var chunks: ChunkedSource?
  }

  /// A batch ready to write: the files to store, and how many were already stored as they are.
  struct PreparedBatch: Sendable {
    var files: Int
    var unchanged: Int
    var items: [Prepared]
  }

  /// Hashes the batch, skips what is stored unchanged, parses the rest (on all cores).
  func prepareBatch(_ batch: [SourceInput]) throws -> PreparedBatch {
    let hashes = ConcurrentSlots<String>(count: batch.count)
    DispatchQueue.concurrentPerform(iterations: batch.count) { i in
      switch batch[i].content {
      case let .bytes(bytes): hashes.set(i, LetterParser.sha256(bytes))
      case let .chunks(source): hashes.set(i, source.sha256)
      case .unreadable: break
      }
    }
    return try prepareBatch(batch, hashes: hashes.items)
  }

  func prepareBatch(_ batch: [SourceInput], hashes: [String?]) throws -> PreparedBatch {
    let known: [String: String] = try read { db in
      var known: [String: String] = [:]
      for input in batch {
        if let sha = try String.fetchOne(
          db.cachedStatement(sql: "SELECT sha256 FROM source_file WHERE path = ?"), arguments: [input.path])
        {
          known[input.path] = sha
        }
      }
      return known
    }
    var work: [Int] = []
    for (i, input) in batch.enumerated() where hashes[i] == nil || known[input.path] != hashes[i] {
      work.append(i)
    }
    let items = work.isEmpty ? [] : Self.prepare(batch, hashes: hashes, indices: work)
    return PreparedBatch(files: batch.count, unchanged: batch.count - work.count, items: items)
  }

  /// Writes one batch in one transaction: all of it, or (on any error) none of it.
  func writeBatch(_ batch: PreparedBatch, report: inout IngestReport) throws {
    report.files += batch.files
    report.unchanged += batch.unchanged
    guard !batch.items.isEmpty else { return }
    if let item = batch.items.first, let source = item.chunks {
      do {
        try writeChunked(item, source, report: &report)
      } catch let error as DatabaseError {
        throw Self.translate(error, path: path)
      }
      return
    }
    let batchNumber = report.stored
    let outcome: BatchOutcome
    do {
      outcome = try pool.write { db in
        var outcome = BatchOutcome()
        let firstNewCitation = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM citation") ?? 0) + 1
        let now = ISO8601DateFormatter().string(from: Date())
        for item in batch.items {
          try store(item, at: now, db, &outcome)
        }
        try afterBatchWrite?(batchNumber)
        try resolveOpenCitations(db, touched: outcome.touched, fresh: outcome.fresh, newFrom: firstNewCitation)
        try indexForSearch(&outcome.unindexedFrom, db)
        return outcome
      }
    } catch let error as DatabaseError {
      throw Self.translate(error, path: path)
    }
    report.stored += batch.items.count
    report.replaced += outcome.replaced
    report.letters += outcome.letters
    report.citations += outcome.citations
    report.rejected += outcome.rejected
  }

  /// Reads hashes and parses the files to store, on all cores.
  static func prepare(_ batch: [SourceInput], hashes: [String?], indices: [Int]) -> [Prepared] {
    let results = ConcurrentSlots<Prepared>(count: indices.count)
    let parser = LetterParser()
    DispatchQueue.concurrentPerform(iterations: indices.count) { k in
      let input = batch[indices[k]]
      var item = Prepared(path: input.path, sha256: hashes[indices[k]] ?? "", size: 0)
      switch input.content {
      case let .unreadable(reason):
        item.rejection = "unreadable: \(reason)"
      case let .chunks(source):
        item.size = source.size
        item.chunks = source
      case let .bytes(bytes):
        item.size = bytes.count
        let document = parser.parse(bytes: bytes, path: input.path, sha256: hashes[indices[k]])
        item.document = document
        if document.letters.isEmpty {
          let warning = document.warnings.first
          item.rejection = warning.map { "\($0.code.rawValue): \($0.message)" } ?? "no letter found"
        } else if !document.letters.contains(where: looksLikeALetter) {
          item.rejection = "no_letter_found: no ที่, date, เรื่อง, เรียน, issuer, signature or citation in the text"
        } else {
          item.rows = document.letters.map { LetterRow(record: LetterJSON.letter($0)) }
          item.citations = CitationExtractor.citations(in: document.letters)
        }
      }
      results.set(k, item)
    }
    return results.items.compactMap { $0 }
  }

  /// The parser makes a record of any text; an archive keeps only what has some part of a letter.
  static func looksLikeALetter(_ l: Letter) -> Bool {
    l.kind != .unknown || l.number != nil || l.date != nil || l.subject != nil || l.to != nil || l.issuer != nil
      || l.signature != nil || !l.references.isEmpty || !l.mentions.isEmpty || !l.enclosures.isEmpty
  }

  /// What one batch's transaction did.
  struct BatchOutcome {
    var replaced = 0
    var letters = 0
    var citations = 0
    var rejected: [IngestReport.Rejection] = []
    var touched = Touched()
    /// Citations of this batch's letters, stored once resolved (``resolveOpenCitations``).
    var fresh: [FreshCitation] = []
    /// The first `seq` of letters inserted but not yet in the search index.
    var unindexedFrom: Int64?
  }

  /// Adds the letters inserted since `from` to the search index, in one statement, so that
  /// FTS5 writes one segment for them (see migration v2-search-index-by-batch).
  ///
  /// The columns are those of the view `letter_search_source` (migration v4), spelled out so
  /// that each record is decoded once: the view calls `saraban_record` for the body and again
  /// for the issuer's address. They must stay equal to the view's, which FTS5 reads to delete
  /// an entry and to make snippets; the tests' FTS5 integrity checks compare the two.
  func indexForSearch(_ from: inout Int64?, _ db: Database) throws {
    guard let first = from else { return }
    try db.cachedStatement(
      sql: """
        WITH source AS MATERIALIZED (
          SELECT seq, subject, addressee, issuer, saraban_record(record) AS record FROM letter WHERE seq >= ?
        )
        INSERT INTO letter_search (rowid, subject, addressee, body, issuer)
          SELECT seq,
            coalesce(subject, ''),
            coalesce(addressee, ''),
            coalesce((SELECT group_concat(value, char(10)) FROM json_each(record, '$.body')), ''),
            trim(coalesce(issuer, '') || ' ' || coalesce(json_extract(record, '$.issuer.address'), ''))
          FROM source
        """
    ).execute(arguments: [first])
    from = nil
  }

  /// Letters added or removed in a batch: open citations that may name them are retried.
  struct Touched {
    struct Key: Hashable {
      var number: String
      var prefix: String?
      var circular: Bool
      var code: String?
      var serial: String
      var date: String?
    }

    var letters: Set<Key> = []
    /// Offices and dates of letters added or removed, for citations that name no number.
    var dated: Set<DatedKey> = []
    /// Ids of letters that left the archive (annexes placed after them lose their link).
    var deleted: Set<String> = []

    struct DatedKey: Hashable {
      /// ISO date.
      var date: String
      /// The issuer's name without spaces (``ArchiveStoreSupport/issuerKey(_:)``).
      var issuer: String
    }

    mutating func add(_ row: LetterRow) {
      add(
        number: row.number, prefix: row.parts?.prefix, circular: row.parts?.circular ?? false, code: row.parts?.code,
        serial: row.parts?.serial, date: row.date)
      add(issuer: row.issuer, date: row.date)
    }

    mutating func add(issuer: String?, date: String?) {
      guard let issuer, let date else { return }
      dated.insert(DatedKey(date: date, issuer: ArchiveStoreSupport.issuerKey(issuer)))
    }

    mutating func add(number: String?, prefix: String?, circular: Bool, code: String?, serial: String?, date: String?) {
      guard let number, let serial, !serial.isEmpty else { return }
      letters.insert(Key(number: number, prefix: prefix, circular: circular, code: code, serial: serial, date: date))
    }
  }

  func store(_ item: Prepared, at now: String, _ db: Database, _ outcome: inout BatchOutcome) throws {
    let encoding = item.document?.source.encoding
    let warnings = item.document.map { d in
      JSONValue.array(d.warnings.map { .string("\($0.code.rawValue): \($0.message)") }).serialized()
    }
    let status = item.rejection == nil ? "ingested" : "rejected"
    let letterCount = item.document?.letters.count ?? 0
    let sourceID: Int64
    let stored = try db.cachedStatement(sql: "SELECT id FROM source_file WHERE path = ?")
    if let existing = try Int64.fetchOne(stored, arguments: [item.path]) {
      outcome.replaced += 1
      // Letters may be updated or deleted below: the update and delete triggers expect them indexed.
      try indexForSearch(&outcome.unindexedFrom, db)
      try removeCopies(of: existing, db, &outcome.touched)
      try db.execute(
        sql: """
          UPDATE source_file SET sha256 = ?, size = ?, encoding = ?, status = ?, reason = ?, letters = ?,
            warnings = ?, ingested_at = ? WHERE id = ?
          """,
        arguments: [item.sha256, item.size, encoding, status, item.rejection, letterCount, warnings, now, existing])
      sourceID = existing
    } else {
      try db.cachedStatement(
        sql: """
          INSERT INTO source_file (path, sha256, size, encoding, status, reason, letters, warnings, ingested_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        item.path, item.sha256, item.size, encoding, status, item.rejection, letterCount, warnings, now,
      ])
      sourceID = db.lastInsertedRowID
    }
    if let reason = item.rejection {
      outcome.rejected.append(.init(path: item.path, reason: reason))
      return
    }
    guard item.document != nil else { return }
    try storeLetters(item.rows, item.citations, source: sourceID, db, &outcome)
  }

  /// Inserts letters of the file `sourceID`: a letter already present gains a copy.
  ///
  /// A letter's primary copy — the one the archive shows, whose citations count — is the copy
  /// from the first file by path, whatever order the files came in: writers ingesting the same
  /// files in other orders, or at once, leave the same archive. (Two different letters can share
  /// an id: orders of two offices both numbered `ที่ ๒๑๕/๒๕๖๙`.)
  func storeLetters(
    _ rows: [LetterRow], _ citations: [[CitationRecord]], source sourceID: Int64, _ db: Database,
    _ outcome: inout BatchOutcome
  ) throws {
    let exists = try db.cachedStatement(sql: "SELECT 1 FROM letter WHERE id = ?")
    let copy = try db.cachedStatement(
      sql: """
        INSERT INTO letter_copy (letter_id, source_id, segment, line_start, line_end, is_primary, record)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    let primaryCopy = try db.cachedStatement(
      sql: """
        SELECT c.id, s.path FROM letter_copy c JOIN source_file s ON s.id = c.source_id
        WHERE c.letter_id = ? AND c.is_primary = 1
        """)
    var path: String?
    for (index, row) in rows.enumerated() {
      let present = try Bool.fetchOne(exists, arguments: [row.id]) ?? false
      var primary = !present
      if !present {
        try row.save(db)
        if outcome.unindexedFrom == nil { outcome.unindexedFrom = db.lastInsertedRowID }
        outcome.touched.add(row)
      } else if let shown = try Row.fetchOne(primaryCopy, arguments: [row.id]) {
        if path == nil {
          path = try String.fetchOne(db, sql: "SELECT path FROM source_file WHERE id = ?", arguments: [sourceID])
        }
        if let path, path < shown["path"] as String {
          try takeOver(row, from: shown["id"], db, &outcome)
          primary = true
        }
      }
      try copy.execute(arguments: [
        row.id, sourceID, row.segment, row.lineStart, row.lineEnd, primary, primary ? nil : row.record,
      ])
      let copyID = db.lastInsertedRowID
      for citation in citations[index] {
        outcome.fresh.append(FreshCitation(copy: copyID, active: primary, citation: citation))
      }
      outcome.letters += 1
      outcome.citations += citations[index].count
    }
  }

  /// Makes `row`'s new copy the letter's primary one in place of copy `oldCopy`, which keeps
  /// the record it showed and whose citations stop counting.
  func takeOver(_ row: LetterRow, from oldCopy: Int64, _ db: Database, _ outcome: inout BatchOutcome) throws {
    // The letter row is updated below: its search-index trigger expects it indexed.
    try indexForSearch(&outcome.unindexedFrom, db)
    let shown = try DatabaseValue.fetchOne(db, sql: "SELECT record FROM letter WHERE id = ?", arguments: [row.id])
    try db.execute(
      sql: "UPDATE letter_copy SET is_primary = 0, record = ? WHERE id = ?",
      arguments: [shown.flatMap(CompactRecord.text(of:)), oldCopy])
    try db.execute(sql: "UPDATE citation SET active = 0 WHERE copy_id = ?", arguments: [oldCopy])
    // Its date may differ from the copy shown before: the citations linked to it reopen, and
    // they and those near the old and the new date are resolved again at the batch's end.
    let old = try Row.fetchOne(
      db, sql: "SELECT number, prefix, circular, code, serial, date, issuer FROM letter WHERE id = ?",
      arguments: [row.id])
    outcome.touched.add(
      number: old?["number"], prefix: old?["prefix"], circular: old?["circular"] ?? false, code: old?["code"],
      serial: old?["serial"], date: old?["date"])
    outcome.touched.add(issuer: old?["issuer"], date: old?["date"])
    try row.save(db)
    try db.execute(
      sql: """
        UPDATE citation SET target = NULL, confidence = NULL, status = 'unresolved', reason = NULL
        WHERE target = ?
        """,
      arguments: [row.id])
    outcome.touched.add(row)
  }

  /// Inserts one citation row with how it resolves.
  func insert(_ c: CitationRecord, copy: Int64, active: Bool, _ resolution: Resolution, _ db: Database) throws {
    let n = c.number
    let candidates = c.candidates.isEmpty ? nil : JSONValue.array(c.candidates.map(JSONValue.string)).serialized()
    try db.cachedStatement(
      sql: """
        INSERT INTO citation (copy_id, letter_id, active, role, ordinal, raw, issuer, number, prefix, sub_office,
          code, circular, serial, year_suffix, candidates, year, date, cited_key, implied_target,
          status, target, confidence, reason)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      copy, c.from, active, c.role.rawValue, c.ordinal, c.raw, c.issuer, n?.canonical, n?.prefix, n?.subOffice,
      n?.code, n?.circular ?? false, n?.serial, n?.yearSuffix, candidates, c.year, c.date?.iso, c.citedKey,
      c.impliedTarget, resolution.status.rawValue, resolution.target, resolution.confidence, resolution.reason,
    ])
  }

  /// Removes a file's letter copies: a letter left with other copies shows the one from the
  /// first file by path; a letter left with none leaves the archive, and citations to it reopen.
  func removeCopies(of sourceID: Int64, _ db: Database, _ touched: inout Touched) throws {
    let letters = try String.fetchSet(
      db, sql: "SELECT letter_id FROM letter_copy WHERE source_id = ?", arguments: [sourceID])
    try db.execute(sql: "DELETE FROM letter_copy WHERE source_id = ?", arguments: [sourceID])
    for id in letters.sorted() {
      let hasPrimary =
        try Bool.fetchOne(
          db, sql: "SELECT 1 FROM letter_copy WHERE letter_id = ? AND is_primary = 1", arguments: [id]) ?? false
      if hasPrimary { continue }
      let info = try Row.fetchOne(
        db, sql: "SELECT number, prefix, circular, code, serial, date, issuer FROM letter WHERE id = ?",
        arguments: [id])
      touched.add(
        number: info?["number"], prefix: info?["prefix"], circular: info?["circular"] ?? false, code: info?["code"],
        serial: info?["serial"], date: info?["date"])
      touched.add(issuer: info?["issuer"], date: info?["date"])
      // The copy from the first file by path (as ``storeLetters`` chooses).
      if let next = try Row.fetchOne(
        db,
        sql: """
          SELECT c.id, c.record FROM letter_copy c JOIN source_file s ON s.id = c.source_id
          WHERE c.letter_id = ? ORDER BY s.path LIMIT 1
          """, arguments: [id]),
        let text: String = next["record"], let value = JSONValue.parse(text)
      {
        let copyID: Int64 = next["id"]
        try LetterRow(record: value, text: text).save(db)
        try db.execute(sql: "UPDATE letter_copy SET is_primary = 1, record = NULL WHERE id = ?", arguments: [copyID])
        try db.execute(sql: "UPDATE citation SET active = 1 WHERE copy_id = ?", arguments: [copyID])
      } else {
        try db.execute(sql: "DELETE FROM letter WHERE id = ?", arguments: [id])
        touched.deleted.insert(id)
        try db.execute(
          sql: """
            UPDATE citation SET target = NULL, confidence = NULL, status = 'unresolved', reason = NULL
            WHERE target = ?
            """,
          arguments: [id])
      }
    }
  }
}

/// A citation of a letter stored in this batch, not yet stored itself: it is resolved first.
struct FreshCitation {
  /// The `letter_copy` row of the citing letter.
  var copy: Int64
  /// Whether that copy is the letter's primary one (its citations count in the graph).
  var active: Bool
  var citation: CitationRecord
}

/// The next batch, prepared on another thread.
final class PreparedFuture: @unchecked Sendable {
  private let lock = NSLock()
  private var result: Result<SQLiteArchive.PreparedBatch, any Error>?

  func set(_ value: Result<SQLiteArchive.PreparedBatch, any Error>) { lock.withLock { result = value } }

  func get() throws -> SQLiteArchive.PreparedBatch {
    guard let result = lock.withLock({ result }) else { throw ArchiveError(.database, "a batch was not prepared") }
    return try result.get()
  }
}
