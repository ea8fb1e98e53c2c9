import ThaiText

/// การอ้างถึงภาษาอังกฤษ — letters an English text cites: `Letter of the Ministry of Commerce No.
/// พณ 0508/1234 dated 5 January 2026`, `your letter No. ES/2025/118 dated 15 December 2025`,
/// `the Embassy's Note No. 123/2026 of 2 March 2026`, `your letter dated 5 March 2026`.
///
/// `raw` runs from the word that names the letter (with `your`/`our` before it) to the end of
/// its date; `issuer` is the office after `of`/`from` (a leading `the` dropped).
enum EnglishCitation {
  /// Words that name what is cited.
  static let namingWords: EnglishWords = [
    "letter", "letters", "note verbale", "note", "notification", "circular", "memorandum", "order",
    "announcement", "e-mail", "email",
  ]
  static let owners: EnglishWords = ["your", "our", "their"]
  static let numberWords: EnglishWords = ["no.", "no", "ref.", "ref. no.", "ref", "reference no."]
  static let dateWords: EnglishWords = ["dated", "of", "on", "dd."]
  static let officeWords: EnglishWords = ["of", "from"]
  static let the: EnglishWords = ["the"]

  /// The citations in `text`, in order.
  static func find(in text: String, ocrYears: Bool = false) -> [Citation] {
    let s = text.scalarArray
    var found: [Citation] = []
    var i = 0
    // Where the last citation ended: a naming word is looked for after it only.
    var floor = 0
    while i < s.count {
      guard i == 0 || !EnglishWords.isLetter(s[i - 1]), EnglishWords.isLetter(s[i]) else {
        i += 1
        continue
      }
      // `No. …` with a letter's number.
      if let labelEnd = numberWords.end(in: s, at: i) {
        var j = labelEnd
        while j < s.count, s[j] == " " || s[j] == ":" || s[j] == "." { j += 1 }
        if j > labelEnd, let (read, numberEnd) = LetterNumberReader.read(s, at: j),
          EnglishLetter.isThaiLetterNumber(read), let (start, issuer) = named(s, before: i, floor: floor)
        {
          // `Note No. 24/2025`: an embassy numbers its notes serial/year.
          let number = LetterNumberReader.serialAndYear(read, years: 1990...2100)
          let date = self.date(s, after: numberEnd, ocrYears: ocrYears)
          let end = date?.end ?? numberEnd
          found.append(
            Citation(
              raw: String(scalars: s[start..<end]).trimmed, issuer: issuer, urgency: nil, number: number,
              date: date?.value, target: nil, confidence: nil))
          floor = end
          i = end
          continue
        }
      }
      // `your letter dated 5 March 2026`: no number.
      if let wordEnd = dateWords.end(in: s, at: i), s[i].value | 0x20 == 0x64,  // `dated`, `dd.` only
        let date = date(s, after: i, ocrYears: ocrYears),
        let (start, issuer) = named(s, before: i, floor: floor)
      {
        _ = wordEnd
        found.append(
          Citation(
            raw: String(scalars: s[start..<date.end]).trimmed, issuer: issuer, urgency: nil, number: nil,
            date: date.value, target: nil, confidence: nil))
        floor = date.end
        i = date.end
        continue
      }
      i += 1
    }
    return found
  }

  /// The naming word before `i` (within `within` words, after `floor`): where the citation's raw
  /// starts and the office it names after `of`/`from`.
  static func named(
    _ s: [Unicode.Scalar], before i: Int, floor: Int, within: Int = 24
  ) -> (start: Int, issuer: String?)? {
    // The starts of the words before `i`, nearest first.
    var starts: [Int] = []
    var k = i - 1
    while k >= floor, starts.count < within {
      if EnglishWords.isLetter(s[k]) || s[k] == "'" || s[k] == "’", k == floor || s[k - 1] == " " || s[k - 1] == "(" {
        starts.append(k)
      }
      k -= 1
    }
    for start in starts {
      guard let end = namingWords.end(in: s, at: start) else { continue }
      // The word names what is cited only when the citation goes on from it: straight to `No.`
      // or `dated`, or through the office (`of`/`from`) or a number. (`please note that the
      // programme dated …`, `in order to …` name nothing.)
      let next = LetterNumberReader.skipSpaces(s, end)
      guard next >= i || officeWords.end(in: s, at: next) != nil || numberWords.end(in: s, at: next) != nil
        || s[next] == "," || s[next] == "("
      else { return nil }
      var rawStart = start
      // `your letter`: the owner goes with it.
      if let before = starts.first(where: { $0 < start }), owners.end(in: s, at: before).map({ LetterNumberReader.skipSpaces(s, $0) == start }) == true {
        rawStart = before
      }
      // `Letter of the Ministry of Commerce No.`: the office between; or after the number, `Note
      // No. Pol 381.40/26 of the Embassy dated …`.
      var issuer: String?
      var j = LetterNumberReader.skipSpaces(s, end)
      if officeWords.end(in: s, at: j) == nil, let later = laterOffice(s, from: j, to: i) { j = later }
      if let officeEnd = officeWords.end(in: s, at: j) {
        j = LetterNumberReader.skipSpaces(s, officeEnd)
        if let theEnd = the.end(in: s, at: j) { j = LetterNumberReader.skipSpaces(s, theEnd) }
        // (Up to its number: `Letter of EGAT No. … dated …`.)
        var officeEnd = i
        var n = j
        while n < i {
          if n > j, s[n - 1] == " ", numberWords.end(in: s, at: n) != nil {
            officeEnd = n
            break
          }
          n += 1
        }
        let office = String(scalars: s[j..<max(j, officeEnd)]).trimmed.trimmingSuffix(",")
        if !office.isEmpty, office.unicodeScalars.count <= 120 { issuer = office }
      }
      return (rawStart, issuer)
    }
    return nil
  }

  /// The last `of`/`from` between `from` and `to` that names an office (a capital after it, past
  /// `the`): where it stands.
  static func laterOffice(_ s: [Unicode.Scalar], from: Int, to: Int) -> Int? {
    for k in (from..<to).reversed() where k > 0 && s[k - 1] == " " {
      guard let wordEnd = officeWords.end(in: s, at: k) else { continue }
      var name = LetterNumberReader.skipSpaces(s, wordEnd)
      if let theEnd = the.end(in: s, at: name) { name = LetterNumberReader.skipSpaces(s, theEnd) }
      return name < to && s[name].value &- 0x41 < 26 ? k : nil
    }
    return nil
  }

  /// A date after `end` (`dated 5 January 2026`, `, dated …`, `of 2 March 2026`), within a few
  /// scalars: its value and where it ends.
  static func date(_ s: [Unicode.Scalar], after end: Int, ocrYears: Bool) -> (value: DateValue, end: Int)? {
    let limit = min(s.count, end + 60)
    guard end < limit else { return nil }
    let window = Array(s[end..<limit])
    guard let match = ThaiDateParser.matches(in: window, ocrYears: ocrYears).first, match.date != nil else { return nil }
    // Only `,`, spaces and a date word between.
    let between = window[..<match.scalarRange.lowerBound]
    var b = 0
    let gap = Array(between)
    while b < gap.count {
      if gap[b] == " " || gap[b] == "," || gap[b] == "(" {
        b += 1
      } else if let wordEnd = dateWords.end(in: gap, at: b) {
        b = wordEnd
      } else {
        return nil
      }
    }
    return (DateValue(match), end + match.scalarRange.upperBound)
  }
}
