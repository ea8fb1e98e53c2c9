import Citations
import Foundation
import GRDB
import Letters

extension SQLiteArchive {
  /// Stores a file parsed in chunks (แฟ้มใหญ่): one transaction per chunk's letters, then one
  /// that records the file's hash. Until that last one the file's row has an empty hash, so
  /// an ingest killed half-way leaves letters that the next ingest sees as a changed file and
  /// replaces: nothing doubled, nothing missing. A file with no letter is rejected (and what
  /// its chunks stored removed), as ``prepare(_:hashes:indices:)`` rejects a file read whole.
  func writeChunked(_ item: Prepared, _ source: ChunkedSource, report: inout IngestReport) throws {
    let now = ISO8601DateFormatter().string(from: Date())
    var sourceID: Int64?
    var lettersLike = false
    var lastLetter: String?  // the owner of an annex at the start of a chunk
    var transactions = 0
    func transaction(_ body: (Database, inout BatchOutcome) throws -> Void) throws {
      let batchNumber = report.stored + transactions
      transactions += 1
      let outcome = try pool.write { db in
        var outcome = BatchOutcome()
        let firstNewCitation = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM citation") ?? 0) + 1
        try body(db, &outcome)
        try afterBatchWrite?(batchNumber)
        try resolveOpenCitations(db, touched: outcome.touched, fresh: outcome.fresh, newFrom: firstNewCitation)
        try indexForSearch(&outcome.unindexedFrom, db)
        return outcome
      }
      report.replaced += outcome.replaced
      report.letters += outcome.letters
      report.citations += outcome.citations
      report.rejected += outcome.rejected
    }
    let parsed = try source.parse { letters, document in
      guard !letters.isEmpty else { return }
      let rows = letters.map { LetterRow(record: LetterJSON.letter($0)) }
      let citations = CitationExtractor.citations(in: letters, lastLetter: &lastLetter)
      lettersLike = lettersLike || letters.contains(where: Self.looksLikeALetter)
      try transaction { db, outcome in
        if sourceID == nil {
          var head = item
          head.sha256 = ""  // not whole yet
          head.document = document
          try store(head, at: now, db, &outcome)
          sourceID = try Int64.fetchOne(db, sql: "SELECT id FROM source_file WHERE path = ?", arguments: [item.path])
        }
        guard let sourceID else { throw ArchiveError(.database, "\(item.path): the file's row was not stored") }
        try storeLetters(rows, citations, source: sourceID, db, &outcome)
        try db.execute(
          sql: "UPDATE source_file SET letters = letters + ? WHERE id = ?", arguments: [rows.count, sourceID])
      }
    }
    var last = item
    last.document = parsed.document
    if parsed.letterCount == 0 {
      let warning = parsed.document.warnings.first
      last.rejection = warning.map { "\($0.code.rawValue): \($0.message)" } ?? "no letter found"
    } else if !lettersLike {
      last.rejection = "no_letter_found: no ที่, date, เรื่อง, เรียน, issuer, signature or citation in the text"
    }
    try transaction { db, outcome in
      if let sourceID, last.rejection == nil {
        let warnings = JSONValue.array(
          parsed.document.warnings.map { .string("\($0.code.rawValue): \($0.message)") }
        ).serialized()
        try db.execute(
          sql: "UPDATE source_file SET sha256 = ?, encoding = ?, warnings = ? WHERE id = ?",
          arguments: [item.sha256, parsed.document.source.encoding, warnings, sourceID])
      } else {
        try store(last, at: now, db, &outcome)  // the rejection, in place of what the chunks stored
        if sourceID != nil { outcome.replaced -= 1 }  // the file's row came from this ingest
      }
    }
    report.stored += 1
  }
}
