import ArchiveTestSupport
import Citations
import GRDB
import Testing
import ThaiText

@testable import Archive

/// The archive asks SQL only for the letters and open citations the resolver could link (one
/// digit away in code or serial, the same register — see `SQLiteArchive.arms`), not for every
/// letter of a code. That narrowing must never change an answer: after any order of arrival,
/// every citation must resolve exactly as ``CitationResolver`` resolves it given every letter
/// in the archive.
@Suite struct ResolutionCandidatesTests {
  static let numbers = NearMissLetters.numbers
  static func files(seed: Int) -> [SourceInput] { NearMissLetters.files(seed: seed) }

  @Test(arguments: [1, 2, 3, 4])
  func everyCitationResolvesAsAgainstTheWholeArchive(_ seed: Int) throws {
    let archive = try Fixtures.archive()
    _ = try archive.ingest(Self.files(seed: seed), batchSize: 3)
    let resolver = CitationResolver()
    try archive.pool.read { db in
      let letters = try Row.fetchAll(
        db,
        sql: """
          SELECT id, prefix, sub_office, code, circular, serial, year_suffix, year, date FROM letter
          WHERE serial IS NOT NULL
          """
      ).map(SQLiteArchive.letterKey(columns:))
      // Two letters of one number in one year are one letter with two copies.
      #expect(letters.count >= Self.numbers.count)
      let rows = try Row.fetchAll(
        db, sql: "SELECT \(SQLiteArchive.citationColumns), status, target, confidence, reason FROM citation")
      #expect(rows.count == Self.numbers.count * 2)
      var linked = 0
      for row in rows {
        let citation = SQLiteArchive.citationRecord(columns: row)
        let expected = resolver.resolve(citation, among: letters)
        let status: String = row["status"]
        let target: String? = row["target"]
        #expect(status == expected.status.rawValue, "\(citation.raw)")
        #expect(target == expected.target, "\(citation.raw)")
        #expect(row["confidence"] as Double? == expected.confidence, "\(citation.raw)")
        #expect(row["reason"] as String? == expected.reason, "\(citation.raw)")
        if target != nil { linked += 1 }
      }
      // The set is made of near misses: some link, some do not.
      #expect(linked > 5 && linked < rows.count)
    }
  }
}
