import Citations
import Letters
import ThaiText

/// What a store answers so that ``UnresolvedCopies`` can look for stored copies of the
/// numbers its archive lacks. `package`: the two stores of this package implement it.
package protocol CopyCandidateSource {
  /// Stored letters whose serial is one of `serials`, in the ว register or not as `circular`
  /// says, of a Buddhist-era year in `years` (or of no known year): their ids and numbers.
  /// Answered from the index on the number parts, without reading the letters' records.
  func letters(serials: [String], circular: Bool, years: ClosedRange<Int>?) throws -> [(
    id: String, number: NumberParts
  )]

  /// The stored `saraban/letter@1` record of one letter, or nil.
  func letterRecord(id: String) throws -> JSONValue?

  /// The open citations of one cited key: each one's date (ISO), printed issuer, and whether
  /// its number was read with OCR doubt.
  func openCitations(citedKey: String) throws -> [(date: String?, issuer: String?, ocr: Bool)]
}

/// อาจมีในคลังแล้ว — for each number `unresolved` lists, the stored letters likely to be it
/// under a number Tesseract misread (``CopyMatcher/likelyStored(_:among:)``). Shared by both
/// stores, so that they give the same answer; nothing is linked or hidden.
package enum UnresolvedCopies {
  /// The groups with ``UnresolvedGroup/likelyStoredAs`` filled in.
  ///
  /// Only the listed numbers are checked, each against the letters of its serial family (the
  /// serials its digits may be read as, the same register, the cited year ±1) from the store's
  /// index; records are read only for letters whose numbers already fit.
  /// - Complexity: O(g · f) index reads for g groups and f letters in a serial family.
  package static func attach(
    _ groups: [(group: UnresolvedGroup, parts: NumberParts?)], from source: some CopyCandidateSource
  ) throws -> [UnresolvedGroup] {
    var records: [String: CopyMatcher.Record?] = [:]
    return try groups.map { item in
      var group = item.group
      guard let number = item.parts, let serials = CopyMatcher.serialReadings(of: number.serial) else { return group }
      // A letter's year comes from its date as read; OCR may have read that date a year off.
      // A citation with no date or year may name the serial of any year.
      let years = group.year.map { ($0 - 1)...($0 + 1) }
      let fitting = try source.letters(serials: serials, circular: number.circular, years: years)
        .filter { !group.citedBy.contains($0.id) && CopyMatcher.numbersAlike($0.number, number) != nil }
      guard !fitting.isEmpty else { return group }
      let citations = try source.openCitations(citedKey: group.key)
      let cited = CopyMatcher.Cited(
        number: number, year: group.year, dates: citations.compactMap { ThaiDate(iso: $0.date) },
        issuers: citations.compactMap(\.issuer), citedBy: Set(group.citedBy),
        ocr: citations.contains { $0.ocr })
      let candidates = try fitting.compactMap { letter -> CopyMatcher.Record? in
        if let known = records[letter.id] { return known }
        let record = try source.letterRecord(id: letter.id).flatMap(CopyMatcher.Record.init(stored:))
        records[letter.id] = record
        return record
      }
      group.likelyStoredAs = CopyMatcher.likelyStored(cited, among: candidates)
      return group
    }
  }
}

extension CopyMatcher.Record {
  /// What the matcher compares, from a `saraban/letter@1` record; nil for a letter with no
  /// date (the matcher compares letters of one day only).
  init?(stored value: JSONValue) {
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
}
