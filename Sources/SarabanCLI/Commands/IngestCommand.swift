import Archive
import ArgumentParser
import Foundation
import Letters

/// `saraban ingest PATH…` — parse files and folders into the archive.
struct IngestCommand: TakesManyPaths {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Parse OCR'd letters and store them in the archive.",
    discussion: """
      Folders are read recursively, following symbolic links (hidden files, README files, .json
      and the archive's own files are left out); - reads standard input. Files already stored
      with the same bytes are skipped; a file whose bytes changed has its letters replaced. Files
      with no letter (binary, empty, unreadable, larger than --max-file-size) are recorded as
      rejected with the reason. A plain-text or markdown file larger than --chunk-size is parsed
      and stored chunk by chunk, a transaction each, in bounded memory. Exit status 1 when a file was rejected or a path could not be
      read (every other file is stored), or when the archive cannot be written.
      """)

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "Files per transaction.")
  var batch = 64

  @OptionGroup var limit: ReadLimit

  @Argument(help: "Files or folders; - for standard input.")
  var paths: [String]

  static let optionsTakingValues: Set<String> = Set(["--batch"]).union(ArchiveOptions.optionsTakingValues)
    .union(ReadLimit.optionsTakingValues)

  func run() throws {
    // The paths first: a typo must not leave a new, empty archive behind.
    let input = try InputFiles.collect(paths, excluding: archive.path)
    for skip in input.skipped {
      Console.err("saraban: \(skip.isFailure ? "" : "note: ")\(skip.path): \(skip.reason)")
    }
    let store = try archive.open(create: true)
    let files = input.files
    let maxBytes = limit.bytes
    let chunks = limit.chunks
    let inputs = files.lazy.map { InputFiles.read($0, limit: maxBytes, chunks: chunks) }
    let showProgress = Console.stderrIsTerminal && !archive.json
    let report = try store.ingest(inputs, batchSize: batch) { p in
      guard showProgress else { return }
      let width = 30
      let filled = p.total == 0 ? width : width * p.done / p.total
      let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
      let name = Table.truncate(p.path, 40)
      Console.write(Data("\r\u{1B}[K\(bar) \(p.done)/\(p.total) \(name)".utf8), to: .standardError)
    }
    if showProgress { Console.write(Data("\r\u{1B}[K".utf8), to: .standardError) }
    if archive.json {
      Console.out(ReportJSON.ingest(report).serialized())
    } else {
      Console.out(Self.summary(report))
    }
    let unread = input.skipped.filter(\.isFailure).count
    if !report.rejected.isEmpty || unread > 0 {
      var what: [String] = []
      if !report.rejected.isEmpty { what.append("\(report.rejected.count) file(s) rejected") }
      if unread > 0 { what.append("\(unread) path(s) could not be read") }
      Console.err("saraban: \(what.joined(separator: ", ")); every other file is stored")
      throw ExitCode.failure
    }
  }

  static func summary(_ r: IngestReport) -> String {
    let t = r.totals
    var lines = [
      "files      \(r.files) read: \(r.stored) stored (\(r.replaced) replaced), \(r.unchanged) unchanged, \(r.rejected.count) rejected",
      "letters    \(r.letters) read; archive holds \(t.letters) letters (\(t.duplicated) found in more than one file)",
      "citations  \(r.citations) read; archive holds \(t.citations): \(t.resolved) resolved (\(t.fuzzy) with confidence < 1), \(t.unresolved) unresolved",
    ]
    for rejection in r.rejected {
      lines.append("rejected   \(rejection.path): \(rejection.reason)")
    }
    return lines.joined(separator: "\n")
  }
}
