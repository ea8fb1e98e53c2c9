import Citations
import GRDB
import Testing

@testable import Archive

/// `saraban_near` (C) narrows resolution's index scans; the resolver's rule is
/// `DigitEdit.between`. On stored codes and serials (ASCII digits and dots) the two must
/// agree on every pair, or ingest would link citations differently from the resolver.
@Suite struct NearFunctionTests {
  /// Every string of up to three characters of a small digit-and-dot alphabet.
  static let strings: [String] = {
    var all = [""]
    var level = [""]
    for _ in 0..<3 {
      level = level.flatMap { s in ["0", "1", "5", "6", "."].map { s + $0 } }
      all += level
    }
    return all
  }()

  @Test func nearAgreesWithDigitEditOnEveryPair() throws {
    let archive = try Fixtures.archive()
    let near: Set<String> = try archive.pool.write { db in
      try db.execute(sql: "CREATE TEMP TABLE s (v TEXT)")
      for s in Self.strings { try db.execute(sql: "INSERT INTO s VALUES (?)", arguments: [s]) }
      return try Set(
        String.fetchAll(db, sql: "SELECT a.v || '|' || b.v FROM s a, s b WHERE saraban_near(a.v, b.v)"))
    }
    var expected: Set<String> = []
    for a in Self.strings {
      for b in Self.strings where DigitEdit.between(a, b) != nil { expected.insert(a + "|" + b) }
    }
    #expect(expected.count > 1_000)
    #expect(near == expected)
  }

  @Test func nullAndNonASCIIText() throws {
    let archive = try Fixtures.archive()
    try archive.pool.read { db in
      try #expect(Int.fetchOne(db, sql: "SELECT saraban_near(NULL, '1')") == nil)
      try #expect(Int.fetchOne(db, sql: "SELECT saraban_near('1', NULL)") == nil)
      // Not ASCII: counted near (a query narrows; the resolver decides).
      try #expect(Int.fetchOne(db, sql: "SELECT saraban_near('๑๕๖๕', '1565')") == 1)
      try #expect(Int.fetchOne(db, sql: "SELECT saraban_near('1565', '1566')") == 1)
      try #expect(Int.fetchOne(db, sql: "SELECT saraban_near('1565', '1576')") == 0)
      try #expect(Int.fetchOne(db, sql: "SELECT saraban_near('1565', '15650')") == 1)
      try #expect(Int.fetchOne(db, sql: "SELECT saraban_near('1565', '156500')") == 0)
    }
  }
}
