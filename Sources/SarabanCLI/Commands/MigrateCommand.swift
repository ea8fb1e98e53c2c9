import Archive
import ArgumentParser
import Foundation
import Letters

/// `saraban migrate --from A --to B` — copies an archive into another store and checks the copy.
struct MigrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: "Copy an archive into another store (SQLite file ↔ postgres://…), verified by counts and a checksum.",
    discussion: """
      Every file, letter, copy and citation (with its resolution) is copied in one transaction
      of the destination, which must be empty; then both archives' row counts and a SHA-256 of
      their exported records must agree, or the command fails.
      """)

  @Option(help: "The archive to copy: a file or postgres://user@host:port/dbname.")
  var from: String

  @Option(help: "The empty archive to fill: a file or postgres://user@host:port/dbname (made if absent).")
  var to: String

  @Flag(help: "Machine output (JSON).")
  var json = false

  func run() throws {
    let source = try ArchiveOptions.open(from, create: false)
    let destination = try ArchiveOptions.open(to, create: true)
    let report = try ArchiveCopy.copy(from: source, to: destination) { table, rows in
      guard Console.stderrIsTerminal else { return }
      Console.write(Data("\r\u{1B}[K\(table.rawValue) \(rows)".utf8), to: .standardError)
    }
    if Console.stderrIsTerminal { Console.write(Data("\r\u{1B}[K".utf8), to: .standardError) }
    let tables = ArchiveTable.allCases.map(\.rawValue)
    if json {
      Console.out(
        JSONValue.object([
          ("verified", .bool(report.verified)),
          ("source", .object(tables.map { ($0, .int(report.source[$0] ?? 0)) })),
          ("destination", .object(tables.map { ($0, .int(report.destination[$0] ?? 0)) })),
          ("source_checksum", .string(report.sourceChecksum)),
          ("destination_checksum", .string(report.destinationChecksum)),
        ]).serialized())
    } else {
      var table = Table("TABLE", "FROM", "TO")
      for name in tables {
        table.add(name, String(report.source[name] ?? 0), String(report.destination[name] ?? 0))
      }
      Console.out(table.render())
      Console.out("checksum   \(report.sourceChecksum)")
      Console.out("copy       \(report.destinationChecksum)")
    }
    guard report.verified else {
      throw UserError("the copy differs from the original (counts or checksum): do not use it")
    }
    if !json { Console.out("verified: the copy holds the same records") }
  }
}
