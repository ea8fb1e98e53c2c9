import ArgumentParser
import Foundation
import Letters
import Logging

/// saraban — Thai government letters (หนังสือราชการ) from OCR text to records.
@main
struct Saraban: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "saraban",
    abstract: "Turn OCR'd Thai government letters (หนังสือราชการ) into structured records.",
    version: "0.1.0",
    subcommands: [
      ParseCommand.self, IngestCommand.self, FindCommand.self, ShowCommand.self, RefsCommand.self,
      CitedByCommand.self, UnresolvedCommand.self, CopiesCommand.self, SearchCommand.self, ListCommand.self,
      ExportCommand.self, MigrateCommand.self, TextCommand.self, CheckCommand.self,
    ]
  )

  static func main() {
    LoggingSystem.bootstrap(StreamLogHandler.standardError)
    // A reading day that is no day would be ignored silently: refuse it.
    if let text = ProcessInfo.processInfo.environment["SARABAN_TODAY"], !text.isEmpty, ReadingDay.iso(text) == nil {
      Console.err("saraban: SARABAN_TODAY must be a day as YYYY-MM-DD (e.g. 2026-11-26), not \(text)")
      exit(withError: ExitCode(2))
    }
    do {
      // Paths beyond the first go around ArgumentParser, whose reading of them is quadratic.
      let arguments = ManyPaths(Array(CommandLine.arguments.dropFirst()))
      var command = arguments.completing(try parseAsRoot(arguments.arguments))
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}
