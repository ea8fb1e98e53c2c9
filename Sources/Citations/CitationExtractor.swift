import Letters

/// การสกัดการอ้างถึง — lists the citations of the letters of one file, with their roles:
/// อ้างถึง → `reference`, สิ่งที่ส่งมาด้วย that are letters → `enclosure`, ตามหนังสือ… in the
/// body → `mention`; an annex's own citation (เอกสารแนบท้ายหนังสือ…) → `annex_of`.
///
/// An annex page that names no letter belongs to the letter it follows in the file: that
/// gives an `annex_of` edge with no number and an implied target.
public enum CitationExtractor {
  /// The citations of each of `letters` (one file's letters, in file order), index by index.
  /// - Complexity: O(n) in the number of citations.
  public static func citations(in letters: [Letter]) -> [[CitationRecord]] {
    var lastLetter: String?
    return citations(in: letters, lastLetter: &lastLetter)
  }

  /// The citations of a chunk of a file's letters (การอ่านทีละช่วง): `lastLetter` is the id of
  /// the last letter that is not an annex in the chunks before, and after this one on return.
  public static func citations(in letters: [Letter], lastLetter: inout String?) -> [[CitationRecord]] {
    var out: [[CitationRecord]] = []
    for letter in letters {
      var found = citations(of: letter)
      // An annex that names its letter by number links to it; one that names none, or only an
      // announcement by office and date (no number to look up), belongs to the letter before.
      if letter.kind == .annex, letter.mentions.allSatisfy({ $0.number == nil }), let owner = lastLetter {
        found.append(
          CitationRecord(
            from: letter.id, role: .annexOf, ordinal: -1, raw: "", number: nil, date: nil,
            impliedTarget: owner))
      }
      out.append(found)
      if letter.kind != .annex { lastLetter = letter.id }
    }
    return out
  }

  /// The citations one letter makes.
  public static func citations(of letter: Letter) -> [CitationRecord] {
    var out: [CitationRecord] = []
    for (i, c) in letter.references.enumerated() {
      if let record = record(c, from: letter.id, role: .reference, ordinal: i) { out.append(record) }
    }
    for (i, e) in letter.enclosures.enumerated() {
      if let c = e.letter, let record = record(c, from: letter.id, role: .enclosure, ordinal: i) {
        out.append(record)
      }
    }
    // An annex's citation names the letter it is attached to.
    let mentionRole: CitationRole = letter.kind == .annex ? .annexOf : .mention
    for (i, c) in letter.mentions.enumerated() {
      if let record = record(c, from: letter.id, role: mentionRole, ordinal: i) { out.append(record) }
    }
    return out
  }

  static func record(_ c: Citation, from: String, role: CitationRole, ordinal: Int) -> CitationRecord? {
    guard let number = c.number, !number.serial.isEmpty else {
      // An announcement or order cited by its office and date: the graph can still link it.
      // An annex's number-less owner is the letter it follows (``citations(in:lastLetter:)``).
      guard c.number == nil, role != .annexOf, let issuer = c.issuer, let date = c.date?.date else { return nil }
      return CitationRecord(
        from: from, role: role, ordinal: ordinal, raw: c.raw, issuer: issuer, number: nil, date: date)
    }
    var record = CitationRecord(
      from: from, role: role, ordinal: ordinal, raw: c.raw, issuer: c.issuer, number: NumberParts(number),
      date: c.date?.date)
    record.candidates = number.candidates
    return record
  }
}
