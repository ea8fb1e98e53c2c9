import ThaiText

/// หนังสือภาษาอังกฤษ — a letter a Thai office writes in English (a note verbale to an embassy, a
/// letter to a foreign partner, an approval to a foreign company): its header labels, its
/// salutation and courtesy closing, and whether a stretch of lines is such a letter.
///
/// English labels take the place of the Thai ones: `No.` of ที่, `Subject:` of เรื่อง, `Dear …,`
/// or `To:` of เรียน, `Yours sincerely,` of ขอแสดงความนับถือ.
enum EnglishLetter {
  // MARK: - Labels

  /// What stands before the letter's number (`No. กค 0504/7815`, `Our Ref.: …`).
  static let numberLabels: EnglishWords = [
    "our ref. no.", "our ref no.", "our reference no.", "our reference", "our ref.", "our ref", "ref. no.",
    "ref no.", "ref. no", "reference no.", "ref.", "ref", "no.", "no", "ที่",
  ]
  static let subjectLabels: EnglishWords = ["subject", "subj.", "re", "regarding", "subiect", "subjcct", "sublect"]
  static let toLabels: EnglishWords = ["to"]
  static let fromLabels: EnglishWords = ["from"]
  static let dateLabels: EnglishWords = ["date", "dated"]
  static let referenceLabels: EnglishWords = ["references", "reference", "refs.", "ref.", "ref"]
  static let enclosureLabels: EnglishWords = [
    "enclosures", "enclosure", "encls.", "encl.", "encl", "enc.", "attachments", "attachment", "attached",
  ]
  static let copyLabels: EnglishWords = ["cc", "c.c.", "copy to", "copies to"]
  /// The fields an e-mail-like head prints over the number (`From:`, `To:`, `Cc:`, `Date:`).
  static let headFields: EnglishWords = ["from", "to", "cc", "date", "subject", "attention", "attn."]
  static let memoTitle: EnglishWords = ["memorandum", "memo"]

  /// `Dear …`, and the salutations that name no one.
  static let dear: EnglishWords = ["dear"]
  static let bareSalutations: EnglishWords = [
    "your excellency", "excellency", "dear sir/madam", "sir/madam", "dear sirs", "sirs", "sir", "madam",
    "gentlemen", "ladies and gentlemen", "to whom it may concern",
  ]

  /// An annex page's line naming the letter it belongs to (`Attached to the letter of … No. …
  /// dated …`, `Annex to Letter No. …`), as `เอกสารแนบท้ายหนังสือ…` does.
  static let annexOwnerLines: EnglishWords = [
    "attached to", "attachment to", "annex to", "enclosure to", "appendix to", "enclosed with",
  ]

  /// Courtesy closings (คำลงท้าย), compared after OCR's `1` and `0` for `l` and `o` are mended.
  static let courtesyClosings: EnglishWords = [
    "yours sincerely", "yours faithfully", "yours truly", "yours very truly", "sincerely yours", "sincerely",
    "faithfully yours", "respectfully yours", "respectfully", "very truly yours", "best regards",
    "with best regards", "kind regards", "with kind regards", "warm regards", "warmest regards", "regards",
    "with best wishes", "best wishes",
  ]

  /// A note verbale's closing sentence and opening phrase (third person, no signature).
  static let noteClosing: EnglishWords = [
    "avails itself of this opportunity", "assurances of its highest consideration",
    "assurances of my highest consideration", "assurances of my highest esteem",
  ]
  /// (OCR wraps the phrases anywhere: their first words are enough on a line.)
  static let noteOpening: EnglishWords = ["presents its compliments", "presents its", "avails itself"]
  /// Only the opening: what a note's number stands over.
  static let noteStart: EnglishWords = ["presents its compliments", "presents its"]

  /// Urgency and secrecy marks printed in English.
  static let marks: [(EnglishWords, Urgency?, Secrecy?)] = [
    (["most urgent"], .mostUrgent, nil), (["very urgent"], .veryUrgent, nil), (["urgent"], .urgent, nil),
    (["top secret"], nil, .topSecret), (["secret"], nil, .secret), (["confidential"], nil, .confidential),
  ]

  // MARK: - Lines

  /// Where a label ends on `s` (after its debris), with the colon or spaces after it: the
  /// value's start. `needsColon`: a label that is also a common word (`To`, `Re`, `Date`)
  /// counts only with its colon.
  static func labelValueStart(_ labels: EnglishWords, in s: [Unicode.Scalar], needsColon: Bool = true) -> Int? {
    let rest = HeaderLabel.withoutDebris(s)
    let start = s.count - rest.count
    guard let end = labels.end(in: s, at: start) else { return nil }
    var j = end
    while j < s.count, s[j] == " " { j += 1 }
    if j < s.count, s[j] == ":" || s[j] == "\u{FF1A}" {
      j += 1
    } else if needsColon {
      return nil
    }
    while j < s.count, s[j] == " " { j += 1 }
    return j
  }

  /// The letter's number on a line that opens with `No.`, `Ref.`, `Our Ref.` or ที่: the number,
  /// where the label starts and where the number ends.
  /// `open`: a number whose serial the line does not hold (`No. มท 0515.2/`, the serial set
  /// under the office block) is read too, with an empty serial.
  /// `foreign`: a foreign office's own reference (`PS/2026/041`) is read too.
  static func number(_ s: [Unicode.Scalar], open: Bool = false, foreign: Bool = false) -> (LetterNumber, Int)? {
    guard let first = s.first, first.value < 0x80 || first == "ท" else { return nil }
    let rest = HeaderLabel.withoutDebris(s)
    let start = s.count - rest.count
    guard let end = numberLabels.end(in: s, at: start) else { return nil }
    var j = end
    while j < s.count, s[j] == " " || s[j] == ":" || s[j] == "." { j += 1 }
    guard j > end, let (number, numberEnd) = LetterNumberReader.read(s, at: j),
      isThaiLetterNumber(number) || open && number.serial.isEmpty && number.code != nil && number.raw.hasSuffix("/")
        || foreign && !number.serial.isEmpty
    else {
      return nil
    }
    return (number, numberEnd)
  }

  /// A number as Thai offices write them: a serial after a Thai prefix or a code. A foreign
  /// office's own reference (`ES/2025/118`, `AMCHAM/GA/2026/018`) is no letter number here.
  static func isThaiLetterNumber(_ number: LetterNumber) -> Bool {
    guard !number.serial.isEmpty, number.prefix != nil || number.code != nil else { return false }
    guard let first = number.prefix?.unicodeScalars.first else { return true }
    return first.value >= 0x80
  }

  /// An English mark line (`URGENT`, `CONFIDENTIAL`, `MOST URGENT`): nothing else on it.
  static func marks(_ s: [Unicode.Scalar]) -> (Urgency?, Secrecy?)? {
    let rest = HeaderLabel.withoutDebris(s)
    let start = s.count - rest.count
    for (words, urgency, secrecy) in marks {
      guard let end = words.end(in: s, at: start) else { continue }
      if s[end...].allSatisfy({ HeaderLabel.isDebris($0) }) { return (urgency, secrecy) }
    }
    return nil
  }

  /// The addressee a salutation names: `Dear Professor Müller,` → `Professor Müller`,
  /// `Excellency,` → `Excellency`; nil for any other line.
  static func salutation(_ s: [Unicode.Scalar], text: String) -> String? {
    guard s.count <= 80, let first = s.first, first.value < 0x80 else { return nil }
    var trimmed = Substring(text)
    while let last = trimmed.last, last == "," || last == ":" || last == " " || last == ";" { trimmed.removeLast() }
    if let end = dear.end(in: s, at: 0), end < s.count, s[end] == " " {
      let name = trimmed.dropFirst(4).trimmingPrefix(" ")
      return name.isEmpty ? nil : String(name)
    }
    if let end = bareSalutations.end(in: s, at: 0), s[end...].allSatisfy({ $0 == "," || $0 == ":" || $0 == " " || $0 == "!" }) {
      return String(trimmed)
    }
    return nil
  }

  /// A courtesy closing on a line of its own (`Yours sincerely,`, `Yours sincere1y,`).
  static func isCourtesyClosing(_ s: [Unicode.Scalar]) -> Bool {
    guard (6...40).contains(s.count), let first = s.first, first.value < 0x80 else { return false }
    // OCR's 1 and | for l, 0 for o inside the words.
    let mended = s.map { c -> Unicode.Scalar in
      switch c {
      case "1", "|": return "l"
      case "0": return "o"
      default: return c
      }
    }
    guard let end = courtesyClosings.end(in: mended, at: 0) else { return false }
    return mended[end...].allSatisfy { $0 == "," || $0 == "." || $0 == " " }
  }

  /// Two letters at least (a seal's or a garuda's specks, `@`, `~ ,`, have none or one).
  static func hasWord(_ s: [Unicode.Scalar]) -> Bool {
    s.lazy.filter(\.properties.isAlphabetic).prefix(2).count == 2
  }

  /// A line that opens with an ASCII letter, the first test for any English label.
  @inline(__always) static func opensLatin(_ s: [Unicode.Scalar]) -> Bool {
    // (Past at most three scalars of debris, as ``HeaderLabel/withoutDebris(_:)`` passes them, with
    // no copy of the line: asked of every line.)
    var i = 0
    while i < s.count, i < 3, HeaderLabel.isDebris(s[i]) { i += 1 }
    return i < s.count && EnglishWords.isLetter(s[i])
  }

  // MARK: - The whole letter

  /// Whether the lines of `range` are a letter written in English: an English salutation,
  /// courtesy closing, subject label or a note verbale's phrase stands before any Thai header
  /// label (a Thai letter that carries English, or its English translation under it, is a
  /// Thai letter), and Latin letters outnumber Thai ones (a model's English labels over Thai
  /// values are no English letter).
  static func reads(_ lines: [Line], _ range: Range<Int>) -> Bool {
    // The signal first (most segments are Thai and meet a Thai label within a few lines); the
    // letters are counted only for a segment that has one.
    signal: do {
      for k in range where !lines[k].isEmptyish {
        let line = lines[k]
        let s = line.scalars
        if opensLatin(s) {
          if salutation(s, text: line.text) != nil || isCourtesyClosing(s) || labelValueStart(subjectLabels, in: s) != nil
            || memoTitle.end(in: s, at: 0) == s.count || noteOpening.occurs(in: s)
          {
            break signal
          }
        } else if HeaderLabel.read(s) != nil || LetterSegmenter.isMemoTitle(line) || startsThaiMemoField(s) {
          return false
        }
      }
      return false
    }
    var latin = 0
    var thai = 0
    for k in range {
      for c in lines[k].scalars {
        let v = c.value
        if v &- 0x0E01 < 0x2E { thai += 1 } else if v < 0x80, EnglishWords.isLetter(c) { latin += 1 }
      }
    }
    return latin > thai
  }

  static func startsThaiMemoField(_ s: [Unicode.Scalar]) -> Bool {
    Vocabulary.leading(Vocabulary.memoUnit, in: HeaderLabel.withoutDebris(s)) != nil
  }

  /// The first line of the letterhead over an English letter's number at `top`: the blocks of
  /// short English lines just above it (an office's name, address, phone), not a sentence, a
  /// Thai line or another letter's closing.
  static func letterheadTop(_ lines: [Line], above top: Int) -> Int {
    // (A page that opens with the number has its letterhead, if any, below it: what stands above
    // the form feed is the page before.)
    guard !lines[top].opensPage, !lines[top].isPageBreak else { return top }
    var result = top
    // Where the block being walked began (the result before it), and whether it holds a contact
    // line: a Thai covering letter's foot (`กอง…` / `Tel. …` / `E-mail: …`) is no letterhead.
    var resultBeforeBlock = top
    var blockHasContact = false
    var k = top - 1
    var blanks = 0
    while k >= 0, top - k <= 12, !lines[k].isPageBreak, !lines[k + 1].opensPage {
      let line = lines[k]
      // A seal's or a garuda's specks above the letterhead are the letter's.
      if !line.isBlank, !hasWord(line.scalars) {
        result = k
        k -= 1
        continue
      }
      // (A rule drawn under the letterhead counts as a blank line.)
      if line.isEmptyish {
        blanks += 1
        if blanks > 4 { break }
        resultBeforeBlock = result
        blockHasContact = false
        k -= 1
        continue
      }
      blanks = 0
      let s = line.scalars
      if s.contains(where: { $0.value &- 0x0E01 < 0x2E }) {
        // A Thai line tops the block: if the block holds contact lines, it is that letter's foot.
        if blockHasContact { result = resultBeforeBlock }
        break
      }
      if Vocabulary.leading(Vocabulary.contactLabels, in: s) != nil { blockHasContact = true }
      guard s.count <= 90, opensLatin(s) || s.first.map(ThaiDigits.isDigit) == true, let last = s.last,
        last != ":", last != ".", !isCourtesyClosing(s), salutation(s, text: line.text) == nil,
        !s.contains(where: { $0.value &- 0x0E01 < 0x2E }),
        // (A date is another letter's foot: `Bangkok, 10 April 2026` over a note's addressee; a
        // labelled field's is the head's own: `Date: Friday, 3 July 2026`.)
        ThaiDateParser.matches(in: s).isEmpty || labelValueStart(headFields, in: s) != nil, !line.opensPage
      else { break }
      result = k
      k -= 1
    }
    return result
  }

  /// An English letter's number line that begins a letter: `No. …` with a letter number,
  /// followed within the next lines by an English salutation, subject or note's opening.
  static func isHead(_ lines: [Line], _ i: Int) -> Bool {
    let s = lines[i].scalars
    guard s.count <= 120, opensLatin(s), let (_, end) = number(s, open: true) else { return false }
    // (`No. ทส 0910.3/7755 dated 29 September 2023`, `No. 0804/5678, concerning …`: a cited letter's
    // number wrapped onto its line. After a letter's own number stands its office, its date or
    // nothing.)
    let next = LetterNumberReader.skipSpaces(s, end)
    if next < s.count, EnglishCitation.dateWords.end(in: s, at: next) != nil || s[next] == ","
      || s[next].value &- 0x61 < 26
    {
      return false
    }
    var k = i + 1
    while k < lines.count, k - i <= 30 {
      let t = lines[k].scalars
      if opensLatin(t),
        salutation(t, text: lines[k].text) != nil || labelValueStart(subjectLabels, in: t) != nil
          || noteStart.occurs(in: t)
      {
        return true
      }
      if !lines[k].isEmptyish, HeaderLabel.read(t) != nil { return false }
      k += 1
    }
    return false
  }
}
