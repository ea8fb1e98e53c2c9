import ArchiveTestSupport
import Foundation
import GRDB
import Testing

@testable import Archive

/// Ingest: idempotent by content, replacing changed files, rejecting what isn't a letter,
/// and all-or-nothing per batch.
@Suite struct IngestTests {
  /// Row counts of every table, to compare an archive before and after.
  func counts(_ path: String) throws -> [String: Int] {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
      var out: [String: Int] = [:]
      for table in ["source_file", "letter", "letter_copy", "citation"] {
        out[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1
      }
      out["resolved"] = try Int.fetchOne(db, sql: "SELECT count(*) FROM citation WHERE target IS NOT NULL") ?? -1
      return out
    }
  }

  @Test(arguments: [1, 8, 64])
  func reingestingTheSameBytesChangesNothing(_ batch: Int) throws {
    let path = try TemporaryArchive.path()
    let archive = try SQLiteArchive(path: path)
    let first = try archive.ingest(Corpus.files, batchSize: batch)
    let before = try counts(path)
    let second = try archive.ingest(Corpus.files, batchSize: batch)
    #expect(second.unchanged == Corpus.files.count)
    #expect(second.stored == 0)
    #expect(try counts(path) == before)
    #expect(second.totals == first.totals)
  }

  @Test func theSameLetterInTwoFilesIsOneNodeWithBothSources() throws {
    let archive = try Fixtures.archive()
    let original = try #require(Corpus.file("000"))
    guard case let .bytes(bytes) = original.content else { return }
    _ = try archive.ingest([original], batchSize: 8)
    let letters = try archive.statistics().letters
    _ = try archive.ingest([SourceInput(path: "copy/000.txt", content: .bytes(bytes + Array("\n".utf8)))], batchSize: 8)
    let stats = try archive.statistics()
    let letter = try #require(try archive.letter(id: "มท 0812/ว 1565@2564"))
    #expect(letter.sources.map(\.path).sorted() == ["Corpus/000_645d0e619560a029.txt", "copy/000.txt"])
    #expect(letter.sources.filter(\.primary).count == 1)
    #expect(stats.duplicated >= 2)
    // Numbered letters merge; the numberless annex is keyed by the file's hash, so it is new.
    #expect(stats.letters == letters + 1)
  }

  @Test func aChangedFileReplacesItsLetters() throws {
    let archive = try Fixtures.archive()
    let first = Corpus.letter(number: "มท ๐๘๑๐/ว ๑๒๓", date: "๑ สิงหาคม ๒๕๖๕")
    let second = Corpus.letter(number: "มท ๐๘๑๐/ว ๑๒๔", date: "๒ สิงหาคม ๒๕๖๕")
    _ = try archive.ingest([SourceInput(path: "a.txt", content: .bytes(first))], batchSize: 8)
    #expect(try archive.letter(id: "มท 0810/ว 123@2565") != nil)
    let report = try archive.ingest([SourceInput(path: "a.txt", content: .bytes(second))], batchSize: 8)
    #expect(report.replaced == 1)
    #expect(try archive.letter(id: "มท 0810/ว 123@2565") == nil)
    #expect(try archive.letter(id: "มท 0810/ว 124@2565") != nil)
    #expect(try archive.statistics().letters == 1)
  }

  @Test func theSearchIndexFollowsReplacedLetters() throws {
    let path = try TemporaryArchive.path()
    let archive = try SQLiteArchive(path: path)
    let first = Corpus.letter(number: "มท ๐๘๑๐/ว ๑๒๓", date: "๑ สิงหาคม ๒๕๖๕", subject: "การเลี้ยงปลานิล")
    let second = Corpus.letter(number: "มท ๐๘๑๐/ว ๑๒๓", date: "๑ สิงหาคม ๒๕๖๕", subject: "การปลูกข้าวโพด")
    _ = try archive.ingest([SourceInput(path: "a.txt", content: .bytes(first))], batchSize: 8)
    #expect(try archive.search("ปลานิล", limit: 5, highlight: ("[", "]")).map(\.id) == ["มท 0810/ว 123@2565"])
    _ = try archive.ingest([SourceInput(path: "a.txt", content: .bytes(second))], batchSize: 8)
    #expect(try archive.search("ปลานิล", limit: 5, highlight: ("[", "]")).isEmpty)
    #expect(try archive.search("ข้าวโพด", limit: 5, highlight: ("[", "]")).map(\.id) == ["มท 0810/ว 123@2565"])
    _ = try archive.ingest(Corpus.files, batchSize: 8)
    try archive.checkSearchIndex()
  }

  @Test func removingTheFirstCopyPromotesTheOther() throws {
    let archive = try Fixtures.archive()
    let letter = Corpus.letter(number: "มท ๐๘๑๐/ว ๑๒๓", date: "๑ สิงหาคม ๒๕๖๕")
    let other = Corpus.letter(number: "มท ๐๘๑๐/ว ๙๙๙", date: "๑ สิงหาคม ๒๕๖๕")
    _ = try archive.ingest(
      [
        SourceInput(path: "a.txt", content: .bytes(letter)),
        SourceInput(path: "b.txt", content: .bytes(letter + [0x0A])),
      ],
      batchSize: 8)
    _ = try archive.ingest([SourceInput(path: "a.txt", content: .bytes(other))], batchSize: 8)
    let kept = try #require(try archive.letter(id: "มท 0810/ว 123@2565"))
    #expect(kept.sources.map(\.path) == ["b.txt"])
    #expect(kept.sources.first?.primary == true)
  }

  @Test(arguments: [
    ("binary.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] as [UInt8], "binary"),
    ("empty.txt", [], "empty"),
    ("blank.txt", Array(" \n\t\n".utf8), "empty"),
  ])
  func whatIsNotALetterIsRecordedAsRejected(_ name: String, _ bytes: [UInt8], _ reason: String) throws {
    let archive = try Fixtures.archive()
    let report = try archive.ingest([SourceInput(path: name, content: .bytes(bytes))], batchSize: 8)
    let rejection = try #require(report.rejected.first)
    #expect(rejection.path == name)
    #expect(rejection.reason.contains(reason))
    #expect(try archive.statistics().rejectedFiles == 1)
  }

  @Test func anUnreadableFileIsRecordedAsRejected() throws {
    let archive = try Fixtures.archive()
    let report = try archive.ingest(
      [SourceInput(path: "locked.txt", content: .unreadable("permission denied"))], batchSize: 8)
    #expect(report.rejected.first?.reason.contains("permission denied") == true)
  }

  @Test func anInterruptedBatchRollsBackAndLeavesTheArchiveConsistent() throws {
    let path = try TemporaryArchive.path()
    let archive = try SQLiteArchive(path: path)
    let files = Corpus.files
    _ = try archive.ingest(files.prefix(5), batchSize: 5)
    let before = try counts(path)
    archive.afterBatchWrite = { _ in throw CancellationError() }
    #expect(throws: CancellationError.self) { try archive.ingest(files.dropFirst(5), batchSize: 5) }
    #expect(try counts(path) == before)
    let queue = try DatabaseQueue(path: path)
    let (integrity, foreignKeyErrors) = try queue.read { db in
      (try String.fetchOne(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"))
    }
    #expect(integrity == "ok")
    #expect(foreignKeyErrors.isEmpty)
    archive.afterBatchWrite = nil
    let report = try archive.ingest(files, batchSize: 5)
    #expect(report.unchanged == 5)
    #expect(try counts(path)["source_file"] == files.count)
    let (letters, searchRows) = try queue.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM letter"),
        try Int.fetchOne(db, sql: "SELECT count(*) FROM letter_search_docsize")
      )
    }
    #expect(letters == searchRows)
  }

  @Test func queriesOnAMissingArchiveSayHowToMakeOne() throws {
    let path = try TemporaryArchive.path()
    let error = try #require(throws: ArchiveError.self) { try SQLiteArchive(path: path, create: false) }
    #expect(error.code == .missing)
    #expect(error.description == "no archive at \(path): run saraban ingest first")
  }

  @Test func aFileThatIsNotADatabaseIsReportedAsCorrupt() throws {
    let path = try TemporaryArchive.path()
    try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
    let error = try #require(throws: ArchiveError.self) { try SQLiteArchive(path: path, create: false) }
    #expect(error.code == .corrupt)
  }

  @Test func anArchiveFromANewerSarabanIsRefused() throws {
    let path = try TemporaryArchive.path()
    _ = try SQLiteArchive(path: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
    }
    let error = try #require(throws: ArchiveError.self) { try SQLiteArchive(path: path, create: false) }
    #expect(error.code == .newerSchema)
    #expect(error.description.contains("v99-from-the-future"))
  }

  @Test func anotherProgramsDatabaseIsNotTakenForAnArchive() throws {
    let path = try TemporaryArchive.path()
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in try db.execute(sql: "CREATE TABLE accounts (id INTEGER)") }
    let error = try #require(throws: ArchiveError.self) { try SQLiteArchive(path: path, create: false) }
    #expect(error.code == .notAnArchive)
  }
}

/// Shipped migrations are never edited or reordered: archives on disk depend on them.
@Suite struct MigrationTests {
  @Test func migrationsOnlyEverGrowAtTheEnd() {
    let shipped = ["v1-sources-letters-citations", "v2-search-index-by-batch", "v3-find-by-number-parts"]
    #expect(Array(ArchiveMigrations.migrator.migrations.prefix(shipped.count)) == shipped)
  }

  @Test func anArchiveIsInWALMode() throws {
    let path = try TemporaryArchive.path()
    _ = try SQLiteArchive(path: path)
    let queue = try DatabaseQueue(path: path)
    let mode = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
  }
}

/// Ingest holds a bounded number of bytes: a batch is cut at ``SQLiteArchive/batchBytes``
/// whatever the batch size, so that large files do not pile up in memory.
@Suite struct IngestMemoryTests {
  @Test func aBatchIsCutWhenItsFilesReachTheByteBudget() throws {
    let archive = try Fixtures.archive()
    let size = SQLiteArchive.batchBytes / 2 + 1
    let inputs = (0..<3).map { SourceInput(path: "big-\($0).bin", content: .bytes([UInt8](repeating: 0, count: size))) }
    var batches: [Int] = []
    let report = try archive.ingest(inputs, batchSize: 64) { batches.append($0.done) }
    #expect(batches == [2, 3])
    #expect(report.rejected.count == 3)
  }
}
