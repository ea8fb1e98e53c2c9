import Archive
import PostgresNIO

extension PostgresArchive: ArchiveTransfer {
  public func readRows(_ table: ArchiveTable, chunk: Int, _ body: ([[StoredValue]]) throws -> Void) throws {
    let columns = table.columns
    let names = columns.map(\.name).joined(separator: ", ")
    var after = Int.min
    while true {
      let rows = try session.query(
        "SELECT \(names) FROM \(table.rawValue) WHERE \(table.key) > $1 ORDER BY \(table.key) LIMIT $2",
        [.int(after), .int(max(1, chunk))]
      ).map { row in
        let cells = row.cells
        return try columns.map { column -> StoredValue in
          switch column.kind {
          case .integer: return try cells.optionalInt(column.name).map { .integer(Int64($0)) } ?? .null
          case .real: return try cells.optionalDouble(column.name).map(StoredValue.real) ?? .null
          case .text: return try cells.optionalText(column.name).map(StoredValue.text) ?? .null
          }
        }
      }
      guard let last = rows.last, case let .integer(key) = last[0] else { return }
      try body(rows)
      after = Int(key)
    }
  }

  /// Writes the rows in one transaction; letters get their search entries as they arrive,
  /// and the id sequences move past the copied ids.
  public func writeRows(_ body: ((ArchiveTable, [[StoredValue]]) throws -> Void) throws -> Void) throws {
    try session.transaction {
      try body { table, rows in
        let names = table.columns.map(\.name)
        let placeholders = names.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        let sql = "INSERT INTO \(table.rawValue) (\(names.joined(separator: ", "))) VALUES (\(placeholders))"
        for row in rows {
          try session.query(sql, row.map(Self.value))
          if table == .letter, case let .text(text) = row[19], case let .integer(seq) = row[0],
            let record = ArchiveStoreSupport.parseJSON(text)
          {
            try index(LetterColumns(record: record, text: text), seq: Int(seq))
          }
        }
      }
      for table in ArchiveTable.allCases {
        try session.query(
          """
          SELECT setval(pg_get_serial_sequence('\(table.rawValue)', '\(table.key)'),
            coalesce((SELECT max(\(table.key)) FROM \(table.rawValue)), 0) + 1, false)
          """)
      }
    }
  }

  static func value(_ stored: StoredValue) -> SQLValue {
    switch stored {
    case .null: return .null
    case let .integer(n): return .int(Int(n))
    case let .real(d): return .double(d)
    case let .text(s): return .text(s)
    }
  }
}
