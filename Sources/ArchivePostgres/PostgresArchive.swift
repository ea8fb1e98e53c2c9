import Archive
import Foundation
import Logging
import ThaiText

/// คลังหนังสือบน PostgreSQL — one archive for a whole ministry: the SQLite store's tables,
/// migrations, resolution rules and answers, on a PostgreSQL server that many `saraban`
/// processes write to at once.
///
/// Writers never lose or duplicate a file, letter or citation: the unique keys decide who
/// stores what (`ON CONFLICT`), each batch is one short transaction, and the one step that
/// must see every other writer's letters — re-resolving open citations — runs under a
/// transaction-scoped advisory lock, after this batch's rows are written and until it commits.
/// A transaction PostgreSQL aborts for a deadlock or a serialization failure is run again.
///
/// Not for sharing between threads that write at the same time: each process (or thread)
/// opens its own, one connection each.
public final class PostgresArchive: LetterArchive, @unchecked Sendable {
  /// Where the archive lives (printed without the password).
  public let location: PostgresLocation
  /// How many matching letters `search` ranks by BM25: the most recently stored ones (highest
  /// `seq`), as ``Archive/SQLiteArchive/searchCandidates`` — same default, same meaning — so
  /// that both stores answer a topic word alike at any archive size.
  public let searchCandidates: Int
  /// The SQLite store's default (see ``Archive/SQLiteArchive/defaultSearchCandidates``).
  public static let defaultSearchCandidates = SQLiteArchive.defaultSearchCandidates
  let session: PostgresSession
  let logger: Logger
  private let hookLock = NSLock()
  private var hook: (@Sendable (Int) throws -> Void)?
  private let segmenterLock = NSLock()
  private var segmenter: WordSegmenter?
  /// Test hook: called inside each batch's transaction after its files are written; a throw
  /// rolls the batch back as a crash would.
  package var afterBatchWrite: (@Sendable (Int) throws -> Void)? {
    get { hookLock.withLock { hook } }
    set { hookLock.withLock { hook = newValue } }
  }

  /// Serializes re-resolution across writers (see the type's summary).
  static let resolveLockKey = 0x5341_5241_4241_4E32  // "SARABAN2"

  /// Connects to the archive at `url` (`postgres://user@host:port/dbname`), making its
  /// tables when `create` and migrating it to this version.
  ///
  /// Throws ``Archive/ArchiveError``: `.missing` when the database does not exist, or holds
  /// no archive and `create` is false; `.notAnArchive` for a database of something else;
  /// `.newerSchema` for one written by a newer saraban; `.database` for a server that cannot
  /// be reached or refuses the login — each one line. `search` ranks among the
  /// `searchCandidates` most recently stored matches (at least 1).
  public convenience init(
    url: String, create: Bool = true, searchCandidates: Int = PostgresArchive.defaultSearchCandidates,
    logger: Logger = Logger(label: "saraban.archive.postgres")
  ) throws {
    try self.init(
      location: PostgresLocation(url: url), create: create, searchCandidates: searchCandidates, logger: logger)
  }

  /// Connects to the archive at `location`; see ``init(url:create:searchCandidates:logger:)``.
  public init(
    location: PostgresLocation, create: Bool = true, searchCandidates: Int = PostgresArchive.defaultSearchCandidates,
    logger: Logger = Logger(label: "saraban.archive.postgres")
  ) throws {
    self.location = location
    self.searchCandidates = max(1, searchCandidates)
    self.logger = logger
    session = try PostgresSession(location, logger: logger)
    try migrate(create: create)
    logger.debug("archive open", metadata: ["server": "\(location)"])
  }

  /// Runs `body` with this archive's word segmenter (an ICU iterator: one user at a time).
  func withSegmenter<T>(_ body: (WordSegmenter) throws -> T) throws -> T {
    try segmenterLock.withLock {
      if let segmenter { return try body(segmenter) }
      let made = try WordSegmenter()
      segmenter = made
      return try body(made)
    }
  }

  private func migrate(create: Bool) throws {
    let known = PostgresMigrations.migrations.map(\.identifier)
    try session.transaction {
      try session.query("SELECT pg_advisory_xact_lock($1)", [.int(PostgresMigrations.lockKey)])
      let present = try session.query("SELECT to_regclass('saraban_migrations') IS NOT NULL AS present")
      if try present.first?.decode(Bool.self) != true {
        let tables =
          try session.query(
            """
            SELECT count(*) FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            """
          ).first?.decode(Int.self) ?? 0
        if tables > 0 {
          throw ArchiveError(.notAnArchive, "\(location) holds tables but not a saraban archive")
        }
        if !create {
          throw ArchiveError(.missing, "no archive in \(location): run saraban ingest first")
        }
        try session.query(
          """
          CREATE TABLE saraban_migrations (
            identifier TEXT COLLATE "C" PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
          """)
      }
      let applied = try session.query("SELECT identifier FROM saraban_migrations ORDER BY applied_at")
        .map { try $0.decode(String.self) }
      let unknown = Set(applied).subtracting(known).sorted()
      if !unknown.isEmpty {
        throw ArchiveError(
          .newerSchema,
          "\(location) was written by a newer saraban (schema \(unknown.joined(separator: ", "))): upgrade saraban to read it"
        )
      }
      for migration in PostgresMigrations.migrations where !applied.contains(migration.identifier) {
        for statement in migration.statements { try session.query(statement) }
        try session.query("INSERT INTO saraban_migrations (identifier) VALUES ($1)", [.text(migration.identifier)])
        logger.debug("migrated", metadata: ["migration": "\(migration.identifier)", "server": "\(location)"])
      }
    }
  }

  /// The migrations applied to this archive, in order.
  public func appliedMigrations() throws -> [String] {
    try session.query("SELECT identifier FROM saraban_migrations ORDER BY applied_at, identifier").map {
      try $0.decode(String.self)
    }
  }

  public func statistics() throws -> ArchiveStatistics {
    let row = try session.query(
      """
      SELECT (SELECT count(*) FROM source_file) AS files,
        (SELECT count(*) FROM source_file WHERE status = 'rejected') AS rejected,
        (SELECT count(*) FROM letter) AS letters,
        (SELECT count(*) FROM (SELECT letter_id FROM letter_copy GROUP BY letter_id HAVING count(*) > 1) d)
          AS duplicated,
        (SELECT count(*) FROM citation WHERE active = 1) AS citations,
        (SELECT count(*) FROM citation WHERE active = 1 AND target IS NOT NULL) AS resolved,
        (SELECT count(*) FROM citation WHERE active = 1 AND target IS NOT NULL AND confidence < 1) AS fuzzy
      """
    ).first?.cells
    var s = ArchiveStatistics()
    guard let row else { return s }
    s.files = try row.int("files")
    s.rejectedFiles = try row.int("rejected")
    s.letters = try row.int("letters")
    s.duplicated = try row.int("duplicated")
    s.citations = try row.int("citations")
    s.resolved = try row.int("resolved")
    s.fuzzy = try row.int("fuzzy")
    s.unresolved = s.citations - s.resolved
    return s
  }

  /// Checks that every letter has its search entry and no entry is left without a letter;
  /// throws when they disagree.
  public func checkSearchIndex() throws {
    let row = try session.query(
      """
      SELECT (SELECT count(*) FROM letter l WHERE NOT EXISTS (SELECT 1 FROM letter_search s WHERE s.seq = l.seq))
        AS missing,
        (SELECT count(*) FROM letter_search s WHERE NOT EXISTS (SELECT 1 FROM letter l WHERE l.seq = s.seq))
        AS orphans
      """
    ).first?.cells
    let missing = try row?.int("missing") ?? 0
    let orphans = try row?.int("orphans") ?? 0
    if missing + orphans > 0 {
      throw ArchiveError(
        .corrupt, "\(location): search index out of step (\(missing) letters unindexed, \(orphans) stale entries)")
    }
  }

  /// Bytes the archive's tables and indexes take on the server.
  public func databaseSize() throws -> Int {
    try session.query(
      """
      SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')
      """
    ).first?.decode(Int.self) ?? 0
  }
}
