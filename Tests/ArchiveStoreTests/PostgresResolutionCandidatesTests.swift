import ArchiveTestSupport
import Citations
import Testing

@testable import Archive
@testable import ArchivePostgres

/// The PostgreSQL store asks only for the exact letter, then the letters one digit away in
/// the citation's register (migration v6, `saraban_near` on index entries), and resolves a
/// batch's citations before storing them. None of that may change an answer: after any order
/// of arrival, every citation resolves exactly as ``CitationResolver`` resolves it given every
/// letter in the archive (ArchiveTests' `ResolutionCandidatesTests` on SQLite).
@Suite(.enabled(if: Store.serverURL != nil, Comment(rawValue: Store.skipped)))
struct PostgresResolutionCandidatesTests {
  @Test(arguments: [1, 2, 3, 4])
  func everyCitationResolvesAsAgainstTheWholeArchive(_ seed: Int) throws {
    let archive = try PostgresArchive(location: Store.freshDatabase())
    _ = try archive.ingest(NearMissLetters.files(seed: seed), batchSize: 3)
    let letters = try archive.session.query(
      """
      SELECT id, prefix, sub_office, code, circular, serial, year_suffix, year, date FROM letter
      WHERE serial IS NOT NULL ORDER BY seq
      """
    ).map { try PostgresArchive.letterKey($0.cells, id: try $0.cells.text("id")) }
    #expect(letters.count >= NearMissLetters.numbers.count)
    let rows = try archive.session.query("SELECT * FROM citation ORDER BY id")
    #expect(rows.count == NearMissLetters.numbers.count * 2)
    let resolver = CitationResolver()
    var linked = 0
    for row in rows {
      let cells = row.cells
      let citation = try PostgresArchive.citationRecord(cells)
      let expected = resolver.resolve(citation, among: letters)
      let target = try cells.optionalText("target")
      #expect(try cells.text("status") == expected.status.rawValue, "\(citation.raw)")
      #expect(target == expected.target, "\(citation.raw)")
      #expect(try cells.optionalDouble("confidence") == expected.confidence, "\(citation.raw)")
      #expect(try cells.optionalText("reason") == expected.reason, "\(citation.raw)")
      if target != nil { linked += 1 }
    }
    // The set is made of near misses: some link, some do not.
    #expect(linked > 5 && linked < rows.count)
  }

  /// `saraban_near` (plpgsql, migration v6) keeps the C function's rule: one substitution,
  /// deletion or insertion apart, or text that is not ASCII; NULL for NULL.
  @Test func nearAgreesWithDigitEditOnEveryPair() throws {
    let archive = try PostgresArchive(location: Store.freshDatabase())
    var strings = [""]
    var level = [""]
    for _ in 0..<3 {
      level = level.flatMap { s in ["0", "1", "5", "6", "."].map { s + $0 } }
      strings += level
    }
    let near = Set(
      try archive.session.query(
        "SELECT a || '|' || b FROM unnest($1::text[]) a, unnest($1::text[]) b WHERE saraban_near(a, b)",
        [.texts(strings)]
      ).map { try $0.decode(String.self) })
    var expected: Set<String> = []
    for a in strings {
      for b in strings where DigitEdit.between(a, b) != nil { expected.insert(a + "|" + b) }
    }
    #expect(expected.count > 1_000)
    #expect(near == expected)
    let answers = try archive.session.query(
      """
      SELECT saraban_near(NULL, '1') IS NULL, saraban_near('๑๕๖๕', '1565'), saraban_near('1565', '1566'),
        NOT saraban_near('1565', '1576'), saraban_near('1565', '15650'), NOT saraban_near('1565', '156500')
      """
    ).first
    let values = try #require(answers).makeRandomAccess()
    for index in 0..<6 { #expect(try values[index].decode(Bool.self), "column \(index + 1)") }
  }
}
