import Archive
import ArchivePostgres
import ArgumentParser
import Foundation

/// `--db PATH` or `--db postgres://user@host:port/dbname`, else `$SARABAN_DB`, else
/// `./saraban.sqlite`; and `--json`.
struct ArchiveOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "The archive: a file, or postgres://user@host:port/dbname (default: $SARABAN_DB, else ./saraban.sqlite).")
  var db: String?

  @Flag(help: "Machine output (JSON) instead of a table.")
  var json = false

  @Option(help: "Seconds a write waits while another program writes to the archive.")
  var busyTimeout: Double = SQLiteArchive.busyTimeout

  /// The options above that take a value, for `ManyPaths`.
  static let optionsTakingValues: Set<String> = ["--db", "--busy-timeout"]

  var path: String {
    if let db { return db }
    if let env = ProcessInfo.processInfo.environment["SARABAN_DB"], !env.isEmpty { return env }
    return "saraban.sqlite"
  }

  /// The archive as printed to a person: a PostgreSQL address without its password.
  var displayName: String {
    guard PostgresLocation.isPostgres(path), let location = try? PostgresLocation(url: path) else { return path }
    return location.description
  }

  /// The archive; queries (`create: false`) fail when there is none.
  func open(create: Bool = false) throws -> any ArchiveTransfer {
    try Self.open(path, create: create, busyTimeout: busyTimeout)
  }

  /// The SQLite file or PostgreSQL database that `location` names; a SQLite write waits up to
  /// `busyTimeout` seconds for another writer (PostgreSQL writers do not wait for each other).
  static func open(_ location: String, create: Bool, busyTimeout: Double = SQLiteArchive.busyTimeout) throws
    -> any ArchiveTransfer
  {
    if PostgresLocation.isPostgres(location) { return try PostgresArchive(url: location, create: create) }
    return try SQLiteArchive(path: location, create: create, busyTimeout: max(0, busyTimeout))
  }
}

/// Writes to standard output / standard error.
///
/// Every write goes through ``write(_:to:)``: PostgreSQL's client (swift-nio) ignores SIGPIPE,
/// so a reader that stops reading (`saraban export | head`) is a failed write here, which
/// Foundation's `FileHandle.write(_:)` turns into a crash report.
enum Console {
  static func out(_ text: String) {
    write(Data((text + "\n").utf8), to: .standardOutput)
  }

  static func err(_ text: String) {
    write(Data((text + "\n").utf8), to: .standardError)
  }

  /// Writes `data`; when the reader has gone (EPIPE) the process ends as SIGPIPE ends any
  /// Unix tool, quietly; another failure (a full disk) is one line and exit status 1.
  static func write(_ data: some DataProtocol, to handle: FileHandle, name: String = "standard output") {
    do {
      try handle.write(contentsOf: data)
    } catch {
      let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
      if underlying?.code == Int(EPIPE) || (error as NSError).code == Int(EPIPE) {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
      }
      if handle !== FileHandle.standardError {
        try? FileHandle.standardError.write(
          contentsOf: Data("Error: cannot write to \(name): \(underlying?.localizedDescription ?? "\(error)")\n".utf8))
      }
      exit(EXIT_FAILURE)
    }
  }

  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
