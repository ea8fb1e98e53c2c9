import ArchiveTestSupport
import Foundation
import Testing

@testable import Letters

@testable import Archive

/// A file too large to hold whole is stored chunk by chunk, a transaction each: the archive
/// ends as if the file had been stored whole, and an ingest stopped half-way is completed by
/// the next one with nothing doubled and nothing missing.
@Suite struct ChunkedIngestTests {
  /// Every Corpus text file, one after another in one file (about 300 KB). Not the bilingual
  /// letters: a 50 KB cut inside one splits the English labels its translation is found by
  /// (`ChunkedParseTests`).
  static let bytes: [UInt8] = Corpus.files.flatMap { input -> [UInt8] in
    guard case let .bytes(bytes) = input.content else { return [] }
    let text = String(decoding: bytes, as: UTF8.self)
    guard Translation.apart(text: text, path: input.path, format: .plain).text == text else { return [] }
    return bytes + [0x0A]
  }

  /// `bytes` as a file read in chunks of 16 KiB.
  static func chunked(_ bytes: [UInt8], path: String = "big.txt") -> SourceInput {
    let sha256 = LetterParser.sha256(bytes)
    return SourceInput(
      path: path,
      content: .chunks(
        ChunkedSource(size: bytes.count, sha256: sha256) { emit in
          var offset = 0
          return try LetterParser().parseInChunks(
            path: path, sha256: sha256, size: bytes.count,
            options: ChunkOptions(chunkSize: 16 << 10, maxCarryBytes: 64 << 10),
            read: {
              defer { offset = min(bytes.count, offset + 50_000) }
              return Array(bytes[offset..<min(bytes.count, offset + 50_000)])
            }, emit: emit)
        }))
  }

  /// What an archive holds: totals, every letter's record and sources, every citation.
  ///
  /// Records are compared without their `citation_mismatch` warnings: a file read in chunks
  /// checks a citation against the letters read before it and in its chunk, so one whose letter
  /// stands after the chunk's end goes unchecked (`ChunkedParseTests` compares them apart).
  static func snapshot(_ archive: SQLiteArchive) throws -> (ArchiveStatistics, [String], [CitationRow]) {
    var letters: [String] = []
    try archive.forEachLetter { letter in
      letters.append(
        withoutMismatches(letter.record).serialized() + " " + letter.sources.map { "\($0)" }.joined(separator: ","))
    }
    return (try archive.statistics(), letters, try archive.citations())
  }

  static func withoutMismatches(_ record: JSONValue) -> JSONValue {
    guard case .object(let pairs) = record else { return record }
    return .object(
      pairs.map { key, value in
        guard key == "warnings", case .array(let warnings) = value else { return (key, value) }
        return (
          key,
          .array(
            warnings.filter { warning in
              guard case .object(let fields) = warning else { return true }
              return !fields.contains { $0.0 == "code" && $0.1 == .string("citation_mismatch") }
            })
        )
      })
  }

  @Test func aFileStoredInChunksIsStoredAsIfWhole() throws {
    let whole = try Fixtures.archive()
    let wholeReport = try whole.ingest([SourceInput(path: "big.txt", content: .bytes(Self.bytes))])
    let chunked = try Fixtures.archive()
    let report = try chunked.ingest([Self.chunked(Self.bytes)])
    #expect(report.letters == wholeReport.letters)
    #expect(report.letters > 50)
    #expect(report.citations == wholeReport.citations)
    #expect(report.stored == 1 && report.files == 1 && report.rejected.isEmpty)
    let (a, b) = (try Self.snapshot(whole), try Self.snapshot(chunked))
    #expect(a.0 == b.0)
    #expect(a.1 == b.1)
    #expect(a.2 == b.2)
    #expect(try chunked.check() == [])
    // the same bytes again: unchanged
    #expect(try chunked.ingest([Self.chunked(Self.bytes)]).unchanged == 1)
  }

  @Test func anIngestStoppedHalfWayIsCompletedByTheNext() throws {
    let whole = try Fixtures.archive()
    _ = try whole.ingest([SourceInput(path: "big.txt", content: .bytes(Self.bytes))])
    let archive = try Fixtures.archive()
    archive.afterBatchWrite = { n in if n == 3 { throw CancellationError() } }
    #expect(throws: CancellationError.self) { try archive.ingest([Self.chunked(Self.bytes)]) }
    // three chunks stored, the file not marked whole: sound, and some letters are there
    #expect(try archive.check() == [])
    #expect(try archive.statistics().letters > 0)
    archive.afterBatchWrite = nil
    let report = try archive.ingest([Self.chunked(Self.bytes)])
    #expect(report.unchanged == 0 && report.stored == 1)
    let (a, b) = (try Self.snapshot(whole), try Self.snapshot(archive))
    #expect(a.0 == b.0)
    #expect(a.1 == b.1)
    #expect(a.2 == b.2)
    #expect(try archive.check() == [])
  }

  @Test func aFileWithNoLetterReadInChunksIsRejected() throws {
    let archive = try Fixtures.archive()
    let blank = [UInt8](repeating: 0x20, count: 100_000) + [0x0A]
    let report = try archive.ingest([Self.chunked(Array(repeating: blank, count: 3).flatMap { $0 })])
    #expect(report.rejected.count == 1)
    #expect(try archive.statistics().letters == 0)
    #expect(try archive.check() == [])
  }
}
