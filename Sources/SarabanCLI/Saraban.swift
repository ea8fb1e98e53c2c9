import ArgumentParser
import Foundation
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
