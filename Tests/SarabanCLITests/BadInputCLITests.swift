import Foundation
import GRDB
import Testing

/// Bad input at the command line: one line on standard error for each file, exit status 1
/// when a file gave nothing, and an archive whose letters are as they were.
@Suite struct BadInputCLITests {
  static let noLetter: [(String, [UInt8])] = [
    ("empty.txt", []),
    ("blank.txt", Array(" \n\n\t\n".utf8)),
    ("scan.pdf", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n".utf8) + [0, 1, 2, 0xFF, 0xFE]),
    ("page.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]),
    ("letter.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0] + Array("[Content_Types].xml".utf8)),
    ("broken.hocr", Array("<html><body><div class='ocr_page'><span class='ocr_line'>ที่</div>".utf8)),
    (
      "laughs.hocr",
      Array(
        """
        <?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "ฮาฮาฮาฮาฮาฮาฮาฮา"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
        <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
        <html><body><div class='ocr_page'><span class='ocr_line'>&d;&d;&d;&d;</span></div></body></html>
        """.utf8)
    ),
    (
      "netdtd.alto",
      Array(
        """
        <?xml version="1.0"?><!DOCTYPE alto SYSTEM "http://127.0.0.1:9/alto.dtd">
        <alto><Layout><Page><TextBlock><TextLine><String CONTENT="&ext;"/></TextLine></TextBlock></Page></Layout></alto>
        """.utf8)
    ),
  ]

  @Test(arguments: noLetter)
  func parseSaysInOneLineWhyAFileGaveNoLetter(_ name: String, _ bytes: [UInt8]) throws {
    let folder = try Saraban.temporaryFolder()
    try Data(bytes).write(to: folder.appendingPathComponent(name))
    let run = try Saraban.run(["parse", name], in: folder)
    #expect(run.status == 1)
    #expect(run.errLines.count == 1, "\(run.err)")
    #expect(run.errLines.first?.hasPrefix("saraban: \(name): no letter: ") == true, "\(run.err)")
    let document = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
    #expect((document?["letters"] as? [Any])?.isEmpty == true)
  }

  static let repaired: [(String, String, [UInt8])] = {
    let text = String(decoding: Saraban.letter(42), as: UTF8.self)
    return [
      (
        "tis620.txt", "encoding_repaired",
        text.unicodeScalars.map { $0.value < 0x80 ? UInt8($0.value) : UInt8($0.value - 0x0E00 + 0xA0) }
      ),
      ("utf16.txt", "encoding_repaired", text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
      ("nul.txt", "control_characters", Array(text.replacingOccurrences(of: "\n", with: "\u{0}\n").utf8)),
      ("cut.txt", "invalid_bytes", Array(Array(text.utf8).dropLast(2))),
    ]
  }()

  @Test(arguments: repaired)
  func parseReadsRepairedTextAndWarnsInOneLine(_ name: String, _ code: String, _ bytes: [UInt8]) throws {
    let folder = try Saraban.temporaryFolder()
    try Data(bytes).write(to: folder.appendingPathComponent(name))
    let run = try Saraban.run(["parse", "--jsonl", name], in: folder)
    #expect(run.status == 0, "\(run.err)")
    #expect(run.errLines.count == 1, "\(run.err)")
    #expect(run.errLines.first?.hasPrefix("saraban: warning: \(name): \(code): ") == true, "\(run.err)")
    #expect(run.out.contains("มท 0810/ว 42@2565"))
  }

  @Test func aFileLargerThanTheLimitIsRefusedUnread() throws {
    let folder = try Saraban.temporaryFolder()
    let letter = Saraban.letter(7)
    try letter.write(to: folder.appendingPathComponent("big.txt"))
    let parse = try Saraban.run(["parse", "--max-file-size", "512", "big.txt"], in: folder)
    #expect(parse.status == 1)
    #expect(
      parse.errLines == [
        "saraban: big.txt: too large: \(letter.count) bytes, more than the limit of 512 bytes; raise it with --max-file-size"
      ])
    #expect(parse.out.isEmpty)
    let piped = try Saraban.run(["parse", "--max-file-size", "512", "-"], in: folder, stdin: letter)
    #expect(piped.status == 1)
    #expect(piped.errLines.first?.contains("too large: more than the limit of 512 bytes") == true, "\(piped.err)")
    let ingest = try Saraban.run(["ingest", "--max-file-size", "512", "big.txt"], in: folder)
    #expect(ingest.status == 1)
    #expect(ingest.out.contains("rejected   big.txt: unreadable: too large"), "\(ingest.out)")
    #expect(try Saraban.run(["ingest", "big.txt"], in: folder).status == 0)
  }

  @Test(arguments: noLetter)
  func ingestRejectsWhatHoldsNoLetterAndKeepsTheLetters(_ name: String, _ bytes: [UInt8]) throws {
    let folder = try Saraban.temporaryFolder()
    try Saraban.letter(1).write(to: folder.appendingPathComponent("good.txt"))
    #expect(try Saraban.run(["ingest", "good.txt"], in: folder).status == 0)
    let before = try Saraban.run(["export", "--format", "jsonl"], in: folder).out
    try Data(bytes).write(to: folder.appendingPathComponent(name))
    let run = try Saraban.run(["ingest", name], in: folder)
    #expect(run.status == 1)
    #expect(run.out.contains("rejected   \(name): "), "\(run.out)")
    #expect(run.errLines == ["saraban: 1 file(s) rejected; every other file is stored"], "\(run.err)")
    #expect(try Saraban.run(["export", "--format", "jsonl"], in: folder).out == before)
  }

  @Test func aMistypedPathLeavesNoArchiveBehind() throws {
    let folder = try Saraban.temporaryFolder()
    let run = try Saraban.run(["ingest", "no-such-folder"], in: folder)
    #expect(run.status != 0)
    #expect(run.errLines.count == 1)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("saraban.sqlite").path))
  }

  /// Link loops, a broken link, a pipe, an unreadable file and an unreadable folder: every
  /// other file is stored, each problem is one line, and nothing hangs on the pipe.
  @Test func aFolderIsIngestedAroundLinkLoopsPipesAndUnreadableFiles() throws {
    let folder = try Saraban.temporaryFolder()
    let inbox = folder.appendingPathComponent("inbox")
    let fm = FileManager.default
    try fm.createDirectory(at: inbox.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try fm.createDirectory(at: inbox.appendingPathComponent("locked"), withIntermediateDirectories: true)
    try Saraban.letter(1).write(to: inbox.appendingPathComponent("a.txt"))
    try Saraban.letter(2).write(to: inbox.appendingPathComponent("sub/b.txt"))
    try Saraban.letter(3).write(to: inbox.appendingPathComponent("locked/c.txt"))
    try Saraban.letter(4).write(to: inbox.appendingPathComponent("secret.txt"))
    let outside = folder.appendingPathComponent("outside.txt")
    try Saraban.letter(5).write(to: outside)
    try fm.createSymbolicLink(atPath: inbox.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
    try fm.createSymbolicLink(atPath: inbox.appendingPathComponent("self").path, withDestinationPath: ".")
    try fm.createSymbolicLink(atPath: inbox.appendingPathComponent("l1").path, withDestinationPath: "l2")
    try fm.createSymbolicLink(atPath: inbox.appendingPathComponent("l2").path, withDestinationPath: "l1")
    try fm.createSymbolicLink(
      atPath: inbox.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/x")
    try fm.createSymbolicLink(
      atPath: inbox.appendingPathComponent("linked.txt").path, withDestinationPath: outside.path)
    #expect(mkfifo(inbox.appendingPathComponent("pipe.txt").path, 0o666) == 0)
    let unprivileged = Saraban.canDropPrivileges
    if unprivileged || getuid() != 0 {
      chmod(inbox.appendingPathComponent("secret.txt").path, 0o000)
      chmod(inbox.appendingPathComponent("locked").path, 0o000)
    }
    defer { chmod(inbox.appendingPathComponent("locked").path, 0o755) }
    let run = try Saraban.run(["ingest", "--json", "inbox"], in: folder, unprivileged: unprivileged)
    #expect(run.status == 1, "\(run.err)")
    let lines = run.errLines
    #expect(lines.contains("saraban: inbox/gone.txt: broken symbolic link"), "\(run.err)")
    #expect(lines.contains("saraban: note: inbox/l1: symbolic link loop"), "\(run.err)")
    #expect(
      lines.contains("saraban: note: inbox/pipe.txt: not a regular file (a pipe, socket or device)"), "\(run.err)")
    #expect(lines.contains("saraban: note: inbox/sub/loop: symbolic link to a folder already read"), "\(run.err)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let stored = try Saraban.run(["list", "--json"], in: folder).out
    for serial in ["ว 1@", "ว 2@", "ว 5@"] { #expect(stored.contains(serial), "\(serial) missing: \(stored)") }
    if unprivileged || getuid() != 0 {
      #expect(lines.contains("saraban: inbox/locked: folder cannot be listed: permission denied"), "\(run.err)")
      let rejected = report["rejected"] as? [[String: Any]] ?? []
      #expect(rejected.map { $0["path"] as? String } == ["inbox/secret.txt"], "\(report)")
      #expect((rejected.first?["reason"] as? String)?.contains("permission denied") == true)
      #expect(!stored.contains("ว 3@") && !stored.contains("ว 4@"))
    }
  }

  /// A reading day that is no day is refused with one line, before anything is read; a valid
  /// one fixes the year of a Tesseract date whatever the clock says.
  @Test(arguments: ["2026-13-01", "yesterday", "2026-02-30"])
  func aBadReadingDayIsRefused(_ day: String) throws {
    let folder = try Saraban.temporaryFolder()
    let run = try Saraban.run(["text", "digits", "๑๒"], in: folder, environment: ["SARABAN_TODAY": day])
    #expect(run.status == 2)
    #expect(run.errLines.count == 1)
    #expect(run.err.contains("SARABAN_TODAY"))
    #expect(run.out.isEmpty)
  }
}
