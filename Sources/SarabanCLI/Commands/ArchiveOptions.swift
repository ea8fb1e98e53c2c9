import Archive
import ArgumentParser
import Foundation

/// `--db PATH`, else `$SARABAN_DB`, else `./saraban.sqlite`; and `--json`.
struct ArchiveOptions: ParsableArguments {
  @Option(name: .long, help: "The archive file (default: $SARABAN_DB, else ./saraban.sqlite).")
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
  func open(create: Bool = false) throws -> SQLiteArchive {
    try SQLiteArchive(path: path, create: create, busyTimeout: max(0, busyTimeout))
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
