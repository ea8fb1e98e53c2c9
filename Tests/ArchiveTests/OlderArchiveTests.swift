import ArchiveTestSupport
import Foundation
import GRDB
import Letters
import Testing

@testable import Archive

/// An archive made by an older saraban opens in this one: for every shipped schema version,
/// a fixture archive is built by the migrations up to that version and filled with plain SQL
/// as that version wrote it; this version migrates it, answers from it, and ingests into it.
@Suite struct OlderArchiveTests {
  @Test(arguments: ArchiveMigrations.migrator.migrations)
  func anArchiveAtAnOlderSchemaOpensAndKeepsItsLetters(_ version: String) throws {
    let path = try TemporaryArchive.path()
    let queue = try DatabaseQueue(path: path)
    _ = try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
    queue.inDatabase { db in
      db.add(tokenizer: ThaiTokenizer.self)
      db.add(function: CompactRecord.function)
    }
    try ArchiveMigrations.migrator.migrate(queue, upTo: version)
    // One file with one letter and its อ้างถึง, as the v1 ingest stored them.
    let bytes = Corpus.letter(
      number: "มท ๐๘๑๐/ว ๗๗๗", date: "๑ สิงหาคม ๒๕๖๕", subject: "การอนุรักษ์ช้างป่า",
      cites: "มท ๐๘๑๐/ว ๑๒๓ ลงวันที่ ๑ มิถุนายน ๒๕๖๕")
    let document = LetterParser().parse(bytes: bytes, path: "old/777.txt")
    let letter = try #require(document.letters.first)
    let json = LetterJSON.letter(letter).serialized()
    // Up to v3 the record was JSON text; from v4 on it is stored compact.
    let versions = ArchiveMigrations.migrator.migrations
    let compact =
      try #require(versions.firstIndex(of: version)) >= #require(versions.firstIndex(of: "v4-compact-records"))
    let record: any DatabaseValueConvertible = compact ? CompactRecord.encode(json) : json
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO source_file (id, path, sha256, size, encoding, status, letters, ingested_at)
          VALUES (1, 'old/777.txt', ?, ?, 'utf-8', 'ingested', 1, '2024-01-01T00:00:00Z')
          """, arguments: [document.source.sha256, bytes.count])
      try db.execute(
        sql: """
          INSERT INTO letter (id, number, number_raw, prefix, code, circular, serial, year, date, kind, subject,
            addressee, issuer, record)
          VALUES (?, 'มท 0810/ว 777', 'มท ๐๘๑๐/ว ๗๗๗', 'มท', '0810', 1, '777', 2565, '2022-08-01', 'external',
            'การอนุรักษ์ช้างป่า', ?, ?, ?)
          """, arguments: [letter.id, letter.to, letter.issuer?.name, record])
      try db.execute(
        sql: """
          INSERT INTO letter_copy (id, letter_id, source_id, segment, line_start, line_end, is_primary)
          VALUES (1, ?, 1, 0, ?, ?, 1)
          """, arguments: [letter.id, letter.lines.start, letter.lines.end])
      try db.execute(
        sql: """
          INSERT INTO citation (copy_id, letter_id, active, role, ordinal, raw, number, prefix, code, circular, serial,
            year, date, cited_key)
          VALUES (1, ?, 1, 'reference', 0, 'หนังสือ ที่ มท ๐๘๑๐/ว ๑๒๓', 'มท 0810/ว 123', 'มท', '0810', 1, '123', 2565,
            '2022-06-01', 'มท 0810/ว 123@2565')
          """, arguments: [letter.id])
      // From v2 on, ingest indexes a batch's letters itself (the insert trigger is gone).
      if version != "v1-sources-letters-citations" {
        try db.execute(
          sql:
            "INSERT INTO letter_search (rowid, subject, addressee, body, issuer) SELECT seq, subject, addressee, body, issuer FROM letter_search_source"
        )
      }
    }
    try queue.close()

    let archive = try SQLiteArchive(path: path, create: false)
    #expect(try archive.statistics().letters == 1)
    #expect(try archive.letter(id: "มท 0810/ว 777@2565")?.summary.subject == "การอนุรักษ์ช้างป่า")
    #expect(try archive.letter(id: "มท 0810/ว 777@2565")?.record["subject"]?.string == "การอนุรักษ์ช้างป่า")
    #expect(try archive.search("ช้างป่า", limit: 5, highlight: ("[", "]")).map(\.id) == ["มท 0810/ว 777@2565"])
    #expect(try archive.unresolved().count == 1)
    // The cited letter arrives: the old citation resolves to it.
    let writable = try SQLiteArchive(path: path)
    _ = try writable.ingest(
      [
        SourceInput(
          path: "new/123.txt", content: .bytes(Corpus.letter(number: "มท ๐๘๑๐/ว ๑๒๓", date: "๑ มิถุนายน ๒๕๖๕")))
      ],
      batchSize: 8)
    #expect(try writable.statistics().letters == 2)
    #expect(try writable.statistics().resolved == 1)
    try writable.checkSearchIndex()
    #expect(try writable.check().isEmpty)
    #expect(try writable.letter(id: "มท 0810/ว 777@2565")?.record["subject"]?.string == "การอนุรักษ์ช้างป่า")
  }
}
