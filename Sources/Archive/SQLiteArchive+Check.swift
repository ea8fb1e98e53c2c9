import GRDB

extension SQLiteArchive {
  /// ตรวจสอบคลัง — what is wrong with the archive, one line each; empty when it is sound.
  ///
  /// SQLite's `integrity_check` and `foreign_key_check`, the full-text index against the
  /// stored letters (FTS5 `integrity-check`), and saraban's own invariants: every letter has
  /// exactly one primary copy, every stored file has as many copies as it says it has letters,
  /// every citation belongs to a copy. An interrupted ingest must leave all of these true.
  /// - Complexity: O(n) in the archive's size (it reads every page).
  public func check() throws -> [String] {
    var problems: [String] = []
    try read { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      if integrity != ["ok"] { problems += integrity.prefix(20).map { "integrity: \($0)" } }
      let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
      for row in keys.prefix(20) {
        problems.append(
          "foreign key: \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? -1) → \(row[2] as String? ?? "?")")
      }
      let invariants: [(String, String)] = [
        (
          "letters without exactly one primary copy",
          """
          SELECT count(*) FROM letter l
          WHERE (SELECT count(*) FROM letter_copy c WHERE c.letter_id = l.id AND c.is_primary = 1) != 1
          """
        ),
        (
          "copies of letters not in the archive",
          "SELECT count(*) FROM letter_copy c LEFT JOIN letter l ON l.id = c.letter_id WHERE l.id IS NULL"
        ),
        (
          "stored files whose letter count disagrees with their copies",
          """
          SELECT count(*) FROM source_file s
          WHERE s.status = 'ingested' AND s.letters != (SELECT count(*) FROM letter_copy c WHERE c.source_id = s.id)
          """
        ),
        (
          "rejected files with letters",
          "SELECT count(*) FROM letter_copy c JOIN source_file s ON s.id = c.source_id WHERE s.status = 'rejected'"
        ),
        (
          "citations of no copy",
          "SELECT count(*) FROM citation x LEFT JOIN letter_copy c ON c.id = x.copy_id WHERE c.id IS NULL"
        ),
        (
          "letters missing from the search index",
          "SELECT (SELECT count(*) FROM letter) - (SELECT count(*) FROM letter_search_docsize)"
        ),
      ]
      for (what, sql) in invariants {
        let n = try Int.fetchOne(db, sql: sql) ?? 0
        if n != 0 { problems.append("\(what): \(n)") }
      }
    }
    if !isReadOnly {
      do {
        try checkSearchIndex()
      } catch let error as ArchiveError {
        problems.append("search index: \(error.description)")
      }
    }
    return problems
  }
}
