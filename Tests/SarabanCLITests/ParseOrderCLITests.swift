import Foundation
import Testing

/// `saraban parse` parses many files on all cores, a batch at a time: what it prints must be
/// what one file after another would print — documents in the order of the paths, one
/// message a failing file in that order too, and exit status 1 when any file failed.
@Suite struct ParseOrderCLITests {
  @Test(arguments: [false, true])
  func manyFilesComeOutInTheOrderGiven(jsonl: Bool) throws {
    let folder = try Saraban.temporaryFolder()
    var paths: [String] = []
    var expectedErrors: [String] = []
    var expectedDocuments: [String] = []
    // More files than one batch holds (64), with failures spread among them.
    for i in 0..<150 {
      let name = String(format: "f%03d.txt", i)
      paths.append(name)
      if i % 50 == 7 {
        expectedErrors.append("saraban: \(name): ")  // missing
        continue
      }
      if i % 37 == 5 {
        try Data().write(to: folder.appendingPathComponent(name))
        expectedErrors.append("saraban: \(name): no letter: ")
        if !jsonl { expectedDocuments.append(name) }
        continue
      }
      try Data(Saraban.letter(i)).write(to: folder.appendingPathComponent(name))
      expectedDocuments.append(name)
    }
    let run = try Saraban.run(["parse"] + (jsonl ? ["--jsonl"] : []) + paths, in: folder)
    #expect(run.status == 1)
    #expect(run.errLines.count == expectedErrors.count, "\(run.err)")
    for (line, prefix) in zip(run.errLines, expectedErrors) { #expect(line.hasPrefix(prefix), "\(line)") }
    let lines = run.out.split(separator: "\n").map { Data($0.utf8) }
    // A document names its file; a letter line (--jsonl) names none, but each letter's serial
    // is its file's number.
    let printed = try lines.map { line -> String in
      let object = try JSONSerialization.jsonObject(with: line) as? [String: Any]
      if jsonl {
        let canonical = (object?["number"] as? [String: Any])?["canonical"] as? String ?? ""
        return String(format: "f%03d.txt", Int(canonical.split(separator: " ").last ?? "") ?? -1)
      }
      let source = object?["source"] as? [String: Any]
      return (source?["path"] as? String) ?? ""
    }
    #expect(printed == expectedDocuments)
  }
}
