import Citations
import Letters
import ThaiText

/// What another store of the same archive (the PostgreSQL one) shares with ``SQLiteArchive``,
/// so that both answer alike: parsing a batch, a letter's columns, its search text and
/// tokens, targets written into a record, the migration list. `package`: for this package's
/// stores only, not for users of the library.
package enum ArchiveStoreSupport {
  /// One file of a batch, read and parsed (outside any transaction).
  package struct ParsedFile: Sendable {
    package var path: String
    package var sha256: String
    package var size: Int
    package var document: LetterDocument?
    /// Why the file is not stored as letters (binary, empty, no letter), or nil.
    package var rejection: String?
  }

  /// The SHA-256 of an input's bytes, or nil when it could not be read.
  package static func sha256(of input: SourceInput) -> String? {
    if case let .bytes(bytes) = input.content { return LetterParser.sha256(bytes) }
    return nil
  }

  /// Parses `batch[indices]` on all cores, with the SQLite store's rejection rules.
  package static func parse(_ batch: [SourceInput], hashes: [String?], indices: [Int]) -> [ParsedFile] {
    SQLiteArchive.prepare(batch, hashes: hashes, indices: indices).map {
      ParsedFile(path: $0.path, sha256: $0.sha256, size: $0.size, document: $0.document, rejection: $0.rejection)
    }
  }

  /// The record with one citation's target and confidence written in.
  package static func fill(
    _ record: JSONValue, role: CitationRole, ordinal: Int, target: String?, confidence: Double?
  ) -> JSONValue {
    SQLiteArchive.fill(record, role: role, ordinal: ordinal, target: target, confidence: confidence)
  }

  /// Parses stored JSON text.
  package static func parseJSON(_ text: String) -> JSONValue? { JSONValue.parse(text) }

  /// A JSON array of strings (a citation's OCR candidates) as Swift strings.
  package static func strings(inJSON text: String?) -> [String] {
    guard let text, let list = JSONValue.parse(text) else { return [] }
    return list.array.compactMap(\.string)
  }

  /// A list of strings as the JSON text the stores keep.
  package static func json(strings: [String]) -> String? {
    strings.isEmpty ? nil : JSONValue.array(strings.map(JSONValue.string)).serialized()
  }

  /// The warnings of a parsed file as the JSON text `source_file.warnings` keeps.
  package static func warningsJSON(_ document: LetterDocument?) -> String? {
    document.map { d in JSONValue.array(d.warnings.map { .string("\($0.code.rawValue): \($0.message)") }).serialized() }
  }

  /// The identifiers of the schema migrations, in order (a second store mirrors them).
  package static var migrationIdentifiers: [String] { ArchiveMigrations.migrator.migrations }

  /// A date from `YYYY-MM-DD`.
  package static func date(iso: String?) -> ThaiDate? { ThaiDate(iso: iso) }

  /// An office's name as citations by office and date are looked up in SQL: without the
  /// spaces OCR varies (`replace(issuer, ' ', '')` in both stores);
  /// ``CitationResolver/resolve(_:amongDated:)`` then decides.
  package static func issuerKey(_ name: String) -> String { name.replacingOccurrences(of: " ", with: "") }

  /// The four searched texts of a letter, as the SQLite index reads them
  /// (`letter_search_source`): subject, addressee, body paragraphs joined by newlines,
  /// issuer name and address.
  package static func searchTexts(record: JSONValue) -> [String] {
    let body = (record["body"]?.array ?? []).map { $0.string ?? $0.serialized() }.joined(separator: "\n")
    let issuer = record["issuer"]?["name"]?.string ?? ""
    let address = record["issuer"]?["address"]?.string ?? ""
    return [record["subject"]?.string ?? "", record["to"]?.string ?? "", body, trimSpaces(issuer + " " + address)]
  }

  /// SQLite's `trim(x)`: spaces only, both ends.
  static func trimSpaces(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 })
    else { return "" }
    return String(decoding: bytes[first...last], as: UTF8.self)
  }

  /// The folded form of a word as both indexes keep it (Thai digits as ASCII, lower case).
  package static func fold(_ word: String) -> String { ThaiTokenizer.fold(word) }

  /// The phrases of a typed query, each a list of folded tokens, exactly as FTS5 reads the
  /// MATCH expression ``SearchQuery`` makes (each phrase's text tokenized again).
  package static func queryPhrases(_ text: String, segmenter: WordSegmenter) -> [[String]] {
    let normalized = ThaiNormalizer().normalize(text).text
    var phrases: [[String]] = []
    for word in normalized.split(whereSeparator: { $0.isWhitespace }) {
      let tokens = segmenter.words(in: String(word)).map(fold).filter { !$0.isEmpty }
      guard !tokens.isEmpty else { continue }
      let again = segmenter.words(in: tokens.joined(separator: " ")).map(fold).filter { !$0.isEmpty }
      if !again.isEmpty { phrases.append(again) }
    }
    return phrases
  }
}

/// The columns of one `letter` row, read from its `saraban/letter@1` record (the same
/// reading the SQLite store makes).
package struct LetterColumns: Sendable {
  package var id: String
  package var number: String?
  package var numberRaw: String?
  package var parts: NumberParts?
  package var year: Int?
  package var date: String?
  package var kind: String
  package var urgency: String?
  package var secrecy: String?
  package var subject: String?
  package var addressee: String?
  package var issuer: String?
  package var signer: String?
  package var segment: Int
  package var lineStart: Int
  package var lineEnd: Int
  /// The record as stored (JSON text).
  package var record: String

  package init(record value: JSONValue, text: String? = nil) {
    let row = LetterRow(record: value, text: text)
    id = row.id
    number = row.number
    numberRaw = row.numberRaw
    parts = row.parts
    year = row.year
    date = row.date
    kind = row.kind
    urgency = row.urgency
    secrecy = row.secrecy
    subject = row.subject
    addressee = row.addressee
    issuer = row.issuer
    signer = row.signer
    segment = row.segment
    lineStart = row.lineStart
    lineEnd = row.lineEnd
    record = row.record
  }

  /// A letter as the parser made it.
  package init(letter: Letter) { self.init(record: LetterJSON.letter(letter)) }
}

// The public records are made by the stores; their memberwise initializers stay internal
// to the library, and these give the package's other store the same.
extension IngestReport.Rejection {
  package init(file path: String, reason: String) { self.init(path: path, reason: reason) }
}

extension IngestProgress {
  package init(doneCount: Int, total: Int, path: String) { self.init(done: doneCount, total: total, path: path) }
}

extension LetterSummary {
  package init(
    letterID id: String, number: String?, date: String?, year: Int?, kind: String, urgency: String?,
    subject: String?, issuer: String?, sources: [String]
  ) {
    self.init(
      id: id, number: number, date: date, year: year, kind: kind, urgency: urgency, subject: subject,
      issuer: issuer, sources: sources)
  }
}

extension LetterSource {
  package init(file path: String, sha256: String, segment: Int, lines: LineSpan, primary: Bool) {
    self.init(path: path, sha256: sha256, segment: segment, lines: lines, primary: primary)
  }
}

extension StoredLetter {
  package init(letterSummary summary: LetterSummary, record: JSONValue, sources: [LetterSource]) {
    self.init(summary: summary, record: record, sources: sources)
  }
}

extension UnresolvedGroup {
  package init(
    placeholder key: String, number: String?, year: Int?, date: String?, count: Int, citedBy: [String],
    raw: String, reason: String?
  ) {
    self.init(
      key: key, number: number, year: year, date: date, count: count, citedBy: citedBy, raw: raw, reason: reason)
  }
}

extension SearchHit {
  package init(letterID id: String, number: String?, date: String?, subject: String?, snippet: String, score: Double) {
    self.init(id: id, number: number, date: date, subject: subject, snippet: snippet, score: score)
  }
}

extension FindResult {
  package init(found letters: [LetterSummary], missing: [UnresolvedGroup]) {
    self.init(letters: letters, missing: missing)
  }
}

extension CitationRow {
  package init(
    citing from: String, role: CitationRole, raw: String, number: String?, year: Int?, date: String?,
    citedKey: String, target: String?, confidence: Double?, status: Resolution.Status, reason: String?
  ) {
    self.init(
      from: from, role: role, raw: raw, number: number, year: year, date: date, citedKey: citedKey,
      target: target, confidence: confidence, status: status, reason: reason)
  }
}
