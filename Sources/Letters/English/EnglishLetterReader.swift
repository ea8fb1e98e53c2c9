import ThaiText

/// Reads a letter written in English (``EnglishLetter``) into the same record a Thai letter
/// makes: the letterhead and number block, the date, the inside address, `Subject:`,
/// `Reference:` and `Enclosure:` fields, the salutation, the body, the courtesy closing (or a
/// note verbale's closing sentence), the signer and the contact lines.
struct EnglishLetterReader {
  let lines: [Line]
  let range: Range<Int>
  var ocrDigits = false
  /// Box-level OCR with no blank line between paragraphs (``BodyParser/isBoxLayout(_:)``).
  var boxLayout = false

  /// Where a header line stands: over the number (the letterhead), beside and under it (the
  /// office block), or after the date (the addressee's lines).
  private enum Place { case letterhead, numberBlock, address }

  func read(segment: Int) -> LetterReader.Result {
    var letter = Letter(segment: segment, lines: LineSpan(start: 0, end: 0))
    letter.kind = .external
    // (A seal's or a garuda's specks, `@`, `~ ,`, open no letter.)
    let first =
      range.first {
        !lines[$0].isEmptyish && EnglishLetter.hasWord(lines[$0].scalars)
          && !(lines[$0].scalars.first == "[" && lines[$0].scalars.last == "]")
      }
      ?? range.lowerBound
    let salutationAt = range.first { isSalutation($0) }
    let closingAt = range.first { $0 > (salutationAt ?? first) && EnglishLetter.isCourtesyClosing(lines[$0].scalars) }
    let headerLimit = salutationAt ?? closingAt ?? range.upperBound

    var place = Place.letterhead
    var letterhead: [Line] = []
    var officeBeside: String?
    var numberBlock: [Line] = []
    var addressee: [String] = []
    var toValue: String?
    var bodyStart: Int?
    // The line that holds a split number's serial, and the office text beside it.
    var serialAt: (line: Int, rest: String)?
    // A foreign office's own reference stood in the head (no number of the letter's).
    var sawReference = false
    var k = first
    header: while k < headerLimit {
      let line = lines[k]
      let s = line.scalars

      if line.isEmptyish {
        // The office may stand in a block of its own under the number (a model's markdown); a
        // table's rule under the number's row (`| No. … | Office |` / `|---|---|`) ends no block.
        if place == .numberBlock, line.furniture != .rule, !(k > first && lines[k - 1].cells.count >= 2),
          !(letterhead.isEmpty && officeBeside == nil && numberBlock.isEmpty && letter.date == nil)
        {
          place = .address
        }
        k += 1
        continue
      }
      if let (urgency, secrecy) = EnglishLetter.marks(s) ?? Vocabulary.marks(s) {
        letter.urgency = letter.urgency ?? urgency
        letter.secrecy = letter.secrecy ?? secrecy
        k += 1
        continue
      }
      if EnglishLetter.memoTitle.end(in: s, at: 0) == s.count {
        letter.kind = .memo
        k += 1
        continue
      }
      if letter.number == nil, let (read, end) = EnglishLetter.number(s, open: true) {
        var number = read
        // The serial set under the office block's first lines (`No. มท 0515.2/` … `3312   Phra
        // Nakhon, …`): the office's text beside it goes on the block.
        if number.serial.isEmpty {
          guard let (serialLine, completed, rest) = serialBelow(number, after: k) else {
            k += 1
            continue
          }
          number = completed
          letter.warnings.append(LetterWarning(.numberSplit, "number split over lines", line: line.number))
          serialAt = (serialLine, rest)
        }
        letter.number = number
        if number.letterAsDigit { letter.warnings.append(.letterAsDigit(number.raw, line: line.number)) }
        if number.prefix == nil {
          letter.warnings.append(
            LetterWarning(.numberWithoutPrefix, "number printed without its office prefix", line: line.number))
        }
        readBeside(end, in: line, office: &officeBeside, into: &letter)
        place = .numberBlock
        k += 1
        continue
      }
      if letter.date == nil, let date = dateLine(s) {
        setDate(date, line: line, of: &letter)
        place = .address
        k += 1
        continue
      }
      // `Your ref: NE-TH/TAX/2025/06`: the addressee's own reference, no field.
      if EnglishLetter.labelValueStart(Self.yourReference, in: s) != nil {
        k += 1
        continue
      }
      // A foreign office's own reference (`Our Ref.: PS/2026/041`) is no letter number; the date
      // may stand beside it.
      if letter.number == nil, let (_, end) = EnglishLetter.number(s, foreign: true) {
        sawReference = true
        readBeside(end, in: line, office: &officeBeside, into: &letter)
        place = .numberBlock
        k += 1
        continue
      }
      if let start = EnglishLetter.labelValueStart(EnglishLetter.subjectLabels, in: s) {
        let more = continuation(after: k, limit: headerLimit)
        letter.subject = joined(line.text.copyOfTrailing(s[start...]), more)
        place = .address
        k = (more.last ?? k) + 1
        continue
      }
      if let start = EnglishLetter.labelValueStart(EnglishLetter.toLabels, in: s) {
        let more = continuation(after: k, limit: headerLimit)
        toValue = joined(line.text.copyOfTrailing(s[start...]), more)
        k = (more.last ?? k) + 1
        continue
      }
      if let start = EnglishLetter.labelValueStart(EnglishLetter.fromLabels, in: s) {
        let name = line.text.copyOfTrailing(s[start...]).trimmed
        if !name.isEmpty { letter.issuer = Issuer(name: name, address: nil) }
        k += 1
        continue
      }
      if let start = EnglishLetter.labelValueStart(EnglishLetter.dateLabels, in: s) {
        if letter.date == nil, let date = dateLine(Array(s[start...])) { setDate(date, line: line, of: &letter) }
        k += 1
        continue
      }
      if let field = itemField(s) {
        k = readItems(field, at: k, limit: headerLimit, into: &letter) + 1
        continue
      }
      // `cc:` and the lines that go on with it (up to the next label): no field.
      if EnglishLetter.labelValueStart(EnglishLetter.copyLabels, in: s) != nil {
        k = (continuation(after: k, limit: headerLimit).last ?? k) + 1
        continue
      }
      if isContactLine(s) {
        readContact(line, into: &letter.contact)
        k += 1
        continue
      }
      // With no salutation, the body opens with the first block of sentences after the header's
      // fields.
      if salutationAt == nil, k == first || lines[k - 1].isEmptyish,
        EnglishLetter.noteOpening.occurs(in: s)
          || (letter.number != nil || letter.date != nil || letter.subject != nil || sawReference) && opensBody(at: k)
      {
        bodyStart = k
        break header
      }
      // A seal's or a garuda's speck (`@`, `*`), a logo's placeholder (`[BOI]`) is no line of
      // the letterhead.
      guard EnglishLetter.hasWord(s), !(s.first == "[" && s.last == "]") else {
        k += 1
        continue
      }
      switch place {
      case .letterhead: letterhead.append(line)
      case .numberBlock where serialAt?.line == k:
        if let rest = serialAt?.rest, !rest.isEmpty { numberBlock.append(Line(number: line.number, raw: rest)) }
      case .numberBlock: numberBlock.append(line)
      case .address: addressee.append(line.text)
      }
      k += 1
    }

    // The issuer: the letterhead's block, else the office beside and under the number.
    if letter.issuer == nil {
      var office = letterhead.map { Self.withoutSpecks($0.text) }
      if let officeBeside { office.append(officeBeside) }
      office += numberBlock.map { Self.withoutSpecks($0.text) }
      if let name = office.first {
        let address = office.dropFirst().joined(separator: " ")
        letter.issuer = Issuer(name: name, address: address.isEmpty ? nil : address)
      }
    } else if !numberBlock.isEmpty || officeBeside != nil {
      addressee = (officeBeside.map { [$0] } ?? []) + numberBlock.map(\.text) + addressee
    }
    if let salutationAt, let name = EnglishLetter.salutation(lines[salutationAt].scalars, text: lines[salutationAt].text) {
      letter.to = toValue ?? (addressee.isEmpty ? name : addressee.joined(separator: " "))
    } else {
      letter.to = toValue ?? (addressee.isEmpty ? nil : addressee.joined(separator: " "))
    }

    // The body, up to the courtesy closing or a note verbale's closing sentence.
    let bodyFrom = bodyStart ?? (salutationAt.map { $0 + 1 } ?? headerLimit)
    var bodyEnd = closingAt ?? range.upperBound
    var footStart = closingAt.map { $0 + 1 } ?? range.upperBound
    if let closingAt {
      letter.closing = lines[closingAt].text
    } else if let (start, end) = noteClosing(from: bodyFrom, limit: bodyEnd) {
      letter.closing = (start...end).filter { !lines[$0].isEmptyish }.map { lines[$0].text }.joined(separator: " ")
      bodyEnd = start
      footStart = end + 1
    } else if let end = bodyFoot(from: bodyFrom) {
      bodyEnd = end
      footStart = end
    }
    var last = max(first, bodyEnd - 1)
    // A memo's or a letter's signer with no closing above: the name and positions ending the body.
    if letter.closing == nil, let (signature, start, end) = signatureEndingBody(from: bodyFrom, to: bodyEnd) {
      letter.signature = signature
      bodyEnd = start
      last = max(last, end)
    }
    letter.body = BodyParser.paragraphs(lines, bodyFrom..<bodyEnd, boxLayout: boxLayout).filter { !$0.isEmpty }
    // A memo's closing sentence (`Submitted for your consideration and approval.`), as a Thai
    // memo's จึงเรียนมาเพื่อ… is its closing.
    if letter.kind == .memo, letter.closing == nil, let last = letter.body.last,
      Self.memoClosings.end(in: last.scalarArray, at: 0) != nil, last.unicodeScalars.count <= 120
    {
      letter.closing = last
      letter.body.removeLast()
    }
    for paragraph in letter.body {
      letter.mentions += EnglishCitation.find(in: paragraph, ocrYears: ocrDigits)
    }
    if letter.closing != nil { last = max(last, closingAt ?? footStart - 1) }

    // The foot: the signer (under a courtesy closing), then fields, copies, contact lines, and
    // a note verbale's place and date and its addressee.
    var j = footStart
    // (Under a closing sentence, `Please accept … the assurances of my highest consideration.`, a
    // signer is read when a bracketed name follows.)
    if closingAt != nil || nextText(after: j - 1, within: 3).map({ Self.isBracketed(lines[$0].scalars) }) == true,
      let (signature, end) = signature(from: j)
    {
      letter.signature = signature
      last = end
      j = end + 1
    }
    var footContact = false
    // Short lines not yet placed: the contact's units when a contact line follows them.
    var pending: [Int] = []
    foot: while j < range.upperBound {
      let line = lines[j]
      let s = line.scalars
      if line.isEmptyish {
        j += 1
        continue
      }
      // The letter's Thai translation under it (`คำแปล`, no header of its own): its lines are
      // the letter's, it fills no field.
      if LetterSegmenter.isTranslationHeading(s) {
        last = (j..<range.upperBound).last { !lines[$0].isEmptyish } ?? j
        break foot
      }
      if letter.date == nil || letter.closing != nil && closingAt == nil, let date = dateLine(s) {
        if letter.date == nil { setDate(date, line: line, of: &letter) }
        // The lines above a note's date are its place (`Ministry of Foreign Affairs, Bangkok`):
        // the issuer when the head printed none.
        if letter.issuer == nil {
          var place = pending.map { lines[$0].text }
          if let at = line.text.range(of: date.raw) {
            place.append(String(line.text[..<at.lowerBound]))
          }
          let parts = place.joined(separator: ", ").split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
          if let name = parts.first, parts.count >= 2 || !pending.isEmpty {
            letter.issuer = Issuer(name: name, address: parts.count > 1 ? parts.dropFirst().joined(separator: ", ") : nil)
          }
        }
        pending.removeAll()
        last = j
      } else if let field = itemField(s) {
        j = readItems(field, at: j, limit: range.upperBound, into: &letter)
        last = j
      } else if EnglishLetter.labelValueStart(EnglishLetter.copyLabels, in: s) != nil {
        j = blockEnd(from: j, limit: range.upperBound)
        last = j
      } else if let end = certificationEnd(from: j) {
        j = end
        last = end
      } else if isContactLine(s) {
        if !footContact { letter.contact.units += pending.map { lines[$0].text } }
        footContact = true
        pending.removeAll()
        readContact(line, into: &letter.contact)
        last = j
      } else if s.count <= 120, !EnglishLetter.isHead(lines, j) {
        pending.append(j)
      } else {
        break foot
      }
      j += 1
    }
    // A note verbale's addressee stands at its foot, under the place and date.
    if letter.to == nil, letter.signature == nil, let lastPending = pending.last {
      letter.to = pending.map { lines[$0].text }.joined(separator: " ")
      last = max(last, lastPending)
    }
    letter.lines = LineSpan(start: lines[first].number, end: lines[max(first, last)].number)
    let after = (last + 1)..<range.upperBound
    let rest = after.contains { !lines[$0].isEmptyish } ? after : nil
    return LetterReader.Result(letter: letter, rest: rest)
  }

  // MARK: - Parts

  /// A line without the specks OCR set between its words (`Bangk0k 10900 ' Thailand`): a word
  /// that is one of `' , ` ~` alone.
  static func withoutSpecks(_ text: String) -> String {
    guard text.utf8.contains(where: BodyParser.isSpeckByte) else { return text }
    return text.split(separator: " ").filter { !($0.utf8.count == 1 && BodyParser.isSpeckByte($0.utf8.first!)) }
      .joined(separator: " ")
  }



  private func isSalutation(_ k: Int) -> Bool {
    let s = lines[k].scalars
    return EnglishLetter.opensLatin(s) && EnglishLetter.salutation(s, text: lines[k].text) != nil
  }

  /// The office block's first line or the date set beside the number (`No. 0306/2145      12
  /// March 2026`), from `end` on.
  private func readBeside(_ end: Int, in line: Line, office: inout String?, into letter: inout Letter) {
    let beside = Vocabulary.value(after: end, in: line.scalars, of: line)
    guard !beside.isEmpty else { return }
    if letter.date == nil, let date = dateLine(beside.scalarArray) {
      setDate(date, line: line, of: &letter)
    } else {
      office = beside
    }
  }

  /// The letter's date, warned `ocr_digits` when it was read with a letter for a digit.
  private func setDate(_ date: DateValue, line: Line, of letter: inout Letter) {
    letter.date = date
    if date.confidence < 1 { letter.warnings.append(.letterAsDigit(date.raw, line: line.number)) }
  }

  static let certifiedCopy: EnglishWords = ["certified true copy", "certified correct", "true copy", "สำเนาถูกต้อง"]

  /// A copy's certification under the signer (`สำเนาถูกต้อง`, `Certified true copy`, with the
  /// certifier's bracketed name and position): the letter's, as in a Thai letter. Its last line.
  private func certificationEnd(from k: Int) -> Int? {
    let s = lines[k].scalars
    guard let end = Self.certifiedCopy.end(in: s, at: 0), s[end...].allSatisfy({ $0 == " " || $0 == "." }) else {
      return nil
    }
    var last = k
    var j = k + 1
    while j < range.upperBound, j - last <= 2, !isContactLine(lines[j].scalars) {
      if !lines[j].isEmptyish {
        guard lines[j].scalars.count <= 70 else { break }
        last = j
      }
      j += 1
    }
    return last
  }

  /// Whether the block of lines from `k` is the body's first paragraph: a sentence's line in it
  /// (longer than an address's), or a note verbale's opening.
  private func opensBody(at k: Int) -> Bool {
    var j = k
    while j < range.upperBound, !lines[j].isEmptyish {
      let s = lines[j].scalars
      if s.count > 70 || EnglishLetter.noteOpening.occurs(in: s) { return true }
      // (An indented first line over a wrapped one: a paragraph.)
      if j > k, lines[k].indent >= 5, lines[j].indent < lines[k].indent, s.count > 50 { return true }
      j += 1
    }
    return false
  }

  /// The serial of a number split after its slash, on one of the two lines under it, opening
  /// that line: the line, the number completed, and the text after the serial.
  private func serialBelow(_ number: LetterNumber, after k: Int) -> (Int, LetterNumber, String)? {
    for j in (k + 1)..<min(range.upperBound, k + 3) where !lines[j].isEmptyish {
      let s = lines[j].scalars
      var e = 0
      while e < s.count, ThaiDigits.isDigit(s[e]) { e += 1 }
      guard (1...6).contains(e), e == s.count || s[e] == " " else { continue }
      var completed = number
      completed.serial = ThaiDigits.ascii(String(scalars: s[..<e]))
      completed.raw = number.raw + " " + String(scalars: s[..<e])
      return (j, completed, String(scalars: s[e...]).trimmed)
    }
    return nil
  }

  /// The date on a line of its own: after `Date:`, a place (`Bangkok, 12 March 2026`) or a
  /// weekday and a comma, with nothing after it but a full stop.
  func dateLine(_ s: [Unicode.Scalar]) -> DateValue? {
    guard s.count <= 70, s.contains(where: ThaiDigits.isDigit) else { return nil }
    let from = EnglishLetter.labelValueStart(EnglishLetter.dateLabels, in: s) ?? 0
    let rest = Array(s[from...])
    if let date = wholeDate(rest, printed: rest) { return date }
    // `March l2, 2025`, `2l January 2026`: OCR's l for 1 or O for 0 beside a digit. The value is
    // inferred, as one chosen among readings is; `raw` keeps the letters.
    let mended = Self.mendedDigits(rest)
    guard mended != rest, var date = wholeDate(mended, printed: rest) else { return nil }
    date.confidence = OCRDigits.chosenConfidence
    return date
  }

  /// The date `s` is, all of it: debris before it, or a place or a weekday and its comma
  /// (`Bangkok, March 12, 2026`, `Thursday, 12 March 2026`); nothing after but a full stop.
  /// `printed`: the line as printed, of which `s` reads OCR's letters as digits one for one — the
  /// raw is cut from it.
  private func wholeDate(_ s: [Unicode.Scalar], printed: [Unicode.Scalar]) -> DateValue? {
    guard let match = ThaiDateParser.matches(in: s, ocrYears: ocrDigits).first else { return nil }
    let before = s[..<match.scalarRange.lowerBound]
    let after = s[match.scalarRange.upperBound...].filter { $0 != " " && $0 != "." }
    guard after.isEmpty else { return nil }
    if !before.allSatisfy(HeaderLabel.isDebris) {
      guard before.count <= 50, before.last(where: { $0 != " " }) == ",",
        before.allSatisfy({ $0 == " " || $0 == "." || $0 == "," || $0.properties.isAlphabetic })
      else { return nil }
    }
    var date = DateValue(match)
    if printed != s { date.raw = DateValue.withoutWeekday(String(scalars: printed[match.scalarRange]), named: match.weekdayNamed) }
    return date
  }

  /// `l`, `I` for 1 and `O`, `o` for 0 beside a digit, read as the digit.
  static func mendedDigits(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out = s
    for i in s.indices where s[i] == "l" || s[i] == "I" || s[i] == "O" || s[i] == "o" {
      // Beside a digit, and inside no word (`Oct` and `l0th` keep theirs: `O` opens a word).
      let besideDigit = i > 0 && ThaiDigits.isDigit(s[i - 1]) || i + 1 < s.count && ThaiDigits.isDigit(s[i + 1])
      let inWord = i > 0 && s[i - 1].properties.isAlphabetic || i + 1 < s.count && s[i + 1].properties.isAlphabetic
      guard besideDigit, !inWord else { continue }
      out[i] = s[i] == "l" || s[i] == "I" ? "1" : "0"
    }
    return out
  }

  /// The lines under a field's first that go on with its value: the same block, up to a label,
  /// a salutation or `limit`.
  private func continuation(after k: Int, limit: Int) -> [Int] {
    var more: [Int] = []
    var j = k + 1
    while j < limit, !lines[j].isEmptyish {
      let s = lines[j].scalars
      if isLabel(s) || isSalutation(j) || dateLine(s) != nil { break }
      more.append(j)
      j += 1
    }
    return more
  }

  private func isLabel(_ s: [Unicode.Scalar]) -> Bool {
    guard EnglishLetter.opensLatin(s) else { return HeaderLabel.read(s) != nil }
    return EnglishLetter.labelValueStart(EnglishLetter.subjectLabels, in: s) != nil
      || EnglishLetter.labelValueStart(EnglishLetter.toLabels, in: s) != nil
      || EnglishLetter.labelValueStart(EnglishLetter.fromLabels, in: s) != nil
      || EnglishLetter.labelValueStart(EnglishLetter.dateLabels, in: s) != nil
      || EnglishLetter.labelValueStart(EnglishLetter.copyLabels, in: s) != nil
      || itemField(s) != nil || isContactLine(s)
  }

  private func joined(_ first: String, _ more: [Int]) -> String? {
    let text = ([first] + more.map { lines[$0].text }).filter { !$0.isEmpty }.joined(separator: " ").trimmed
    return text.isEmpty ? nil : text
  }

  /// The last line of the block of non-blank lines `k` is in (from `k` on).
  private func blockEnd(from k: Int, limit: Int) -> Int {
    var j = k
    while j + 1 < limit, !lines[j + 1].isEmptyish { j += 1 }
    return j
  }

  /// `Reference:` or `Enclosure(s):` opening `s`: the field and where its label ends.
  private func itemField(_ s: [Unicode.Scalar]) -> (HeaderLabel.Field, Int)? {
    guard EnglishLetter.opensLatin(s) else { return nil }
    if EnglishLetter.number(s) == nil, let start = EnglishLetter.labelValueStart(EnglishLetter.referenceLabels, in: s) {
      return (.references, start)
    }
    if let start = EnglishLetter.labelValueStart(EnglishLetter.enclosureLabels, in: s) { return (.enclosures, start) }
    // `Enclosures` alone on its line, its items under it.
    if let end = EnglishLetter.enclosureLabels.end(in: s, at: 0), end == s.count { return (.enclosures, end) }
    return nil
  }

  /// Reads a `Reference:` or `Enclosure:` field from line `k`: its value and the lines under
  /// it in the same block (or, when the label stands alone, the block under it). Returns the
  /// field's last line.
  private func readItems(_ field: (HeaderLabel.Field, Int), at k: Int, limit: Int, into letter: inout Letter) -> Int {
    var more: [Int] = []
    var j = k + 1
    // A label alone on its line: its items may stand after a blank line.
    if field.1 >= lines[k].scalars.count {
      while j < limit, lines[j].isEmptyish, j - k <= 2 { j += 1 }
    }
    // The indent numbered items stand at: an unnumbered line there opens the body (`1. …` /
    // `2. …` / `With reference to …` with no blank line between).
    var itemIndent: Int?
    while j < limit, !lines[j].isEmptyish {
      let s = lines[j].scalars
      if isLabel(s) || isSalutation(j) { break }
      if ItemReader.itemNumber(s) != nil {
        itemIndent = lines[j].indent
      } else if let itemIndent, itemIndent > 0, lines[j].indent <= itemIndent, s.count > 50,
        s.first.map({ $0.value &- 0x41 < 26 }) == true, let previous = lines[j - 1].scalars.last,
        previous == "." || previous == ";" || previous == ")"
      {
        break
      }
      more.append(j)
      j += 1
    }
    let start = field.1
    if field.0 == .references {
      for item in ItemReader.items(lines, first: (k, start), more: more) {
        var found = EnglishCitation.find(in: item.text, ocrYears: ocrDigits)
        if found.isEmpty, let thai = CitationReader.find(in: item.text, strict: false, ocrYears: ocrDigits).first {
          found = [thai.citation]
        }
        // An item is its citation (its raw the whole item), or names several, each with its own.
        if found.count == 1 { found[0].raw = item.text }
        for citation in found {
          letter.references.append(citation)
          if citation.number != nil, citation.number?.prefix == nil {
            letter.warnings.append(
              LetterWarning(.numberWithoutPrefix, "cited number printed without its office prefix", line: item.line))
          }
        }
      }
    } else {
      var warnings: [LetterWarning] = []
      var items = ItemReader.enclosures(lines, first: (k, start), more: more, warnings: &warnings, ocrYears: ocrDigits)
      for index in items.indices where items[index].letter == nil {
        items[index].letter = EnglishCitation.find(in: items[index].title, ocrYears: ocrDigits).first
      }
      letter.enclosures += items
      letter.warnings += warnings
    }
    return more.last ?? k
  }

  /// A note verbale's closing sentence (`… avails itself of this opportunity to renew … the
  /// assurances of its highest consideration.`): the block it stands in.
  private func noteClosing(from start: Int, limit: Int) -> (Int, Int)? {
    var k = start
    while k < limit {
      guard !lines[k].isEmptyish else {
        k += 1
        continue
      }
      let end = blockEnd(from: k, limit: limit)
      let text = (k...end).map { lines[$0].text }.joined(separator: " ").scalarArray
      if EnglishLetter.noteClosing.occurs(in: text) { return (k, end) }
      k = end + 1
    }
    return nil
  }

  /// With no closing of any kind, where the body stops: the first line of a foot field
  /// (`Enclosure:`, `cc:`) or contact line after the body's text.
  private func bodyFoot(from start: Int) -> Int? {
    guard
      var k = (start..<range.upperBound).first(where: { k in
        let s = lines[k].scalars
        return itemField(s) != nil || EnglishLetter.labelValueStart(EnglishLetter.copyLabels, in: s) != nil
          || isContactLine(s)
      })
    else { return nil }
    // The unit's lines over the first contact line are the contact's.
    if isContactLine(lines[k].scalars) {
      while k - 1 > start, !lines[k - 1].isEmptyish, lines[k - 1].scalars.count <= 70, lines[k - 1].scalars.last != "." {
        k -= 1
      }
    }
    return k
  }

  /// The signer under a courtesy closing: the name (brackets dropped), then one position a
  /// line up to a blank line or a foot field. Returns the signature and its last line.
  private func signature(from start: Int) -> (Signature, Int)? {
    var k = start
    // Blank lines, a signature's place (`(Signed)`, `[Signature]`) and specks.
    while k < range.upperBound, k - start <= 8 {
      let s = lines[k].scalars
      if lines[k].isEmptyish || Self.isSignatureMark(s) {
        k += 1
        continue
      }
      break
    }
    guard k < range.upperBound, k - start <= 8 else { return nil }
    // `for` (or `on behalf of`) on a line of its own above the name: the signer acts for the head
    // the positions name.
    var actingAbove: String?
    if let phrase = Self.actingAlone(lines[k].scalars), let next = nextText(after: k, within: 2) {
      actingAbove = phrase
      k = next
    }
    let s = lines[k].scalars
    let pair = Self.bracketedPair(lines[k].text)
    guard s.count <= 70 || pair != nil, !isLabel(s), !isContactLine(s) else { return nil }
    var name = pair ?? Self.withoutBrackets(lines[k].text)
    // A rank or title on its own line over the bracketed name (`Police Colonel` / `(Wiroj …)`).
    if !Self.isBracketed(s), let under = nextText(after: k, within: 2), Self.isBracketed(lines[under].scalars) {
      name += " " + Self.withoutBrackets(lines[under].text)
      k = under
    }
    guard !name.isEmpty else { return nil }
    var positions: [String] = []
    var end = k
    var j = k + 1
    // (A model's markdown sets a blank line between the name and the positions: a block with no
    // contact line in it is still the positions.)
    if let next = nextText(after: k, within: 2), next > k + 1,
      !(next..<blockEnd(from: next, limit: range.upperBound) + 1).contains(where: { isContactLine(lines[$0].scalars) })
    {
      j = next
    }
    while j < range.upperBound, !lines[j].isEmptyish, positions.count < 5 {
      let t = lines[j].scalars
      if isLabel(t) || isContactLine(t) || t.count > 90 { break }
      // (With no blank line between, the contact's unit stands right over its first phone.)
      if !positions.isEmpty, j + 1 < range.upperBound, isContactLine(lines[j + 1].scalars) { break }
      positions.append(lines[j].text)
      end = j
      j += 1
    }
    let acting = actingAbove ?? positions.lazy.compactMap(Self.actingPhrase).first
    return (Signature(name: name, positions: positions, acting: acting), end)
  }

  /// The last block of the body when it is a signer's: short lines, none a sentence, the first
  /// a name (bracketed, or two to six words each opening with a capital). The signature, and
  /// the block's first and last lines.
  private func signatureEndingBody(from start: Int, to end: Int) -> (Signature, Int, Int)? {
    guard let lastLine = (start..<end).last(where: { !lines[$0].isEmptyish }) else { return nil }
    var first = lastLine
    while first > start, !lines[first - 1].isEmptyish { first -= 1 }
    guard first > start, lastLine - first < 5 else { return nil }
    let block = (first...lastLine).map { lines[$0] }
    guard block.allSatisfy({ $0.scalars.count <= 70 && $0.scalars.last != "." }),
      Self.isName(block[0].scalars), let (signature, _) = signature(from: first)
    else { return nil }
    return (signature, first, lastLine)
  }

  /// A person's name on a line of its own: bracketed, or two to six words, each opening with a
  /// capital (a title's dot allowed), no digit.
  static func isName(_ s: [Unicode.Scalar]) -> Bool {
    if s.first == "(", s.last == ")" { return true }
    guard !s.contains(where: ThaiDigits.isDigit), !s.contains(",") else { return false }
    let words = s.split(separator: " ")
    return (2...6).contains(words.count) && words.allSatisfy { word in
      guard let c = word.first else { return false }
      return c.value &- 0x41 < 26
    }
  }

  /// Two signers side by side (`(Assoc. Prof. Dr. Somkiat Chanthara)   (Professor Dato' Dr.
  /// Rosli Mohd Nor)`): both names, brackets dropped, one space between.
  static func bracketedPair(_ text: String) -> String? {
    let parts = text.split(separator: ")").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard parts.count == 2, text.hasSuffix(")"), parts.allSatisfy({ $0.hasPrefix("(") && $0.count > 4 }) else { return nil }
    return parts.map { String($0.dropFirst()).trimmed }.joined(separator: " ")
  }

  static func isBracketed(_ s: [Unicode.Scalar]) -> Bool { s.first == "(" && s.last == ")" }

  /// `(Mr. Somchai Jaidee)` → `Mr. Somchai Jaidee`; any other text as it is.
  static func withoutBrackets(_ text: String) -> String {
    guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close,
      String(text[..<open]).trimmed.isEmpty
    else { return text }
    return String(text[text.index(after: open)..<close]).trimmed
  }

  /// The next line with text after `k`, across at most `within` blank lines.
  private func nextText(after k: Int, within: Int) -> Int? {
    var j = k + 1
    while j < range.upperBound, lines[j].isEmptyish, j - k <= within { j += 1 }
    return j < range.upperBound && !lines[j].isEmptyish ? j : nil
  }

  static let yourReference: EnglishWords = ["your ref.", "your ref", "your reference", "your ref. no."]

  static let memoClosings: EnglishWords = [
    "submitted for", "for your consideration", "for your information", "for your approval", "for your kind",
    "respectfully submitted", "please be informed accordingly",
  ]

  /// `for`, `For`, `on behalf of` alone on a line (a comma after it or none): the phrase.
  static func actingAlone(_ s: [Unicode.Scalar]) -> String? {
    guard let end = actingWords.end(in: s, at: 0), s[end...].allSatisfy({ $0 == "," || $0 == " " || $0 == ":" }),
      EnglishWords(["acting"]).end(in: s, at: 0) == nil
    else { return nil }
    return String(scalars: s[..<end])
  }

  static let actingWords: EnglishWords = ["acting", "for", "on behalf of"]

  /// The phrase a position line opens with that makes the signer act for another, as
  /// printed: `Acting` (`Acting Director-General`), `for`, `on behalf of`.
  static func actingPhrase(_ position: String) -> String? {
    let s = position.scalarArray
    if let end = actingWords.end(in: s, at: 0), end < s.count, s[end] == " " {
      return String(scalars: s[..<end])
    }
    if let at = position.utf8Range(of: " on behalf of ") {
      return String(position[at]).trimmed
    }
    // `Deputy Director-General, on behalf of` / `Vice Governor, for`: the phrase ends the line,
    // the head signed for on the line under it.
    for phrase in [", on behalf of", " on behalf of", ", for"] where position.hasSuffix(phrase) {
      return phrase.trimmingCharacters(in: [",", " "])
    }
    return nil
  }

  static let signatureMarks: EnglishWords = ["(signed)", "[signature]", "(signature)", "signed", "[signed]", "sgd."]

  static func isSignatureMark(_ s: [Unicode.Scalar]) -> Bool {
    guard let end = signatureMarks.end(in: s, at: 0) else { return false }
    return s[end...].allSatisfy { $0 == " " || $0 == "." }
  }

  // MARK: - Contact

  static let phoneLabels: EnglishWords = ["telephone", "tel.", "tel", "phone", "mobile", "mob.", "t."]
  static let faxLabels: EnglishWords = ["facsimile", "fax.", "fax", "f."]
  /// (`E-rnail`: OCR's rn for m.)
  static let emailLabels: EnglishWords = ["e-mail", "email", "e-mail address", "e-rnail", "ernail", "e."]
  static let personLabels: EnglishWords = ["contact person", "contact persons", "coordinator", "contact"]
  static let webLabels: EnglishWords = ["website", "web site", "web", "www", "http", "url"]

  private func isContactLine(_ s: [Unicode.Scalar]) -> Bool {
    let s = Self.mendedLabels(s)
    let rest = HeaderLabel.withoutDebris(s)
    let start = s.count - rest.count
    return Self.phoneLabels.end(in: s, at: start) != nil || Self.faxLabels.end(in: s, at: start) != nil
      || Self.emailLabels.end(in: s, at: start) != nil || Self.webLabels.end(in: s, at: start) != nil
      || EnglishLetter.labelValueStart(Self.personLabels, in: s) != nil
      || Vocabulary.leading(Vocabulary.contactLabels, in: rest) != nil
  }

  /// Phones, faxes, e-mail addresses and web addresses on a contact line (`Tel. +66 2 555
  /// 1234  Fax +66 2 555 1235`, `E-mail: …`).
  private func readContact(_ line: Line, into contact: inout Contact) {
    let printed = line.scalars
    let s = Self.mendedLabels(printed)
    // The line cut where each label begins.
    var cuts: [(Int, Int, Int)] = []  // (label start, value start, kind: 0 phone, 1 fax, 2 other)
    var i = 0
    while i < s.count {
      if i == 0 || !EnglishWords.isLetter(s[i - 1]) {
        for (kind, labels) in [(1, Self.faxLabels), (0, Self.phoneLabels), (2, Self.emailLabels)] {
          if let end = labels.end(in: s, at: i), end >= s.count || !EnglishWords.isLetter(s[end]) {
            var v = end
            while v < s.count, s[v] == " " || s[v] == ":" || s[v] == "." { v += 1 }
            cuts.append((i, v, kind))
            i = end
            break
          }
        }
      }
      i += 1
    }
    // `Contact person: Ms. Kanokwan Thepsiri, Tel. …`: the person up to the comma or a label.
    if let start = EnglishLetter.labelValueStart(Self.personLabels, in: s) {
      let end = min(cuts.first?.0 ?? s.count, s[start...].firstIndex(of: ",") ?? s.count)
      let person = String(scalars: s[start..<end]).trimmed
      if !person.isEmpty { contact.people.append(person) }
    }
    if cuts.isEmpty { cuts = [(0, 0, 2)] }
    for (n, (_, valueStart, kind)) in cuts.enumerated() {
      let valueEnd = n + 1 < cuts.count ? cuts[n + 1].0 : s.count
      guard valueStart < valueEnd else { continue }
      let value = String(scalars: printed[valueStart..<valueEnd]).trimmed.trimmingSuffix(",")
      switch kind {
      case 0: contact.phones += PhoneReader.phones(in: value).map { Self.withPlus($0, in: value) }
      case 1: contact.faxes += PhoneReader.phones(in: value).map { Self.withPlus($0, in: value) }
      default: break
      }
      contact.emails += PhoneReader.emails(in: value)
      contact.urls += SignatureParser.urls(in: value)
    }
  }

  /// The line with OCR's `1` and `0` read as the letters they stand for inside words (`Te1.`,
  /// `E-mai1:`), one for one, so that labels are found where the values are (values are read
  /// from the printed line).
  static func mendedLabels(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard s.contains(where: { $0 == "1" || $0 == "0" }) else { return s }
    var out = s
    for i in s.indices where s[i] == "1" || s[i] == "0" {
      guard i > 0, EnglishWords.isLetter(s[i - 1]) else { continue }
      out[i] = s[i] == "1" ? "l" : "o"
    }
    return out
  }

  /// A phone's raw with the `+` printed before its country code, and its number without it.
  static func withPlus(_ phone: Phone, in value: String) -> Phone {
    guard value.contains("+" + phone.raw) else { return phone }
    return Phone(raw: "+" + phone.raw, number: phone.number, ext: phone.ext)
  }
}
