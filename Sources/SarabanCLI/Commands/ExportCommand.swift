import Archive
import ArgumentParser
import Foundation

/// `saraban export --format …` — structured records for a catalogue or another system.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the archive: json, jsonl, csv, dc-xml (OAI-PMH oai_dc), graph-json, dot, graphml.")

  @Option(
    name: .long,
    help: "The archive: a file, or postgres://user@host:port/dbname (default: $SARABAN_DB, else ./saraban.sqlite).")
  var db: String?

  @Option(help: "json, jsonl, csv, dc-xml, graph-json, dot, graphml.")
  var format: ExportFormat

  @Option(help: "For csv: letters (one row per letter) or citations (one row per edge).")
  var what: ExportContent = .letters

  @Option(help: "Write to this file instead of standard output.")
  var out: String?

  func run() throws {
    let store = try ArchiveOptions.parse(db.map { ["--db", $0] } ?? []).open()
    let today = ISO8601DateFormatter.string(
      from: Date(), timeZone: TimeZone(identifier: "UTC") ?? .current, formatOptions: [.withFullDate])
    let handle: FileHandle
    if let out {
      guard FileManager.default.createFile(atPath: out, contents: nil) else {
        throw UserError("\(out): cannot create the file")
      }
      guard let file = FileHandle(forWritingAtPath: out) else { throw UserError("\(out): cannot write") }
      handle = file
    } else {
      handle = FileHandle.standardOutput
    }
    defer { if out != nil { try? handle.close() } }
    var bytes = 0
    try Exporter(archive: store, today: today).export(format, content: what) { text in
      let data = Data(text.utf8)
      bytes += data.count
      Console.write(data, to: handle, name: out ?? "standard output")
    }
    if let out {
      let stats = try store.statistics()
      let rows = format == .csv && what == .citations ? "\(stats.citations) citations" : "\(stats.letters) letters"
      Console.err("\(out): \(format.rawValue), \(rows), \(bytes) bytes")
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
extension ExportContent: ExpressibleByArgument {}
