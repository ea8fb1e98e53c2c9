import GRDB

/// The archive's schema as versioned migrations. A migration that has shipped is never
/// edited: a change is a new migration appended below, so every archive on disk upgrades
/// the same way. Plain SQL, so that the PostgreSQL adapter can mirror it.
enum ArchiveMigrations {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-sources-letters-citations") { db in
      try db.execute(
        sql: """
          CREATE TABLE source_file (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            encoding TEXT,
            status TEXT NOT NULL CHECK (status IN ('ingested', 'rejected')),
            reason TEXT,
            letters INTEGER NOT NULL DEFAULT 0,
            warnings TEXT,
            ingested_at TEXT NOT NULL
          );
          CREATE INDEX source_file_sha256 ON source_file(sha256);

          CREATE TABLE letter (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            number TEXT,
            number_raw TEXT,
            prefix TEXT,
            sub_office TEXT,
            code TEXT,
            circular INTEGER NOT NULL DEFAULT 0,
            serial TEXT,
            year_suffix TEXT,
            year INTEGER,
            date TEXT,
            kind TEXT NOT NULL,
            urgency TEXT,
            secrecy TEXT,
            subject TEXT,
            addressee TEXT,
            issuer TEXT,
            signer TEXT,
            record TEXT NOT NULL
          );
          CREATE INDEX letter_number_year ON letter(number, year);
          CREATE INDEX letter_code_serial ON letter(code, serial);
          CREATE INDEX letter_code_date ON letter(code, date);
          CREATE INDEX letter_serial_date ON letter(serial, date);
          CREATE INDEX letter_date ON letter(date);
          CREATE INDEX letter_prefix ON letter(prefix);

          CREATE TABLE letter_copy (
            id INTEGER PRIMARY KEY,
            letter_id TEXT NOT NULL REFERENCES letter(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
            segment INTEGER NOT NULL,
            line_start INTEGER NOT NULL,
            line_end INTEGER NOT NULL,
            is_primary INTEGER NOT NULL,
            record TEXT,
            UNIQUE (source_id, segment)
          );
          CREATE INDEX letter_copy_letter ON letter_copy(letter_id);

          CREATE TABLE citation (
            id INTEGER PRIMARY KEY,
            copy_id INTEGER NOT NULL REFERENCES letter_copy(id) ON DELETE CASCADE,
            letter_id TEXT NOT NULL,
            active INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('reference', 'enclosure', 'mention', 'annex_of')),
            ordinal INTEGER NOT NULL,
            raw TEXT NOT NULL,
            issuer TEXT,
            number TEXT,
            prefix TEXT,
            sub_office TEXT,
            code TEXT,
            circular INTEGER NOT NULL DEFAULT 0,
            serial TEXT,
            year_suffix TEXT,
            candidates TEXT,
            year INTEGER,
            date TEXT,
            cited_key TEXT NOT NULL,
            implied_target TEXT,
            status TEXT NOT NULL DEFAULT 'unresolved'
              CHECK (status IN ('exact', 'fuzzy', 'position', 'ambiguous', 'unresolved')),
            target TEXT,
            confidence REAL,
            reason TEXT
          );
          CREATE INDEX citation_copy ON citation(copy_id);
          CREATE INDEX citation_letter ON citation(letter_id);
          CREATE INDEX citation_target ON citation(target);
          CREATE INDEX citation_cited_key ON citation(cited_key);
          CREATE INDEX citation_number ON citation(number);
          CREATE INDEX citation_code_serial ON citation(code, serial);
          CREATE INDEX citation_code_date ON citation(code, date);
          CREATE INDEX citation_serial_date ON citation(serial, date);
          CREATE INDEX citation_implied ON citation(implied_target) WHERE implied_target IS NOT NULL;

          -- The search index keeps no copy of the text: FTS5 reads it back (for snippets)
          -- from this view over the stored records.
          CREATE VIEW letter_search_source AS
            SELECT seq,
              coalesce(subject, '') AS subject,
              coalesce(addressee, '') AS addressee,
              coalesce((SELECT group_concat(value, char(10)) FROM json_each(record, '$.body')), '') AS body,
              trim(coalesce(issuer, '') || ' ' || coalesce(json_extract(record, '$.issuer.address'), '')) AS issuer
            FROM letter;
          CREATE VIRTUAL TABLE letter_search USING fts5(
            subject, addressee, body, issuer,
            content = 'letter_search_source', content_rowid = 'seq', tokenize = '\(ThaiTokenizer.name)'
          );
          CREATE TRIGGER letter_search_insert AFTER INSERT ON letter BEGIN
            INSERT INTO letter_search (rowid, subject, addressee, body, issuer)
              SELECT seq, subject, addressee, body, issuer FROM letter_search_source WHERE seq = new.seq;
          END;
          CREATE TRIGGER letter_search_delete BEFORE DELETE ON letter BEGIN
            INSERT INTO letter_search (letter_search, rowid, subject, addressee, body, issuer)
              SELECT 'delete', seq, subject, addressee, body, issuer FROM letter_search_source WHERE seq = old.seq;
          END;
          CREATE TRIGGER letter_search_update_old BEFORE UPDATE ON letter BEGIN
            INSERT INTO letter_search (letter_search, rowid, subject, addressee, body, issuer)
              SELECT 'delete', seq, subject, addressee, body, issuer FROM letter_search_source WHERE seq = old.seq;
          END;
          CREATE TRIGGER letter_search_update_new AFTER UPDATE ON letter BEGIN
            INSERT INTO letter_search (rowid, subject, addressee, body, issuer)
              SELECT seq, subject, addressee, body, issuer FROM letter_search_source WHERE seq = new.seq;
          END;
          """)
    }
    // Ingest indexes a batch's new letters in one statement (``SQLiteArchive/indexForSearch``):
    // a per-row trigger made FTS5 flush a segment after every letter (its savepoint on each
    // statement), the costliest step of ingest. Updates and deletes keep their triggers.
    migrator.registerMigration("v2-search-index-by-batch") { db in
      try db.execute(sql: "DROP TRIGGER letter_search_insert")
    }
    // `find` by a typed number: every office restarts its serials each year, so a serial
    // alone names thousands of letters in a large archive. This index holds the other parts
    // a typed number may fix, so they are tested without reading the letters' rows.
    migrator.registerMigration("v3-find-by-number-parts") { db in
      try db.execute(sql: "CREATE INDEX letter_number_parts ON letter(serial, prefix, code, circular, year)")
      try db.execute(sql: "CREATE INDEX citation_number_parts ON citation(serial, prefix, code, circular, year)")
    }
    // Records are stored compact (``CompactRecord``: a Thai character in one byte, not three):
    // the record JSON was 56 % of the archive and made it 2.35 times the text it holds. The
    // search index's source view reads records through `saraban_record`, which reads both
    // forms; rows stored before this migration keep their text (rewriting every row would
    // make opening a large archive take minutes).
    migrator.registerMigration("v4-compact-records") { db in
      try db.execute(
        sql: """
          DROP VIEW letter_search_source;
          CREATE VIEW letter_search_source AS
            SELECT seq,
              coalesce(subject, '') AS subject,
              coalesce(addressee, '') AS addressee,
              coalesce((SELECT group_concat(value, char(10)) FROM json_each(saraban_record(record), '$.body')), '')
                AS body,
              trim(coalesce(issuer, '') || ' '
                || coalesce(json_extract(saraban_record(record), '$.issuer.address'), '')) AS issuer
            FROM letter;
          """)
    }
    // Resolution asks for letters and open citations one digit away in code or serial
    // within a few days (``SQLiteArchive/arms(_:columns:where:number:)``): the indexes by code
    // and by serial now hold the date, the other part and the register, so that the one-digit
    // test runs on index entries (the ones they replace sent each citation to hundreds of
    // letter rows), and the letters' indexes also hold what the resolver reads of a candidate,
    // so that no letter row is read at all. The serial index also holds every part a typed
    // number may fix, so it answers `find` (v3's `letter_number_parts`) and the same code and
    // serial (`letter_code_serial`): two indexes fewer to write, each a page a letter once the
    // archive outgrows the writer's cache. Citations are looked up only while open,
    // so their lookup indexes hold only open citations, a third of them.
    migrator.registerMigration("v5-resolution-indexes") { db in
      try db.execute(
        sql: """
          DROP INDEX letter_code_date;
          DROP INDEX letter_serial_date;
          DROP INDEX letter_code_serial;
          DROP INDEX letter_number_parts;
          CREATE INDEX letter_code_date_serial
            ON letter(code, date, serial, circular, prefix, sub_office, year_suffix, year, id);
          CREATE INDEX letter_serial_date_code
            ON letter(serial, date, code, circular, prefix, sub_office, year_suffix, year, id);
          DROP INDEX citation_number;
          DROP INDEX citation_code_serial;
          DROP INDEX citation_code_date;
          DROP INDEX citation_serial_date;
          CREATE INDEX citation_open_number ON citation(number) WHERE \(Self.openCitations);
          CREATE INDEX citation_open_code_serial ON citation(code, serial) WHERE \(Self.openCitations);
          CREATE INDEX citation_open_code_date_serial ON citation(code, date, serial, circular, prefix)
            WHERE \(Self.openCitations);
          CREATE INDEX citation_open_serial_date_code ON citation(serial, date, code, circular, prefix)
            WHERE \(Self.openCitations);
          CREATE INDEX citation_open_code_candidates ON citation(code, date)
            WHERE \(Self.openCitations) AND candidates IS NOT NULL;
          CREATE INDEX citation_open_serial_candidates ON citation(serial, date)
            WHERE \(Self.openCitations) AND candidates IS NOT NULL;
          """)
    }
    // PostgreSQL's v6 gives its resolver what v5 gave SQLite's (a one-digit test on
    // index entries); SQLite has had it since v5, so the step is recorded and changes nothing.
    migrator.registerMigration("v6-postgres-resolution-indexes") { _ in }
    // Announcements and orders are cited by office and date, with no number to look up
    // (``CitationResolver/resolve(_:amongDated:)``): while open, such citations are found again
    // by date when a letter of that date arrives or leaves. A partial index: most citations
    // have a number and stay out of it. Archives made before keep no number-less citations
    // until their files are ingested again.
    migrator.registerMigration("v7-dated-citations") { db in
      try db.execute(
        sql: """
          CREATE INDEX IF NOT EXISTS citation_open_dated ON citation(date)
            WHERE number IS NULL AND implied_target IS NULL AND \(Self.openCitations)
          """)
    }
    return migrator
  }

  /// The partial indexes' condition (fuzzy, ambiguous or unresolved); a query uses them only
  /// when it names the statuses the same way. Not `status IN (…)`: SQLite builds a temporary
  /// table for a list of three at every run of a statement, and resolution runs thousands.
  static let openCitations = "status <> 'exact' AND status <> 'position'"
}
