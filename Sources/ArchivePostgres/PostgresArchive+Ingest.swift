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
    /// The batch's citations, stored once resolved (``resolveOpenCitations(_:newCitations:)``).
    var newCitations: [NewCitation] = []
  }

  /// A citation read in this batch, not yet stored.
  struct NewCitation {
    var record: CitationRecord
    var copy: Int
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
    let rows = document.letters.map(LetterColumns.init(letter:))
    // One statement per table for the whole file: the letters not yet in the archive…
    var letters = RowBatch(Self.letterColumns)
    for row in rows { letters.append(Self.letterValues(row)) }
    var inserted: [String: Int] = [:]
    for r in try session.query(
      """
      INSERT INTO letter (\(letters.names())) SELECT \(letters.names()) FROM \(letters.recordset(1))
      ON CONFLICT (id) DO NOTHING RETURNING id, seq
      """, [letters.parameter])
    {
      inserted[try r.cells.text("id")] = try r.cells.int("seq")
    }
    // …their search entries…
    var search = RowBatch([("seq", "bigint"), ("document", "text"), ("tokens", "integer")])
    var isNew: [Bool] = []
    var claimed = Set<String>()
    for row in rows {
      guard let seq = inserted[row.id], claimed.insert(row.id).inserted else {
        isNew.append(false)
        continue
      }
      isNew.append(true)
      outcome.touched.add(row)
      let document = try searchDocument(row)
      search.append([.int(seq), .string(document.vector), .int(document.tokens)])
    }
    if !search.isEmpty {
      try session.query(
        "INSERT INTO letter_search (seq, document, tokens) SELECT seq, document::tsvector, tokens FROM \(search.recordset(1))",
        [search.parameter])
    }
    // …a copy of each letter from this file (the first of a letter is its primary copy)…
    var copies = RowBatch([
      ("letter_id", "text"), ("source_id", "bigint"), ("segment", "integer"), ("line_start", "integer"),
      ("line_end", "integer"), ("is_primary", "integer"), ("record", "text"),
    ])
    for (row, new) in zip(rows, isNew) {
      copies.append([
        .string(row.id), .int(sourceID), .int(row.segment), .int(row.lineStart), .int(row.lineEnd), JSONValue(new),
        new ? .null : .string(row.record),
      ])
    }
    var copyIDs: [Int: Int] = [:]
    for r in try session.query(
      """
      INSERT INTO letter_copy (\(copies.names())) SELECT \(copies.names()) FROM \(copies.recordset(1))
      RETURNING id, segment
      """, [copies.parameter])
    {
      copyIDs[try r.cells.int("segment")] = try r.cells.int("id")
    }
    // …a copy from an earlier file by path than the one shown takes over…
    for (row, new) in zip(rows, isNew) where !new {
      guard let copyID = copyIDs[row.segment] else { continue }
      try takeOverIfFirst(row, copy: copyID, path: item.path, &outcome.touched)
    }
    // …and their citations, stored with their resolution at the end of the batch.
    for (index, row) in rows.enumerated() {
      guard let copyID = copyIDs[row.segment] else {
        throw ArchiveError(.database, "\(location): a copy of \(row.id) was not stored")
      }
      for citation in citations[index] { outcome.newCitations.append(NewCitation(record: citation, copy: copyID)) }
      outcome.letters += 1
      outcome.citations += citations[index].count
    }
  }

  static let letterColumns: [(name: String, type: String)] = [
    ("id", "text"), ("number", "text"), ("number_raw", "text"), ("prefix", "text"), ("sub_office", "text"),
    ("code", "text"), ("circular", "integer"), ("serial", "text"), ("year_suffix", "text"), ("year", "integer"),
    ("date", "text"), ("kind", "text"), ("urgency", "text"), ("secrecy", "text"), ("subject", "text"),
    ("addressee", "text"), ("issuer", "text"), ("signer", "text"), ("record", "text"),
  ]

  static func letterValues(_ row: LetterColumns) -> [JSONValue] {
    [
      .string(row.id), JSONValue(row.number), JSONValue(row.numberRaw), JSONValue(row.parts?.prefix),
      JSONValue(row.parts?.subOffice), JSONValue(row.parts?.code), JSONValue(row.parts?.circular ?? false),
      JSONValue(row.parts?.serial), JSONValue(row.parts?.yearSuffix), JSONValue(row.year), JSONValue(row.date),
      .string(row.kind), JSONValue(row.urgency), JSONValue(row.secrecy), JSONValue(row.subject),
      JSONValue(row.addressee), JSONValue(row.issuer), JSONValue(row.signer), .string(row.record),
    ]
  }

  static let citationColumns: [(name: String, type: String)] = [
    ("copy_id", "bigint"), ("letter_id", "text"), ("active", "integer"), ("role", "text"), ("ordinal", "integer"),
    ("raw", "text"), ("issuer", "text"), ("number", "text"), ("prefix", "text"), ("sub_office", "text"),
    ("code", "text"), ("circular", "integer"), ("serial", "text"), ("year_suffix", "text"), ("candidates", "text"),
    ("year", "integer"), ("date", "text"), ("cited_key", "text"), ("implied_target", "text"),
  ]

  static func citationValues(_ c: CitationRecord, copy: Int, active: Bool) -> [JSONValue] {
    let n = c.number
    return [
      .int(copy), .string(c.from), JSONValue(active), .string(c.role.rawValue), .int(c.ordinal), .string(c.raw),
      JSONValue(c.issuer), JSONValue(n?.canonical), JSONValue(n?.prefix), JSONValue(n?.subOffice), JSONValue(n?.code),
      JSONValue(n?.circular ?? false), JSONValue(n?.serial), JSONValue(n?.yearSuffix),
      JSONValue(ArchiveStoreSupport.json(strings: c.candidates)), JSONValue(c.year), JSONValue(c.date?.iso),
      .string(c.citedKey), JSONValue(c.impliedTarget),
    ]
  }

  /// Every column of `letter` but the id, in the order of the promotion's UPDATE.
  static func letterFields(_ row: LetterColumns) -> [SQLValue] {
    [
      SQLValue(row.number), SQLValue(row.numberRaw), SQLValue(row.parts?.prefix), SQLValue(row.parts?.subOffice),
      SQLValue(row.parts?.code), SQLValue(row.parts?.circular ?? false), SQLValue(row.parts?.serial),
      SQLValue(row.parts?.yearSuffix), SQLValue(row.year), SQLValue(row.date), .text(row.kind),
      SQLValue(row.urgency), SQLValue(row.secrecy), SQLValue(row.subject), SQLValue(row.addressee),
      SQLValue(row.issuer), SQLValue(row.signer), .text(row.record),
    ]
  }

  /// A letter's search entry.
  func searchDocument(_ row: LetterColumns) throws -> SearchDocument {
    let texts = ArchiveStoreSupport.searchTexts(record: ArchiveStoreSupport.parseJSON(row.record) ?? .null)
    return try withSegmenter { SearchDocument(texts: texts, segmenter: $0) }
  }

  /// Writes (or rewrites) the letter's search entry.
  func index(_ row: LetterColumns, seq: Int) throws {
    let document = try searchDocument(row)
    try session.query(
      """
      INSERT INTO letter_search (seq, document, tokens) VALUES ($1, $2::tsvector, $3)
      ON CONFLICT (seq) DO UPDATE SET document = excluded.document, tokens = excluded.tokens
      """, [.int(seq), .text(document.vector), .int(document.tokens)])
  }
}

/// The next batch, parsed on another thread.
final class ParsedBatchBox: @unchecked Sendable {
  private let lock = NSLock()
  private var value = PostgresArchive.ParsedBatch()

  func set(_ batch: PostgresArchive.ParsedBatch) { lock.withLock { value = batch } }
  var batch: PostgresArchive.ParsedBatch { lock.withLock { value } }
}
