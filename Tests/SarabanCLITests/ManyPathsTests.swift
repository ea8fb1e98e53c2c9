import Foundation
import Testing

@testable import SarabanCLI

/// Paths after the first are taken out of the command line before ArgumentParser reads it
/// (its reading of many values is quadratic): the command must come out exactly as
/// ArgumentParser alone would have made it, whatever the order of options and paths.
@Suite struct ManyPathsTests {
  static let parseLines: [[String]] = [
    ["parse", "a", "b", "c"],
    ["parse", "--format", "plain", "a", "b", "--jsonl", "c"],
    ["parse", "a", "--format=markdown", "b", "-", "c", "--pretty"],
    ["parse", "--max-file-size", "10M", "a", "--chunk-size", "1M", "b", "c"],
    ["parse", "a", "b", "--", "-c", "--jsonl", "d"],
    ["parse", "--jsonl", "--", "-a", "b", "--format"],
    ["parse", "-", "a", "--format", "hocr"],
  ]

  @Test(arguments: parseLines)
  func parseReadsAsArgumentParserDoes(_ line: [String]) throws {
    let whole = try #require(try SarabanCLI.Saraban.parseAsRoot(line) as? ParseCommand)
    let split = ManyPaths(line, threshold: 0)
    #expect(split.arguments.count < line.count)
    let completed = split.completing(try SarabanCLI.Saraban.parseAsRoot(split.arguments))
    let command = try #require(completed as? ParseCommand)
    #expect(command.files == whole.files)
    #expect(command.format == whole.format)
    #expect(command.jsonl == whole.jsonl)
    #expect(command.pretty == whole.pretty)
    #expect(command.limit.maxFileSize == whole.limit.maxFileSize)
    #expect(command.limit.chunkSize == whole.limit.chunkSize)
  }

  static let ingestLines: [[String]] = [
    ["ingest", "--db", "x.sqlite", "a", "--batch", "8", "b", "--json", "--busy-timeout", "2", "c"],
    ["ingest", "a", "b", "--db=y.sqlite", "c", "--max-file-size", "1K"],
    ["ingest", "--batch", "3", "--", "--db", "a", "b"],
  ]

  @Test(arguments: ingestLines)
  func ingestReadsAsArgumentParserDoes(_ line: [String]) throws {
    let whole = try #require(try SarabanCLI.Saraban.parseAsRoot(line) as? IngestCommand)
    let split = ManyPaths(line, threshold: 0)
    #expect(split.arguments.count < line.count)
    let completed = split.completing(try SarabanCLI.Saraban.parseAsRoot(split.arguments))
    let command = try #require(completed as? IngestCommand)
    #expect(command.paths == whole.paths)
    #expect(command.archive.db == whole.archive.db)
    #expect(command.archive.json == whole.archive.json)
    #expect(command.archive.busyTimeout == whole.archive.busyTimeout)
    #expect(command.batch == whole.batch)
    #expect(command.limit.maxFileSize == whole.limit.maxFileSize)
  }

  /// A short command line, or one of another command, is ArgumentParser's alone.
  @Test func fewArgumentsAndOtherCommandsPassThrough() {
    let few = ["parse", "a", "b"]
    #expect(ManyPaths(few).arguments == few)
    let search = ["search"] + Array(repeating: "คำ", count: 100)
    #expect(ManyPaths(search).arguments == search)
    #expect(ManyPaths(search).laterPaths.isEmpty)
  }

  /// The lists of options that take a value are every such option ArgumentParser knows of:
  /// an option missing from them would have its value read as a path.
  @Test(arguments: ManyPaths.commands.map { $0.name })
  func everyOptionTakingAValueIsKnown(_ name: String) throws {
    let command = try #require(ManyPaths.commands.first { $0.name == name })
    let folder = try Saraban.temporaryFolder()
    let run = try Saraban.run([name, "--experimental-dump-help"], in: folder)
    #expect(run.status == 0)
    let tool = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
    let arguments = (tool?["command"] as? [String: Any])?["arguments"] as? [[String: Any]] ?? []
    var names: Set<String> = []
    for argument in arguments where argument["kind"] as? String == "option" {
      for name in argument["names"] as? [[String: Any]] ?? [] {
        let kind = name["kind"] as? String
        guard let text = name["name"] as? String else { continue }
        names.insert(kind == "short" ? "-\(text)" : "--\(text)")
      }
    }
    #expect(!names.isEmpty)
    #expect(names == command.optionsTakingValues)
  }

  /// Through the binary: 100 paths with options among and after them.
  @Test func ingestOfManyPathsWithOptionsAfterThem() throws {
    let folder = try Saraban.temporaryFolder()
    var paths: [String] = []
    for i in 0..<100 {
      let name = String(format: "g%03d.txt", i)
      try Data(Saraban.letter(i)).write(to: folder.appendingPathComponent(name))
      paths.append(name)
    }
    let line = ["ingest"] + paths[..<50] + ["--db", "many.sqlite"] + paths[50...] + ["--json", "--batch", "7"]
    let run = try Saraban.run(Array(line), in: folder)
    #expect(run.status == 0, "\(run.err)")
    let report = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
    #expect(report?["files"] as? Int == 100)
    #expect(report?["stored"] as? Int == 100)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("many.sqlite").path))
  }
}
