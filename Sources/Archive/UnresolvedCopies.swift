import Citations
import Foundation
import Letters
import ThaiText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a store answers so that ``UnresolvedCopies`` can look for stored copies of the
/// numbers its archive lacks. `package`: the two stores of this package implement it.
package protocol CopyCandidateSource {
  /// The entries of the index on the number parts for letters whose serial is one of
  /// `serials`, in the ว register or not as `circular` says: each letter's row id, and what
  /// the index holds of its number (no sub-office, no year suffix) and year. Read from the
  /// index alone, without the letters' rows.
  func numberIndex(serials: [String], circular: Bool) throws -> [(row: Int64, number: NumberParts, year: Int?)]

  /// Whether the stored record of each letter with these row ids (in any order) may carry OCR
  /// doubt (``CopyMatcher/Record/mayBeDoubted(_:)``), found without parsing it.
  func mayBeDoubted(rows: [Int64]) throws -> [(row: Int64, doubted: Bool)]

  /// The letters with these row ids, in any order: each one's id, number, and stored
  /// `saraban/letter@1` record.
  func letters(rows: [Int64]) throws -> [(row: Int64, id: String, number: NumberParts, record: StoredJSON?)]

  /// The open citations of these cited keys, in any order: each one's key, date (ISO), printed
  /// issuer, and whether its number was read with OCR doubt.
  func openCitations(citedKeys: [String]) throws -> [(key: String, date: String?, issuer: String?, ocr: Bool)]
}

/// อาจมีในคลังแล้ว — for each number `unresolved` lists, the stored letters likely to be it
/// under a number Tesseract misread (``CopyMatcher/likelyStored(_:among:)``). Shared by both
/// stores, so that they give the same answer; nothing is linked or hidden.
package enum UnresolvedCopies {
  /// A serial family and register: the serial's ``CopyMatcher/confusionKey(_:)``, or the
  /// serial itself when it has none.
  struct Family: Hashable {
    var circular: Bool
    var key: [UInt8]?
    var serial: String?
  }

  /// The groups with ``UnresolvedGroup/likelyStoredAs`` filled in.
  ///
  /// Only the listed numbers are checked, each against the letters of its serial family (the
  /// serials its digits may be read as, the same register, the cited year ±1). A family's
  /// entries in the store's index are read once for all the listed numbers of the family and
  /// narrowed in memory to those whose numbers may fit (``CopyMatcher/NumberNarrowing``); only
  /// those letters are read. A match needs OCR doubt on one side, so for a number cited without
  /// doubt a letter is read and its record parsed only when the record's text can carry doubt
  /// (``CopyMatcher/Record/mayBeDoubted(_:)``).
  /// - Complexity: O(n) index entries for the n letters of the listed numbers' families, and
  ///   O(g · m) for g groups and m letters whose numbers fit.
  package static func attach(
    _ groups: [(group: UnresolvedGroup, parts: NumberParts?)], from source: some CopyCandidateSource
  ) throws -> [UnresolvedGroup] {
    var result = groups.map(\.group)
    // The groups of each serial family (its digits keyed by confusion class) and register, in
    // the order first listed.
    var families: [Family: [Int]] = [:]
    var order: [Family] = []
    for (index, item) in groups.enumerated() {
      guard let number = item.parts else { continue }
      let key = CopyMatcher.confusionKey(number.serial)
      let family = Family(circular: number.circular, key: key, serial: key == nil ? number.serial : nil)
      if families[family] == nil { order.append(family) }
      families[family, default: []].append(index)
    }
    // Each listed number's letters whose numbers may fit, family by family from the index.
    var work: [(index: Int, number: NumberParts, rows: [Int64])] = []
    for family in order {
      let members = families[family] ?? []
      guard let first = groups[members[0]].parts, let serials = CopyMatcher.serialReadings(of: first.serial) else {
        continue
      }
      let entries = try source.numberIndex(serials: serials, circular: first.circular)
      var narrowing = CopyMatcher.NumberNarrowing(entries.map(\.number))
      for index in members {
        guard let number = groups[index].parts else { continue }
        // A letter's year comes from its date as read; OCR may have read that date a year off.
        // A citation with no date or year may name the serial of any year.
        let years = groups[index].group.year.map { ($0 - 1)...($0 + 1) }
        let rows = narrowing.alike(number).sorted().compactMap { position -> Int64? in
          let entry = entries[position]
          if let years, let year = entry.year, !years.contains(year) { return nil }
          return entry.row
        }
        if !rows.isEmpty { work.append((index, number, rows)) }
      }
    }
    guard !work.isEmpty else { return result }
    // Their citations.
    var citations: [String: [(date: String?, issuer: String?, ocr: Bool)]] = [:]
    for citation in try source.openCitations(citedKeys: work.map { groups[$0.index].group.key }.sorted()) {
      citations[citation.key, default: []].append((citation.date, citation.issuer, citation.ocr))
    }
    let cited = work.map { item in
      let group = groups[item.index].group
      let open = citations[group.key] ?? []
      return CopyMatcher.Cited(
        number: item.number, year: group.year, dates: open.compactMap { ThaiDate(iso: $0.date) },
        issuers: open.compactMap(\.issuer), citedBy: Set(group.citedBy), ocr: open.contains { $0.ocr })
    }
    // Cited without doubt, a number matches only a letter read with doubt: the records of the
    // letters only such numbers may be are scanned, not parsed. Rows are read in order, each
    // page of the letters once.
    var doubted: [Int64: Bool] = [:]
    let unscanned = Set(work.indices.lazy.filter { !cited[$0].ocr }.flatMap { work[$0].rows })
    if !unscanned.isEmpty {
      for letter in try source.mayBeDoubted(rows: unscanned.sorted()) { doubted[letter.row] = letter.doubted }
    }
    let unread = Set(
      work.indices.lazy.flatMap { i in work[i].rows.lazy.filter { cited[i].ocr || doubted[$0] == true } })
    var letters: [Int64: (id: String, number: NumberParts, record: CopyMatcher.Record?)] = [:]
    if !unread.isEmpty {
      for letter in try source.letters(rows: unread.sorted()) {
        letters[letter.row] = (
          letter.id, letter.number, letter.record.flatMap(\.value).flatMap(CopyMatcher.Record.init(stored:))
        )
      }
    }
    for (item, cited) in zip(work, cited) {
      let candidates = item.rows.compactMap { row -> CopyMatcher.Record? in
        guard let letter = letters[row], !cited.citedBy.contains(letter.id),
          CopyMatcher.numbersAlike(letter.number, item.number) != nil
        else { return nil }
        return letter.record
      }
      guard !candidates.isEmpty else { continue }
      result[item.index].likelyStoredAs = CopyMatcher.likelyStored(cited, among: candidates)
    }
    return result
  }
}

/// A record as a store holds it: JSON text, or ``CompactRecord``'s form of it (which keeps
/// every ASCII byte as it is, so that it is scanned for ASCII without decoding).
package enum StoredJSON {
  case text(String)
  case compact(Data)

  /// The parsed JSON, or nil.
  package var value: JSONValue? {
    switch self {
    case let .text(text): JSONValue.parse(text)
    case let .compact(data): JSONValue.parse(CompactRecord.decode(data))
    }
  }

  /// `body` over the bytes, where every ASCII byte is the text's.
  package func withASCII<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    switch self {
    case var .text(text): text.withUTF8(body)
    case let .compact(data): data.withUnsafeBytes { body($0.bindMemory(to: UInt8.self)) }
    }
  }
}

extension CopyMatcher.Record {
  /// What the matcher compares, from a `saraban/letter@1` record; nil for a letter with no
  /// date (the matcher compares letters of one day only).
  package init?(stored value: JSONValue) {
    let row = LetterRow(record: value, text: "")
    let date = ThaiDate(iso: row.date)
    let otherDates = (value["date"]?["candidates"]?.array ?? []).compactMap { ThaiDate(iso: $0.string) }
    guard date != nil || !otherDates.isEmpty else { return nil }
    func doubted(_ field: JSONValue?) -> Bool {
      if case let .double(confidence)? = field?["confidence"] { return confidence < 1 }
      return false
    }
    let ocrWarning = (value["warnings"]?.array ?? []).contains { ($0["code"]?.string ?? "").hasPrefix("ocr_") }
    self.init(
      id: row.id, number: row.parts, date: date, otherDates: otherDates, subject: row.subject, issuer: row.issuer,
      ocr: ocrWarning || doubted(value["number"]) || doubted(value["date"]))
  }

  /// False when a record's JSON text certainly gives no OCR doubt as ``init(stored:)`` reads it:
  /// no `ocr_` anywhere (a warning's code), and every `"confidence"` null or 1. True for
  /// anything else, an escaped character included (it could spell either). A byte scan, where
  /// parsing the record takes far longer.
  package static func mayBeDoubted(_ json: StoredJSON) -> Bool {
    json.withASCII(mayBeDoubted(bytes:))
  }

  /// ``mayBeDoubted(_:)`` on the bytes of a record's JSON text or of its compact form (which
  /// keeps every ASCII byte as it is).
  package static func mayBeDoubted(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let n = bytes.count
    // The offset of the first `needle` at or after `start`: `memchr` to each of its byte at
    // `anchor` (its rarest in a record), then a comparison.
    func find(_ needle: StaticString, anchor: Int, from start: Int) -> Int? {
      let length = needle.utf8CodeUnitCount
      let text = needle.utf8Start
      var from = start + anchor
      while from < n, let hit = memchr(base + from, Int32(text[anchor]), n - from) {
        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
        if at + length <= n, (0..<length).allSatisfy({ base[at + $0] == text[$0] }) { return at }
        from = at + anchor + 1
      }
      return nil
    }
    if find(#"\u"#, anchor: 0, from: 0) != nil || find("ocr_", anchor: 3, from: 0) != nil { return true }
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    var next = find(#""confidence""#, anchor: 4, from: 0)
    while let at = next {
      var j = at + 12
      while j < n, isSpace(bytes[j]) { j += 1 }
      guard j < n, bytes[j] == UInt8(ascii: ":") else { return true }
      j += 1
      while j < n, isSpace(bytes[j]) { j += 1 }
      var end = j
      while end < n, bytes[end] != UInt8(ascii: ","), bytes[end] != UInt8(ascii: "}"),
        bytes[end] != UInt8(ascii: "]"),
        !isSpace(bytes[end])
      {
        end += 1
      }
      let token = bytes[j..<end]
      let one =
        token.first == UInt8(ascii: "1")
        && (token.count == 1
          || (token.count > 2 && token[j + 1] == UInt8(ascii: ".")
            && token.dropFirst(2).allSatisfy { $0 == UInt8(ascii: "0") }))
      guard one || token.elementsEqual("null".utf8) else { return true }
      next = find(#""confidence""#, anchor: 4, from: end)
    }
    return false
  }
}
