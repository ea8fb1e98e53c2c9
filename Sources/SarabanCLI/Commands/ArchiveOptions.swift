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

  var path: String {
    if let db { return db }
    if let env = ProcessInfo.processInfo.environment["SARABAN_DB"], !env.isEmpty { return env }
    return "saraban.sqlite"
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
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  static func err(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
