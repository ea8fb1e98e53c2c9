import ArchiveTestSupport
import GRDB
import Testing

@testable import Archive

/// A new archive is made with 8 KiB pages (letter rows are about 2.5 KB: 4 KiB pages were a
/// third empty); an existing file keeps the page size it was made with.
@Suite struct PageSizeTests {
  @Test func aNewArchiveHasEightKiBPages() throws {
    let archive = try Fixtures.archive()
    let size = try DatabaseQueue(path: archive.path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
    #expect(size == SQLiteArchive.pageSize)
  }

  @Test func anExistingArchiveKeepsItsPageSize() throws {
    let path = try TemporaryArchive.path()
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA page_size = 4096")
      try db.execute(sql: "PRAGMA journal_mode = WAL")
    }
    queue.inDatabase { db in
      db.add(tokenizer: ThaiTokenizer.self)
      db.add(function: CompactRecord.function)
    }
    try ArchiveMigrations.migrator.migrate(queue)
    try queue.close()
    let archive = try SQLiteArchive(path: path)
    _ = try archive.ingest(Corpus.files.prefix(3), batchSize: 8)
    let size = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
    #expect(size == 4096)
    #expect(try archive.check().isEmpty)
  }
}
