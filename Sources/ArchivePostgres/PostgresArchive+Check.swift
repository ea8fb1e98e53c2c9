import Archive

extension PostgresArchive: ArchiveCheck {
  /// ตรวจสอบคลัง — what is wrong with the archive, one line each; empty when it is sound.
  ///
  /// The SQLite store's invariants (the server keeps its own pages and foreign keys sound):
  /// every letter has exactly one primary copy, every stored file has as many copies as it
  /// says it has letters, every citation belongs to a copy, and the search index holds one
  /// entry per letter. An interrupted ingest must leave all of these true.
  /// - Complexity: O(n) in the archive's size.
  public func check() throws -> [String] {
    let invariants: [(String, String)] = [
      (
        "letters without exactly one primary copy",
        """
        SELECT count(*) FROM letter l
        WHERE (SELECT count(*) FROM letter_copy c WHERE c.letter_id = l.id AND c.is_primary = 1) != 1
        """
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
    ]
    var problems: [String] = []
    for (what, sql) in invariants {
      let n = try session.query(sql).first?.decode(Int.self) ?? 0
      if n != 0 { problems.append("\(what): \(n)") }
    }
    do {
      try checkSearchIndex()
    } catch let error as ArchiveError {
      problems.append("search index: \(error.description)")
    }
    return problems
  }
}
