import ArchiveTestSupport
import Foundation
import Testing

@testable import Archive

/// Search ranks by BM25 among a bounded set of matches (the most recently stored), so that a
/// common word costs the same in a large archive as in a small one; a rare word is still found
/// wherever it is.
@Suite struct SearchRankingTests {
  /// Seven letters stored one after another (the first has a rare word), and their ids in
  /// the order they were stored.
  static func archive(candidates: Int) throws -> (SQLiteArchive, [String]) {
    let archive = try SQLiteArchive(path: TemporaryArchive.path(), searchCandidates: candidates)
    var ids: [String] = []
    let serials = ["๗๗๑", "๗๗๒", "๗๗๓", "๗๗๔", "๗๗๕", "๗๗๖", "๗๗๗"]
    for (k, serial) in serials.enumerated() {
      let subject = k == 0 ? "การอนุรักษ์ช้างป่า" : "การทดสอบคลังหนังสือ"
      let bytes = Corpus.letter(number: "มท ๐๘๑๐/ว \(serial)", date: "๑ สิงหาคม ๒๕๖๕", subject: subject)
      _ = try archive.ingest([SourceInput(path: "letters/\(k).txt", content: .bytes(bytes))], batchSize: 8)
      ids.append("มท 0810/ว \(771 + k)@2565")
    }
    return (archive, ids)
  }

  @Test func aRareWordIsFoundInTheOldestLetter() throws {
    let (archive, ids) = try Self.archive(candidates: 3)
    let hits = try archive.search("ช้างป่า", limit: 5, highlight: ("[", "]"))
    #expect(hits.map(\.id) == [ids[0]])
    #expect(hits.first?.snippet.contains("[ช้างป่า]") == true)
  }

  @Test func aCommonWordIsRankedAmongTheNewestMatches() throws {
    let (archive, ids) = try Self.archive(candidates: 3)
    // Every letter holds ทดสอบ (the body says ขอทดสอบระบบ): only the three newest are ranked.
    let hits = try archive.search("ทดสอบ", limit: 5, highlight: ("[", "]"))
    #expect(Set(hits.map(\.id)) == Set(ids.suffix(3)))
    #expect(hits.allSatisfy { $0.snippet.contains("[ทดสอบ]") })
    #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score <= $1.score })
  }

  @Test func fewerMatchesThanCandidatesRankAsBefore() throws {
    let (archive, _) = try Self.archive(candidates: 7)
    let bounded = try archive.search("ทดสอบ", limit: 5, highlight: ("[", "]"))
    let all = try SQLiteArchive(path: archive.path, create: false, searchCandidates: .max)
      .search("ทดสอบ", limit: 5, highlight: ("[", "]"))
    #expect(bounded.map(\.id) == all.map(\.id))
    #expect(bounded.map(\.score) == all.map(\.score))
    #expect(bounded.count == 5)
  }
}
