import Foundation
import GRDB
import Testing

/// An archive that is damaged, read-only, from a newer saraban or locked by another writer,
/// and search syntax typed by a person: one line on standard error, never a raw SQLite error,
/// and the archive's bytes unchanged.
@Suite struct ArchiveCLITests {
  /// A folder holding an archive of three letters.
  static func archiveFolder() throws -> URL {
    let folder = try Saraban.temporaryFolder()
    for k in 1...3 {
      try Saraban.letter(k, subject: "การป้องกันไฟป่าและหมอกควัน ครั้งที่ \(k)").write(
        to: folder.appendingPathComponent("\(k).txt"))
    }
    let run = try Saraban.run(["ingest", "1.txt", "2.txt", "3.txt"], in: folder)
    #expect(run.status == 0, "\(run.err)")
    return folder
  }

  static let queries: [[String]] = [
    ["find", "ว 1"], ["search", "ไฟป่า"], ["list"], ["unresolved"], ["export", "--format", "jsonl"],
    ["refs", "มท 0810/ว 1"], ["show", "มท 0810/ว 1@2565"],
  ]

  static func bytes(_ folder: URL) throws -> Data {
    try Data(contentsOf: folder.appendingPathComponent("saraban.sqlite"))
  }

  @Test func aDamagedArchiveIsOneLineOnEveryCommand() throws {
    let folder = try Self.archiveFolder()
    let path = folder.appendingPathComponent("saraban.sqlite")
    var data = try Data(contentsOf: path)
    data.replaceSubrange(100..<data.count, with: Data(repeating: 0x5A, count: data.count - 100))
    try data.write(to: path)
    for arguments in Self.queries + [["ingest", "1.txt"]] {
      let run = try Saraban.run(arguments, in: folder)
      #expect(run.status == 1, "\(arguments)")
      #expect(run.errLines.count == 1, "\(arguments): \(run.err)")
      #expect(run.err.contains("saraban.sqlite is not a readable archive"), "\(arguments): \(run.err)")
    }
    #expect(try Data(contentsOf: path) == data)
  }

  @Test func aReadOnlyArchiveAnswersQueriesAndRefusesIngestInOneLine() throws {
    guard Saraban.canDropPrivileges || getuid() != 0 else { return }
    let folder = try Self.archiveFolder()
    let path = folder.appendingPathComponent("saraban.sqlite")
    chmod(path.path, 0o444)
    let before = try Self.bytes(folder)
    for arguments in Self.queries {
      let run = try Saraban.run(arguments, in: folder, unprivileged: Saraban.canDropPrivileges)
      #expect(run.status == 0, "\(arguments): \(run.err)")
    }
    try Saraban.letter(9).write(to: folder.appendingPathComponent("9.txt"))
    chmod(folder.appendingPathComponent("9.txt").path, 0o644)
    let run = try Saraban.run(["ingest", "9.txt"], in: folder, unprivileged: Saraban.canDropPrivileges)
    #expect(run.status == 1)
    #expect(run.errLines == ["Error: saraban.sqlite is read-only: saraban cannot store letters in it"], "\(run.err)")
    #expect(try Self.bytes(folder) == before)
  }

  @Test func anArchiveFromANewerSarabanIsRefusedInOneLine() throws {
    let folder = try Self.archiveFolder()
    let queue = try DatabaseQueue(path: folder.appendingPathComponent("saraban.sqlite").path)
    try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')") }
    try queue.close()
    let before = try Self.bytes(folder)
    for arguments in Self.queries + [["ingest", "1.txt"]] {
      let run = try Saraban.run(arguments, in: folder)
      #expect(run.status == 1)
      #expect(run.errLines.count == 1)
      #expect(run.err.contains("written by a newer saraban (schema v9-future): upgrade saraban"), "\(run.err)")
    }
    #expect(try Self.bytes(folder) == before)
  }

  @Test func aLockedArchiveStillAnswersAndIngestGivesUpInOneLine() throws {
    let folder = try Self.archiveFolder()
    try Saraban.letter(9).write(to: folder.appendingPathComponent("9.txt"))
    let queue = try DatabaseQueue(path: folder.appendingPathComponent("saraban.sqlite").path)
    try queue.inDatabase { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      defer { try? db.execute(sql: "ROLLBACK") }
      let search = try Saraban.run(["search", "ไฟป่า"], in: folder)
      #expect(search.status == 0, "\(search.err)")
      let run = try Saraban.run(["ingest", "--busy-timeout", "0.5", "9.txt"], in: folder)
      #expect(run.status == 1)
      #expect(run.errLines.count == 1, "\(run.err)")
      #expect(run.err.contains("saraban.sqlite is busy: another program is writing to it"), "\(run.err)")
    }
    #expect(try Saraban.run(["ingest", "9.txt"], in: folder).status == 0)
  }

  static let typedSyntax = [
    "\"", "\"\"", "ไฟป่า\"", "*", "ไฟ*", "NEAR(ไฟป่า หมอกควัน)", "NEAR", "ไฟป่า OR", "OR", "AND", "NOT",
    "ไฟป่า NOT หมอกควัน", "-ไฟป่า", "^ไฟป่า", "subject:ไฟป่า", "{subject body}: ไฟป่า", "(", ")", "(ไฟป่า",
    "ไฟป่า)", "'", "';DROP TABLE letter;--", "\\", "+", ":", "ไฟป่า \u{0} หมอกควัน", "\u{202E}ไฟป่า", "😀",
    String(repeating: "ไฟป่า ", count: 2000), String(repeating: "\"", count: 1000), "   ",
  ]

  @Test(arguments: typedSyntax)
  func searchSyntaxTypedByAPersonIsText(_ typed: String) throws {
    let folder = try Self.archiveFolder()
    let run = try Saraban.run(["search", "--", typed], in: folder)
    #expect(run.status == 0, "\(typed.prefix(40)): \(run.err)")
    #expect(run.err.isEmpty, "\(typed.prefix(40)): \(run.err)")
  }
}
