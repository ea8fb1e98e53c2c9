import Citations
import GRDB
import Letters
import ThaiText

/// The columns of one letter row, read from its `saraban/letter@1` record, so that a fresh
/// letter and a stored copy promoted to primary go through one path.
struct LetterRow: Sendable {
  var id: String
  var number: String?
  var numberRaw: String?
  var parts: NumberParts?
  var year: Int?
  var date: String?
  var kind: String
  var urgency: String?
  var secrecy: String?
  var subject: String?
  var addressee: String?
  var issuer: String?
  var signer: String?
  var segment: Int
  var lineStart: Int
  var lineEnd: Int
  var record: String

  init(record value: JSONValue, text: String? = nil) {
    id = value["id"]?.string ?? ""
    let n = value["number"]
    if let n, let serial = n["serial"]?.string {
      let p = NumberParts(
        prefix: n["prefix"]?.string, subOffice: nil, code: n["code"]?.string,
        circular: n["circular"]?.bool ?? false, serial: serial, yearSuffix: n["year_suffix"]?.string)
      parts = p
      number = n["canonical"]?.string ?? p.canonical
      numberRaw = n["raw"]?.string
      // The sub-office mark is only in the canonical text: `กค (กวจ) 0405.3/4656`.
      if let canonical = number, let open = canonical.firstIndex(of: "("), let close = canonical.firstIndex(of: ")"),
        open < close
      {
        parts?.subOffice = String(canonical[open...close])
      }
    }
    year = value["date"]?["be_year"]?.int ?? parts?.suffixYear
    date = value["date"]?["iso"]?.string
    kind = value["kind"]?.string ?? "unknown"
    urgency = value["urgency"]?.string
    secrecy = value["secrecy"]?.string
    subject = value["subject"]?.string
    addressee = value["to"]?.string
    issuer = value["issuer"]?["name"]?.string
    signer = value["signature"]?["name"]?.string
    segment = value["segment"]?.int ?? 0
    lineStart = value["lines"]?["start"]?.int ?? 0
    lineEnd = value["lines"]?["end"]?.int ?? 0
    record = text ?? value.serialized()
  }

  /// Inserts or overwrites the letter row (its search entry follows by trigger).
  func save(_ db: Database) throws {
    // Cached: preparing an INSERT on `letter` compiles its search-index triggers too.
    try db.cachedStatement(
      sql: """
        INSERT INTO letter (id, number, number_raw, prefix, sub_office, code, circular, serial, year_suffix,
          year, date, kind, urgency, secrecy, subject, addressee, issuer, signer, record)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET number = excluded.number, number_raw = excluded.number_raw,
          prefix = excluded.prefix, sub_office = excluded.sub_office, code = excluded.code,
          circular = excluded.circular, serial = excluded.serial, year_suffix = excluded.year_suffix,
          year = excluded.year, date = excluded.date, kind = excluded.kind, urgency = excluded.urgency,
          secrecy = excluded.secrecy, subject = excluded.subject, addressee = excluded.addressee,
          issuer = excluded.issuer, signer = excluded.signer, record = excluded.record
        """
    ).execute(
      arguments: [
        id, number, numberRaw, parts?.prefix, parts?.subOffice, parts?.code, parts?.circular ?? false,
        parts?.serial, parts?.yearSuffix, year, date, kind, urgency, secrecy, subject, addressee, issuer,
        signer, record,
      ])
    // A new row reaches letter_search through SQLiteArchive.indexForSearch; an updated one
    // through the update triggers.
  }
}

extension ThaiDate {
  /// A date from `YYYY-MM-DD`.
  init?(iso: String?) {
    guard let iso else { return nil }
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, let month = ThaiMonth(rawValue: parts[1]),
      let date = try? ThaiDate(day: parts[2], month: month, ceYear: parts[0])
    else { return nil }
    self = date
  }
}
