import Foundation
import GRDB

extension SQLiteArchive {
  /// Opens an archive without writing to it until it is known to be one of ours and of a
  /// schema this version reads: an existing file is first read through a read-only pool (a
  /// writable GRDB pool writes to the file as it opens). Queries (`create` false) keep that
  /// read-only pool when the schema is current; ingest, and an archive to be migrated, get a
  /// writable one.
  static func openChecked(path: String, configuration: Configuration, create: Bool, exists: Bool) throws
    -> (DatabasePool, Bool)
  {
    let migrator = ArchiveMigrations.migrator
    if exists {
      var readOnly = configuration
      readOnly.readonly = true
      let probe: DatabasePool
      do {
        probe = try DatabasePool(path: path, configuration: readOnly)
      } catch let error as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) {
        // A WAL archive is read through its -shm file, which SQLite must be able to create.
        throw ArchiveError(
          .readOnly,
          "\(path) is read-only and so is its folder: SQLite cannot create \(path)-shm to read it; copy the archive somewhere writable"
        )
      }
      let current = try probe.read { db in try check(db, path: path, migrator: migrator) }
      if current && !create { return (probe, true) }
      try probe.close()
    }
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
    } catch let error as DatabaseError
      where exists && [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode)
    {
      throw ArchiveError(
        .readOnly,
        create
          ? "\(path) is read-only: saraban cannot store letters in it"
          : "\(path) was written by an older saraban and is read-only: open it once with write access to upgrade it")
    }
    if try !pool.read({ try migrator.hasCompletedMigrations($0) }) {
      try pool.read { db in _ = try check(db, path: path, migrator: migrator) }
      try migrator.migrate(pool)
    }
    return (pool, false)
  }

  /// Throws unless the database is empty or a saraban archive this version can read; returns
  /// whether every migration has been applied.
  private static func check(_ db: Database, path: String, migrator: DatabaseMigrator) throws -> Bool {
    let tables = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    if !tables.isEmpty && !tables.contains("grdb_migrations") {
      throw ArchiveError(.notAnArchive, "\(path) is an SQLite database but not a saraban archive")
    }
    if try migrator.hasBeenSuperseded(db) {
      let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
      throw ArchiveError(
        .newerSchema,
        "\(path) was written by a newer saraban (schema \(unknown.joined(separator: ", "))): upgrade saraban to read it"
      )
    }
    return tables.isEmpty ? false : try migrator.hasCompletedMigrations(db)
  }
}
