import Foundation
import Testing

/// `saraban ingest` killed with SIGKILL at random moments leaves a sound archive, and a run
/// to the end stores exactly what one uninterrupted ingest stores. (scripts/kill-test.sh does
/// this many times on a larger corpus.)
@Suite struct KillTests {
  /// Stored files, letters, copies and citations as sorted lines (scripts/archive-dump.py).
  static func dump(_ folder: URL, _ db: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Saraban.root.appendingPathComponent("scripts/archive-dump.py").path, db]
    process.currentDirectoryURL = folder
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func ingestKilledAtRandomMomentsResumesToTheSameArchive() throws {
    let folder = try Saraban.temporaryFolder()
    let corpus = "in"
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(corpus), withIntermediateDirectories: true)
    let source = Saraban.root.appendingPathComponent("Corpus")
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".txt") {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(name), to: folder.appendingPathComponent(corpus).appendingPathComponent(name))
    }
    let start = Date()
    let reference = try Saraban.run(["ingest", "--db", "ref.sqlite", "--batch", "4", corpus], in: folder)
    #expect(reference.status == 0, "\(reference.err)")
    let full = Date().timeIntervalSince(start)
    var state: UInt64 = UInt64(Date().timeIntervalSince1970 * 1000)
    var kills = 0
    for _ in 0..<3 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      let delay = full * Double((state >> 33) % 1000) / 1000.0 * 0.9
      let process = Process()
      process.executableURL = Saraban.binary
      process.arguments = ["ingest", "--db", "run.sqlite", "--batch", "4", corpus]
      process.currentDirectoryURL = folder
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: delay)
      if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        kills += 1
      }
      process.waitUntilExit()
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("run.sqlite").path) {
        let check = try Saraban.run(["check", "--db", "run.sqlite"], in: folder)
        #expect(check.status == 0, "after a kill at \(delay) s: \(check.err)")
      }
    }
    let resumed = try Saraban.run(["ingest", "--db", "run.sqlite", "--batch", "4", corpus], in: folder)
    #expect(resumed.status == 0, "\(resumed.err)")
    #expect(try Saraban.run(["check", "--db", "run.sqlite"], in: folder).status == 0)
    let expected = try Self.dump(folder, "ref.sqlite")
    #expect(!expected.isEmpty)
    #expect(try Self.dump(folder, "run.sqlite") == expected, "after \(kills) kill(s)")
  }
}
