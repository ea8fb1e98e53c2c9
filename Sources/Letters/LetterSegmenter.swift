import ThaiText

/// การแยกหนังสือ — where one letter ends and the next begins in a file: a covering letter,
/// the letter it encloses, annex pages, a letter whose header was cropped off.
enum LetterSegmenter {
  static let letterWord = Array("หนังสือ".unicodeScalars)
  static let citedWord = Array("ที่อ้างถึง".unicodeScalars)

  /// A stretch of lines holding one letter (indices into the line array).
  struct Segment: Equatable {
    var range: Range<Int>
    var kind: Start
  }

  enum Start: Equatable {
    /// A letter header: ที่ …, บันทึกข้อความ, คำสั่ง… / ประกาศ… titles.
    case header
    /// An annex page: เอกสารแนบท้าย…, กำหนดการ…, or what follows a letter's contact block.
    case annex
    /// Text that reads as a letter (เรื่อง, เรียน) without ที่: the header was cropped.
    case headerless
  }

  /// Splits `lines` into segments.
  static func segments(_ lines: [Line]) -> [Segment] {
    var starts: [(Int, Start)] = []
    var numberLines: [Int] = []
    // Pages that do not take up the catchword of the page before (ดูคำต่อหน้า): each starts a record.
    var strayPages: [Int] = []
    var i = 0
    while i < lines.count {
      let line = lines[i]
      if line.furniture?.isContinuation == true, let page = pageNotContinuing(lines, catchword: i) {
        strayPages.append(page)
      }
      guard !line.isEmptyish else {
        i += 1
        continue
      }
      if isMemoTitle(line) || isTitledHeader(lines, i) {
        starts.append((headerTop(lines, i), .header))
        i = skipHeader(lines, from: i)
        continue
      }
      if isNumberLine(lines, i) || splitPrefixNumber(lines, i) != nil, !continuesCitation(lines, i),
        !repeatsNumberUnderPageFoot(lines, i, numberLines: numberLines)
      {
        numberLines.append(i)
        starts.append((headerTop(lines, i), .header))
        i = skipHeader(lines, from: i)
        continue
      }
      // An English letter's number (`No. กค 0504/7815`) over its salutation or subject.
      if EnglishLetter.isHead(lines, i) {
        starts.append((EnglishLetter.letterheadTop(lines, above: headerTop(lines, i)), .header))
        i += 1
        continue
      }
      // An annex title close under another start is that page's own heading.
      if isAnnexTitle(lines, i), !(starts.last.map { i - $0.0 <= 8 } ?? false) {
        starts.append((marksAbove(titleAbove(ownerLine: i, lines) ?? i, lines), .annex))
      }
      i += 1
    }
    starts.sort { $0.0 < $1.0 }
    // Drop duplicates where an annex title sits inside a header's top.
    var unique: [(Int, Start)] = []
    for start in starts where unique.last?.0 != start.0 { unique.append(start) }
    for page in strayPages where !unique.contains(where: { $0.0 == page }) {
      unique.insert((page, .annex), at: unique.firstIndex { $0.0 > page } ?? unique.count)
    }

    // A letter pasted into an e-mail: the mail's head and greeting above the letter and the
    // sender's signature below are no letter.
    let mail = !unique.isEmpty && MailWrapper.isMail(lines)
    let end = mail ? MailWrapper.signatureStart(lines, after: unique[0].0) ?? lines.count : lines.count
    // Text before the first start that reads as a letter is a letter with a cropped header.
    let firstContent = lines.firstIndex { !$0.isEmptyish } ?? lines.count
    let firstStart = unique.first?.0 ?? lines.count
    if firstContent < firstStart, !mail {
      let head = lines[firstContent..<firstStart]
      let hasSubject = head.contains { Vocabulary.field(Vocabulary.subject, in: $0.scalars) != nil }
      let hasTo = head.contains { Vocabulary.field(Vocabulary.to, in: $0.scalars) != nil }
      let texts = head.filter { !$0.isEmptyish }
      // (A receipt stamp OCR spread over blank lines may take six.)
      let fewShortLines =
        texts.allSatisfy({ $0.scalars.count <= 40 })
        && (texts.count <= 3 || texts.count <= 6 && texts.contains(where: isReceiptLine))
      // A receipt stamp with the routing notes written under it (การเกษียนหนังสือ: `เรียน ผอ.
      // เพื่อโปรดทราบ`, `มอบ งาน…`, initials, a short date): short lines, no เรื่อง.
      let stampAndNotes =
        texts.count <= 12 && texts.allSatisfy({ $0.scalars.count <= 45 }) && texts.contains(where: isReceiptLine)
      // An organisation's letterhead over the ที่ line (name, English name, address, contact).
      let letterhead = !hasSubject && !hasTo && Letterhead(lines, Array(firstContent..<firstStart)) != nil
      if !hasSubject, !hasTo, !unique.isEmpty, WrapperText.isWrapper(lines, firstContent..<firstStart) {
        // Text around the letter (an e-mail's headers, a chat, a post's preface, a web page's
        // menu) is no letter: the first letter begins where it begins.
      } else if !hasSubject, !hasTo || stampAndNotes, !unique.isEmpty, fewShortLines || stampAndNotes || letterhead {
        // A few short lines above the first letter — specks, a damaged mark, the receiving
        // office's name over a receipt stamp, a letterhead — are that letter's, not an annex page.
        unique[0].0 = firstContent
      } else {
        let signed = signsOff(lines, firstContent..<firstStart)
        // A fax's cover sheet with no number of its own is a page of its own before the letter,
        // as an annex page is (``FaxCover``), though it has its เรื่อง and ถึง.
        let cover = !signed && (firstContent..<firstStart).first { !lines[$0].isEmptyish }
          .map { FaxCover.isTitle(lines[$0].scalars) } == true
        unique.insert((firstContent, (hasSubject || hasTo || signed) && !cover ? .headerless : .annex), at: 0)
      }
    }
    var segments: [Segment] = []
    for (k, (start, kind)) in unique.enumerated() where start < end {
      let range = start..<(k + 1 < unique.count ? min(unique[k + 1].0, end) : end)
      let stray = kind == .annex && strayPages.contains(start) && signsOff(lines, range)
      segments.append(Segment(range: range, kind: stray ? .headerless : kind))
    }
    return segments
  }

  /// A stretch with no header that ends as a letter ends (ลงท้าย): a courtesy closing
  /// (`ขอแสดงความนับถือ`) with a bracketed name within the lines under it. A letter's later
  /// page whose first page is not before it — scanned after it, lost, or another letter's
  /// pages between — is that letter with its header missing, not an annex page.
  static func signsOff(_ lines: [Line], _ range: Range<Int>) -> Bool {
    for j in range where Vocabulary.leading(Vocabulary.courtesyClosings, in: lines[j].scalars) != nil {
      let under = (j + 1)..<min(range.upperBound, j + 8)
      if under.contains(where: { SignatureParser.isBracketedName(lines[$0].scalars) }) { return true }
    }
    return false
  }

  /// The first line of the page after a catchword (`/ไว้เป็นหลักฐาน...`) when that page does
  /// not open with the catchword: the page that belonged there was lost, scanned upside
  /// down, or shuffled elsewhere, and this one continues nothing. The words are compared by
  /// their first two consonants (OCR drops marks more often than letters). Nil when the page
  /// takes the word up, when no page break stands between, or when the page opens with a
  /// header (a header starts its own record anyway).
  static func pageNotContinuing(_ lines: [Line], catchword i: Int) -> Int? {
    guard let word = BodyParser.continuationWord(lines[i].scalars) else { return nil }
    let expected = consonants(word, 2)
    guard expected.count == 2 else { return nil }
    var broke = false
    var j = i + 1
    while j < lines.count, j - i <= 40 {
      if lines[j].isPageBreak || lines[j].opensPage { broke = true }
      if !lines[j].isEmptyish { break }
      j += 1
    }
    guard broke, j < lines.count, j - i <= 40, consonants(lines[j].scalars, 2) != expected else { return nil }
    // A page that opens a header, a stamp or a mark over one begins a record already.
    var seen = 0
    var k = j
    while k < lines.count, seen < 6 {
      let line = lines[k]
      if !line.isEmptyish {
        seen += 1
        if isNumberLine(line) || isMemoTitle(line) || isReceiptLine(line) || Vocabulary.marks(line.scalars) != nil
          || Vocabulary.field(Vocabulary.subject, in: line.scalars) != nil
        {
          return nil
        }
      }
      k += 1
    }
    return j
  }

  /// The first `count` Thai consonants of `s`.
  static func consonants(_ s: [Unicode.Scalar], _ count: Int) -> [Unicode.Scalar] {
    Array(s.lazy.filter { ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset($0)) }.prefix(count))
  }

  // MARK: - Line tests

  /// `ศย ๐๑๖/ว ๒๔ ๘   สำนักงาน…`: Tesseract put a space inside the serial. Its rest — one to
  /// three digits of the serial's script — ends the line or stands before a word, and does not
  /// begin a date (`… ว ๒๔ ๘ มกราคม ๒๕๖๘` is a serial and a date run together). The number
  /// read across the space, its raw reading as printed; nil when there is no such rest.
  static func serialAcrossSpace(
    _ s: [Unicode.Scalar], start: Int, number: LetterNumber, end: Int
  ) -> (LetterNumber, Int)? {
    guard !number.serial.isEmpty, number.yearSuffix == nil, end + 1 < s.count, s[end] == " ", end > 0 else {
      return nil
    }
    let last = s[end - 1]
    func sameScript(_ c: Unicode.Scalar) -> Bool { ThaiDigits.isDigit(c) && (c.value < 0x80) == (last.value < 0x80) }
    guard sameScript(last) else { return nil }
    var j = end + 1
    while j < s.count, sameScript(s[j]) { j += 1 }
    let count = j - end - 1
    guard (1...3).contains(count), number.serial.count + count <= 5, j == s.count || s[j] == " " else { return nil }
    if ThaiDateParser.matches(in: Array(s[(end + 1)...])).first?.scalarRange.lowerBound == 0 { return nil }
    guard let (read, readEnd) = LetterNumberReader.read(Array(s[start..<end]) + Array(s[(end + 1)..<j]), at: 0),
      readEnd == j - start - 1, read.serial.count == number.serial.count + count
    else { return nil }
    var joined = read
    joined.raw = String(scalars: s[start..<j])
    return (joined, j)
  }

  /// (A form's row dated in its next box, `ที่ มท ๐๒๓๐/ว ๑๔๗ ⇥ ลงวันที่ ๑๒ ม.ค. ๖๙`, is a number
  /// line only by ``formNumberAt(_:_:)``: a table of cited letters in a body has rows of the
  /// same shape.)
  static func isNumberLine(_ line: Line) -> Bool { numberStart(line.scalars) != nil }

  /// Line `i` holds a letter's number: ``isNumberLine(_:)``, or a radio message's or a form's
  /// number line whose own date stands beside the number (`ที่ มท ๐๒๑๑.๓/ว ๑๘๕๗   ลงวันที่ ๒
  /// เม.ย. ๖๙`), which reads as a citation but for the from-box (`จาก …`) under it.
  static func isNumberLine(_ lines: [Line], _ i: Int) -> Bool {
    isNumberLine(lines[i]) || formNumberAt(lines, i) != nil
  }

  /// The number of a form's number line dated beside it (see ``isNumberLine(_:_:)``).
  static func formNumberAt(_ lines: [Line], _ i: Int) -> (start: Int, number: LetterNumber, end: Int)? {
    let s = lines[i].scalars
    guard s.count > 8, s[0] == "ท" else { return nil }
    // (Past the serial's own row when the serial went on to the box's next row: `| 5312 |`.)
    var k = i + 1
    while k < lines.count, k - i <= 3,
      lines[k].isEmptyish || !lines[k].scalars.isEmpty && lines[k].scalars.allSatisfy(ThaiDigits.isDigit)
    {
      k += 1
    }
    guard k < lines.count, isFromBox(lines[k].scalars) else { return nil }
    // Above it the form's marks or title, or nothing: a body's line that opens with a cited
    // number has its sentence above.
    var above = i - 1
    while above >= 0, lines[above].isEmptyish { above -= 1 }
    guard above < 0 || Vocabulary.marks(lines[above].scalars) != nil || isMessageFormTitle(lines[above].scalars) else {
      return nil
    }
    return numberAt(s, dated: true)
  }

  /// A radio message's from-box (`จาก ผวจ.ยล.`, `จาก ......นอภ.ด่านซ้าย....`): the label without a
  /// colon (a mail's `จาก: … <…@…>` is its head) and a short sender, no address of a mail.
  static func isFromBox(_ s: [Unicode.Scalar]) -> Bool { fromBoxLabelEnd(s) != nil }

  /// Where a from-box's label ends (``isFromBox(_:)``), the sender after it; nil for any other
  /// line.
  static func fromBoxLabelEnd(_ s: [Unicode.Scalar]) -> Int? {
    guard s.first == "จ", s.count <= 90, let (_, end) = Vocabulary.field(Vocabulary.fromBox, in: s) else { return nil }
    let value = s[end...].drop { $0 == " " }
    guard value.first != ":", !value.contains("@"), !value.contains("<"),
      value.filter({ $0 != "." && $0 != "," }).count <= 60
    else { return nil }
    return end
  }

  /// `ที่ ขก` with the code and serial on the next line (`๕๑๐๐๑/ว ๒๓๔`): the prefix, the
  /// index of that line, and the number read from it.
  static func splitPrefixNumber(_ lines: [Line], _ i: Int) -> (prefix: String, line: Int, number: LetterNumber)? {
    let s = lines[i].scalars
    guard let (_, end) = Vocabulary.field(Vocabulary.number, in: s) else { return nil }
    let rest = Array(s[LetterNumberReader.skipSpaces(s, end)...])
    guard (2...5).contains(rest.count),
      rest.allSatisfy({ ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset($0)) })
    else {
      return nil
    }
    var j = i + 1
    while j < lines.count, j - i <= 3, lines[j].isEmptyish { j += 1 }
    guard j < lines.count, let (number, end2) = LetterNumberReader.read(lines[j].scalars, at: 0),
      number.prefix == nil, number.code != nil, !number.serial.isEmpty, end2 >= lines[j].scalars.count - 1
    else { return nil }
    return (String(scalars: rest), j, number)
  }

  /// Where the number begins on a `ที่ …` line: after ที่ and a space or dotted leader, or
  /// straight after it when OCR glued them (`ทีมท ๐๕๑๒/ว ๑๕๐๕`, or with a speck between:
  /// `ที'สต ๐๐๓๑๕/…`) and the number has a prefix.
  static func numberStart(_ s: [Unicode.Scalar]) -> Int? { numberAt(s)?.start }

  /// ``numberStart(_:)``, and the number read there and where it ends: the reader takes them
  /// as they are (reading the number again cost as much as finding it).
  /// `dated`: a date after the number is the letter's own (a form's number line).
  static func numberAt(_ s: [Unicode.Scalar], dated: Bool = false) -> (start: Int, number: LetterNumber, end: Int)? {
    if let (_, end) = Vocabulary.field(Vocabulary.number, in: s) {
      var start = Vocabulary.skipLeaders(s, end)
      if let past = pastGarbledPrefix(s, start), LetterNumberReader.read(s, at: start) == nil { start = past }
      if let (number, numberEnd) = LetterNumberReader.read(s, at: start), namesALetter(number),
        dated || !isDatedCitation(s, after: numberEnd)
      {
        return withSerialAcrossSpace(s, start, number, numberEnd)
      }
      return nil
    }
    if let (_, end) = Vocabulary.leading(Vocabulary.number, in: s) {
      // A speck OCR set between the label and the prefix (`ที'สต ๐๐๓๑๕/๑๒๐๕`), one or two.
      var at = end
      while at < s.count, at - end < 2, s[at] != " ", HeaderLabel.isDebris(s[at]) { at += 1 }
      if let (number, numberEnd) = LetterNumberReader.read(s, at: at), number.prefix != nil, number.code != nil,
        !isDatedCitation(s, after: numberEnd)
      {
        return withSerialAcrossSpace(s, at, number, numberEnd)
      }
    }
    // `ท 2145/2569`, `ทิ สีจงิ ๐๕๑๕.๐๓/…`: Tesseract kept only the label's first letter, or
    // read its vowel wrong. Alone before a number that names a letter, it can be nothing else.
    var label = 1
    if s.count > 2, (0x0E34...0x0E37).contains(s[1].value) { label = 2 }
    if label < s.count, LooseMatch.droppable(s[label]) { label += 1 }
    if s.count > label + 3, s[0] == "ท", s[label] == " " {
      let start = Vocabulary.skipLeaders(s, label)
      if let (number, numberEnd) = LetterNumberReader.read(s, at: start), namesALetter(number),
        !isDatedCitation(s, after: numberEnd)
      {
        return withSerialAcrossSpace(s, start, number, numberEnd)
      }
    }
    return nil
  }

  /// The number found, or read on across a space Tesseract put inside its serial.
  static func withSerialAcrossSpace(
    _ s: [Unicode.Scalar], _ start: Int, _ number: LetterNumber, _ end: Int
  ) -> (start: Int, number: LetterNumber, end: Int) {
    if let (joined, joinedEnd) = serialAcrossSpace(s, start: start, number: number, end: end) {
      return (start, joined, joinedEnd)
    }
    return (start, number, end)
  }

  /// `ลงวันที่` right after the number (`ที่ ๕๓/๒๕๖๓ ลงวันที่ ๕ มีนาคม …`): a cited letter's
  /// number and date that OCR wrapped onto a line of their own, never a letter's own number.
  static func isDatedCitation(_ s: [Unicode.Scalar], after numberEnd: Int) -> Bool {
    let at = LetterNumberReader.skipSpaces(s, numberEnd)
    return LooseMatch.end(of: FieldText.dateWord, in: s, at: at) != nil
  }

  /// A letter's number line printed again at the head of a later page, under its page number
  /// (`หน้า ๑/๒` / `ที่ พณ ๐๗๐๔/ว ๒๘๑`): a page header, not a new letter. Not when its own
  /// เรื่อง follows within a few lines: that is the first page scanned again (สแกนซ้ำ), a
  /// record of its own.
  static func repeatsNumberUnderPageFoot(_ lines: [Line], _ i: Int, numberLines: [Int]) -> Bool {
    guard let last = numberLines.last else { return false }
    // Over it, past blank lines and the page's furniture (a catchword, specks): the page's
    // break or number. (Asked before the numbers are read and compared: most number lines
    // open a letter at the top of a page's text, under no page number.)
    var k = i - 1
    // (A form feed may open the head's own line: `\fที่ มท ๐๘๐๘.๒/ว ๕๑๔๗`.)
    var pageTurned = lines[i].opensPage
    while k >= 0, i - k <= 6, lines[k].isEmptyish {
      if lines[k].isPageBreak || lines[k].opensPage || lines[k].furniture == .pageNumber || lines[k].furniture?.isContinuation == true {
        pageTurned = true
      }
      k -= 1
    }
    if k >= 0, lines[k + 1].opensPage || lines[k].furniture == .pageNumber { pageTurned = true }
    guard pageTurned || k >= 0 && (lines[k].isPageBreak || lines[k].furniture == .pageNumber) else { return false }
    guard lines[last].text == lines[i].text || sameNumber(lines[last], lines[i]) else { return false }
    return !subjectFieldFollows(lines, i, within: 5)
  }

  /// Whether a page's head (`ที่ มท ๐๘๐๘.๒/ว ๕๑๔๗`; a `(ต่อ) ที่ …` head is furniture, ``Line``) names the number
  /// of the letter's own ที่ line (`ที่ มท ๐๘๐๘.๒/ว ๕๑๔๗      กรมส่งเสริม…`, or `ที่ นม ๐๐๑๗.๓/ว` with
  /// its serial on the next line).
  static func sameNumber(_ header: Line, _ head: Line) -> Bool {
    guard let own = numberAt(header.scalars)?.number, let again = numberAt(head.scalars)?.number else { return false }
    if own.canonical == again.canonical { return true }
    return own.serial.isEmpty && own.prefix == again.prefix && own.code == again.code && own.circular == again.circular
  }

  /// Where the number begins past a prefix a finger or a clip garbled into symbols on a
  /// photographed page (`ที %@  ๐๐๒๓.๓/ว ๒๑๕๘`): one to three of `% @ ~ # & * ^ =` before a space
  /// and a digit at `i`; nil when none stands there. The reader warns of it (``garbledPrefix(_:)``).
  static func pastGarbledPrefix(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    var j = i
    while j < s.count, j - i < 3, "%@~#&*^=".unicodeScalars.contains(s[j]) { j += 1 }
    guard j > i, j < s.count, s[j] == " " else { return nil }
    while j < s.count, s[j] == " " { j += 1 }
    return j < s.count && ThaiDigits.isDigit(s[j]) ? j : nil
  }

  /// Whether the number of line `s` was read past a garbled prefix (``pastGarbledPrefix(_:_:)``).
  static func garbledPrefix(_ s: [Unicode.Scalar]) -> Bool {
    guard let (_, end) = Vocabulary.field(Vocabulary.number, in: s) else { return false }
    let start = Vocabulary.skipLeaders(s, end)
    return pastGarbledPrefix(s, start) != nil && LetterNumberReader.read(s, at: start) == nil
  }

  /// `ระเบียบวาระการประชุม …` with an item `วาระที่ …` among the eight lines with text under it.
  static func isAgendaTitle(_ lines: [Line], _ i: Int) -> Bool {
    guard lines[i].scalars.count < 120, Vocabulary.leading(Vocabulary.agendaTitle, in: lines[i].scalars) != nil else {
      return false
    }
    var seen = 0
    var k = i + 1
    while k < lines.count, seen < 8 {
      if !lines[k].isEmptyish {
        if Vocabulary.leading(Vocabulary.agendaItem, in: lines[k].scalars) != nil { return true }
        seen += 1
      }
      k += 1
    }
    return false
  }

  /// A reading after ที่ that is a letter's number: it has an office prefix, a code or a year
  /// suffix (`๑๒/๒๕๖๗`), not a bare serial.
  static func namesALetter(_ number: LetterNumber) -> Bool {
    number.prefix != nil || number.code != nil || number.yearSuffix != nil
  }

  /// A `ที่ …` line that OCR wrapped out of a citation (`…สำเนาหนังสือ… ด่วนที่สุด` / `ที่ นร …`)
  /// continues that citation; it does not begin a letter.
  static func continuesCitation(_ lines: [Line], _ i: Int) -> Bool {
    if lines[i].opensMessage { return false }
    if datedOnNextLine(lines, i) { return true }
    var k = i - 1
    while k >= 0, lines[k].isEmptyish, i - k <= 3 { k -= 1 }
    guard k >= 0, !lines[k].isEmptyish else { return false }
    let previous = lines[k]
    if Vocabulary.field(Vocabulary.citingFields, in: previous.scalars) != nil {
      return !CitationReader.find(in: previous.text, strict: false).contains {
        !$0.citation.number.map(\.serial).isNilOrEmpty
      }
    }
    // `รายละเอียดตามหนังสือด้านล่าง 👇`: a post's preface, or a sentence pointing at the letter
    // below or one already named, leaves no citation open.
    if namesNoNumberBelow(previous) { return false }
    // A ที่ line set apart from the sentence above and heading a เรื่อง field begins a letter
    // (a cover's message `ส่งหนังสือเชิญประชุม` names what it sends, it cites nothing).
    if lines[(k + 1)..<i].contains(where: \.isBlank), subjectFieldFollows(lines, i) { return false }
    if endsWithCitedOffice(previous.scalars) { return true }
    // A certificate's title over its number (`หนังสือรับรอง` / `ที่ ชบ ๕๒๑๐๕/๑๒๔๕`) cites nothing.
    if Vocabulary.isCertificateTitle(previous.scalars) { return false }
    return previous.scalars.count < 120 && LooseMatch.find(letterWord, in: previous.scalars) != nil
      && CitationReader.find(in: previous.text, strict: false).isEmpty
  }

  /// Whether a `เรื่อง` field opens one of the `within` lines with text below line `i`: under a ที่
  /// line, a letter's header follows, not a citation's wrapped tail (asked of a ที่ line set apart
  /// by a blank line from the sentence above it, since OCR may put a citation's own subject on a
  /// line of its own under its number), and not a page's head repeating the number.
  static func subjectFieldFollows(_ lines: [Line], _ i: Int, within: Int = 4) -> Bool {
    var seen = 0
    var j = i + 1
    while j < lines.count, seen < within {
      if !lines[j].isEmptyish {
        if Vocabulary.field(Vocabulary.subject, in: lines[j].scalars) != nil { return true }
        seen += 1
      }
      j += 1
    }
    return false
  }

  /// A line whose last `หนังสือ` names the letter below (`…ตามหนังสือด้านล่างนี้`), or a line only
  /// a post or chat prints: no number on the next line completes it.
  static func namesNoNumberBelow(_ line: Line) -> Bool {
    let s = line.scalars
    var last: Int?
    var from = 0
    while let r = LooseMatch.find(letterWord, in: s, from: from) {
      last = r.upperBound
      from = r.lowerBound + 1
    }
    guard let last else { return false }
    let after = s[last...]
    return lettersBelow.contains { after.starts(with: $0) } || WrapperText.isMarked(line)
  }

  /// What follows `หนังสือ` when it names the letter below, not one whose number comes next.
  /// (`หนังสือดังกล่าว` may still go on `ที่ …` on the next line.)
  static let lettersBelow: [[Unicode.Scalar]] = ["ด้านล่าง", "ข้างล่าง"].map {
    Array($0.unicodeScalars)
  }

  /// A sentence's line that ends with a citation's opener and office (`…รวมทั้งคำสั่ง
  /// กระทรวงมหาดไทย` / `ที่ ๑๒๗/๒๕๖๗ อาศัยอำนาจ…`): the number on the next line is that
  /// citation's. Not a title line (`คำสั่งจังหวัด…` alone, the opener at its start).
  static func endsWithCitedOffice(_ s: [Unicode.Scalar]) -> Bool {
    var last: Int?
    for opener in citationOpeners {
      var from = 1
      while let r = LooseMatch.find(opener, in: s, from: from) {
        if r.lowerBound > (last ?? 0) { last = r.lowerBound }
        from = r.lowerBound + 1
      }
    }
    guard let last, s.count - last <= 60 else { return false }
    // No number after it, nor its ที่ (as a word: `ด่วนที่สุด` holds the letters).
    let tail = Array(s[last...])
    var from = 0
    while let r = LooseMatch.find(CitationReader.marker, in: tail, from: from) {
      if r.lowerBound == 0 || tail[r.lowerBound - 1] == " " { return false }
      from = r.upperBound
    }
    return !tail.contains(where: ThaiDigits.isDigit)
  }

  static let citationOpeners: [[Unicode.Scalar]] = ["หนังสือ", "คำสั่ง", "ประกาศ", "โทรสาร"].map { Array($0.unicodeScalars) }

  /// The next line with text begins with `ลงวันที่` (a cited letter's date; OCR may set specks
  /// before it and a stray vowel inside: `“ ลังวันที่ …`): the number on line `i` is that
  /// letter's. A letter's own date never follows its number so.
  static func datedOnNextLine(_ lines: [Line], _ i: Int) -> Bool {
    var k = i + 1
    while k < lines.count, lines[k].isBlank, k - i <= 2 { k += 1 }
    guard k < lines.count else { return false }
    let s = HeaderLabel.withoutDebris(lines[k].scalars)
    guard s.count > 4, s[0] == "ล" else { return false }
    // `ลง`, or `ล` and a stray mark before `ง`.
    let g = s[1] == "ง" ? 2 : s[2] == "ง" && LetterNumberReader.thaiOffset(s[1]) >= 0x30 ? 3 : nil
    guard let g else { return false }
    return LooseMatch.end(of: dayWord, in: s, at: g) != nil
  }

  static let dayWord = Array("วันที่".unicodeScalars)

  /// `บันทึกข้อความ` alone on its line; specks OCR left after it (`บันทึกข้อความ -`) may follow.
  static func isMemoTitle(_ line: Line) -> Bool {
    var s = line.scalars
    // Specks before the title: a short line that ends with it (the test asked of every line).
    if s.count <= 40, s.count > Self.memoTitleWord.count, s.last == Self.memoTitleWord.last,
      Vocabulary.leading(Vocabulary.memoTitle, in: s) == nil, let at = pastDebrisWords(s)
    {
      s = Array(s[at...])
    }
    guard let (_, end) = Vocabulary.leading(Vocabulary.memoTitle, in: s) else { return false }
    return end >= s.count - 1 || s[end...].allSatisfy(HeaderLabel.isDebris)
  }

  static let memoTitleWord = Array("บันทึกข้อความ".unicodeScalars)

  /// Where the text begins after words of debris OCR set before it on the line (`ง้ @%
  /// บันทึกข้อความ`, the Garuda read as specks): up to three words, each of symbols or one Thai
  /// letter with its marks. Nil when the line begins with no such word.
  static func pastDebrisWords(_ s: [Unicode.Scalar]) -> Int? {
    var i = 0
    var words = 0
    while i < s.count, words < 3 {
      var j = i
      while j < s.count, s[j] != " " { j += 1 }
      let word = s[i..<j]
      let letters = word.filter { ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset($0)) }.count
      let symbols = word.allSatisfy {
        $0.value < 0x80 ? !($0.properties.isAlphabetic || ThaiDigits.isDigit($0)) : true
      }
      let isDebris =
        !word.isEmpty && symbols
        && (letters == 0 && word.allSatisfy({ $0.value < 0x80 }) || letters <= 1 && word.count <= 3)
      guard isDebris else { break }
      words += 1
      i = j
      while i < s.count, s[i] == " " { i += 1 }
    }
    return words > 0 && i < s.count ? i : nil
  }

  /// `คำสั่ง…` / `ประกาศ…` / `ระเบียบ…` as a title line, followed soon by ที่ or เรื่อง; or a
  /// regulation's or bylaw's title with its `ว่าด้วย…` on the same line or the next.
  static func isTitledHeader(_ lines: [Line], _ i: Int) -> Bool {
    let line = lines[i]
    guard line.scalars.count <= 90,
      Vocabulary.leading(Vocabulary.titles, in: line.scalars) != nil, !isMessageFormTitle(line.scalars),
      LooseMatch.find(citedWord, in: line.scalars) == nil,
      // `ประกาศ ณ วันที่ …` / `สั่ง ณ วันที่ …` dates a letter; it never titles the next one.
      Vocabulary.leading(Vocabulary.issuedOn, in: line.scalars) == nil
    else { return false }
    if regardingLine(lines, title: i) != nil { return true }
    var seen = 0
    var k = i + 1
    while k < lines.count, seen < 4 {
      if !lines[k].isEmptyish {
        seen += 1
        if isNumberLine(lines[k]) || Vocabulary.field(Vocabulary.subject, in: lines[k].scalars) != nil {
          return true
        }
        // Right under the title, the subject's label OCR glued to its value (`เรืองงดจ่าย…`).
        if seen == 1, HeaderLabel.readGlued(lines[k].scalars, expecting: [.subject]) != nil { return true }
      }
      k += 1
    }
    return false
  }

  /// The line that holds a title's `ว่าด้วย…` (what a regulation or bylaw is about): the
  /// title's own line (`ระเบียบกรมการปกครองว่าด้วย…`) or the next non-blank line. A title
  /// stands apart (a blank line or the page's top above it) and names its office before
  /// `ว่าด้วย`, in at most 40 scalars: `ระเบียบว่าด้วย…` in a sentence titles nothing.
  static func regardingLine(_ lines: [Line], title i: Int) -> Int? {
    let s = lines[i].scalars
    guard i == 0 || lines[i - 1].isEmptyish, let (_, titleEnd) = Vocabulary.leading(Vocabulary.titles, in: s) else {
      return nil
    }
    if let at = LooseMatch.find(regardingWord, in: s) {
      guard at.lowerBound <= 40, at.lowerBound >= titleEnd + 2 else { return nil }
      // The title ends the line: with its year, above its year's line, or short above a blank.
      let words = s.split(separator: " ")
      let endsWithYear =
        words.count >= 2 && words[words.count - 1].allSatisfy(ThaiDigits.isDigit)
        && Vocabulary.leading(Vocabulary.era, in: Array(words[words.count - 2])) != nil
      let next = i + 1 < lines.count ? lines[i + 1] : nil
      let yearBelow = next.map { Vocabulary.leading(Vocabulary.era, in: $0.scalars) != nil } ?? false
      let shortAboveBlank = s.count <= 60 && (next?.isEmptyish ?? true)
      return endsWithYear || yearBelow || shortAboveBlank ? i : nil
    }
    var k = i + 1
    while k < lines.count, lines[k].isEmptyish, lines[k].furniture != .rule, k - i <= 2 { k += 1 }
    guard k < lines.count, Vocabulary.leading(Vocabulary.regarding, in: lines[k].scalars) != nil else { return nil }
    return k
  }

  static let regardingWord = Array("ว่าด้วย".unicodeScalars)

  /// An annex page's title: เอกสารแนบท้าย…, กำหนดการ…, or `หนังสือ … ที่ … ลงวันที่ …`
  /// followed by เรื่อง (an attachment page that names its letter).
  /// `ผนวก ก ประกอบ…` / `อนุผนวก ๑ ประกอบ…`: the annex's letter or number, then what it goes with.
  static func isMilitaryAnnexTitle(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count < 200, let (_, end) = Vocabulary.leading(Vocabulary.militaryAnnexWords, in: s), end < s.count,
      s[end] == " "
    else { return false }
    var i = end + 1
    let label = i
    while i < s.count, s[i] != " " { i += 1 }
    guard (1...3).contains(i - label), i + 1 < s.count else { return false }
    return LooseMatch.end(of: militaryWith, in: s, at: i + 1) != nil
  }

  static let militaryWith = Array("ประกอบ".unicodeScalars)

  /// The page's secrecy or urgency mark standing over an annex's title (`ลับ`, a blank line or
  /// two, `ผนวก ก ประกอบหนังสือ…`): where the annex page begins; else `i`.
  static func marksAbove(_ i: Int, _ lines: [Line]) -> Int {
    var p = i - 1
    while p >= 0, i - p <= 3, lines[p].isBlank { p -= 1 }
    guard p >= 0, p < i - 0, Vocabulary.marks(lines[p].scalars) != nil else { return i }
    return p
  }

  static func isAnnexTitle(_ lines: [Line], _ i: Int) -> Bool {
    let line = lines[i]
    // A military annex (`ผนวก ก ประกอบหนังสือ…`, `อนุผนวก ๑ ประกอบผนวก ก…`): its letter or
    // annex named on the same line.
    if isMilitaryAnnexTitle(line.scalars) { return true }
    // A title stands apart: a line that runs on from the one above (`…ตามจำนวนและ` /
    // `กำหนดการแนบท้ายหนังสือนี้ และแจ้ง…`) goes on a sentence.
    let runsOn = i > 0 && !lines[i - 1].isEmptyish && lines[i - 1].scalars.count > 60 && line.scalars.count > 60
    // At the top of a new page (after a form feed): a schedule's or list's title (`บัญชีรายชื่อ…`,
    // `ตาราง…`) begins an annex page, as the annex words do anywhere.
    var p = i - 1
    while p >= 0, lines[p].isBlank { p -= 1 }
    // (A model marks the new page with a rule or the page's picture: `---`, `![ตรา…](…)`.)
    let newPage =
      p >= 0 && (lines[p].isPageBreak || lines[p].furniture == .rule || Line.isPicturePlaceholder(lines[p].scalars))
    if newPage, line.scalars.count < 120,
      Vocabulary.leading(Vocabulary.pageTitles, in: line.scalars) != nil
        || line.scalars.count <= 60 && Vocabulary.leading(Vocabulary.formTitles, in: line.scalars) != nil
    {
      return true
    }
    // A meeting's agenda sent with its invitation (`ระเบียบวาระการประชุม`, `วาระที่ ๑ …` under it);
    // the words alone may caption a QR code that downloads it.
    if !runsOn, isAgendaTitle(lines, i) { return true }
    // A project proposal on a new page (`โครงการอบรม…` over `๑. หลักการและเหตุผล`), which a memo
    // asks approval for: its title begins an annex page.
    if newPage, isProjectTitle(lines, i) { return true }
    if !runsOn, Vocabulary.leading(Vocabulary.annexTitles, in: line.scalars) != nil, line.scalars.count < 200 {
      // `แนบท้ายหนังสือ…` heads an annex page only when it names the letter (`…ที่ สส ๐๐๑๗.๒/ว
      // ๑๔๘๖`); in a body `แนบท้ายหนังสือนี้ จึงขอ…` (attached to this letter) goes on a sentence.
      if Vocabulary.leading(Vocabulary.annexOwnerLines, in: line.scalars) != nil {
        return !CitationReader.find(in: line.text, strict: true).isEmpty
      }
      return true
    }
    if Vocabulary.leading(Vocabulary.letterWord, in: line.scalars) != nil,
      !CitationReader.find(in: line.text, strict: true).isEmpty
    {
      var k = i + 1
      while k < lines.count, lines[k].isEmptyish { k += 1 }
      if k < lines.count, Vocabulary.field(Vocabulary.subject, in: lines[k].scalars) != nil { return true }
    }
    return false
  }

  /// `โครงการ…` heading a proposal: a short line that is no sentence (`… มีสาระสำคัญดังนี้`), one of
  /// its first sections (`หลักการและเหตุผล`, `๔. หลักการและเหตุผล`, `๑. ชื่อโครงการ …`) within the next
  /// twelve lines — not a memo's own sub-item (`๒.๑ หลักการและเหตุผล`).
  static func isProjectTitle(_ lines: [Line], _ i: Int) -> Bool {
    let title = lines[i].text
    guard lines[i].scalars.count < 120, title.hasUTF8Prefix("โครงการ"), !title.hasSuffix("ดังนี้") else { return false }
    return lines[(i + 1)..<min(lines.count, i + 13)].contains { line in
      // (Its sections numbered as the office numbers them: `๔. หลักการและเหตุผล`, `๑. ชื่อโครงการ`.)
      let s = line.scalars.drop { ThaiDigits.isDigit($0) }
      let text = s.first == "." ? s.dropFirst().drop { $0 == " " } : s
      return line.scalars.count < 60
        && (text.starts(with: Self.rationaleWord) || text.starts(with: Self.projectNameWord) && text.count < 40)
    }
  }

  static let rationaleWord = Array("หลักการและเหตุผล".unicodeScalars)
  static let projectNameWord = Array("ชื่อโครงการ".unicodeScalars)

  /// `แนบท้ายหนังสือ…` names the letter an annex belongs to; it stands under the page's own
  /// title (`บัญชีรายชื่อชุมชน…`), which then begins the page: the line right above, or above
  /// one blank line (markdown sets a heading apart), when a blank line or the page's top
  /// stands above that one.
  static func titleAbove(ownerLine i: Int, _ lines: [Line]) -> Int? {
    guard Vocabulary.leading(Vocabulary.annexOwnerLines, in: lines[i].scalars) != nil, i >= 1 else { return nil }
    var t = lines[i - 1].isBlank && i >= 2 ? i - 2 : i - 1
    guard isTitleLine(lines[t]), lines[t].scalars.count >= 8 else { return nil }
    // A title set over two lines (`บัญชีกำหนดระยะเวลา…` / `ประจำปี พ.ศ. ๒๕๖๘`), right above.
    if t >= 1, !lines[t - 1].isEmptyish, isTitleLine(lines[t - 1]), lines[t - 1].scalars.count >= 8,
      t < 2 || lines[t - 2].isEmptyish
    {
      t -= 1
    }
    guard t < 1 || lines[t - 1].isEmptyish else { return nil }
    return t
  }

  /// A line that may be an annex page's title: text, no contact line, name or mark.
  static func isTitleLine(_ line: Line) -> Bool {
    !line.isEmptyish && line.scalars.count <= 120 && !SignatureParser.isContactLine(line)
      && !SignatureParser.isBracketedName(line.scalars) && Vocabulary.marks(line.scalars) == nil
  }

  static func isReceiptLine(_ line: Line) -> Bool {
    Vocabulary.receipt.scalars.contains { LooseMatch.find($0, in: line.scalars) != nil }
  }

  /// How far above its ที่ line a header's marks, memo title and receipt stamp can stand.
  /// The walk up is bounded so that a file of nothing but such lines stays linear.
  static let headerTopReach = 24

  /// The top of a header: urgency/secrecy marks, a memo title and a receipt stamp above it.
  static func headerTop(_ lines: [Line], _ i: Int) -> Int {
    var top = i
    var k = i - 1
    var blanks = 0
    // A radio message's to-box (`ถึง …`) above its number belongs to it when its from-box
    // (`จาก …`) stands above that.
    var toBox = false
    while k >= 0, i - k <= headerTopReach {
      let line = lines[k]
      if line.isEmptyish {
        blanks += 1
        if blanks > 6 { break }
        k -= 1
        continue
      }
      blanks = 0
      if top - k <= 2, isFromBox(line.scalars) {
        top = k
        toBox = false
        k -= 1
        continue
      }
      if !toBox, top == i, Vocabulary.field(Vocabulary.to, in: line.scalars) != nil, line.scalars.first == "ถ" {
        toBox = true
        k -= 1
        continue
      }
      if toBox { break }
      if Vocabulary.marks(line.scalars) != nil || isMemoTitle(line) || Vocabulary.damagedMarks(line.scalars) != nil
        || Vocabulary.isFileCopyStamp(line.scalars) || isMessageFormTitle(line.scalars)
        // A certificate's title over its number (`หนังสือรับรอง` / `ที่ ชบ ๕๒๑๐๕/๑๒๔๕`, 7505).
        || top == i && Vocabulary.isCertificateTitle(line.scalars)
        // A translation's heading over its header (`คำแปล`, the Thai version of an English letter).
        || top == i && isTranslationHeading(line.scalars)
      {
        top = k
        k -= 1
        continue
      }
      // A receipt stamp block: the stamp's lines and stray marks around it.
      if let stampTop = stampBlockTop(lines, endingAt: k) {
        top = stampTop
        break
      }
      break
    }
    return top
  }

  static let translationHeadings: Set<String> = ["คำแปล", "(คำแปล)", "คำแปลอย่างไม่เป็นทางการ", "(คำแปลอย่างไม่เป็นทางการ)"]

  static func isTranslationHeading(_ s: [Unicode.Scalar]) -> Bool {
    s.count <= 26 && s.first.map { $0 == "ค" || $0 == "(" } == true && translationHeadings.contains(String(scalars: s))
  }

  /// A radio message's form title over its boxes (`วิทยุในราชการกระทรวงมหาดไทย`, `แบบข่าวราชการ`,
  /// `(วิทยุสื่อสาร)`): the header's, as a memo's title is.
  static func isMessageFormTitle(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 5, s.count <= 40, s[0] == "ว" || s[0] == "แ" || s[0] == "(" || s[0] == "ข" else { return false }
    return Vocabulary.leading(Vocabulary.messageFormTitles, in: s) != nil
  }

  /// When line `k` ends a block containing a receipt line, the block's first line.
  static func stampBlockTop(_ lines: [Line], endingAt k: Int) -> Int? {
    var j = k
    var hasReceipt = false
    while j >= 0, !lines[j].isEmptyish, k - j < 8 {
      if isReceiptLine(lines[j]) { hasReceipt = true }
      j -= 1
    }
    guard hasReceipt else { return nil }
    var top = j + 1
    // Stray stamp marks (`น.`) a blank line above.
    var m = j
    while m >= 0, lines[m].isEmptyish { m -= 1 }
    if m >= 0, lines[m].scalars.count <= 3, top - m <= 3 { top = m }
    return top
  }

  /// Past a header's own lines, so that its ที่ and title are not new starts.
  static func skipHeader(_ lines: [Line], from i: Int) -> Int {
    var k = i + 1
    var seen = 0
    while k < lines.count, seen < 3 {
      if !lines[k].isEmptyish {
        if isNumberLine(lines[k]) { return k + 1 }
        seen += 1
      }
      k += 1
    }
    return i + 1
  }
}

extension Optional where Wrapped == String {
  var isNilOrEmpty: Bool { self?.isEmpty ?? true }
}
