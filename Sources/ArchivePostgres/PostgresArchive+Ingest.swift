import Archive
import Citations
import Dispatch
import Foundation
import Letters
import ThaiText

extension PostgresArchive {
  /// Parses and stores `inputs`, one short transaction per batch of `batchSize` files, with
  /// the SQLite store's rules (unchanged files skipped, changed files replaced, non-letters
  /// rejected with the reason, a letter found again gaining a copy).
  ///
  /// Safe with other writers on the same archive: a path or letter another writer stored
  /// first is taken as theirs (`ON CONFLICT`), and a batch PostgreSQL aborts for a deadlock
  /// or serialization failure is written again. A failed batch leaves nothing behind.
  /// - Complexity: O(n) in the input size; memory holds two batches.
  public func ingest(
    _ inputs: some Sequence<SourceInput>, batchSize: Int = 64, progress: (IngestProgress) -> Void = { _ in }
  ) throws -> IngestReport {
    var report = IngestReport()
    let total = inputs.underestimatedCount
    var iterator = inputs.makeIterator()
    func nextBatch() -> [SourceInput] {
      var batch: [SourceInput] = []
      while batch.count < max(1, batchSize), let input = iterator.next() { batch.append(input) }
      return batch
    }
    // A pipeline: the next batch is parsed on other threads while this one is written.
    var batch = nextBatch()
    var prepared = Self.parse(batch, known: try storedHashes(batch))
    var done = 0
    while !batch.isEmpty {
      let next = nextBatch()
      let box = ParsedBatchBox()
      let group = DispatchGroup()
      if !next.isEmpty {
        let known = try storedHashes(next)
        DispatchQueue.global().async(group: group) { box.set(Self.parse(next, known: known)) }
      }
      do {
        try write(prepared, batchNumber: report.stored, into: &report)
      } catch {
        group.wait()
        throw error
      }
      done += batch.count
      progress(IngestProgress(doneCount: done, total: max(total, done), path: batch.last?.path ?? ""))
      group.wait()
      batch = next
      if !next.isEmpty { prepared = box.batch }
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

  /// A batch ready to write: its size, how many files were already stored as they are,
  /// and the parsed rest.
  struct ParsedBatch: Sendable {
    var files = 0
    var unchanged = 0
    var items: [ArchiveStoreSupport.ParsedFile] = []
  }

  /// The hashes stored for the batch's paths.
  func storedHashes(_ batch: [SourceInput]) throws -> [String: String] {
    guard !batch.isEmpty else { return [:] }
    var known: [String: String] = [:]
    for row in try session.query(
      "SELECT path, sha256 FROM source_file WHERE path = ANY($1)", [.texts(batch.map(\.path))])
    {
      let cells = row.cells
      known[try cells.text("path")] = try cells.text("sha256")
    }
    return known
  }

  static func parse(_ batch: [SourceInput], known: [String: String]) -> ParsedBatch {
    let hashes = batch.map(ArchiveStoreSupport.sha256(of:))
    let work = batch.indices.filter { hashes[$0] == nil || known[batch[$0].path] != hashes[$0] }
    let items = work.isEmpty ? [] : ArchiveStoreSupport.parse(batch, hashes: hashes, indices: work)
    return ParsedBatch(files: batch.count, unchanged: batch.count - work.count, items: items)
  }

  /// What one batch's transaction did.
  struct BatchOutcome {
    var stored = 0
    var unchanged = 0
    var replaced = 0
    var letters = 0
    var citations = 0
    var rejected: [IngestReport.Rejection] = []
    var touched = TouchedLetters()
    var newCitations: [Int] = []
  }

  /// Writes one batch in one transaction (run again on a deadlock or serialization failure).
  func write(_ batch: ParsedBatch, batchNumber: Int, into report: inout IngestReport) throws {
    report.files += batch.files
    report.unchanged += batch.unchanged
    guard !batch.items.isEmpty else { return }
    let outcome = try session.transaction {
      var outcome = BatchOutcome()
      for item in batch.items { try store(item, &outcome) }
      try afterBatchWrite?(batchNumber)
      // Every writer's letters are committed or waiting behind this lock: resolving now
      // sees them all, and a writer after this one sees this batch's.
      try session.query("SELECT pg_advisory_xact_lock($1)", [.int(Self.resolveLockKey)])
      try resolveOpenCitations(outcome.touched, newCitations: outcome.newCitations)
      return outcome
    }
    report.stored += outcome.stored
    report.unchanged += outcome.unchanged
    report.replaced += outcome.replaced
    report.letters += outcome.letters
    report.citations += outcome.citations
    report.rejected += outcome.rejected
  }

  func store(_ item: ArchiveStoreSupport.ParsedFile, _ outcome: inout BatchOutcome) throws {
    let now = ISO8601DateFormatter().string(from: Date())
    let status = item.rejection == nil ? "ingested" : "rejected"
    let fields: [SQLValue] = [
      .text(item.sha256), .int(item.size), SQLValue(item.document?.source.encoding), .text(status),
      SQLValue(item.rejection), .int(item.document?.letters.count ?? 0),
      SQLValue(ArchiveStoreSupport.warningsJSON(item.document)), .text(now),
    ]
    let sourceID: Int
    if let id = try session.query(
      """
      INSERT INTO source_file (path, sha256, size, encoding, status, reason, letters, warnings, ingested_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (path) DO NOTHING RETURNING id
      """, [.text(item.path)] + fields
    ).first?.decode(Int.self) {
      sourceID = id
    } else {
      // Stored before, or by another writer just now: the row lock makes replacing it ours alone.
      guard
        let row = try session.query(
          "SELECT id, sha256 FROM source_file WHERE path = $1 FOR UPDATE", [.text(item.path)]
        ).first?.cells
      else { throw ArchiveError(.database, "\(location): \(item.path) vanished while being stored") }
      if try row.text("sha256") == item.sha256 {
        outcome.unchanged += 1
        return
      }
      sourceID = try row.int("id")
      outcome.replaced += 1
      try removeCopies(of: sourceID, &outcome.touched)
      try session.query(
        """
        UPDATE source_file SET sha256 = $1, size = $2, encoding = $3, status = $4, reason = $5, letters = $6,
          warnings = $7, ingested_at = $8 WHERE id = $9
        """, fields + [.int(sourceID)])
    }
    outcome.stored += 1
    if let reason = item.rejection {
      outcome.rejected.append(IngestReport.Rejection(file: item.path, reason: reason))
      return
    }
    guard let document = item.document else { return }
    let citations = CitationExtractor.citations(in: document.letters)
    for (index, letter) in document.letters.enumerated() {
      let row = LetterColumns(letter: letter)
      let isNew = try insertIfAbsent(row)
      if isNew { outcome.touched.add(row) }
      guard
        let copyID = try session.query(
          """
          INSERT INTO letter_copy (letter_id, source_id, segment, line_start, line_end, is_primary, record)
          VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
          """,
          [
            .text(row.id), .int(sourceID), .int(row.segment), .int(row.lineStart), .int(row.lineEnd),
            SQLValue(isNew), isNew ? .null : .text(row.record),
          ]
        ).first?.decode(Int.self)
      else { throw ArchiveError(.database, "\(location): a copy of \(row.id) was not stored") }
      for citation in citations[index] {
        outcome.newCitations.append(try insert(citation, copy: copyID, active: isNew))
      }
      outcome.letters += 1
      outcome.citations += citations[index].count
    }
  }

  /// Inserts the letter unless a letter with its id is there (or being stored by another
  /// writer, whose commit this waits for); true when this call stored it.
  func insertIfAbsent(_ row: LetterColumns) throws -> Bool {
    guard
      let seq = try session.query(
        """
        INSERT INTO letter (id, number, number_raw, prefix, sub_office, code, circular, serial, year_suffix,
          year, date, kind, urgency, secrecy, subject, addressee, issuer, signer, record)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
        ON CONFLICT (id) DO NOTHING RETURNING seq
        """, [.text(row.id)] + Self.letterFields(row)
      ).first?.decode(Int.self)
    else { return false }
    try index(row, seq: seq)
    return true
  }

  /// Every column of `letter` but the id, in the order of ``insertIfAbsent(_:)``.
  static func letterFields(_ row: LetterColumns) -> [SQLValue] {
    [
      SQLValue(row.number), SQLValue(row.numberRaw), SQLValue(row.parts?.prefix), SQLValue(row.parts?.subOffice),
      SQLValue(row.parts?.code), SQLValue(row.parts?.circular ?? false), SQLValue(row.parts?.serial),
      SQLValue(row.parts?.yearSuffix), SQLValue(row.year), SQLValue(row.date), .text(row.kind),
      SQLValue(row.urgency), SQLValue(row.secrecy), SQLValue(row.subject), SQLValue(row.addressee),
      SQLValue(row.issuer), SQLValue(row.signer), .text(row.record),
    ]
  }

  /// Writes (or rewrites) the letter's search entry.
  func index(_ row: LetterColumns, seq: Int) throws {
    let texts = ArchiveStoreSupport.searchTexts(record: ArchiveStoreSupport.parseJSON(row.record) ?? .null)
    let document = try withSegmenter { SearchDocument(texts: texts, segmenter: $0) }
    try session.query(
      """
      INSERT INTO letter_search (seq, document, tokens) VALUES ($1, $2::tsvector, $3)
      ON CONFLICT (seq) DO UPDATE SET document = excluded.document, tokens = excluded.tokens
      """, [.int(seq), .text(document.vector), .int(document.tokens)])
  }

  func insert(_ c: CitationRecord, copy: Int, active: Bool) throws -> Int {
    let n = c.number
    guard
      let id = try session.query(
        """
        INSERT INTO citation (copy_id, letter_id, active, role, ordinal, raw, issuer, number, prefix, sub_office,
          code, circular, serial, year_suffix, candidates, year, date, cited_key, implied_target)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id
        """,
        [
          .int(copy), .text(c.from), SQLValue(active), .text(c.role.rawValue), .int(c.ordinal), .text(c.raw),
          SQLValue(c.issuer), SQLValue(n?.canonical), SQLValue(n?.prefix), SQLValue(n?.subOffice), SQLValue(n?.code),
          SQLValue(n?.circular ?? false), SQLValue(n?.serial), SQLValue(n?.yearSuffix),
          SQLValue(ArchiveStoreSupport.json(strings: c.candidates)), SQLValue(c.year), SQLValue(c.date?.iso),
          .text(c.citedKey), SQLValue(c.impliedTarget),
        ]
      ).first?.decode(Int.self)
    else { throw ArchiveError(.database, "\(location): a citation of \(c.from) was not stored") }
    return id
  }

  /// Removes a file's letter copies: a letter left with other copies shows the oldest of
  /// them; a letter left with none leaves the archive, and citations to it reopen.
  func removeCopies(of sourceID: Int, _ touched: inout TouchedLetters) throws {
    let letters = try session.query(
      "DELETE FROM letter_copy WHERE source_id = $1 RETURNING letter_id", [.int(sourceID)]
    ).map { try $0.decode(String.self) }
    for id in Set(letters).sorted() {
      // Lock the letter so that a writer promoting or removing it at once waits for this one.
      guard
        let info = try session.query(
          "SELECT number, code, serial, date FROM letter WHERE id = $1 FOR UPDATE", [.text(id)]
        ).first?.cells
      else { continue }
      let hasPrimary = try !session.query(
        "SELECT 1 FROM letter_copy WHERE letter_id = $1 AND is_primary = 1 LIMIT 1", [.text(id)]
      ).isEmpty
      if hasPrimary { continue }
      touched.add(
        number: try info.optionalText("number"), code: try info.optionalText("code"),
        serial: try info.optionalText("serial"), date: try info.optionalText("date"))
      if let next = try session.query(
        "SELECT id, record FROM letter_copy WHERE letter_id = $1 ORDER BY id LIMIT 1", [.text(id)]
      ).first?.cells,
        let text = try next.optionalText("record"), let value = ArchiveStoreSupport.parseJSON(text)
      {
        let copyID = try next.int("id")
        let row = LetterColumns(record: value, text: text)
        guard
          let seq = try session.query(
            """
            UPDATE letter SET number = $2, number_raw = $3, prefix = $4, sub_office = $5, code = $6, circular = $7,
              serial = $8, year_suffix = $9, year = $10, date = $11, kind = $12, urgency = $13, secrecy = $14,
              subject = $15, addressee = $16, issuer = $17, signer = $18, record = $19
            WHERE id = $1 RETURNING seq
            """, [.text(row.id)] + Self.letterFields(row)
          ).first?.decode(Int.self)
        else { continue }
        try index(row, seq: seq)
        try session.query("UPDATE letter_copy SET is_primary = 1, record = NULL WHERE id = $1", [.int(copyID)])
        try session.query("UPDATE citation SET active = 1 WHERE copy_id = $1", [.int(copyID)])
      } else {
        try session.query("DELETE FROM letter WHERE id = $1", [.text(id)])
        touched.deleted.insert(id)
        try session.query(
          """
          UPDATE citation SET target = NULL, confidence = NULL, status = 'unresolved', reason = NULL
          WHERE target = $1
          """, [.text(id)])
      }
    }
  }
}

/// Letters added or removed in a batch: open citations that may name them are retried.
struct TouchedLetters {
  struct Key: Hashable {
    var number: String
    var code: String?
    var serial: String
    var date: String?
  }

  var letters: Set<Key> = []
  /// Ids of letters that left the archive (annexes placed after them lose their link).
  var deleted: Set<String> = []

  mutating func add(_ row: LetterColumns) {
    add(number: row.number, code: row.parts?.code, serial: row.parts?.serial, date: row.date)
  }

  mutating func add(number: String?, code: String?, serial: String?, date: String?) {
    guard let number, let serial, !serial.isEmpty else { return }
    letters.insert(Key(number: number, code: code, serial: serial, date: date))
  }
}

/// The next batch, parsed on another thread.
final class ParsedBatchBox: @unchecked Sendable {
  private let lock = NSLock()
  private var value = PostgresArchive.ParsedBatch()

  func set(_ batch: PostgresArchive.ParsedBatch) { lock.withLock { value = batch } }
  var batch: PostgresArchive.ParsedBatch { lock.withLock { value } }
}
