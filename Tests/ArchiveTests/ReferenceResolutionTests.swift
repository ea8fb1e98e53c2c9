import Archive
import ArchiveTestSupport
import Citations
import Foundation
import Testing

/// Citations in the Corpus linked to the letters they name, OCR slips and all.
@Suite struct ReferenceResolutionTests {
  func edge(from: String, role: CitationRole, in archive: SQLiteArchive) throws -> ReferenceGraph.Edge {
    try #require(try archive.edges(of: from, .outgoing).first { $0.role == role })
  }

  @Test func theWholeCorpusIngestsWithoutRejections() throws {
    let archive = try Fixtures.corpusArchive.get()
    let stats = try archive.statistics()
    #expect(stats.files == Corpus.files.count)
    #expect(stats.rejectedFiles == 0)
    #expect(stats.letters >= 30)
    #expect(stats.resolved > 0)
  }

  /// 000: the province letter encloses the ministry letter ว ๑๕๖๕ of ๙ July, but cites it as
  /// `ว๑๔๖๕ ลงวันที่ ๗ กรกฎาคม ๒๕๖๔`.
  @Test func theEnclosedMinistryLetterResolvesDespiteTheMisreadNumber() throws {
    let archive = try Fixtures.corpusArchive.get()
    let e = try edge(from: "อต 0023.6/ว 5/66@2564", role: .enclosure, in: archive)
    #expect(e.to == "มท 0812/ว 1565@2564")
    #expect(e.raw.contains("ว๑๔๖๕ ลงวันที่ ๗"))
    let confidence = try #require(e.confidence)
    #expect(confidence < 1)
    #expect(confidence > 0.5)
    #expect(e.reason?.contains("1465") == true)
  }

  /// 004: the annex says `ว ๕๑๔๗ … ๑๒ ธันวาคม ๒๕๖๖`; the letter is ว ๕๑๕๗ of the 13th.
  @Test func theAnnexLinksToItsLetterOfTheNextDay() throws {
    let archive = try Fixtures.corpusArchive.get()
    let incoming = try archive.edges(of: "มท 0810.7/ว 5157@2566", .incoming)
    let annex = try #require(incoming.first { $0.role == .annexOf })
    #expect(annex.raw.contains("๕๑๔๗"))
    #expect((annex.confidence ?? 1) < 1)
    #expect(annex.reason?.contains("1 day") == true)
  }

  @Test func sameNumberInAnotherYearIsNotLinked() throws {
    let archive = try Fixtures.archive()
    _ = try archive.ingest([try #require(Corpus.file("000"))], batchSize: 8)
    let later = SourceInput(
      path: "later.txt",
      content: .bytes(
        Corpus.letter(
          number: "มท ๐๘๑๐/ว ๑๒๓", date: "๑ สิงหาคม ๒๕๖๕", cites: "มท ๐๘๑๒/ว ๑๕๖๕ ลงวันที่ ๙ กรกฎาคม ๒๕๖๕")))
    _ = try archive.ingest([later], batchSize: 8)
    let e = try edge(from: "มท 0810/ว 123@2565", role: .reference, in: archive)
    #expect(e.to == "มท 0812/ว 1565@2565")
    #expect(e.confidence == nil)
    #expect(try archive.unresolved().contains { $0.key == "มท 0812/ว 1565@2565" })
  }

  @Test func aCitationIngestedBeforeItsTargetResolvesWhenTheTargetArrives() throws {
    let archive = try Fixtures.archive()
    _ = try archive.ingest([try #require(Corpus.file("000"))], batchSize: 8)
    // 000's ministry letter cites ว ๒๗๑ of ๑๐ กุมภาพันธ์ ๒๕๖๔, which is not in the Corpus.
    #expect(try edge(from: "มท 0812/ว 1565@2564", role: .reference, in: archive).confidence == nil)
    let cited = SourceInput(
      path: "271.txt",
      content: .bytes(Corpus.letter(number: "มท ๐๘๑๒/ว ๒๗๑", date: "๑๐ กุมภาพันธ์ ๒๕๖๔")))
    _ = try archive.ingest([cited], batchSize: 8)
    let e = try edge(from: "มท 0812/ว 1565@2564", role: .reference, in: archive)
    #expect(e.to == "มท 0812/ว 271@2564")
    #expect(e.confidence == 1.0)
    #expect(try !archive.unresolved().contains { $0.key == "มท 0812/ว 271@2564" })
  }

  @Test func anExactLetterArrivingLaterReplacesAFuzzyLink() throws {
    let archive = try Fixtures.archive()
    _ = try archive.ingest([try #require(Corpus.file("000"))], batchSize: 8)
    let exact = SourceInput(
      path: "1465.txt", content: .bytes(Corpus.letter(number: "มท ๐๘๑๒/ว ๑๔๖๕", date: "๗ กรกฎาคม ๒๕๖๔")))
    _ = try archive.ingest([exact], batchSize: 8)
    let e = try edge(from: "อต 0023.6/ว 5/66@2564", role: .enclosure, in: archive)
    #expect(e.to == "มท 0812/ว 1465@2564")
    #expect(e.confidence == 1.0)
  }

  @Test(arguments: [
    ("อต 0023.6/ว 5/66@2564", 1, 2), ("อต 0023.6/ว 5/66@2564", 2, 3),
  ])
  func refsFollowChainsToTheDepth(_ id: String, _ depth: Int, _ count: Int) throws {
    let archive = try Fixtures.corpusArchive.get()
    #expect(try archive.walk(from: id, .outgoing, depth: depth).count == count)
  }
}
