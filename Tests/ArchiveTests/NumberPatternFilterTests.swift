import Citations
import Testing

@testable import Archive

/// One `find` condition for both stores: the same clauses in the same order, only the
/// placeholders and the code-tail expression spelt per dialect.
@Suite struct NumberPatternFilterTests {
  @Test func everyTypedPartIsAClauseInBothDialects() throws {
    let pattern = try #require(NumberPattern("กค (กวจ) 0402.2/ว 123/67@2567"))
    let sqlite = NumberPatternFilter(pattern, dialect: .sqlite)
    let postgres = NumberPatternFilter(pattern, dialect: .postgres)
    #expect(
      sqlite.sql
        == "serial = ? AND prefix = ? AND sub_office = ? AND circular = ? AND (code = ? OR substr(code, -length(?)) = ?) AND year_suffix = ? AND year = ?"
    )
    #expect(
      postgres.sql
        == "serial = $1 AND prefix = $2 AND sub_office = $3 AND circular = $4 AND (code = $5 OR right(code, length($6)) = $7) AND year_suffix = $8 AND year = $9"
    )
    let arguments: [NumberPatternFilter.Argument] = [
      .text("123"), .text("กค"), .text("(กวจ)"), .int(1), .text("0402.2"), .text("0402.2"), .text("0402.2"),
      .text("67"), .int(2567),
    ]
    #expect(sqlite.arguments == arguments)
    #expect(postgres.arguments == arguments)
  }

  @Test(arguments: [
    ("1565", "serial = ?", "serial = $1"),
    ("ว 1565", "serial = ? AND circular = ?", "serial = $1 AND circular = $2"),
    (
      "812/ว 1565", "serial = ? AND circular = ? AND (code = ? OR substr(code, -length(?)) = ?)",
      "serial = $1 AND circular = $2 AND (code = $3 OR right(code, length($4)) = $5)"
    ),
    ("314/2567", "serial = ? AND year_suffix = ?", "serial = $1 AND year_suffix = $2"),
  ])
  func onlyTheTypedPartsAreTested(_ typed: String, _ sqlite: String, _ postgres: String) throws {
    let pattern = try #require(NumberPattern(typed))
    #expect(NumberPatternFilter(pattern, dialect: .sqlite).sql == sqlite)
    #expect(NumberPatternFilter(pattern, dialect: .postgres).sql == postgres)
  }
}
