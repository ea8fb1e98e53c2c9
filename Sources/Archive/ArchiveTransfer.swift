import Letters

/// ค่าที่เก็บ — one stored value, as both stores keep it (SQLite's storage classes).
public enum StoredValue: Sendable, Equatable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
}

/// ตารางของคลัง — the archive's tables in the order their foreign keys need, with their
/// columns (schema v1); what ``ArchiveTransfer`` copies row by row.
public enum ArchiveTable: String, Sendable, CaseIterable {
  case sourceFile = "source_file"
  case letter
  case letterCopy = "letter_copy"
  case citation

  /// How a column is stored.
  public enum Kind: Sendable { case integer, real, text }

  /// The columns, primary key first.
  public var columns: [(name: String, kind: Kind)] {
    switch self {
    case .sourceFile:
      return [
        ("id", .integer), ("path", .text), ("sha256", .text), ("size", .integer), ("encoding", .text),
        ("status", .text), ("reason", .text), ("letters", .integer), ("warnings", .text), ("ingested_at", .text),
      ]
    case .letter:
      return [
        ("seq", .integer), ("id", .text), ("number", .text), ("number_raw", .text), ("prefix", .text),
        ("sub_office", .text), ("code", .text), ("circular", .integer), ("serial", .text), ("year_suffix", .text),
        ("year", .integer), ("date", .text), ("kind", .text), ("urgency", .text), ("secrecy", .text),
        ("subject", .text), ("addressee", .text), ("issuer", .text), ("signer", .text), ("record", .text),
      ]
    case .letterCopy:
      return [
        ("id", .integer), ("letter_id", .text), ("source_id", .integer), ("segment", .integer),
        ("line_start", .integer), ("line_end", .integer), ("is_primary", .integer), ("record", .text),
      ]
    case .citation:
      return [
        ("id", .integer), ("copy_id", .integer), ("letter_id", .text), ("active", .integer), ("role", .text),
        ("ordinal", .integer), ("raw", .text), ("issuer", .text), ("number", .text), ("prefix", .text),
        ("sub_office", .text), ("code", .text), ("circular", .integer), ("serial", .text), ("year_suffix", .text),
        ("candidates", .text), ("year", .integer), ("date", .text), ("cited_key", .text),
        ("implied_target", .text), ("status", .text), ("target", .text), ("confidence", .real), ("reason", .text),
      ]
    }
  }

  /// The primary key column.
  public var key: String { columns[0].name }
}

/// การย้ายคลัง — an archive whose rows can be copied whole into another store (`saraban
/// migrate`): the same ids, files, copies and citations with their resolution, so the copy
/// answers every query as the original does.
public protocol ArchiveTransfer: LetterArchive {
  /// Calls `body` with the rows of `table` in key order, `chunk` rows at a time.
  func readRows(_ table: ArchiveTable, chunk: Int, _ body: ([[StoredValue]]) throws -> Void) throws

  /// Runs `body` in one transaction; `body` writes rows with the function it is given.
  /// Nothing is kept when `body` throws. Search entries are made as the letters arrive.
  func writeRows(_ body: (_ write: (ArchiveTable, [[StoredValue]]) throws -> Void) throws -> Void) throws
}

/// Copies one archive into another and checks the copy.
public enum ArchiveCopy {
  /// What a copy wrote, and the check of it.
  public struct Report: Sendable, Equatable {
    /// Rows per table in the source and in the destination.
    public var source: [String: Int]
    public var destination: [String: Int]
    /// ``ArchiveChecksum`` of each side's exported records.
    public var sourceChecksum: String
    public var destinationChecksum: String
    public var verified: Bool { source == destination && sourceChecksum == destinationChecksum }
  }

  /// Copies every row of `source` into `destination`, which must hold no file yet, in one
  /// destination transaction; then compares counts and checksums of both.
  public static func copy(
    from source: some ArchiveTransfer, to destination: some ArchiveTransfer, chunk: Int = 2000,
    progress: (ArchiveTable, Int) -> Void = { _, _ in }
  ) throws -> Report {
    let existing = try destination.statistics()
    guard existing.files == 0 && existing.letters == 0 else {
      throw ArchiveError(
        .database,
        "the destination already holds \(existing.files) files and \(existing.letters) letters: migrate into an empty archive"
      )
    }
    var counts: [String: Int] = [:]
    try destination.writeRows { write in
      for table in ArchiveTable.allCases {
        var n = 0
        try source.readRows(table, chunk: chunk) { rows in
          try write(table, rows)
          n += rows.count
          progress(table, n)
        }
        counts[table.rawValue] = n
      }
    }
    return Report(
      source: counts, destination: try ArchiveChecksum.counts(destination),
      sourceChecksum: try ArchiveChecksum.of(source), destinationChecksum: try ArchiveChecksum.of(destination))
  }
}

/// ตรวจสอบความถูกต้อง — a checksum of an archive's exported records: every letter's
/// `saraban/letter@1` record (targets filled) and its sources, then every citation row, in id order.
/// Two archives that answer alike have the same checksum, whatever stores them.
public enum ArchiveChecksum {
  /// SHA-256, chained record by record so memory stays flat.
  public static func of(_ archive: some LetterArchive) throws -> String {
    var chain = LetterParser.sha256([])
    func add(_ text: String) {
      chain = LetterParser.sha256(Array((chain + LetterParser.sha256(Array(text.utf8))).utf8))
    }
    try archive.forEachLetter { letter in
      add(letter.record.serialized())
      add(
        letter.sources.map { "\($0.path) \($0.sha256) \($0.segment) \($0.lines.start)-\($0.lines.end) \($0.primary)" }
          .joined(separator: "\n"))
    }
    try CSVExport.citations(try archive.citations()) { add($0) }
    return chain
  }

  /// Rows per table.
  public static func counts(_ archive: some ArchiveTransfer) throws -> [String: Int] {
    var counts: [String: Int] = [:]
    for table in ArchiveTable.allCases {
      var n = 0
      try archive.readRows(table, chunk: 5000) { n += $0.count }
      counts[table.rawValue] = n
    }
    return counts
  }
}
