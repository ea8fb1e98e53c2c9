import ArchiveTestSupport
import Foundation
import Testing

/// Runs the `saraban` executable built beside the tests, as a person at a shell would.
enum Saraban {
  /// What a run printed and how it ended.
  struct Run {
    var status: Int32
    var out: String
    var err: String
    /// Standard error's lines.
    var errLines: [String] { err.split(separator: "\n").map(String.init) }
  }

  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The binary next to the test bundle (`swift build` puts both in one folder).
  static var binary: URL {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("saraban")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return root.appendingPathComponent(".build/debug/saraban")
  }

  /// Runs saraban with `arguments` in `folder`; as the unprivileged user `nobody` when
  /// `unprivileged` (so that file permissions hold even for root).
  static func run(
    _ arguments: [String], in folder: URL, stdin: Data? = nil, unprivileged: Bool = false,
    environment: [String: String] = [:]
  ) throws -> Run {
    let process = Process()
    if unprivileged {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    process.currentDirectoryURL = folder
    var env = ProcessInfo.processInfo.environment
    env["SARABAN_DB"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let outURL = folder.appendingPathComponent(".out-\(UUID().uuidString)")
    let errURL = folder.appendingPathComponent(".err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { try input.fileHandleForWriting.write(contentsOf: stdin) }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus,
      out: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      err: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// True when `setpriv` can run the binary as `nobody`: root, util-linux, and a build folder
  /// that others may enter (a checkout under a private home cannot be run as nobody).
  static let canDropPrivileges: Bool = {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path, "--version"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  /// A new folder anyone may write to (the `nobody` runs need that).
  static func temporaryFolder() throws -> URL { try TestFolder.new("cli") }

  /// A small external letter with this serial (Thai digits) and subject.
  static func letter(_ serial: Int, subject: String = "การทดสอบคลังหนังสือ") -> Data {
    let digits = Array("๐๑๒๓๔๕๖๗๘๙")
    let thai = String(String(serial).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    return Data(
      """
      ที่ มท ๐๘๑๐/ว \(thai)
      กรมส่งเสริมการปกครองท้องถิ่น

      ๑ สิงหาคม ๒๕๖๕

      เรื่อง \(subject)
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      กรมส่งเสริมการปกครองท้องถิ่นขอทดสอบระบบ

      ขอแสดงความนับถือ

      (นายทดสอบ ระบบดี)
      อธิบดีกรมส่งเสริมการปกครองท้องถิ่น

      """.utf8)
  }
}
