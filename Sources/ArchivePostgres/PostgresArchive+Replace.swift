import Archive
import Citations
import Letters

extension PostgresArchive {
  /// A letter's primary copy — the one the archive shows, whose citations count — is the copy
  /// from the first file by path, whatever order files come in (as in the SQLite store): the
  /// new copy `copy` of `row`, from `path`, takes over when the copy shown came from a later
  /// path. The old copy keeps the record it showed; the citations linked to the letter reopen,
  /// and those near its old and new date are resolved again at the batch's end.
  func takeOverIfFirst(_ row: LetterColumns, copy newCopy: Int, path: String, _ touched: inout TouchedLetters)
    throws
  {
    // Lock the letter so that a writer promoting or removing it at once waits for this one.
    guard
      let info = try session.query(
        "SELECT number, code, serial, date, issuer, record FROM letter WHERE id = $1 FOR UPDATE", [.text(row.id)]
      ).first?.cells,
      let shown = try session.query(
        """
        SELECT c.id, s.path FROM letter_copy c JOIN source_file s ON s.id = c.source_id
        WHERE c.letter_id = $1 AND c.is_primary = 1 AND c.id <> $2 LIMIT 1
        """, [.text(row.id), .int(newCopy)]
      ).first?.cells,
      path < (try shown.text("path"))
    else { return }
    let oldCopy = try shown.int("id")
    try session.query(
      "UPDATE letter_copy SET is_primary = 0, record = $2 WHERE id = $1",
      [.int(oldCopy), .text(try info.text("record"))])
    try session.query("UPDATE citation SET active = 0 WHERE copy_id = $1", [.int(oldCopy)])
    touched.add(
      number: try info.optionalText("number"), code: try info.optionalText("code"),
      serial: try info.optionalText("serial"), date: try info.optionalText("date"))
    touched.add(issuer: try info.optionalText("issuer"), date: try info.optionalText("date"))
    guard try show(row, from: newCopy) else { return }
    try session.query(
      """
      UPDATE citation SET target = NULL, confidence = NULL, status = 'unresolved', reason = NULL
      WHERE target = $1
      """, [.text(row.id)])
    touched.add(row)
  }

  /// Makes `copy` the letter's primary copy: the letter row takes `row`'s columns and record,
  /// its search entry is written again, and the copy's citations count. False when the letter
  /// row is gone.
  func show(_ row: LetterColumns, from copy: Int) throws -> Bool {
    guard
      let seq = try session.query(
        """
        UPDATE letter SET number = $2, number_raw = $3, prefix = $4, sub_office = $5, code = $6, circular = $7,
          serial = $8, year_suffix = $9, year = $10, date = $11, kind = $12, urgency = $13, secrecy = $14,
          subject = $15, addressee = $16, issuer = $17, signer = $18, record = $19
        WHERE id = $1 RETURNING seq
        """, [.text(row.id)] + Self.letterFields(row)
      ).first?.decode(Int.self)
    else { return false }
    try index(row, seq: seq)
    try session.query("UPDATE letter_copy SET is_primary = 1, record = NULL WHERE id = $1", [.int(copy)])
    try session.query("UPDATE citation SET active = 1 WHERE copy_id = $1", [.int(copy)])
    return true
  }

  /// Removes a file's letter copies: a letter left with other copies shows the one from the
  /// first file by path; a letter left with none leaves the archive, and citations to it reopen.
  func removeCopies(of sourceID: Int, _ touched: inout TouchedLetters) throws {
    let letters = try session.query(
      "DELETE FROM letter_copy WHERE source_id = $1 RETURNING letter_id", [.int(sourceID)]
    ).map { try $0.decode(String.self) }
    for id in Set(letters).sorted() {
      // Lock the letter so that a writer promoting or removing it at once waits for this one.
      guard
        let info = try session.query(
          "SELECT number, code, serial, date, issuer FROM letter WHERE id = $1 FOR UPDATE", [.text(id)]
        ).first?.cells
      else { continue }
      let hasPrimary = try !session.query(
        "SELECT 1 FROM letter_copy WHERE letter_id = $1 AND is_primary = 1 LIMIT 1", [.text(id)]
      ).isEmpty
      if hasPrimary { continue }
      touched.add(
        number: try info.optionalText("number"), code: try info.optionalText("code"),
        serial: try info.optionalText("serial"), date: try info.optionalText("date"))
      touched.add(issuer: try info.optionalText("issuer"), date: try info.optionalText("date"))
      // The copy from the first file by path (as ``takeOverIfFirst(_:copy:path:_:)`` keeps).
      if let next = try session.query(
        """
        SELECT c.id, c.record FROM letter_copy c JOIN source_file s ON s.id = c.source_id
        WHERE c.letter_id = $1 ORDER BY s.path LIMIT 1
        """, [.text(id)]
      ).first?.cells,
        let text = try next.optionalText("record"), let value = ArchiveStoreSupport.parseJSON(text)
      {
        guard try show(LetterColumns(record: value, text: text), from: next.int("id")) else { continue }
      } else {
        try session.query("DELETE FROM letter WHERE id = $1", [.text(id)])
        touched.deleted.insert(id)
        try session.query(
          """
          UPDATE citation SET target = NULL, confidence = NULL, status = 'unresolved', reason = NULL
          WHERE target = $1
          """, [.text(id)])
      }
    }
  }
}

/// Letters added or removed in a batch: open citations that may name them are retried.
struct TouchedLetters {
  struct Key: Hashable {
    var number: String
    var code: String?
    var serial: String
    var date: String?
  }

  var letters: Set<Key> = []
  /// Offices (``ArchiveStoreSupport/issuerKey(_:)``) and dates of letters added or removed,
  /// for citations that name no number.
  var dated: Set<[String]> = []
  /// Ids of letters that left the archive (annexes placed after them lose their link).
  var deleted: Set<String> = []

  mutating func add(_ row: LetterColumns) {
    add(number: row.number, code: row.parts?.code, serial: row.parts?.serial, date: row.date)
    add(issuer: row.issuer, date: row.date)
  }

  mutating func add(issuer: String?, date: String?) {
    guard let issuer, let date else { return }
    dated.insert([date, ArchiveStoreSupport.issuerKey(issuer)])
  }

  mutating func add(number: String?, code: String?, serial: String?, date: String?) {
    guard let number, let serial, !serial.isEmpty else { return }
    letters.insert(Key(number: number, code: code, serial: serial, date: date))
  }
}
