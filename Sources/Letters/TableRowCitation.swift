import ThaiText

/// หนังสือในตาราง — a letter named in a table's row by its number and its date, each in a cell of
/// its own, with no `ที่` or `ลงวันที่` before them: a follow-up's list of the letters not yet
/// answered (`| ๑ | ขก ๐๐๑๘.๔/ว ๑๑๐๘ | ๑๔ มกราคม ๒๕๖๙ | การรายงานผล… |`).
enum TableRowCitation {
  /// The letters the row of `cells` names: a cell that is a whole letter number (an office's
  /// prefix, its code and a serial) with a cell that is a date right after it.
  static func find(in cells: [String], ocrYears: Bool) -> [Citation] {
    guard cells.count >= 2 else { return [] }
    var found: [Citation] = []
    for i in 0..<(cells.count - 1) {
      let s = cells[i].scalarArray
      guard let first = s.first, ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset(first)),
        let (number, end) = LetterNumberReader.read(s, at: 0), end == s.count,
        number.prefix != nil, number.code != nil, !number.serial.isEmpty
      else { continue }
      let d = cells[i + 1].scalarArray
      guard let match = ThaiDateParser.matches(in: d, ocrYears: ocrYears).first,
        match.scalarRange.lowerBound == 0, match.scalarRange.upperBound == d.count
      else { continue }
      found.append(
        Citation(
          raw: cells[i] + " " + cells[i + 1], issuer: nil, urgency: nil, number: number, date: DateValue(match),
          target: nil, confidence: nil))
    }
    return found
  }
}
