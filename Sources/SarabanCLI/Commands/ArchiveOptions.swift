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

  var path: String {
    if let db { return db }
    if let env = ProcessInfo.processInfo.environment["SARABAN_DB"], !env.isEmpty { return env }
    return "saraban.sqlite"
  }

  /// The archive; queries (`create: false`) fail when there is none.
  func open(create: Bool = false) throws -> any LetterArchive {
    try Self.open(path, create: create)
  }

  /// The SQLite file or PostgreSQL database that `location` names.
  static func open(_ location: String, create: Bool) throws -> any ArchiveTransfer {
    if PostgresLocation.isPostgres(location) { return try PostgresArchive(url: location, create: create) }
    return try SQLiteArchive(path: location, create: create)
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
