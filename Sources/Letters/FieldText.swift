import ThaiText

/// Gathering a field's text over several lines.
enum FieldText {
  /// Lines that continue a field begun at `start`: the following non-blank lines until a
  /// blank line or a line that begins another field. With `acrossBlanks`, a blank line may
  /// be crossed when the next line plainly continues (ลงวันที่…, จำนวน…, a numbered item,
  /// a tab-indented column).
  static func continuation(
    _ lines: [Line], after start: Int, limit: Int, acrossBlanks: Bool = false
  ) -> [Int] {
    // Numbered items continue across blank lines only in a field whose items are numbered.
    let numbered = fieldIsNumbered(lines, start, limit)
    // A keyword alone on its line (`**สิ่งที่ส่งมาด้วย**`, then a blank, then the items): its
    // value starts below the blank.
    let bare =
      Vocabulary.field(
        Vocabulary.listFields, in: lines[start].scalars
      ).map { $0.1 >= lines[start].scalars.count } ?? false
    var taken: [Int] = []
    let inSubject = Vocabulary.field(Vocabulary.subject, in: lines[start].scalars) != nil
    var k = start + 1
    while k < limit {
      let line = lines[k]
      // A rule drawn under a heading (an order's title block, `-----`) ends it, as a blank
      // line would; other furniture (a page number, a speck) is passed over.
      if line.furniture == .rule, !bare || !taken.isEmpty { break }
      if line.furniture != nil {
        k += 1
        continue
      }
      if line.isBlank || line.isPageBreak {
        if bare && taken.isEmpty {
          k += 1
          continue
        }
        guard acrossBlanks else { break }
        var next = k + 1
        while next < limit, lines[next].isEmptyish { next += 1 }
        guard next < limit,
          continuesAcrossBlank(lines[next], numbered: numbered)
            || resumesUnfinishedItem(lines[next], after: lines[taken.last ?? start]),
          !restartsNumbering(lines[next], after: ([start] + taken).map { lines[$0] })
        else { break }
        k = next
        continue
      }
      // A piece of the field's own source line (markdown's `<br>`) goes on with it unless a
      // header label begins it: `ด้วยวิธีประกวดราคา…` after a subject opens no paragraph.
      let sameSourceLine = line.number == lines[start].number
      if startsField(line), !continuesWrappedCitation(lines, k), !sameSourceLine || startsHeaderLabel(line),
        !(!inSubject && (namesCitedSubject(line) || followsCitedDate(lines[taken.last ?? start], line))),
        !(inSubject && isNumberLabelWithoutNumber(line)),
        !(inSubject && namesTheRuleOnNextLine(lines[taken.last ?? start], line))
      {
        break
      }
      // A line wider than any printed one under a subject is a paragraph an OCR that lost the
      // layout set on a line of its own (LINE's or OneNote's text from an image): no wrapped
      // piece of it. (An item of a list, an addressee, may stand on one long line of a model's.)
      if inSubject, line.scalars.count > BodyParser.widestPrintedLine, line.cells.count < 2,
        BodyParser.columns(line.scalars) > BodyParser.widestPrintedLine
      {
        break
      }
      taken.append(k)
      k += 1
    }
    return taken
  }

  /// `เรื่อง … ลงวันที่ ๑๒ ธันวาคม ๒๕๖๖` under a reference or an enclosure: the subject of the
  /// letter it cites, going on to that letter's date, not the letter's own subject.
  static func namesCitedSubject(_ line: Line) -> Bool {
    let s = line.scalars
    guard s.first == "เ", Vocabulary.field(Vocabulary.subject, in: s) != nil || LooseMatch.end(of: CitationReader.subjectWord, in: s, at: 0) != nil,
      let lead = LooseMatch.find(CitationReader.datedWord, in: s)
    else { return false }
    let day = LetterNumberReader.skipSpaces(s, lead.upperBound)
    return day < s.count && ThaiDigits.isDigit(s[day])
  }

  /// `เรื่อง แต่งตั้ง…` under an item that ends with a cited order's or letter's date (`1. สำเนาคำสั่ง…
  /// ที่ 12/2569 ลงวันที่ 5 มกราคม 2569`): that order's subject, the item going on.
  static func followsCitedDate(_ above: Line, _ line: Line) -> Bool {
    guard line.scalars.first == "เ", Vocabulary.field(Vocabulary.subject, in: line.scalars) != nil,
      let lead = LooseMatch.find(CitationReader.datedWord, in: above.scalars),
      let date = ThaiDateParser.matches(in: Array(above.scalars[lead.upperBound...])).first
    else { return false }
    let end = lead.upperBound + date.scalarRange.upperBound
    return above.scalars[end...].allSatisfy { $0 == " " || $0 == "\t" }
  }

  /// A subject about a rule or a draft (`…ต่อร่างข้อบัญญัติองค์การบริหารส่วนตำบลโคกสูง`) whose
  /// own title goes on under it (`เรื่อง การควบคุมการเลี้ยง… พ.ศ. ....`): that `เรื่อง` is the
  /// rule's, not a second subject.
  static func namesTheRuleOnNextLine(_ above: Line, _ line: Line) -> Bool {
    guard Vocabulary.field(Vocabulary.subject, in: line.scalars) != nil else { return false }
    let text = above.text
    // The rule named last on the line above, its title not given there yet.
    return ruleWords.contains { word in
      guard let r = text.utf8Range(of: word) else { return false }
      return String(text[r.upperBound...]).utf8Range(of: "เรื่อง") == nil
    }
  }

  /// Names of rules whose own title is given with `เรื่อง`.
  static let ruleWords = ["ข้อบัญญัติ", "เทศบัญญัติ"]

  static func fieldIsNumbered(_ lines: [Line], _ start: Int, _ limit: Int) -> Bool {
    let s = lines[start].scalars
    // The keyword glued to the first item's number: สิ่งที่ส่งมาด้วย๑. …
    if let (field, end) = HeaderLabel.read(s), field == .references || field == .enclosures,
      ItemReader.itemNumber(Array(s[end...])) != nil
    {
      return true
    }
    // The keyword, then the first item's number: สิ่งที่ส่งมาด้วย ๑. …
    if let space = s.firstIndex(where: { $0 == " " || $0 == "\t" }) {
      let rest = Array(s[LetterNumberReader.skipSpaces(s, space)...])
      if ItemReader.firstItemNumber(rest) != nil { return true }
      // A value that is not item ๑ on the keyword's line: a single, unnumbered item.
      if !rest.isEmpty { return false }
    }
    var k = start + 1
    while k < limit, k - start <= 3, lines[k].isEmptyish { k += 1 }
    return k < limit && ItemReader.itemNumber(lines[k].scalars) != nil
  }

  /// A numbered line past a blank whose number does not go on from the field's items
  /// (`๑.` `๒.` then `๑. ตามอ้างถึง…`): the body's numbered paragraphs begin, the list is over.
  static func restartsNumbering(_ line: Line, after field: [Line]) -> Bool {
    guard let (n, _) = ItemReader.itemNumber(line.scalars) else { return false }
    let last = field.reversed().lazy.compactMap { l -> Int? in
      if let (m, _) = ItemReader.itemNumber(l.scalars) { return m }
      // The keyword's own line: its first item after the keyword (`สิ่งที่ส่งมาด้วย ๑. …`).
      guard let space = l.scalars.firstIndex(of: " ") else { return nil }
      return ItemReader.itemNumber(Array(l.scalars[LetterNumberReader.skipSpaces(l.scalars, space)...]))?.0
    }.first
    guard let last else { return false }
    return n <= last
  }

  static func continuesAcrossBlank(_ line: Line, numbered: Bool) -> Bool {
    let s = line.scalars
    // A table row whose first cell is an item number (a markdown table's separator row
    // leaves a blank slot between the header and the rows).
    if line.cells.count >= 2, ThaiDigits.integer(line.cells[0].trimmingSuffix(".")) != nil { return true }
    if Vocabulary.leading(Vocabulary.continuations, in: s) != nil { return true }
    if numbered, let first = s.first, ThaiDigits.isDigit(first), s.count > 1,
      s.dropFirst().prefix(3).contains(".") || s.dropFirst().prefix(3).contains(")")
    {
      return true
    }
    return false
  }

  /// The rest of an item that a blank line or a page break cut before its end (real Tesseract
  /// pages set a blank line where the printed line spacing changes, not where an item ends): a
  /// citation cut after `ที่ กค` or after its month, then its number or year; `จำนวน ๑`, then
  /// the unit alone; an item without its quantity, then a short line ending with it; an open
  /// bracket (`(แบบ`), then the line that closes it (`สขย.1) จำนวน 1 ชุด`).
  static func resumesUnfinishedItem(_ line: Line, after previous: Line) -> Bool {
    let s = line.scalars
    let p = previous.scalars
    guard let first = s.first, !startsField(line) else { return false }
    let words = p.split(separator: " ")
    guard let last = words.last.map(Array.init) else { return false }
    let beforeLast = words.count >= 2 ? Array(words[words.count - 2]) : []
    if ThaiDigits.isDigit(first) {
      // `… ที่ กค` / `… ที่` / `… ลงวันที่ ๑๗ พฤศจิกายน` / `… จำนวน`: its number, date, year
      // or count follows.
      if isNumberWord(last) || (isNumberWord(beforeLast) && isPrefix(last)) { return true }
      if LooseMatch.find(quantityWord, in: last) == 0..<last.count
        || LooseMatch.find(dateWord, in: last)?.upperBound == last.count
      {
        return true
      }
      return ThaiDateParser.endsWithDayAndMonth(p)
    }
    // `จำนวน ๑`, then the unit alone (`แผ่น`).
    if last.allSatisfy(ThaiDigits.isDigit), LooseMatch.find(quantityWord, in: beforeLast) != nil,
      s.count <= 10, !s.contains(where: ThaiDigits.isDigit)
    {
      return true
    }
    // An item without its quantity, then a short line that ends with it (`(ผ7) จำนวน 1 ชุด`
    // at the top of the next page).
    if s.count <= 60, LooseMatch.find(quantityWord, in: p) == nil, let at = LooseMatch.find(quantityWord, in: s),
      s[at.upperBound...].contains(where: ThaiDigits.isDigit)
    {
      return true
    }
    // An open bracket, then the line that closes it before opening another.
    if p.filter({ $0 == "(" }).count > p.filter({ $0 == ")" }).count, let close = s.firstIndex(of: ")") {
      return !s[..<close].contains("(")
    }
    return false
  }

  /// `ที่` (or `ที` without its tone mark) as a word.
  static func isNumberWord(_ w: [Unicode.Scalar]) -> Bool {
    w == numberWord || w == numberWord.filter { !LooseMatch.droppable($0) }
  }

  /// An office prefix as a number prints it: two or three Thai consonants (`กค`, `ศธ`).
  static func isPrefix(_ w: [Unicode.Scalar]) -> Bool {
    (2...3).contains(w.count) && w.allSatisfy { (0x0E01...0x0E2E).contains($0.value) }
  }

  static let numberWord = Array("ที่".unicodeScalars)
  /// จำนวน, which a complete enclosure item ends with (`… จำนวน ๑ แผ่น`).
  static let quantityWord = Array("จำนวน".unicodeScalars)
  /// ลงวันที่ (its tone mark may be lost: loose matching passes over it).
  static let dateWord = Array("ลงวันที่".unicodeScalars)

  /// A `ที่ …` line that OCR wrapped out of a citation inside a field: the cited letter's
  /// number after its issuer (`2. หนังสือสำนักงาน… ด่วนที่สุด` / `ที่ ศธ 04009/ว 5388`), or
  /// the rest of `ลงวันที่` broken after `ลงวัน` (`… ลงวัน` / `ที ๓ เมษายน ๒๕๐`).
  static func continuesWrappedCitation(_ lines: [Line], _ k: Int) -> Bool {
    let s = lines[k].scalars
    let startsNumber = Vocabulary.leading(Vocabulary.number, in: s) != nil
    // `ลง` / `วันที่ ๑๕ พฤษภาคม …`: the line broke inside ลงวันที่ (a rendered page's wrap).
    let startsDate = !startsNumber && Vocabulary.leading(Vocabulary.memoDate, in: s) != nil
    guard startsNumber || startsDate else { return false }
    var p = k - 1
    while p >= 0, k - p <= 3, lines[p].isEmptyish { p -= 1 }
    guard p >= 0, !lines[p].isEmptyish else { return false }
    let previous = lines[p].scalars
    let head = startsDate ? dateWordStart : dateWordHead
    if let at = LooseMatch.find(head, in: previous, from: max(0, previous.count - 8)), at.upperBound >= previous.count {
      return true
    }
    // `… ลง วัน` / `ที ๒๘ กรกฎาคม …`: OCR set a space inside the broken word as well.
    if startsNumber, previous.suffix(6).filter({ $0 != " " }).elementsEqual(dateWordHead) { return true }
    return startsNumber && LetterSegmenter.continuesCitation(lines, k)
  }

  /// `ลงวัน`, what stays of ลงวันที่ at a line's end when OCR breaks the word.
  static let dateWordHead = Array("ลงวัน".unicodeScalars)
  /// ` ลง`, ลงวันที่ broken before วันที่.
  static let dateWordStart = Array(" ลง".unicodeScalars)

  /// True for a line that begins a header field or the closing.
  static func startsField(_ line: Line) -> Bool {
    let s = line.scalars
    if startsHeaderLabel(line) { return true }
    if Vocabulary.leading(Vocabulary.paragraphStarts, in: s) != nil {
      return true
    }
    return SignatureParser.isBracketedName(s)
  }

  /// A header label begins the line (`เรื่อง`, `เรียน`, `ที่`, …; อ้างถึง / สิ่งที่ส่งมาด้วย glued
  /// to their text or first item's number too).
  static func startsHeaderLabel(_ line: Line) -> Bool {
    let s = line.scalars
    if Vocabulary.field(Vocabulary.headerFields, in: s) != nil { return true }
    if let (field, _) = HeaderLabel.read(s), field == .references || field == .enclosures { return true }
    return HeaderLabel.readGlued(s, expecting: [.references, .enclosures]) != nil
  }

  /// `ที ๒ ประจำปีงบประมาณ …` under a subject (Tesseract lost ที่'s tone mark from the
  /// subject's `รอบที่ ๒`): the number's label with no letter number (no slash) after it is
  /// the subject's next line, not the header's ที่ line.
  static func isNumberLabelWithoutNumber(_ line: Line) -> Bool {
    let s = line.scalars
    guard !s.contains("/"), Vocabulary.field(Vocabulary.number, in: s) != nil else { return false }
    return LetterSegmenter.numberAt(s) == nil && LetterSegmenter.splitPrefixNumber([line], 0) == nil
  }

  /// Lines joined with one space.
  static func join(_ lines: [Line], _ indices: [Int]) -> String {
    indices.map { lines[$0].text }.filter { !$0.isEmpty }.joined(separator: " ")
  }
}
