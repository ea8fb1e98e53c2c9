import ArchiveTestSupport
import Foundation
import Logging
import Testing

@testable import Archive
@testable import ArchivePostgres

/// What the store tests need of either archive.
protocol TestArchive: ArchiveTransfer, ArchiveCheck, Sendable {
  var afterBatchWrite: (@Sendable (Int) throws -> Void)? { get set }
  func checkSearchIndex() throws
}

extension SQLiteArchive: TestArchive {}
extension PostgresArchive: TestArchive {}

/// The stores every case runs on: SQLite always; PostgreSQL when `SARABAN_TEST_POSTGRES`
/// names a server (a role that may create databases: each archive gets a new one).
enum Store: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case sqlite
  case postgres

  var testDescription: String { rawValue }

  static let serverURL: String? = {
    let url = ProcessInfo.processInfo.environment["SARABAN_TEST_POSTGRES"] ?? ""
    return url.isEmpty ? nil : url
  }()

  /// The stores the parameterized cases run on.
  static let available: [Store] = serverURL == nil ? [.sqlite] : [.sqlite, .postgres]

  static let skipped =
    "SARABAN_TEST_POSTGRES is not set: PostgreSQL cases skipped (give postgres://user:password@host:port/dbname of a role with CREATEDB; .ci/run starts one)"

  /// Fails when a PostgreSQL archive is asked for without a server.
  func requireServer() throws {
    if self == .postgres && Self.serverURL == nil { throw ArchiveError(.database, Self.skipped) }
  }

  /// A new, empty archive of this kind; `search` ranks among its `searchCandidates` newest matches.
  func makeArchive(searchCandidates: Int = SQLiteArchive.defaultSearchCandidates) throws -> any TestArchive {
    try requireServer()
    switch self {
    case .sqlite: return try SQLiteArchive(path: TemporaryArchive.path(), searchCandidates: searchCandidates)
    case .postgres: return try PostgresArchive(location: Self.freshDatabase(), searchCandidates: searchCandidates)
    }
  }

  /// Another connection to the same archive (another writer).
  func reopen(_ archive: any TestArchive) throws -> any TestArchive {
    if let sqlite = archive as? SQLiteArchive { return try SQLiteArchive(path: sqlite.path) }
    guard let postgres = archive as? PostgresArchive else { throw ArchiveError(.database, "unknown store") }
    return try PostgresArchive(location: postgres.location)
  }

  /// The test server with its administrative database.
  static func server() throws -> PostgresLocation {
    guard let serverURL else { throw ArchiveError(.database, skipped) }
    return try PostgresLocation(url: serverURL)
  }

  /// A new database on the test server.
  static func freshDatabase() throws -> PostgresLocation {
    let server = try server()
    let name = "saraban_test_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
    try admin { _ = try $0.query("CREATE DATABASE \(name)") }
    return server.database(name)
  }

  /// Runs `body` on a connection to the server's administrative database.
  static func admin<T>(_ body: (PostgresSession) throws -> T) throws -> T {
    try body(PostgresSession(try server(), logger: Logger(label: "saraban.archive.postgres.tests")))
  }

  /// Each store's archive of Corpus/*.txt, built once; tests only read it.
  static func corpusArchive(_ store: Store) throws -> any TestArchive {
    try store.requireServer()
    return try CorpusArchives.shared.get(store)
  }
}

/// Corpus archives per store, built on first use.
final class CorpusArchives: @unchecked Sendable {
  static let shared = CorpusArchives()
  private let lock = NSLock()
  private var built: [Store: Result<any TestArchive, any Error>] = [:]

  func get(_ store: Store) throws -> any TestArchive {
    try lock.withLock {
      if let done = built[store] { return try done.get() }
      let result = Result { () throws -> any TestArchive in
        let archive = try store.makeArchive()
        _ = try archive.ingest(Corpus.files, batchSize: 8, progress: { _ in })
        return archive
      }
      built[store] = result
      return try result.get()
    }
  }
}
