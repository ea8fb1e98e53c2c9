import Foundation
import Testing

@testable import Letters

/// A large plain-text or markdown file read in chunks gives the letters the whole file gives, and a line
/// of megabytes is cut, not held.
@Suite struct ChunkedParseTests {
  /// Every Corpus text file, twice over: about 600 KB, over a hundred letters (read as
  /// markdown when detected: some of them are an LLM's markdown). Not the bilingual letters
  /// (``Translation``): their translation is found by English labels close together, which a
  /// 16 KiB cut inside the letter splits between two chunks (at the default 4 MiB chunks, a
  /// letter that stands on a cut; see `bilingualLetterInOneChunk`).
  static let corpusBytes: [UInt8] = {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: Corpus.root.path)) ?? [])
      .filter { $0.hasSuffix(".txt") }.sorted()
    var bytes: [UInt8] = []
    for _ in 0..<2 {
      for name in names {
        let file = (try? Data(contentsOf: Corpus.root.appendingPathComponent(name))).map(Array.init) ?? []
        let text = String(decoding: file, as: UTF8.self)
        if Translation.apart(text: text, path: name, format: .plain).text != text { continue }
        bytes += file
        bytes.append(0x0A)
      }
    }
    return bytes
  }()

  /// A bilingual letter read in chunks, the chunk holding it whole: its translation is taken
  /// out as in the whole file's parse.
  @Test func bilingualLetterInOneChunk() throws {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: Corpus.root.path)) ?? []).filter {
      $0.hasSuffix(".txt")
        && Translation.apart(text: (try? String(contentsOf: Corpus.root.appendingPathComponent($0), encoding: .utf8)) ?? "",
          path: $0, format: .plain).blanked.count > 0
    }
    #expect(!names.isEmpty)
    for name in names {
      let bytes = Array(try Data(contentsOf: Corpus.root.appendingPathComponent(name)))
      let whole = LetterParser().parse(bytes: bytes, path: name)
      let (letters, _, _) = Self.chunked(bytes, options: ChunkOptions(chunkSize: 1 << 20, maxCarryBytes: 1 << 20), format: nil)
      #expect(Self.json(letters) == Self.json(whole.letters), "\(name)")
    }
  }

  /// Feeds `bytes` to the chunked parser in reads of `piece` bytes.
  static func chunked(
    _ bytes: [UInt8], options: ChunkOptions, piece: Int = 100_000, sha256: String? = nil, format: InputFormat? = nil
  ) -> (letters: [Letter], document: ChunkedDocument, emits: Int) {
    var letters: [Letter] = []
    var emits = 0
    var offset = 0
    let result = LetterParser().parseInChunks(
      path: "big.txt", sha256: sha256 ?? LetterParser.sha256(bytes), size: bytes.count, format: format,
      options: options,
      read: {
        defer { offset = min(bytes.count, offset + piece) }
        return Array(bytes[offset..<min(bytes.count, offset + piece)])
      },
      emit: { chunk, _ in
        letters += chunk
        emits += 1
      })
    return (letters, result, emits)
  }

  static func json(_ letters: [Letter]) -> [String] { letters.map { LetterJSON.letter($0).serialized() } }

  static func withoutMismatches(_ letters: [Letter]) -> [Letter] {
    letters.map { letter in
      var letter = letter
      letter.warnings.removeAll { $0.code == .citationMismatch }
      return letter
    }
  }

  @Test(arguments: [(16 << 10, nil), (100 << 10, nil), (16 << 10, InputFormat.plain)])
  func chunksGiveTheWholeFilesLetters(chunkSize: Int, format: InputFormat?) {
    let bytes = Self.corpusBytes
    #expect(bytes.count > 500_000)
    let whole = LetterParser().parse(bytes: bytes, path: "big.txt", format: format)
    let (letters, result, emits) = Self.chunked(
      bytes, options: ChunkOptions(chunkSize: chunkSize, maxCarryBytes: 64 << 10), format: format)
    #expect(emits > bytes.count / chunkSize / 2, "read in chunks, not whole")
    #expect(whole.letters.count > 100)
    #expect(result.letterCount == letters.count)
    // A citation is checked against the letters read before it and in its chunk: one whose
    // letter stands in a later chunk goes unchecked (a covering letter at a chunk's end and
    // the letter it encloses after the cut). `citation_mismatch` is compared apart below.
    let (a, b) = (Self.json(Self.withoutMismatches(whole.letters)), Self.json(Self.withoutMismatches(letters)))
    #expect(a.count == b.count)
    let firstDifference = a.indices.first { $0 < b.count && a[$0] != b[$0] }
    #expect(firstDifference == nil, "first different letter: \(firstDifference.map { "\(a[$0])\n\(b[$0])" } ?? "")")
    #expect(result.document.source == whole.source)
    #expect(result.document.warnings == whole.warnings)
    // Most mismatches are found in chunks too: all but those whose letter is in a later chunk.
    let mismatches = { (letters: [Letter]) in letters.flatMap(\.warnings).filter { $0.code == .citationMismatch }.count
    }
    #expect(mismatches(letters) <= mismatches(whole.letters))
    // (A covering letter cites the letter it encloses, printed after it: a 16 KiB cut between
    // the two leaves the mismatch unchecked. With the Corpus of 2026-11-28, 73 of 92 are found.)
    #expect(mismatches(letters) * 4 >= mismatches(whole.letters) * 3)
  }

  @Test func sha256InPiecesIsTheWholeHash() {
    let bytes = Array(Self.corpusBytes.prefix(10_000))
    for piece in [1, 63, 64, 65, 1000] {
      var hasher = ContentHasher()
      for start in stride(from: 0, to: bytes.count, by: piece) {
        hasher.update(Array(bytes[start..<min(bytes.count, start + piece)]))
      }
      #expect(hasher.hex() == LetterParser.sha256(bytes), "pieces of \(piece)")
    }
    var empty = ContentHasher()
    #expect(empty.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  /// A letter, one line of 600,000 bytes of Thai in it, and a letter after: the line is cut
  /// at 64 KiB (on a character's boundary), the rest read as if the line had been that short,
  /// with the same line numbers.
  @Test func aLineOfMegabytesIsCutAndTheRestKeepsItsLineNumbers() throws {
    let head = "ที่ มท ๐๘๑๒/ว ๑๕๖๕\nกรมส่งเสริมการปกครองท้องถิ่น\n\n๙ กรกฎาคม ๒๕๖๔\n\nเรื่อง ทดสอบ\nเรียน ผู้ว่าราชการจังหวัด\n\n"
    let after =
      "\nขอแสดงความนับถือ\n\nนายสมชาย ใจดี\n\n" + head.replacingOccurrences(of: "๑๕๖๕", with: "๑๕๖๖")
      + "ข้อความ\n\nขอแสดงความนับถือ\n\nนายสมชาย ใจดี\n"
    let long = String(repeating: "ก", count: 200_000)  // 600,000 bytes
    let bytes = Array((head + long + after).utf8)
    let options = ChunkOptions(chunkSize: 16 << 10, maxLineBytes: 64 << 10, maxCarryBytes: 128 << 10)
    let (letters, result, _) = Self.chunked(bytes, options: options, piece: 50_000)
    let kept = (64 << 10) / 3  // whole 3-byte characters in 64 KiB
    let cut = Array((head + String(repeating: "ก", count: kept) + after).utf8)
    let sha = LetterParser.sha256(bytes)
    let expected = LetterParser().parse(bytes: cut, path: "big.txt", sha256: sha)
    #expect(letters.count >= 2)
    #expect(Self.json(letters) == Self.json(expected.letters))
    #expect(letters.first { $0.number?.serial == "1566" }?.lines.start == 14)
    let warning = try #require(result.document.warnings.first { $0.code == .lineTooLong })
    #expect(warning.message.contains("first line 9"), "\(warning.message)")
    #expect(warning.line == nil)
    #expect(result.document.source.bytes == bytes.count)
  }

  /// One line of 5 MB and nothing else: cut, no letter made of nothing, no quadratic time.
  @Test func aFileThatIsOneLongLine() {
    let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 5 << 20)
    let (letters, result, _) = Self.chunked(bytes, options: ChunkOptions(chunkSize: 64 << 10, maxLineBytes: 4096))
    #expect(letters.count <= 1)
    #expect(result.document.warnings.contains { $0.code == .lineTooLong && $0.message.hasPrefix("1 line(s)") })
  }

  @Test func textAndMarkdownCanBeReadInChunksButNotXMLOrUTF16() {
    let text = Array("ที่ มท ๐๘๑๒/ว ๑๕๖๕\nเรื่อง ทดสอบ\n".utf8)
    #expect(LetterParser.canReadInChunks(prefix: text, path: "a.txt", format: nil))
    #expect(LetterParser.canReadInChunks(prefix: text, path: "a.md", format: nil))
    #expect(!LetterParser.canReadInChunks(prefix: text, path: "a.txt", format: .hocr))
    #expect(
      !LetterParser.canReadInChunks(prefix: Array("<?xml version=\"1.0\"?>\n<html>".utf8), path: "a.hocr", format: nil))
    #expect(!LetterParser.canReadInChunks(prefix: [0xFF, 0xFE, 0x2D, 0x0E], path: "a.txt", format: nil))
  }
}
