import GRDB

extension SQLiteArchive: ArchiveTransfer {
  public func readRows(_ table: ArchiveTable, chunk: Int, _ body: ([[StoredValue]]) throws -> Void) throws {
    let columns = table.columns.map(\.name).joined(separator: ", ")
    var after: Int64 = .min
    while true {
      let rows: [[StoredValue]] = try read { db in
        try Row.fetchAll(
          db, sql: "SELECT \(columns) FROM \(table.rawValue) WHERE \(table.key) > ? ORDER BY \(table.key) LIMIT ?",
          arguments: [after, max(1, chunk)]
        ).map { row in row.databaseValues.map(Self.stored) }
      }
      guard let last = rows.last, case let .integer(key) = last[0] else { return }
      try body(rows)
      after = key
    }
  }

  public func writeRows(_ body: ((ArchiveTable, [[StoredValue]]) throws -> Void) throws -> Void) throws {
    do {
      try pool.write { db in
        // New letters reach the search index in one statement (schema v2 dropped the insert
        // trigger), from the lowest seq written.
        var unindexedFrom: Int64?
        try body { table, rows in
          let names = table.columns.map(\.name)
          let statement = try db.cachedStatement(
            sql: "INSERT INTO \(table.rawValue) (\(names.joined(separator: ", "))) VALUES ("
              + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")")
          for row in rows {
            try statement.execute(arguments: StatementArguments(row.map(Self.database)))
            if table == .letter, case let .integer(seq) = row[0] {
              unindexedFrom = min(unindexedFrom ?? seq, seq)
            }
          }
        }
        try indexForSearch(&unindexedFrom, db)
      }
    } catch let error as DatabaseError {
      throw Self.translate(error, path: path)
    }
  }

  static func stored(_ value: DatabaseValue) -> StoredValue {
    switch value.storage {
    case .null: return .null
    case let .int64(n): return .integer(n)
    case let .double(d): return .real(d)
    case let .string(s): return .text(s)
    case let .blob(data): return .text(String(decoding: data, as: UTF8.self))
    }
  }

  static func database(_ value: StoredValue) -> DatabaseValue {
    switch value {
    case .null: return .null
    case let .integer(n): return n.databaseValue
    case let .real(d): return d.databaseValue
    case let .text(s): return s.databaseValue
    }
  }
}
