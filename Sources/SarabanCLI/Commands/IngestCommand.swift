import Archive
import ArgumentParser
import Foundation
import Letters

/// `saraban ingest PATH…` — parse files and folders into the archive.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Parse OCR'd letters and store them in the archive.",
    discussion: """
      Folders are read recursively (hidden files, README files, .json and the archive's own
      files are left out); - reads standard input. Files already stored with the same bytes are skipped; a
      file whose bytes changed has its letters replaced. Files with no letter (binary, empty,
      unreadable) are recorded as rejected with the reason.
      """)

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "Files per transaction.")
  var batch = 64

  @Argument(help: "Files or folders; - for standard input.")
  var paths: [String]

  func run() throws {
    let store = try archive.open(create: true)
    let files = try InputFiles.collect(paths, excluding: archive.path)
    let inputs = files.lazy.map(InputFiles.read)
    let showProgress = Console.stderrIsTerminal && !archive.json
    let report = try store.ingest(inputs, batchSize: batch) { p in
      guard showProgress else { return }
      let width = 30
      let filled = p.total == 0 ? width : width * p.done / p.total
      let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
      let name = Table.truncate(p.path, 40)
      FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(p.done)/\(p.total) \(name)".utf8))
    }
    if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    if archive.json {
      Console.out(ReportJSON.ingest(report).serialized())
    } else {
      Console.out(Self.summary(report))
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

/// The files behind the paths a user gave.
enum InputFiles {
  /// Extensions a folder walk leaves out: records, scripts, databases.
  static let skipped: Set<String> = ["json", "py", "sh", "sqlite", "sqlite-wal", "sqlite-shm", "db"]

  static func collect(_ paths: [String], excluding archive: String) throws -> [String] {
    var files: [String] = []
    let fm = FileManager.default
    let archiveFiles = Set(
      [archive, archive + "-wal", archive + "-shm"].map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw UserError("\(path): no such file or folder")
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      let base = URL(fileURLWithPath: path)
      guard
        let walker = fm.enumerator(
          at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
      else { continue }
      var found: [String] = []
      for case let url as URL in walker {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        if skipped.contains(url.pathExtension.lowercased()) { continue }
        if url.lastPathComponent.uppercased().hasPrefix("README") { continue }
        if archiveFiles.contains(url.standardizedFileURL.path) { continue }
        // Keep the user's spelling of the folder: Corpus/000.txt, not /abs/Corpus/000.txt.
        let relative = String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count))
        found.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + relative)
      }
      files += found.sorted()
    }
    return files
  }

  static func read(_ path: String) -> SourceInput {
    if path == "-" {
      let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
      return SourceInput(path: "stdin:" + LetterParser.sha256(bytes).prefix(12), content: .bytes(bytes))
    }
    guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
      return SourceInput(path: path, content: .unreadable("cannot read the file (permission denied?)"))
    }
    return SourceInput(path: path, content: .bytes([UInt8](data)))
  }
}
