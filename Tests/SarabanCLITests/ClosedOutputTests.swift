import Foundation
import Testing

/// A reader that stops reading (`saraban export | head`) ends saraban quietly: never a crash
/// report. PostgreSQL's client library ignores SIGPIPE for its sockets, so on that store a
/// closed pipe is a failed write, not the signal that would end the process silently.
@Suite struct ClosedOutputTests {
  /// Runs `saraban arguments… | head -c 1` in `folder` with SIGPIPE ignored; returns the
  /// status and standard error of saraban.
  static func runIntoClosedPipe(_ arguments: [String], in folder: URL, stdin: String? = nil) throws -> (
    Int32, String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    let input = stdin == nil ? "" : "< in.txt"
    if let stdin { try stdin.write(to: folder.appendingPathComponent("in.txt"), atomically: true, encoding: .utf8) }
    process.arguments =
      [
        "-c", "trap '' PIPE; \"$0\" \"$@\" \(input) 2>err.txt | head -c 1 >/dev/null; exit ${PIPESTATUS[0]}",
        Saraban.binary.path,
      ] + arguments
    process.currentDirectoryURL = folder
    var env = ProcessInfo.processInfo.environment
    env["SARABAN_DB"] = nil
    process.environment = env
    try process.run()
    process.waitUntilExit()
    let err = (try? String(contentsOf: folder.appendingPathComponent("err.txt"), encoding: .utf8)) ?? ""
    return (process.terminationStatus, err)
  }

  @Test func anExportIntoAClosedPipeEndsWithoutACrash() throws {
    let folder = try Saraban.temporaryFolder()
    var names: [String] = []
    for k in 1...60 {
      try Saraban.letter(k, subject: "การป้องกันไฟป่าและหมอกควัน ครั้งที่ \(k)").write(
        to: folder.appendingPathComponent("\(k).txt"))
      names.append("\(k).txt")
    }
    #expect(try Saraban.run(["ingest"] + names, in: folder).status == 0)
    let (status, err) = try Self.runIntoClosedPipe(["export", "--format", "jsonl"], in: folder)
    #expect(!err.contains("crash") && !err.contains("Fatal error"), "\(err.prefix(300))")
    #expect(err.isEmpty, "\(err.prefix(300))")
    #expect(status == 128 + SIGPIPE, "status \(status)")  // as the shell reports a tool ended by SIGPIPE
  }

  @Test func textIntoAClosedPipeEndsWithoutACrash() throws {
    let folder = try Saraban.temporaryFolder()
    let lines = String(repeating: "ที่ มท ๐๘๑๒/ว ๑๕๖๕\n", count: 20000)
    let (_, err) = try Self.runIntoClosedPipe(["text", "digits"], in: folder, stdin: lines)
    #expect(!err.contains("crash") && !err.contains("Fatal error"), "\(err.prefix(300))")
    #expect(err.isEmpty, "\(err.prefix(300))")
  }
}
