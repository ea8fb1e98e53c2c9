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
      if let record = CopyMatcher.Record(stored: stored.record) { records.append(record) }
    }
    return CopyMatcher.groups(records)
  }
}
