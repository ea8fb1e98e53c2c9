import ArchiveTestSupport
import Foundation
import GRDB
import Testing

@testable import Archive

/// Faults under the archive — a full disk, a writer that holds the lock, damaged pages — are
/// one-line ``ArchiveError``s, and the archive is left as it was before the failed batch.
@Suite struct ArchiveFaultTests {
  /// Row counts and the integrity of an archive, to compare before and after a fault.
  struct State: Equatable {
    var counts: [String: Int]
    var integrity: String?
  }

  static func state(_ path: String) throws -> State {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
      var counts: [String: Int] = [:]
      for table in ["source_file", "letter", "letter_copy", "citation", "letter_search_docsize"] {
        counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1
      }
      return State(counts: counts, integrity: try String.fetchOne(db, sql: "PRAGMA integrity_check"))
    }
  }

  static func letters(_ range: ClosedRange<Int>) -> [SourceInput] {
    range.map { k in
      SourceInput(
        path: "letter-\(k).txt",
        content: .bytes(
          Corpus.letter(
            number: "มท ๐๘๑๐/ว \(k)", date: "๑ สิงหาคม ๒๕๖๕",
            subject: "เรื่องที่ \(k) " + String(repeating: "การทดสอบคลังหนังสือ ", count: 200))))
    }
  }

  @Test func aFullDiskIsAnErrorAndTheBatchRollsBack() throws {
    let path = try TemporaryArchive.path()
    let archive = try SQLiteArchive(path: path)
    _ = try archive.ingest(Self.letters(1...5), batchSize: 5)
    let before = try Self.state(path)
    // SQLITE_FULL as a full disk gives it: the file may not grow past a few more pages.
    try archive.pool.writeWithoutTransaction { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
    }
    let error = try #require(throws: ArchiveError.self) {
      try archive.ingest(Self.letters(6...40), batchSize: 40)
    }
    #expect(error.code == .full)
    #expect(error.description.contains("full"), "\(error)")
    #expect(!error.description.contains("\n"))
    #expect(try Self.state(path) == before)
    try archive.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
    let report = try archive.ingest(Self.letters(1...40), batchSize: 40)
    #expect(report.unchanged == 5)
    #expect(try archive.statistics().letters == 40)
    try archive.checkSearchIndex()
  }

  @Test func aWriterHoldingTheLockMakesIngestWaitThenFailInOneLine() throws {
    let path = try TemporaryArchive.path()
    let archive = try SQLiteArchive(path: path, busyTimeout: 0.3)
    _ = try archive.ingest(Self.letters(1...2), batchSize: 8)
    let before = try Self.state(path)
    let other = try DatabaseQueue(path: path)
    let clock = ContinuousClock()
    try other.inDatabase { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      defer { try? db.execute(sql: "ROLLBACK") }
      // Readers are not blocked by a writer (WAL)…
      #expect(try archive.statistics().letters == 2)
      #expect(try archive.search("ทดสอบ", limit: 5, highlight: ("[", "]")).count == 2)
      // …a second writer waits for the busy timeout, then gives up.
      let start = clock.now
      let error = try #require(throws: ArchiveError.self) { try archive.ingest(Self.letters(3...4), batchSize: 8) }
      #expect(error.code == .busy)
      #expect(clock.now - start >= .milliseconds(250))
      #expect(!error.description.contains("\n"))
    }
    #expect(try Self.state(path) == before)
    _ = try archive.ingest(Self.letters(3...4), batchSize: 8)
    #expect(try archive.statistics().letters == 4)
  }

  @Test func damagedPagesAreReportedAsCorruptNeverAsARawSQLiteError() throws {
    let path = try TemporaryArchive.path()
    do {
      let archive = try SQLiteArchive(path: path)
      _ = try archive.ingest(Corpus.files, batchSize: 16)
      _ = try archive.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }
    // Overwrite the second half of the file with noise, as a failing disk would.
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    let size = try handle.seekToEnd()
    var state: UInt64 = 1
    let noise = (0..<(Int(size) / 2)).map { _ -> UInt8 in
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return UInt8(truncatingIfNeeded: state >> 33)
    }
    try handle.seek(toOffset: size / 2)
    handle.write(Data(noise))
    try handle.close()
    let archive: SQLiteArchive
    do {
      archive = try SQLiteArchive(path: path, create: false)
    } catch let error as ArchiveError {
      #expect(error.code == .corrupt, "\(error)")
      return
    }
    let attempts: [(String, () throws -> Void)] = [
      ("statistics", { _ = try archive.statistics() }),
      ("search", { _ = try archive.search("ปกครอง", limit: 50, highlight: ("[", "]")) }),
      ("list", { _ = try archive.list(LetterFilter()) }),
      ("export", { try archive.forEachLetter { _ in } }),
      ("graph", { _ = try archive.graph() }),
      ("unresolved", { _ = try archive.unresolved() }),
      ("ingest", { _ = try SQLiteArchive(path: path).ingest(Self.letters(1...3), batchSize: 8) }),
      ("check", { try SQLiteArchive(path: path).checkSearchIndex() }),
    ]
    var failures = 0
    for (name, attempt) in attempts {
      do {
        try attempt()
      } catch let error as ArchiveError {
        failures += 1
        #expect(error.code == .corrupt, "\(name): \(error)")
        #expect(!error.description.contains("\n"), "\(name)")
      } catch {
        Issue.record("\(name): not an ArchiveError: \(type(of: error)) \(error)")
      }
    }
    #expect(failures > 0)
  }
}
