import Foundation
import GRDB
import Letters
import Logging
import SQLiteFunctions

/// คลังหนังสือบน SQLite — the embedded archive: one SQLite file in WAL mode, written
/// through GRDB with versioned migrations, searched with FTS5 and a Thai tokenizer.
///
/// Readers never block the writer (WAL); a second writer waits up to ``busyTimeout``.
/// Safe to share between threads: GRDB's pool serializes writes.
public final class SQLiteArchive: LetterArchive, @unchecked Sendable {
  /// The database file.
  public let path: String
  /// How long a write waits for another writer before failing, unless the opener says.
  public static let busyTimeout: TimeInterval = 10
  /// The writer connection's page cache (KiB): bounded, so memory stays flat with archive size.
  /// 128 MiB: ingesting into a million-letter archive (4.5 GB) with 64 MiB read about 8 % more
  /// CPU-seconds in index pages read back; peak RSS stays under 250 MB (BENCHMARKS.md).
  static let writerCacheKiB = 131072
  /// The page size of a new archive's file.
  static let pageSize = 8192
  /// How many matching letters `search` ranks by BM25: the most recently stored ones (the
  /// default ``defaultSearchCandidates``). BM25 reads every ranked letter's token counts from
  /// the index, so ranking every match of a topic word grew with the archive (617 ms at 1M
  /// letters); FTS5 walks the matches newest first and stops here.
  public let searchCandidates: Int
  /// Enough for a useful top 20 of a topic word, cheap at any archive size (see BENCHMARKS.md).
  public static let defaultSearchCandidates = 2_000
  /// The archive was opened read-only (its file or folder cannot be written): queries work,
  /// ingest fails with ``ArchiveError/Code/readOnly``.
  public private(set) var isReadOnly = false
  let pool: DatabasePool
  let logger: Logger
  private let hookLock = NSLock()
  private var hook: (@Sendable (Int) throws -> Void)?
  /// Test hook: called inside each batch's transaction after its files are written; a throw
  /// rolls the batch back as a crash would. (The only mutable state, hence the lock.)
  var afterBatchWrite: (@Sendable (Int) throws -> Void)? {
    get { hookLock.withLock { hook } }
    set { hookLock.withLock { hook = newValue } }
  }

  /// Opens (and creates when `create`) the archive at `path`, migrating it to this version.
  ///
  /// Throws ``ArchiveError`` with `.missing` when the file is absent and `create` is false,
  /// `.corrupt` for a damaged or non-SQLite file, `.notAnArchive` for another program's
  /// database, and `.newerSchema` for an archive written by a newer saraban; none of these
  /// change the file. When `create` is false (queries) a current archive opens read-only, so
  /// that a query never waits for another program's ingest and works on a read-only file. A
  /// write waits up to `busyTimeout` seconds for another writer. `search` ranks among the
  /// `searchCandidates` most recently stored matches.
  public init(
    path: String, create: Bool = true, busyTimeout: TimeInterval = SQLiteArchive.busyTimeout,
    searchCandidates: Int = SQLiteArchive.defaultSearchCandidates, logger: Logger = Logger(label: "saraban.archive")
  ) throws {
    self.path = path
    self.searchCandidates = max(1, searchCandidates)
    self.logger = logger
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if isDirectory.boolValue { throw ArchiveError(.corrupt, "\(path) is a directory, not an archive") }
    if !exists && !create { throw ArchiveError(.missing, "no archive at \(path): run saraban ingest first") }
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.label = "saraban.archive"
    configuration.prepareDatabase { db in
      db.add(tokenizer: ThaiTokenizer.self)
      db.add(function: CompactRecord.function)
      // Resolution's queries test `saraban_near` on index entries (SQLiteArchive+Resolve).
      guard let handle = db.sqliteConnection, saraban_register_near(UnsafeMutableRawPointer(handle)) == 0 else {
        throw ArchiveError(.database, "\(path): could not register the archive's SQL functions")
      }
      if !db.configuration.readonly {
        // A new archive gets 8 KiB pages (an existing file keeps its own: SQLite changes it only
        // by VACUUM). A letter row is about 2.5 KB; a 4 KiB page held one, with a third of the
        // letter table's pages left empty.
        try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
        // The writer: a batch touches pages of every index; SQLite's default 2 MB cache spilt
        // them to the WAL and read them back hundreds of thousands of times an ingest.
        try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)")
        // WAL with synchronous=NORMAL never corrupts the file; a power cut can lose the last
        // batches, which a second `saraban ingest` of the same folder writes again.
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
        try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
      }
    }
    do {
      (pool, isReadOnly) = try Self.openChecked(path: path, configuration: configuration, create: create, exists: exists)
    } catch let error as ArchiveError {
      throw error
    } catch let error as DatabaseError {
      throw Self.translate(error, path: path)
    }
    logger.debug("archive open", metadata: ["path": "\(path)"])
  }

  static func translate(_ error: DatabaseError, path: String) -> ArchiveError {
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      return ArchiveError(.corrupt, "\(path) is not a readable archive: \(error.message ?? "file is not a database")")
    case .SQLITE_CANTOPEN:
      return ArchiveError(.missing, "cannot open \(path): \(error.message ?? "unable to open database file")")
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return ArchiveError(
        .busy, "\(path) is busy: another program is writing to it and held it past the busy timeout; try again")
    case .SQLITE_FULL:
      return ArchiveError(
        .full, "\(path): the disk is full (or the archive reached its size limit): nothing of the failed batch was stored")
    case .SQLITE_READONLY:
      return ArchiveError(.readOnly, "\(path) is read-only: saraban cannot store letters in it")
    case .SQLITE_IOERR:
      return ArchiveError(
        .database, "\(path): the disk failed to read or write (\(error.message ?? "I/O error")): nothing of the failed batch was stored")
    default:
      return ArchiveError(.database, "\(path): \(error.message ?? "\(error.resultCode)")")
    }
  }

  /// Runs a read, turning database errors into one-line ``ArchiveError``s.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.read(body)
    } catch let error as DatabaseError {
      throw Self.translate(error, path: path)
    }
  }

  public func statistics() throws -> ArchiveStatistics {
    try read { db in try Self.statistics(db) }
  }

  static func statistics(_ db: Database) throws -> ArchiveStatistics {
    var s = ArchiveStatistics()
    s.files = try Int.fetchOne(db, sql: "SELECT count(*) FROM source_file") ?? 0
    s.rejectedFiles = try Int.fetchOne(db, sql: "SELECT count(*) FROM source_file WHERE status = 'rejected'") ?? 0
    s.letters = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0
    s.duplicated =
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM (SELECT letter_id FROM letter_copy GROUP BY letter_id HAVING count(*) > 1)")
      ?? 0
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT count(*) AS n,
          sum(target IS NOT NULL) AS resolved,
          sum(target IS NOT NULL AND confidence < 1) AS fuzzy
        FROM citation WHERE active = 1
        """)
    s.citations = row?["n"] ?? 0
    s.resolved = row?["resolved"] ?? 0
    s.fuzzy = row?["fuzzy"] ?? 0
    s.unresolved = s.citations - s.resolved
    return s
  }

  /// Checks that the full-text index agrees with the stored letters (FTS5 `integrity-check`);
  /// throws when it does not.
  public func checkSearchIndex() throws {
    do {
      try pool.write { db in
        try db.execute(sql: "INSERT INTO letter_search (letter_search) VALUES ('integrity-check')")
      }
    } catch let error as DatabaseError {
      throw Self.translate(error, path: path)
    }
  }
}
