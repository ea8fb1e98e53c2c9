import GRDB

extension SQLiteArchive: ArchiveTransfer {
  public func readRows(_ table: ArchiveTable, chunk: Int, _ body: ([[StoredValue]]) throws -> Void) throws {
    let columns = table.columns.map(\.name).joined(separator: ", ")
    // `letter.record` is stored compact from schema v4; the other store gets its JSON text.
    let recordColumn = table == .letter ? table.columns.firstIndex { $0.name == "record" } : nil
    var after: Int64 = .min
    while true {
      let rows: [[StoredValue]] = try read { db in
        try Row.fetchAll(
          db, sql: "SELECT \(columns) FROM \(table.rawValue) WHERE \(table.key) > ? ORDER BY \(table.key) LIMIT ?",
          arguments: [after, max(1, chunk)]
        ).map { row in
          let raw = Array(row.databaseValues)
          var values = raw.map(Self.stored)
          if let recordColumn, let text = CompactRecord.text(of: raw[recordColumn]) {
            values[recordColumn] = .text(text)
          }
          return values
        }
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
          let recordColumn = table == .letter ? names.firstIndex(of: "record") : nil
          let statement = try db.cachedStatement(
            sql: "INSERT INTO \(table.rawValue) (\(names.joined(separator: ", "))) VALUES ("
              + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")")
          for row in rows {
            var values = row.map(Self.database)
            if let recordColumn, case let .text(text) = row[recordColumn] {
              values[recordColumn] = CompactRecord.encode(text).databaseValue
            }
            try statement.execute(arguments: StatementArguments(values))
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
