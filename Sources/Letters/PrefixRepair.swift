import ThaiText

/// อักษรย่อ — office prefixes OCR damaged (`สีจิ` or `ส5` for `สธ`, `มมท` for `มท`),
/// restored from the file itself.
///
/// A file cites its own office again and again: the letter's number and its อ้างถึง, an
/// enclosed letter and the covering one share a prefix and code. A damaged prefix — one
/// with marks or a digit dropped from it (`suspect`), or not two letters long — takes the
/// prefix of the issuer named with it when ``IssuerPrefixes`` knows it (the office's name
/// is long and survives OCR better than two letters); failing that, the prefix printed
/// cleanly with the same code elsewhere in the file; failing that, the one clean prefix of
/// the file its letters hold in order. The new prefix must begin with the letter read (hold it,
/// when one letter was read), so a clean misreading of another office is never produced; `raw`
/// keeps the reading.
enum PrefixRepair {
  static func apply(to letters: inout [Letter]) {
    // Clean readings: two consonants, nothing dropped.
    var byCode: [String: Set<String>] = [:]
    var clean: Set<String> = []
    func isClean(_ number: LetterNumber) -> Bool {
      guard !number.suspect, !number.letterAsDigit, let prefix = number.prefix, prefix.unicodeScalars.count == 2 else { return false }
      return prefix.unicodeScalars.allSatisfy { ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset($0)) }
    }
    func collect(_ number: LetterNumber?) {
      guard let number, isClean(number), let prefix = number.prefix else { return }
      clean.insert(prefix)
      if let code = number.code { byCode[code, default: []].insert(prefix) }
    }
    for letter in letters {
      collect(letter.number)
      letter.references.forEach { collect($0.number) }
      letter.mentions.forEach { collect($0.number) }
      letter.enclosures.forEach { collect($0.letter?.number) }
    }
    guard !clean.isEmpty || letters.contains(where: { $0.issuer != nil }) else { return }

    func repair(_ number: inout LetterNumber?, issuer: String?) {
      guard var n = number, let read = n.prefix, !clean.contains(read),
        n.suspect || n.letterAsDigit || read.unicodeScalars.count != 2,
        !read.contains("."), let first = read.unicodeScalars.first
      else { return }
      // One letter read: the prefix lost its first letter (`ต` for `กต`) or its second.
      func fits(_ p: String) -> Bool {
        read.unicodeScalars.count == 1 ? p.unicodeScalars.contains(first) : p.unicodeScalars.first == first
      }
      var chosen: String?
      if let issuer, let p = IssuerPrefixes.prefix(forIssuer: issuer), fits(p) {
        chosen = p
      } else if let code = n.code, let same = byCode[code], same.count == 1, let p = same.first, fits(p) {
        chosen = p
      } else {
        let held = clean.filter { fits($0) && isSubsequence($0, of: read) }
        if held.count == 1 { chosen = held.first }
      }
      guard let chosen, chosen != read else { return }
      n.prefix = chosen
      number = n
    }
    for index in letters.indices {
      var letter = letters[index]
      repair(&letter.number, issuer: letter.issuer?.name)
      for k in letter.references.indices { repair(&letter.references[k].number, issuer: letter.references[k].issuer) }
      for k in letter.mentions.indices { repair(&letter.mentions[k].number, issuer: letter.mentions[k].issuer) }
      for k in letter.enclosures.indices where letter.enclosures[k].letter != nil {
        repair(&letter.enclosures[k].letter!.number, issuer: letter.enclosures[k].letter!.issuer)
      }
      letters[index] = letter
    }
  }

  /// True when the letters of `short` appear in `long` in order.
  static func isSubsequence(_ short: String, of long: String) -> Bool {
    var rest = long.unicodeScalars[...]
    for c in short.unicodeScalars {
      guard let i = rest.firstIndex(of: c) else { return false }
      rest = rest[rest.index(after: i)...]
    }
    return true
  }
}
