import ThaiText

/// หนังสือในตาราง — a letter named in a table's row by its number and its date, each in a cell of
/// its own, with no `ที่` or `ลงวันที่` before them: a follow-up's list of the letters not yet
/// answered (`| ๑ | ขก ๐๐๑๘.๔/ว ๑๑๐๘ | ๑๔ มกราคม ๒๕๖๙ | การรายงานผล… |`).
enum TableRowCitation {
  /// The letters the row of `cells` names: a cell that is a whole letter number (an office's
  /// prefix, its code and a serial) with a cell that is a date right after it.
  /// `registerOrders`: the table is a register of letters, whose column after the register's own
  /// number may hold an order's number (serial and year, no office).
  static func find(in cells: [String], ocrYears: Bool, registerOrders: Bool = false) -> [Citation] {
    guard cells.count >= 2 else { return [] }
    var found: [Citation] = []
    for i in 0..<(cells.count - 1) {
      let s = cells[i].scalarArray
      // (An order's number, no prefix, only in the column after the register's own number.)
      let afterRegisterNumber =
        registerOrders && i == 1 && !cells[0].isEmpty && cells[0].unicodeScalars.allSatisfy(ThaiDigits.isDigit)
      guard let first = s.first, ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset(first)) || afterRegisterNumber,
        let (read, end) = LetterNumberReader.read(s, at: 0), end == s.count,
        let number = Self.letterNumber(read, orders: afterRegisterNumber)
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

  /// A cell's number when it names a letter: an office's prefix, its code and a serial, or (with
  /// `orders`, in a register's column) an order's serial and Buddhist-era year (`๒๓๕/๒๕๖๘`).
  static func letterNumber(_ number: LetterNumber, orders: Bool) -> LetterNumber? {
    if number.prefix != nil, number.code != nil, !number.serial.isEmpty { return number }
    guard orders else { return nil }
    let order = LetterNumberReader.serialAndYear(number, years: 2400...2700)
    return order.yearSuffix != nil && order.prefix == nil ? order : nil
  }

  /// The same in a row of a table typed with spaces, its cells run together: a whole letter
  /// number (prefix, code, serial; or, in a register, an order's serial and year after the
  /// register's own number) with a date right after it and nothing between
  /// (`๑๒๓๙ ลพ ๐๐๑๗.๒/ว ๗๙๒ ๑๑ มี.ค. ๖๘ จังหวัดลำพูน …`). Prose writes ลงวันที่ between the two.
  static func find(inRow s: [Unicode.Scalar], ocrYears: Bool, registerOrders: Bool = false) -> [Citation] {
    var found: [Citation] = []
    var i = 0
    while i < s.count {
      // (An order's number, no prefix, only in the column after the register's own number.)
      let afterRegisterNumber = registerOrders && i > 1 && s[..<(i - 1)].allSatisfy(ThaiDigits.isDigit)
      guard i == 0 || s[i - 1] == " ",
        ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset(s[i])) || afterRegisterNumber && ThaiDigits.isDigit(s[i]),
        let (read, end) = LetterNumberReader.read(s, at: i), let number = Self.letterNumber(read, orders: afterRegisterNumber),
        end < s.count,
        s[end] == " "
      else {
        i += 1
        continue
      }
      let rest = Array(s[(end + 1)...])
      guard let match = ThaiDateParser.matches(in: rest, ocrYears: ocrYears).first, match.scalarRange.lowerBound == 0,
        match.scalarRange.upperBound == rest.count || rest[match.scalarRange.upperBound] == " "
      else {
        i = end
        continue
      }
      found.append(
        Citation(
          raw: String(scalars: s[i..<end]) + " " + match.raw, issuer: nil, urgency: nil, number: number,
          date: DateValue(match), target: nil, confidence: nil))
      i = end + 1 + match.scalarRange.upperBound
    }
    return found
  }
}
