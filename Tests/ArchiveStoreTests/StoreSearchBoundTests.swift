import Archive
import ArchiveTestSupport
import Foundation
import Testing

/// `search` ranks among the newest `searchCandidates` matches on every store, with the same
/// BM25 statistics, so that the stores agree when more letters match than the bound.
@Suite struct StoreSearchBoundTests {
  /// How many matches each archive ranks: fewer than the letters every query below matches.
  static let bound = 3

  /// Subjects of letters stored one at a time, oldest first. Every body holds ทดสอบ
  /// (ขอทดสอบระบบ); the subjects make its frequency and the letters' lengths differ, so
  /// BM25 orders them, and two are alike, so ties are ordered by id.
  static let subjects = [
    "การอนุรักษ์ช้างป่า",
    "การทดสอบคลังหนังสือ",
    "การทดสอบระบบทดสอบคลังหนังสือ",
    "การประชุมชี้แจงระบบงานสารบรรณอิเล็กทรอนิกส์ของจังหวัดและอำเภอ",
    "ทดสอบ ทดสอบ ทดสอบ",
    "การทดสอบคลังหนังสือ",
    "การทดสอบคลังหนังสือ",
    "การทดสอบระบบงานสารบรรณของจังหวัด",
  ]

  /// An archive of `store` holding ``subjects`` in order, ranking among ``bound`` matches.
  static func archive(_ store: Store) throws -> any TestArchive {
    let archive = try store.makeArchive(searchCandidates: bound)
    for (k, subject) in subjects.enumerated() {
      let bytes = Corpus.letter(number: "มท ๐๘๑๐/ว \(701 + k)", date: "๑ สิงหาคม ๒๕๖๕", subject: subject)
      // One batch per letter: the stores number letters in the order they store them.
      _ = try archive.ingest([Corpus.input("bound/\(k).txt", bytes)], batchSize: 1, progress: { _ in })
    }
    return archive
  }

  static func id(_ k: Int) -> String { "มท 0810/ว \(701 + k)@2565" }

  @Test(
    arguments: Store.available,
    ["ทดสอบ", "ทดสอบ คลังหนังสือ", "ระบบ", "จังหวัด", "ช้างป่า", "กรมส่งเสริมการปกครองท้องถิ่น", "ไม่มีคำนี้"])
  func moreMatchesThanTheBoundRankAsSQLiteDoes(_ store: Store, _ typed: String) throws {
    let sqlite = try Self.archive(.sqlite).search(typed, limit: 20, highlight: ("[", "]"))
    let other = try Self.archive(store).search(typed, limit: 20, highlight: ("[", "]"))
    #expect(other.map(\.id) == sqlite.map(\.id))
    #expect(other.map(\.snippet) == sqlite.map(\.snippet))
    #expect(other.count == sqlite.count)
    for (a, b) in zip(other, sqlite) { #expect(abs(a.score - b.score) <= 1e-9 * max(1, abs(b.score)), "\(a.id)") }
  }

  @Test(arguments: Store.available)
  func aCommonWordIsRankedAmongTheNewestMatches(_ store: Store) throws {
    let archive = try Self.archive(store)
    let hits = try archive.search("ทดสอบ", limit: 20, highlight: ("[", "]"))
    let newest = Self.subjects.indices.suffix(Self.bound).map(Self.id)
    #expect(Set(hits.map(\.id)) == Set(newest))
    #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score <= $1.score })
    // A rare word is still found in the oldest letter, past the newest `bound` letters.
    #expect(try archive.search("ช้างป่า", limit: 20, highlight: ("[", "]")).map(\.id) == [Self.id(0)])
  }

  /// Letters that score alike: the hits shown are the first by id among all that tie with the
  /// last one shown, whatever the limit cuts through (the tied letters are read in full).
  @Test(arguments: Store.available, [1, 2, 3, 4])
  func tiesAtTheLimitAreCutByID(_ store: Store, _ limit: Int) throws {
    let archive = try store.makeArchive(searchCandidates: 10)
    // Stored in an order unlike their ids' order, all alike but for the number.
    for serial in [709, 703, 707, 701, 705] {
      let bytes = Corpus.letter(number: "มท ๐๘๑๐/ว \(serial)", date: "๑ สิงหาคม ๒๕๖๕", subject: "การทดสอบคลังหนังสือ")
      _ = try archive.ingest([Corpus.input("tie/\(serial).txt", bytes)], batchSize: 1, progress: { _ in })
    }
    let hits = try archive.search("คลังหนังสือ", limit: limit, highlight: ("[", "]"))
    let ids = [701, 703, 705, 707, 709].map { "มท 0810/ว \($0)@2565" }
    #expect(hits.map(\.id) == Array(ids.prefix(limit)))
    #expect(Set(hits.map(\.score)).count == 1)
  }
}
