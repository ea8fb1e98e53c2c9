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
  /// Numbers one or two digits apart in code and serial, in and out of the ว register, with
  /// another prefix and a code with a dot: near misses of every kind the resolver weighs.
  static let numbers = [
    "มท ๐๘๑๒/ว ๑๕๖๕", "มท ๐๘๑๒/ว ๑๔๖๕", "มท ๐๘๑๒/ว ๑๕๐๕", "มท ๐๘๑๒/ว ๑๕๖", "มท ๐๘๑๒/ว ๑๕๖๕๐",
    "มท ๐๕๑๒/ว ๑๕๖๕", "มท ๐๕๑๒/ว ๑๕๐๕", "มท ๘๑๒/ว ๑๕๖๕", "มท ๐๘๑๒/๑๕๖๕", "กค ๐๘๑๒/ว ๑๕๖๕",
    "มท ๐๘๑๒.๓/ว ๑๕๖๕", "มท ๐๘๑๒.๓/ว ๑๕๖๗", "มท ๐๘๑๒/ว ๒๗๑", "มท ๐๘๑๒/ว ๗๗๑",
  ]
  static let dates = ["๙ กรกฎาคม ๒๕๖๔", "๑๒ กรกฎาคม ๒๕๖๔", "๒๐ กรกฎาคม ๒๕๖๔", "๙ กรกฎาคม ๒๕๖๕"]

  /// Letters with every number on two dates, each citing another number and date (chosen by
  /// `seed`), in an order that `seed` also sets: letters arrive before and after the letters
  /// they cite, in batches of three.
  static func files(seed: Int) -> [SourceInput] {
    var files: [SourceInput] = []
    for (n, number) in numbers.enumerated() {
      for d in [n % dates.count, (n + 1) % dates.count] {
        let k = files.count
        let cited = numbers[(k * (2 * seed + 1) + seed) % numbers.count]
        let citedDate = dates[(k + seed) % dates.count]
        // Every fifth citation gives no date (so no year): resolved only by the exact number.
        let cites = k % 5 == 4 ? cited : "\(cited) ลงวันที่ \(citedDate)"
        files.append(
          SourceInput(
            path: "\(n)-\(d).txt", content: .bytes(Corpus.letter(number: number, date: dates[d], cites: cites))))
      }
    }
    // Strides prime to the count visit every file once, in a different order for each seed.
    let stride = [1, 3, 5, 9][seed % 4]
    let order = (0..<files.count).map { ($0 * stride + seed) % files.count }
    return seed % 2 == 0 ? order.map { files[$0] } : order.reversed().map { files[$0] }
  }

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
