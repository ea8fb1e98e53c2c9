import Citations
import Letters
import ThaiText

extension LetterArchive {
  /// สำเนาที่อาจเป็นฉบับเดียวกัน — pairs of stored letters that are likely one letter read twice
  /// (an OCR copy whose number was misread beside a clean copy), best first. A report for an
  /// archivist to review: nothing is merged. See ``CopyMatcher``.
  ///
  /// Reads every letter once; holds a small record (id, number, dates, subject) of each dated
  /// letter, so memory grows with the archive (about 0.5 KB a letter).
  public func likelyCopies() throws -> [CopyMatcher.Group] {
    var records: [CopyMatcher.Record] = []
    try forEachLetter { stored in
      if let record = Self.copyRecord(stored.record) { records.append(record) }
    }
    return CopyMatcher.groups(records)
  }

  /// What the matcher compares, from a `saraban/letter@1` record; nil for a letter with no
  /// date (the matcher compares letters of one day only).
  static func copyRecord(_ value: JSONValue) -> CopyMatcher.Record? {
    let row = LetterRow(record: value, text: "")
    let date = ThaiDate(iso: row.date)
    let otherDates = (value["date"]?["candidates"]?.array ?? []).compactMap { ThaiDate(iso: $0.string) }
    guard date != nil || !otherDates.isEmpty else { return nil }
    func doubted(_ field: JSONValue?) -> Bool {
      if case let .double(confidence)? = field?["confidence"] { return confidence < 1 }
      return false
    }
    let ocrWarning = (value["warnings"]?.array ?? []).contains { ($0["code"]?.string ?? "").hasPrefix("ocr_") }
    return CopyMatcher.Record(
      id: row.id, number: row.parts, date: date, otherDates: otherDates, subject: row.subject, issuer: row.issuer,
      ocr: ocrWarning || doubted(value["number"]) || doubted(value["date"]))
  }
}
