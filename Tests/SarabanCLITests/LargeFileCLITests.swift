import Foundation
import Testing

/// Files larger than `--chunk-size` are parsed and stored in chunks: the same output as read
/// whole, no size limit, a line of megabytes cut with one warning line.
@Suite struct LargeFileCLITests {
  /// 300 letters, one after another (about 200 KB).
  static let letters: Data = (1...300).reduce(into: Data()) { $0.append(Saraban.letter($1)) }

  @Test func parseInChunksPrintsWhatParseOfTheWholeFilePrints() throws {
    let folder = try Saraban.temporaryFolder()
    try Self.letters.write(to: folder.appendingPathComponent("big.txt"))
    for options in [["--jsonl"], [], ["--pretty"]] {
      let whole = try Saraban.run(["parse"] + options + ["big.txt"], in: folder)
      let chunked = try Saraban.run(["parse", "--chunk-size", "16K"] + options + ["big.txt"], in: folder)
      #expect(whole.status == 0 && chunked.status == 0, "\(chunked.err)")
      #expect(chunked.err.isEmpty, "\(chunked.err)")
      if options == ["--pretty"] {  // letters are not indented inside the document: compare as JSON
        let a = try JSONSerialization.jsonObject(with: Data(whole.out.utf8)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(chunked.out.utf8)) as? NSDictionary
        #expect(a != nil && a == b)
      } else {
        #expect(whole.out == chunked.out)
      }
    }
    #expect(try Saraban.run(["parse", "--jsonl", "big.txt"], in: folder).out.split(separator: "\n").count == 300)
  }

  @Test func aFileOverTheSizeLimitIsReadInChunksNotRefused() throws {
    let folder = try Saraban.temporaryFolder()
    try Self.letters.write(to: folder.appendingPathComponent("big.txt"))
    let parse = try Saraban.run(
      ["parse", "--jsonl", "--max-file-size", "64K", "--chunk-size", "32K", "big.txt"], in: folder)
    #expect(parse.status == 0, "\(parse.err)")
    #expect(parse.out.split(separator: "\n").count == 300)
    let ingest = try Saraban.run(["ingest", "--max-file-size", "64K", "--chunk-size", "32K", "big.txt"], in: folder)
    #expect(ingest.status == 0, "\(ingest.err)")
    #expect(ingest.out.contains("letters    300 read; archive holds 300 letters"), "\(ingest.out)")
    #expect(try Saraban.run(["check"], in: folder).out == "ok\n")
    let again = try Saraban.run(["ingest", "--chunk-size", "32K", "big.txt"], in: folder)
    #expect(again.out.contains("1 unchanged"), "\(again.out)")
  }

  @Test func aLineOfMegabytesIsCutWithOneWarningLine() throws {
    let folder = try Saraban.temporaryFolder()
    var data = Saraban.letter(1)
    data.append(Data(repeating: UInt8(ascii: "x"), count: 3 << 20))
    data.append(Data("\n".utf8))
    data.append(Saraban.letter(2))
    try data.write(to: folder.appendingPathComponent("long.txt"))
    let parse = try Saraban.run(["parse", "--jsonl", "--chunk-size", "64K", "long.txt"], in: folder)
    #expect(parse.status == 0, "\(parse.err)")
    #expect(
      parse.errLines == [
        "saraban: warning: long.txt: line_too_long: 1 line(s) longer than 1048576 bytes, first line 15: the rest of each was left out"
      ])
    #expect(parse.out.contains("มท 0810/ว 2@2565"))
    #expect(parse.out.utf8.count < 2 << 20)
    let ingest = try Saraban.run(["ingest", "--chunk-size", "64K", "long.txt"], in: folder)
    #expect(ingest.status == 0, "\(ingest.err)")
    let count = parse.out.split(separator: "\n").count
    #expect(ingest.out.contains("letters    \(count) read; archive holds \(count) letters"), "\(ingest.out)")
  }
}
