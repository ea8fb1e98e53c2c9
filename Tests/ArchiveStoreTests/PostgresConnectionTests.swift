import ArchiveTestSupport
import Foundation
import Testing

@testable import Archive
@testable import ArchivePostgres

/// What goes wrong with a server — refused connections, wrong passwords, missing or foreign
/// databases, a server going away mid-ingest — is one line, and the archive stays consistent.
@Suite(.enabled(if: Store.serverURL != nil, Comment(rawValue: Store.skipped)))
struct PostgresConnectionTests {
  func expectOneLine(_ error: ArchiveError, _ words: String...) {
    #expect(!error.description.contains("\n"))
    for word in words { #expect(error.description.contains(word), "\(error.description)") }
  }

  /// Says, in the test log, when the PostgreSQL cases of every store suite did not run.
  @Test func thePostgreSQLStoreIsInTheRun() {
    #expect(Store.available.contains(.postgres))
  }

  @Test func aWrongPasswordIsOneLine() throws {
    var location = try Store.server()
    location.password = "not-the-password"
    let error = try #require(throws: ArchiveError.self) { try PostgresArchive(location: location) }
    expectOneLine(error, "refused user \(location.user)")
    #expect(!error.description.contains("not-the-password"))
  }

  @Test func aMissingDatabaseIsOneLine() throws {
    let location = try Store.server().database("saraban_no_such_database")
    let error = try #require(throws: ArchiveError.self) { try PostgresArchive(location: location) }
    #expect(error.code == .missing)
    expectOneLine(error, "no database saraban_no_such_database")
  }

  @Test func aServerThatIsNotThereIsOneLine() throws {
    var location = try Store.server()
    location.port = 1  // nothing listens on port 1 of loopback
    let error = try #require(throws: ArchiveError.self) { try PostgresArchive(location: location) }
    expectOneLine(error, "cannot connect to postgres://", "refused")
  }

  @Test func anEmptyDatabaseHasNoArchiveForQueries() throws {
    let location = try Store.freshDatabase()
    let error = try #require(throws: ArchiveError.self) { try PostgresArchive(location: location, create: false) }
    #expect(error.code == .missing)
    #expect(error.description == "no archive in \(location): run saraban ingest first")
  }

  @Test func anotherProgramsDatabaseIsNotTakenForAnArchive() throws {
    let location = try Store.freshDatabase()
    try PostgresSession(location, logger: .init(label: "t")).query("CREATE TABLE accounts (id INTEGER)")
    let error = try #require(throws: ArchiveError.self) { try PostgresArchive(location: location) }
    #expect(error.code == .notAnArchive)
  }

  @Test func anArchiveFromANewerSarabanIsRefused() throws {
    let location = try Store.freshDatabase()
    _ = try PostgresArchive(location: location)
    try PostgresSession(location, logger: .init(label: "t")).query(
      "INSERT INTO saraban_migrations (identifier) VALUES ('v99-from-the-future')")
    let error = try #require(throws: ArchiveError.self) { try PostgresArchive(location: location, create: false) }
    #expect(error.code == .newerSchema)
    #expect(error.description.contains("v99-from-the-future"))
  }

  @Test func anArchiveOfSchemaV1IsMigratedOnOpen() throws {
    let location = try Store.freshDatabase()
    _ = try PostgresArchive(location: location)
    let session = try PostgresSession(location, logger: .init(label: "t"))
    try session.query("DELETE FROM saraban_migrations WHERE identifier <> 'v1-sources-letters-citations'")
    try session.query("DROP INDEX letter_number_parts")
    try session.query("DROP INDEX citation_number_parts")
    // Undo v6 too: v1's date indexes back, v6's indexes and function gone.
    try session.query("DROP INDEX letter_code_date_serial")
    try session.query("DROP INDEX letter_serial_date_code")
    try session.query("DROP FUNCTION saraban_near(text, text)")
    try session.query("CREATE INDEX letter_code_date ON letter(code, date)")
    try session.query("CREATE INDEX letter_serial_date ON letter(serial, date)")
    let reopened = try PostgresArchive(location: location, create: false)
    #expect(try reopened.appliedMigrations() == ArchiveStoreSupport.migrationIdentifiers)
    let indexes = try session.query(
      """
      SELECT count(*) FROM pg_indexes WHERE indexname IN ('letter_number_parts', 'citation_number_parts',
        'letter_code_date_serial', 'letter_serial_date_code')
      """)
    #expect(try indexes.first?.decode(Int.self) == 4)
    let replaced = try session.query(
      "SELECT count(*) FROM pg_indexes WHERE indexname IN ('letter_code_date', 'letter_serial_date')")
    #expect(try replaced.first?.decode(Int.self) == 0)
    #expect(try session.query("SELECT saraban_near('1565', '1566')").first?.decode(Bool.self) == true)
  }

  @Test func theMigrationsAreTheSQLiteStoresInTheSameOrder() throws {
    let archive = try PostgresArchive(location: try Store.freshDatabase())
    #expect(try archive.appliedMigrations() == ArchiveStoreSupport.migrationIdentifiers)
    #expect(PostgresMigrations.migrations.map(\.identifier) == ArchiveStoreSupport.migrationIdentifiers)
  }

  /// The server ends the connection in the middle of a batch (as a restart or a dropped
  /// network would): the ingest fails with one line, nothing of the batch is kept, and the
  /// next ingest finishes the job.
  @Test func aServerGoingAwayMidIngestLeavesTheArchiveConsistent() throws {
    let location = try Store.freshDatabase()
    let archive = try PostgresArchive(location: location)
    let files = Corpus.files
    _ = try archive.ingest(files.prefix(10), batchSize: 5, progress: { _ in })
    let observer = try PostgresArchive(location: location)
    let before = try ArchiveChecksum.counts(observer)
    archive.afterBatchWrite = { _ in
      try Store.admin { admin in
        _ = try admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'saraban' AND state = 'idle in transaction'",
          [.text(location.database)])
      }
    }
    let error = try #require(throws: ArchiveError.self) {
      try archive.ingest(files.dropFirst(10), batchSize: 5, progress: { _ in })
    }
    expectOneLine(error, "\(location)")
    #expect(try ArchiveChecksum.counts(observer) == before)
    try observer.checkSearchIndex()
    let again = try PostgresArchive(location: location)
    _ = try again.ingest(files, batchSize: 8, progress: { _ in })
    #expect(try again.statistics() == (try Store.corpusArchive(.sqlite).statistics()))
  }

  @Test func numberFragmentsAndSubstringsAreFoundThroughTrigrams() throws {
    let archive = try Store.corpusArchive(.postgres) as? PostgresArchive
    let found = try #require(archive).letters(containing: "0812/ว 15")
    #expect(found.map(\.id).contains("มท 0812/ว 1565@2564"))
    let thai = try #require(archive).letters(containing: "ครองท้อง")
    #expect(!thai.isEmpty)
  }
}

/// `saraban migrate`'s copy: SQLite → PostgreSQL → SQLite gives back the same records.
@Suite struct ArchiveCopyTests {
  @Test(arguments: Store.available)
  func aCopyThereAndBackHasTheSameChecksum(_ store: Store) throws {
    let original = try Store.corpusArchive(.sqlite)
    let middle = try store.makeArchive()
    let there = try ArchiveCopy.copy(from: original, to: middle)
    #expect(there.verified)
    let back = try SQLiteArchive(path: TemporaryArchive.path())
    let report = try ArchiveCopy.copy(from: middle, to: back)
    #expect(report.verified)
    #expect(report.destinationChecksum == there.sourceChecksum)
    try back.checkSearchIndex()
    try middle.checkSearchIndex()
    #expect(try back.check() == [])
    #expect(try middle.check() == [])
    #expect(
      try back.search("ปกครอง", limit: 50, highlight: ("[", "]"))
        == (try original.search("ปกครอง", limit: 50, highlight: ("[", "]"))))
    // New letters after a copy get new ids (the sequences moved past the copied ones).
    _ = try middle.ingest(
      [Corpus.input("new.txt", Corpus.letter(number: "มท ๐๘๑๐/ว ๗๗๗", date: "๑ สิงหาคม ๒๕๖๕"))], batchSize: 8,
      progress: { _ in })
    #expect(try middle.letter(id: "มท 0810/ว 777@2565") != nil)
  }

  @Test(arguments: Store.available)
  func aCopyIntoANonEmptyArchiveIsRefused(_ store: Store) throws {
    let target = try store.makeArchive()
    _ = try target.ingest([try #require(Corpus.file("000"))], batchSize: 8, progress: { _ in })
    let error = try #require(throws: ArchiveError.self) {
      try ArchiveCopy.copy(from: try Store.corpusArchive(.sqlite), to: target)
    }
    #expect(error.description.contains("migrate into an empty archive"))
  }
}
