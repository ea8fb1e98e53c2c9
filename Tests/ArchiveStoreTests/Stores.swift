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
    case .sqlite: return try SQLiteArchive(path: Self.temporaryPath(), searchCandidates: searchCandidates)
    case .postgres: return try PostgresArchive(location: Self.freshDatabase(), searchCandidates: searchCandidates)
    }
  }

  /// Another connection to the same archive (another writer).
  func reopen(_ archive: any TestArchive) throws -> any TestArchive {
    if let sqlite = archive as? SQLiteArchive { return try SQLiteArchive(path: sqlite.path) }
    guard let postgres = archive as? PostgresArchive else { throw ArchiveError(.database, "unknown store") }
    return try PostgresArchive(location: postgres.location)
  }

  static func temporaryPath() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("saraban-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("archive.sqlite").path
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

/// Corpus/*.txt and small letters made up for a case.
enum Corpus {
  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  static let files: [SourceInput] = {
    let folder = root.appendingPathComponent("Corpus")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
      (try? Data(contentsOf: folder.appendingPathComponent(name))).map {
        SourceInput(path: "Corpus/" + name, content: .bytes([UInt8]($0)))
      }
    }
  }()

  static func file(_ prefix: String) -> SourceInput? { files.first { $0.path.hasPrefix("Corpus/" + prefix) } }

  /// A small external letter the parser reads: number, date, subject, one อ้างถึง.
  static func letter(number: String, date: String, subject: String = "การทดสอบคลังหนังสือ", cites: String? = nil)
    -> [UInt8]
  {
    var text = """
      ที่ \(number)
      กรมส่งเสริมการปกครองท้องถิ่น
      ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐

      \(date)

      เรื่อง \(subject)
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      """
    if let cites { text += "อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ \(cites)\n" }
    text += """

      ตามหนังสือที่อ้างถึง กรมส่งเสริมการปกครองท้องถิ่นขอทดสอบระบบ

      ขอแสดงความนับถือ

      (นายทดสอบ ระบบดี)
      อธิบดีกรมส่งเสริมการปกครองท้องถิ่น

      """
    return Array(text.utf8)
  }

  static func input(_ path: String, _ bytes: [UInt8]) -> SourceInput { SourceInput(path: path, content: .bytes(bytes)) }
}
