import Foundation
import ThaiText

/// Reads one segment of lines into a letter record: header, body, closing, signature,
/// contact. Returns where the letter's own lines end, so that what follows its contact
/// block can become an annex.
struct LetterReader {
  let lines: [Line]
  let range: Range<Int>
  let start: LetterSegmenter.Start
  /// Tesseract-style digits: dates whose year lost or gained digits still match.
  var ocrDigits = false
  /// The letter comes from a box-level OCR, with no blank line between paragraphs
  /// (`BodyParser.isBoxLayout`).
  var boxLayout = false

  struct Result {
    var letter: Letter
    /// Lines after the letter's foot that belong to no letter: an annex page.
    var rest: Range<Int>?
  }

  func read(segment: Int) -> Result {
    if EnglishLetter.reads(lines, range) {
      return EnglishLetterReader(lines: lines, range: range, ocrDigits: ocrDigits, boxLayout: boxLayout).read(
        segment: segment)
    }
    var letter = Letter(segment: segment, lines: LineSpan(start: 0, end: 0))
    if start == .annex { return readAnnex(segment: segment) }

    var k = range.lowerBound
    var sawNumber = false
    var sawTo = false
    var bodyStart: Int?
    var inOfficeBlock = false
    /// A ที่ line whose number was left blank for the pen: no header is missing.
    var sawBlankNumber = false
    var officeLines: [String] = []
    // A receipt stamp boxed at the header's right (`| เลขรับ ๕๑๒ |`), and whether it gave `received`.
    var stampRows: [Line] = []
    var receivedBeside = false
    // The letter opened with a letterhead and prints no ที่: nothing was cropped.
    var sawLetterhead = false
    // The last line of an office block a model set under the subject.
    var officeMovedEnd: Int?
    // Lines passed over above the ที่ line, and where that line is.
    var linesAboveNumber: [Int] = []
    var numberAt: Int?
    // The line of an order's or announcement's title (`ประกาศ…`), when one heads the letter.
    var titleLine: Int?
    var toKeyword: String?
    // A radio message's from-box (`จาก …`) named the issuer.
    var sawFromBox = false
    // Lines before this one are blank or specks OCR left (`๑7`, `ลบ`: four scalars at most):
    // found once, so that asking at every header line stays linear.
    let firstNonSpeck =
      (firstContent..<range.upperBound).first {
        !lines[$0].isEmptyish && lines[$0].scalars.count > 4 && !Vocabulary.isFileCopyStamp(lines[$0].scalars)
      } ?? range.upperBound

    header: while k < range.upperBound {
      let line = lines[k]
      let s = line.scalars
      if line.isEmptyish {
        k += 1
        continue
      }
      if let (urgency, secrecy) = Vocabulary.marks(s) ?? (sawNumber ? nil : Vocabulary.damagedMarks(s)) {
        letter.urgency = letter.urgency ?? urgency
        letter.secrecy = letter.secrecy ?? secrecy
        k += 1
        continue
      }
      // A radio message's from-box (`จาก ผวจ.ยล.`), above or under its number: the issuer.
      if letter.issuer == nil, letter.subject == nil, !sawTo, let end = LetterSegmenter.fromBoxLabelEnd(s),
        sawNumber || numberLineAhead(from: k)
      {
        let name = Vocabulary.value(after: end, in: s, of: line)
        if !name.isEmpty {
          letter.issuer = Issuer(name: name, address: nil)
          sawFromBox = true
          inOfficeBlock = false
          k += 1
          continue
        }
      }
      // A fax cover's `จาก …` under its `ถึง …`: the sender, whom the office under the title names.
      if sawTo, letter.subject == nil, LetterSegmenter.isFromBox(s) {
        k += 1
        continue
      }
      if !sawNumber, Vocabulary.isFileCopyStamp(s) {
        k += 1
        continue
      }
      if !sawNumber, letter.received == nil, LetterSegmenter.isReceiptLine(line), !LetterSegmenter.isNumberLine(lines, k) {
        // The letter's mark on the line the stamp bled into (`ด่วนทีสุด   สำนักงาน… เลขรับ ๘๔๒๑`).
        if let space = s.firstIndex(of: " "), case let word = Array(s[..<space]),
          let (urgency, secrecy) = Vocabulary.marks(word) ?? Vocabulary.damagedMarks(word)
        {
          letter.urgency = letter.urgency ?? urgency
          letter.secrecy = letter.secrecy ?? secrecy
        }
        // The stamp's lines run together: number, date and time may stand one per line.
        // With no blank line after it, the stamp ends where the letter's own head begins: an
        // urgency or secrecy mark, the memo title, ส่วนราชการ, ที่ (a stamp's วันที่ is its own).
        var end = k
        while end + 1 < range.upperBound, !LetterSegmenter.isNumberLine(lines, end + 1), !startsHead(lines[end + 1]) {
          if !lines[end + 1].isEmptyish {
            end += 1
            continue
          }
          // OCR set blank lines between the stamp's own lines: its วันที่ and เวลา follow.
          var next = end + 1
          while next < range.upperBound, next - end <= 2, lines[next].isEmptyish { next += 1 }
          guard next < range.upperBound, !lines[next].isEmptyish, Self.isStampField(lines[next].scalars) else { break }
          end = next
        }
        letter.received = ReceiptReader.read(Array(lines[k...end]).filter { !$0.isEmptyish })
        k = end + 1
        continue
      }
      if LetterSegmenter.isMemoTitle(line) {
        letter.kind = .memo
        k += 1
        continue
      }
      // The order's or announcement's title heads the letter: only specks OCR left may stand above it.
      if !sawNumber, letter.kind == .unknown, k <= firstNonSpeck, let (kind, issuer) = titledHeader(s) {
        letter.kind = kind
        if let issuer { letter.issuer = Issuer(name: issuer, address: nil) }
        if let (subject, last) = regardingTitle(at: k) {
          // `ระเบียบกรมการข้าว` / `ว่าด้วย…` / `พ.ศ. ๒๕๖๘`: the office is the issuer, the rest
          // of the title the subject.
          if let issuer, let at = issuer.utf8Range(of: "ว่าด้วย") {
            letter.issuer = Issuer(name: String(issuer[..<at.lowerBound]).trimmed, address: nil)
          }
          letter.subject = subject
          k = last + 1
          continue
        }
        titleLine = k
        k += 1
        continue
      }
      // A press release's or statement's issue number (`ฉบับที่ 312/2568`), read as an order's.
      if !sawNumber, letter.kind == .announcement, let (_, end) = Vocabulary.field(Vocabulary.issueNumber, in: s),
        let (number, _) = LetterNumberReader.read(s, at: Vocabulary.skipLeaders(s, end)), number.prefix == nil,
        number.yearSuffix != nil
      {
        letter.number = number
        sawNumber = true
        k += 1
        continue
      }
      if let (_, end) = Vocabulary.field(Vocabulary.memoUnit, in: s) ?? gluedMemoUnit(s, letter, sawNumber: sawNumber)
        ?? garbledMemoUnit(s, letter, sawNumber: sawNumber)
      {
        // ส่วนราชการ may run onto the next line (the unit, then its phone).
        // It ends at the number line, ที่ printed or lost.
        let more = FieldText.continuation(lines, after: k, limit: range.upperBound)
          .prefix { !LetterSegmenter.isNumberLine(lines, $0) && Self.labellessNumberStart(lines[$0].scalars) == nil }
        let onLabelLine = Vocabulary.value(after: end, in: s, of: line)
        var value = ([onLabelLine] + more.map { Vocabulary.stripLeaders(lines[$0].text) })
          .filter { !$0.isEmpty }.joined(separator: " ")
        k = (more.last ?? k)
        if let phone = value.utf8Range(of: "โทร") {
          // Labelled โทร.: a memo's unit often gives only its internal number (`โทร. ๓๑๐๕`).
          letter.contact.phones += PhoneReader.phones(in: String(value[phone.upperBound...]), minimumDigits: 4)
          value = String(value[..<phone.lowerBound]).trimmed
        }
        letter.issuer = Issuer(name: Vocabulary.stripLeaders(value), address: nil)
        if letter.kind == .unknown { letter.kind = .memo }
        k += 1
        continue
      }
      if !sawNumber, let split = LetterSegmenter.splitPrefixNumber(lines, k) {
        sawNumber = true
        var number = split.number
        number.prefix = split.prefix
        number.raw = split.prefix + " " + number.raw
        letter.number = number
        letter.warnings.append(
          LetterWarning(.numberSplit, "the number continues on line \(lines[split.line].number)", line: line.number))
        k = split.line + 1
        inOfficeBlock = letter.kind != .memo
        continue
      }
      let labelled = !sawNumber && LetterSegmenter.isNumberLine(lines, k)
      let lostLabel =
        !sawNumber && !labelled && !sawTo && letter.subject == nil && Self.labellessNumberStart(s) != nil
      if labelled || lostLabel, !LetterSegmenter.continuesCitation(lines, k) {
        sawNumber = true
        if lostLabel {
          letter.warnings.append(
            LetterWarning(.ocrSuspect, "no ที่ before the number: OCR lost it", line: line.number))
        }
        var office: [String] = []
        numberAt = k
        let datedBefore = letter.date != nil
        readNumber(&letter, at: k, advance: &k, office: &office)
        officeLines += office
        // The office block under the number, also when OCR set the date on the number's line
        // (`ที่ นน ๐๐๒๗/ว ๑๙๘ ๑๕ มกราคม ๒๕๖๙` / `สำนักงาน…`).
        // A date above the number (a model moved it up) leaves the office block under it too.
        // (A radio message's from-box above named the issuer: no office block under its number.)
        inOfficeBlock =
          letter.kind != .memo && !sawFromBox && (letter.date == nil || !datedBefore || officeLines.isEmpty)
        continue
      }
      // A receipt stamp's box rows at the right of the header (`| เลขรับ ๕๑๒ |`), printed
      // beside the number and the office block: the stamp, not the office.
      if sawNumber, letter.subject == nil, s.count >= 3, s.first == "|", s.last == "|" {
        stampRows.append(line)
        if stampRows.contains(where: LetterSegmenter.isReceiptLine), letter.received == nil || receivedBeside {
          letter.received = ReceiptReader.read(stampRows)
          receivedBeside = true
        }
        k += 1
        continue
      }
      if let date = dateLine(s), letter.date == nil {
        letter.date = date
        inOfficeBlock = false
        k += 1
        continue
      }
      // `๒๔ กุมภาพันธ์` / `๒๕๖๘`: OCR set the date's year on a line of its own.
      if letter.date == nil, letter.subject == nil, let (date, yearLine) = dateWithYearBelow(at: k) {
        letter.date = date
        inOfficeBlock = false
        k = yearLine + 1
        continue
      }
      var label = HeaderLabel.read(s)
      // Under an order's or announcement's title (the next line with text), as after a number.
      let underTitle = titleLine.map { t in (t + 1..<k).allSatisfy { lines[$0].isEmptyish } } ?? false
      if label == nil, sawNumber || letter.date != nil || underTitle, !sawTo {
        // A label OCR glued to its value, where the header still expects that field (a
        // stamped letter has ถึง and no เรื่อง).
        label = HeaderLabel.readGlued(
          s, expecting: letter.to != nil ? [] : letter.subject == nil ? [.subject, .to] : [.to])
      } else if label == nil, sawTo, letter.enclosures.isEmpty {
        // After the addressee: อ้างถึง and สิ่งที่ส่งมาด้วย glued to their text.
        label = HeaderLabel.readGlued(
          s, expecting: letter.references.isEmpty ? [.references, .enclosures] : [.enclosures])
      }
      if let (field, end) = label, field == .subject {
        inOfficeBlock = false
        var more = FieldText.continuation(lines, after: k, limit: range.upperBound)
        // `เรียนผู้ว่าราชการ…` right under the subject: the addressee OCR glued to its label
        // (`เรียนรู้…` would go on the subject's sentence).
        if let glued = more.firstIndex(where: { HeaderLabel.gluedAddressee(lines[$0].scalars) }) {
          more = Array(more[..<glued])
        }
        // OCR set the subject's last lines apart with blank lines: they run to เรียน. Unless
        // they are the office block a model moved under the subject (`**กรมทางหลวงชนบท**` /
        // `218 ถนนพระรามที่ 6 …`): an office's name over an address line, when no office was read.
        if letter.to == nil {
          let apart = HeaderLabel.linesBefore([.to], lines, after: more.last ?? k, limit: range.upperBound, maxLines: 3)
          if letter.issuer == nil, officeLines.isEmpty, apart.count >= 2, Self.isOfficeName(lines[apart[0]].scalars),
            Self.isAddressLine(lines[apart[1]].scalars)
          {
            officeLines = apart.map { lines[$0].text }
            officeMovedEnd = apart.last
          } else {
            more += apart
          }
        }
        // An order's or announcement's subject set apart the same way: it runs to the body's
        // first sentence (`ด้วย…`, `โดยที่…`).
        if letter.kind == .order || letter.kind == .announcement {
          // Its next line above the title block's rule, though it opens like a sentence
          // (`ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)` / `-----`).
          more += linesAboveRule(after: more.last ?? k)
          more += linesBeforeTitledBody(after: more.last ?? k)
        }
        // Leaders OCR left on a continuation line (`…ปีงบประมาณ ๒๕๖๔......`) go, as on the first.
        // A comma OCR set after the first line's last word (`… (Electrical Stimulator) ,`) goes; a
        // dot may be an abbreviation's (`พ.ศ .`).
        let firstLine = Vocabulary.value(after: end, in: s, of: line)
        let unspecked = firstLine.hasSuffix(" ,") ? BodyParser.withoutTrailingSpeck(firstLine) : firstLine
        letter.subject = joined(unspecked, more).map {
          Vocabulary.stripLeaders($0).trimmed
        }
        // `เรื่อง … เรียน …` on one line (OCR merged the two): the addressee is cut off the
        // subject when no เรียน line of its own follows.
        // The lines under it are the body's then, when they open with an item (`๑. ต้นเรื่อง…`,
        // a memo with no blank line anywhere).
        let itemUnder = more.first.map { BodyParser.startsItem(lines[$0].scalars) } ?? false
        let first = firstLine
        if letter.to == nil, more.isEmpty || itemUnder, let at = first.utf8Range(of: " เรียน "),
          first.utf8.distance(from: first.startIndex, to: at.lowerBound) >= 30,
          !(k + 1..<min(k + 8, range.upperBound)).contains(where: { HeaderLabel.read(lines[$0].scalars)?.0 == .to })
        {
          letter.subject = Vocabulary.stripLeaders(String(first[..<at.lowerBound])).trimmed
          letter.to = String(first[at.upperBound...]).trimmed
          toKeyword = "เรียน"
          sawTo = true
          more = []
        }
        k = max((more.last ?? k) + 1, (officeMovedEnd ?? -1) + 1)
        continue
      }
      if let (field, end) = label, field == .to {
        inOfficeBlock = false
        var more = FieldText.continuation(lines, after: k, limit: range.upperBound)
        // A numbered line (`๑. เรื่องเดิม`, a memo's first heading) begins the body: OCR
        // dropped the blank line above it. Unless the addressees are a numbered list
        // (`เรียน ๑. ปลัดกรุงเทพมหานคร` / `๒. ผู้อำนวยการ…`): the lines that go on counting are its.
        var counted = 1
        let listed =
          ItemReader.itemNumber(Array(s[LetterNumberReader.skipSpaces(s, end)...]))?.0 == 1
          ? more.prefix {
            guard let (n, _) = ItemReader.itemNumber(lines[$0].scalars) else { return true }
            counted += 1
            return n == counted
          }.count : 0
        // A fax cover's sender under its addressee (`ถึง …` / `จาก …`) is no more of the addressee.
        if let from = more.firstIndex(where: { LetterSegmenter.isFromBox(lines[$0].scalars) }) {
          more = Array(more[..<from])
        }
        if let item = more.dropFirst(listed).firstIndex(where: { ItemReader.itemNumber(lines[$0].scalars) != nil }) {
          more = Array(more[..<item])
        } else {
          // An addressee list set apart by blank lines (`(ยกเว้น…` over several lines): it
          // runs to อ้างถึง or สิ่งที่ส่งมาด้วย.
          more += HeaderLabel.linesBefore(
            [.references, .enclosures], lines, after: more.last ?? k, limit: range.upperBound, maxLines: 4)
        }
        let value = Vocabulary.value(after: end, in: s, of: line)
        // Box-level text: an addressee that runs on to no header label (อ้างถึง, สิ่งที่ส่งมาด้วย)
        // ran into the body, which follows with no blank line.
        let after = (more.last ?? k) + 1
        if boxLayout, after >= range.upperBound || !FieldText.startsHeaderLabel(lines[after]) {
          more = endingAtShortLine(value.isEmpty ? more : [k] + more).filter { $0 != k }
        }
        letter.to = joined(value, more)
        // The label as `HeaderLabel` read it, glued to its value or not (`ถึงสำนักงาน…`).
        toKeyword = Vocabulary.leading(Vocabulary.to, in: HeaderLabel.withoutDebris(s))?.0
        sawTo = true
        k = (more.last ?? k) + 1
        continue
      }
      if let (field, end) = label, field == .references {
        let more = FieldText.continuation(lines, after: k, limit: range.upperBound, acrossBlanks: true)
        letter.references += ItemReader.references(
          lines, first: (k, end), more: more, warnings: &letter.warnings, ocrYears: ocrDigits)
        k = (more.last ?? k) + 1
        continue
      }
      if let (field, end) = label, field == .enclosures {
        var more = FieldText.continuation(lines, after: k, limit: range.upperBound, acrossBlanks: true)
        // One unnumbered item complete with its quantity on the label's line, then a numbered
        // line: that is the body's first paragraph (`๑. ตามคำสั่งที่อ้างถึง …`), not an item;
        // OCR dropped the blank line between.
        if !FieldText.fieldIsNumbered(lines, k, range.upperBound),
          LooseMatch.find(FieldText.quantityWord, in: s, from: end) != nil,
          let item = more.firstIndex(where: { ItemReader.itemNumber(lines[$0].scalars) != nil })
        {
          more = Array(more[..<item])
        }
        letter.enclosures += ItemReader.enclosures(
          lines, first: (k, end), more: more, warnings: &letter.warnings, ocrYears: ocrDigits)
        k = (more.last ?? k) + 1
        continue
      }
      // A scrap OCR made of a mark or a broken word (`เรื`, `ฆ`) between two header fields.
      // A scrap of digits alone (a page or item number) is kept unless scraps alone stand
      // between it and the next field (`1`, `=%`, then สิ่งที่ส่งมาด้วย); `๐ ฆ` is a speck and a letter.
      if sawNumber, Self.isScrap(s), let next = labelAfterScraps(from: k),
        !s.allSatisfy({ ThaiDigits.isDigit($0) || $0 == " " }) || next.scrapsBetween > 0 || next.afterFields
      {
        k += 1
        continue
      }
      // A certificate's title (`หนังสือรับรอง`) under the office block: no address, no body.
      if Vocabulary.isCertificateTitle(s), letter.subject == nil {
        inOfficeBlock = false
        k += 1
        continue
      }
      // A long line after the block's postal code (`… จังหวัดเชียงใหม่ ๕๐๒๑๐` / `หนังสือฉบับนี้ให้ไว้
      // เพื่อรับรองว่า …`): the block has ended; a body's sentence begins.
      if inOfficeBlock, s.count > 60, let last = officeLines.last, Self.endsWithPostalCode(last.unicodeScalars.map { $0 }[...]),
        !Self.isAddressLine(s)
      {
        inOfficeBlock = false
      }
      // A receipt stamp read into the office block (an OCR that reads the left column, then the
      // right: `ที่ มท …` / `สำนักงาน…จังหวัดอุบลราชธานี` / `เลขรับ ๕๖๗๘` / `วันที่ ๑๗ ก.ค. ๖๘` /
      // `เวลา ๑๐.๑๕ น.` / `กรมส่งเสริม…`): the stamp, its receiving office's name over its
      // number, and the office block goes on under it.
      if inOfficeBlock, letter.received == nil, s.count <= 60, let end = stampInOfficeBlock(at: k) {
        letter.received = ReceiptReader.read(Array(lines[k...end]).filter { !$0.isEmptyish })
        k = end + 1
        continue
      }
      if inOfficeBlock, s.count <= 90 {
        // `จังหวัดนนทบุรี ๑๑๐๐๐    ๒๙ สิงหาคม ๒๕๖๘`: the date, printed at the right, run into
        // the office block's last line (its postal code) by an OCR that read the two columns
        // as one line.
        if letter.date == nil, let match = ThaiDateParser.matches(in: s, ocrYears: ocrDigits).last,
          match.scalarRange.upperBound == s.count, Self.endsWithPostalCode(s[..<match.scalarRange.lowerBound])
        {
          let office = String(scalars: s[..<match.scalarRange.lowerBound]).trimmed
          if !office.isEmpty { officeLines.append(office) }
          letter.date = DateValue(match)
          inOfficeBlock = false
          k += 1
          continue
        }
        // `๙ กุมภาพันธ์ ค.ศ. ๒๐๒๖    จังหวัดนนทบุรี ๑๑๐๐๐`: the date printed left of the block's
        // last line, the two read as one line.
        if letter.date == nil, s.first.map(ThaiDigits.isDigit) == true, let match = ThaiDateParser.matches(in: s, ocrYears: ocrDigits).first,
          match.scalarRange.lowerBound == 0, match.scalarRange.upperBound < s.count, match.form != .numeric,
          Self.endsWithPostalCode(s[match.scalarRange.upperBound...])
        {
          officeLines.append(String(scalars: s[match.scalarRange.upperBound...]).trimmed)
          letter.date = DateValue(match)
          inOfficeBlock = false
          k += 1
          continue
        }
        // `        พฤศจิกายน ๒๕๖๙` under the office block: the date line with its day left for the
        // pen. Its year is read; the date is none (`date_invalid`).
        if letter.date == nil, officeLines.count >= 2, let year = Self.dayLeftBlank(s) {
          var date = DateValue(raw: line.text, date: nil)
          date.printedBEYear = year
          letter.date = date
          letter.warnings.append(LetterWarning(.dateInvalid, "\(line.text): the day is left blank", line: line.number))
          inOfficeBlock = false
          k += 1
          continue
        }
        officeLines.append(line.text)
        k += 1
        continue
      }
      // The office's address below the date: an OCR that reads text boxes top to bottom set
      // the date, printed at the right beside the address, between the office's lines.
      if !officeLines.isEmpty, letter.date != nil, letter.subject == nil, !sawTo, s.count <= 90,
        Self.isAddressLine(s)
      {
        officeLines.append(line.text)
        k += 1
        continue
      }
      // A letterhead and no ที่ (a foundation's, a company's letter): the organisation's name,
      // its address and contact line, a rule, then the date and เรื่อง below. The office block.
      if start == .headerless, !sawNumber, !sawTo, letter.subject == nil, letter.date == nil, officeLines.isEmpty,
        Vocabulary.leading(Vocabulary.letterheadWords, in: s) != nil || Self.isOfficeName(s),
        let end = letterheadEnd(from: k)
      {
        for j in k...end where !lines[j].isEmptyish {
          if SignatureParser.isContactLine(lines[j]) {
            readLetterheadContact(j, into: &letter.contact)
          } else {
            officeLines.append(lines[j].text)
          }
        }
        sawLetterhead = true
        k = end + 1
        continue
      }
      // A number left for the pen (`ที่ ..........`, an order's `ที่        /๒๕๖๙`): none to read,
      // nothing damaged; a memo's วันที่ beside it is read.
      if !sawNumber, let end = Self.blankNumberEnd(s), !numberOnNextLine(after: k) {
        sawNumber = true
        sawBlankNumber = true
        let rest = Array(s[end...])
        if letter.date == nil, let (_, dateEnd) = findWord(Vocabulary.memoDate, in: rest),
          let match = ThaiDateParser.matches(in: Array(rest[dateEnd...]), ocrYears: ocrDigits).first
        {
          letter.date = DateValue(match)
        } else if letter.kind != .memo, !rest.isEmpty {
          // The office block's first line beside it (`ที่ ..........        กรมการปกครอง`).
          officeLines.append(String(scalars: rest))
        }
        // The office block under it, as under a number.
        inOfficeBlock = letter.kind != .memo
        k += 1
        continue
      }
      // A line OCR made garbage of (`0 0 7็เ็็5ไไไไเเเ วันที่ ๓ กุมภาพันธ์`, a memo's ที่/วันที่
      // line) before a เรื่อง line close below: the header goes on past it.
      // (Not the office block printed above the ที่ line: `จังหวัดขอนแก่น ๔๐๐๐๐` / `ที่ ขก …`.)
      if !sawTo, letter.subject == nil, subjectLabelAhead(from: k), sawNumber || !numberLineAhead(from: k) {
        // Specks (`. ' ,`) go without a word; a line with letters or digits is reported.
        if s.contains(where: { ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset($0)) || ThaiDigits.isDigit($0) })
        {
          letter.warnings.append(
            LetterWarning(.ocrSuspect, "an unreadable line in the header was passed over", line: line.number))
        }
        k += 1
        continue
      }
      if sawTo || sawNumber || letter.subject != nil {
        bodyStart = k
        break header
      }
      // Above the ที่ line: a receipt stamp's lines, an emblem's caption. Skip them when the
      // number follows.
      if numberLineAhead(from: k) {
        linesAboveNumber.append(k)
        k += 1
        continue
      }
      // Specks OCR left above the letter's head (`๑7`, `ลบ`): the header is still ahead.
      if k < firstNonSpeck {
        k += 1
        continue
      }
      // Before any header field: text the header does not explain.
      bodyStart = k
      break header
    }
    // The office's name read above the ที่ line (text boxes read top to bottom: the name is
    // set a little higher than the number), its address beside and below the number; or the
    // name and the address's first lines above it (`กรมควบคุมโรค` / `ถนนติวานนท์ …` / `ที่ สธ …` /
    // `จังหวัดนนทบุรี ๑๑๐๐๐`).
    if letter.issuer == nil, let first = officeLines.first, Self.isAddressLine(first.scalarArray), let numberAt {
      var above = linesAboveNumber.filter { !lines[$0].isEmptyish }
      var lowest = numberAt
      var addressAbove: [String] = []
      while let last = above.last, (last + 1..<lowest).allSatisfy({ lines[$0].isEmptyish }),
        Self.isAddressLine(lines[last].scalars), addressAbove.count < 2
      {
        addressAbove.insert(lines[last].text, at: 0)
        lowest = last
        above.removeLast()
      }
      if let name = above.last, (name + 1..<lowest).allSatisfy({ lines[$0].isEmptyish }), Self.isOfficeName(lines[name].scalars) {
        officeLines.insert(contentsOf: [lines[name].text] + addressAbove, at: 0)
      }
    }
    // A fax cover's title over the ที่ line: the office named under the title (and its address).
    if letter.issuer == nil, officeLines.isEmpty, numberAt != nil, let title = linesAboveNumber.first,
      FaxCover.isTitle(lines[title].scalars)
    {
      let under = linesAboveNumber.dropFirst().filter { !lines[$0].isEmptyish }.prefix(3)
      if let name = under.first, Self.isOfficeName(lines[name].scalars) {
        officeLines = [lines[name].text] + under.dropFirst().prefix { Self.isAddressLine(lines[$0].scalars) }.map { lines[$0].text }
      }
    }
    // No office block, and a letterhead over the ที่ line: the letterhead is the office, its
    // contact line the first of the letter's contact.
    if letter.issuer == nil, officeLines.isEmpty, numberAt != nil, let head = Letterhead(lines, linesAboveNumber) {
      officeLines = head.officeLines
      for j in head.contactLines { readLetterheadContact(j, into: &letter.contact) }
      sawLetterhead = true
    }
    // The office's name and its address on one line (`กรมส่งเสริมการปกครองท้องถิ่น ถนนนครราชสีมา
    // เขตดุสิต กทม. ๑๐๓๐๐`, run onto the number's line by an OCR that lost the layout).
    if letter.issuer == nil, officeLines.count == 1, let (name, address) = Self.nameAndAddress(officeLines[0]) {
      officeLines = [name, address]
    }
    if letter.issuer == nil, let name = officeLines.first {
      let address = officeLines.dropFirst().joined(separator: " ")
      letter.issuer = Issuer(name: name, address: address.isEmpty ? nil : address)
    }

    // Body, closing, foot.
    let bodyFrom = bodyStart ?? k
    var closingLine: Int?
    var bodyEnd = range.upperBound
    for j in bodyFrom..<range.upperBound
    where Vocabulary.leading(Vocabulary.courtesyClosings, in: lines[j].scalars) != nil
      || DamagedClosing.matches(lines[j].scalars)
    {
      closingLine = j
      letter.closing = lines[j].text
      bodyEnd = j
      if let top = contactAboveClosing(j, bodyFrom: bodyFrom) {
        let foot = SignatureParser.read(lines, from: top, limit: j, expectSignature: false)
        mergeContact(foot.contact, into: &letter.contact)
        bodyEnd = top
      }
      break
    }
    if closingLine == nil {
      // A memo's closing: the last จึงเรียนมาเพื่อ… before the signature.
      // (Or, when there is none, a copy's `(ลงชื่อ) ธีรวัฒน์ หะยีมะ`: a radio message's.)
      let signatureAt =
        (bodyFrom..<range.upperBound).first { SignatureParser.isBracketedName(lines[$0].scalars) }
        ?? (bodyFrom..<range.upperBound).first {
          let s = lines[$0].scalars
          return s.first == "(" && SignatureParser.signedName(s) != nil
        }
      let limit = signatureAt ?? range.upperBound
      if let j = (bodyFrom..<limit).last(where: {
        Vocabulary.leading(Vocabulary.memoClosings, in: lines[$0].scalars) != nil
      }) {
        closingLine = j
        letter.closing = lines[j].text
        bodyEnd = j
        // The closing sentence wrapped onto a line too long for a rank above the name
        // (`จึงเสนอมาเพื่อโปรดพิจารณา … ถึง` / `มหาวิทยาลัยฯ ที่แนบมาพร้อมนี้`): it is the closing's.
        if let signatureAt, let next = (j + 1..<signatureAt).first(where: { !lines[$0].isEmptyish }),
          lines[next].scalars.count > 25, !SignatureParser.isContactLine(lines[next]),
          !SignatureParser.isSignedLine(lines[next].scalars),
          // A position set above the name (an LLM read the signature out of order) is none.
          !SignatureParser.isPosition(lines[next].scalars),
          (next + 1..<signatureAt).allSatisfy({ lines[$0].isEmptyish })
        {
          closingLine = next
          letter.closing = lines[j].text + " " + lines[next].text
        }
      } else if let signatureAt {
        // A signature without a closing line: the rank line above it is not body.
        var top = signatureAt
        // (A short line right under a long one is its paragraph's last, no rank.)
        while top > bodyFrom,
          lines[top - 1].isEmptyish
            || lines[top - 1].scalars.count <= 25 && !isBodyTail(lines[top - 1].scalars) && !endsParagraph(top - 1)
            || SignatureParser.isSignedLine(lines[top - 1].scalars)
        {
          top -= 1
        }
        bodyEnd = top
        // (The signer may open the segment, nothing above it: no line closes the letter then.)
        closingLine = max(range.lowerBound, top - 1)
      }
    }
    var rest: Range<Int>?
    if let closingLine {
      let foot = SignatureParser.read(lines, from: closingLine + 1, limit: range.upperBound)
      letter.signature = foot.signature
      mergeContact(foot.contact, into: &letter.contact)
      var last = max(foot.end, closingLine)
      if foot.signature == nil, foot.contact == Contact() { last = closingLine }
      // A secrecy or urgency mark repeated at the foot of the page belongs to the letter.
      if let next = (last + 1..<range.upperBound).first(where: { !lines[$0].isEmptyish }),
        let (urgency, secrecy) = Vocabulary.marks(lines[next].scalars)
      {
        last = next
        letter.urgency = letter.urgency ?? urgency
        letter.secrecy = letter.secrecy ?? secrecy
      }
      // A superior's endorsement under the signature (การเกษียน: `ความเห็น…`, `คำสั่ง` /
      // `อนุมัติ`, a bracketed name, a date) belongs to the letter; it fills no field.
      if let next = (last + 1..<range.upperBound).first(where: { !lines[$0].isEmptyish }),
        let end = endorsementsEnd(from: next)
      {
        // A certification (`สำเนาถูกต้อง` and its signer) set above the contact block: the block
        // at the page's foot is still the letter's.
        if letter.contact == Contact(),
          let block = contactBlock(above: range.upperBound, lowest: next + 1, acrossBlanks: false)
        {
          // Its units over the first: short lines up to a blank one.
          var top = block.first
          while top - 1 > next, !lines[top - 1].isEmptyish, lines[top - 1].scalars.count <= 60,
            !lines[top - 1].scalars.contains(where: ThaiDigits.isDigit), !SignatureParser.isBracketedName(lines[top - 1].scalars)
          {
            top -= 1
          }
          let foot = SignatureParser.read(lines, from: top, limit: range.upperBound, expectSignature: false)
          mergeContact(foot.contact, into: &letter.contact)
        }
        last = end
      }
      // Copies noted at the foot (`สำเนาส่ง …`), above or below the contact block's last lines.
      if let next = (last + 1..<range.upperBound).first(where: { !lines[$0].isEmptyish }),
        let end = copiesEnd(from: next)
      {
        last = end
      }
      if let next = (last + 1..<range.upperBound).first(where: { !lines[$0].isEmptyish }) {
        if let end = copiesEnd(from: next) {
          last = end
        } else if let end = contactTailEnd(from: next) {
          // The contact block's last lines, set apart by a blank line and with a label OCR
          // damaged (`ไปรษัณีย์อิเล็กทรอนิกส์ …@…`, `เทรสาร …`): the letter's, no annex page.
          var tail = SignatureParser.read(lines, from: next, limit: end + 1, expectSignature: false).contact
          // A damaged label read as a unit line is no unit.
          tail.units = []
          mergeContact(tail, into: &letter.contact)
          last = end
        } else if let end = endorsementsEnd(from: next) {
          // The receiving office's routing notes after the contact block (an e-saraban system's).
          last = end
        } else if let end = footStampEnd(from: next, &letter) {
          last = end
        } else if let (urgency, secrecy) = Vocabulary.marks(lines[next].scalars),
          (next + 1..<range.upperBound).allSatisfy({ lines[$0].isEmptyish })
        {
          // The page's secrecy mark at its foot, under the copies noted (`การแจกจ่าย …` / `ลับ`).
          last = next
          letter.urgency = letter.urgency ?? urgency
          letter.secrecy = letter.secrecy ?? secrecy
        } else if next > 0, lines[next].scalars.count <= 40, SystemFurniture.isScanCaption(lines[next - 1].scalars),
          (next + 1..<range.upperBound).allSatisfy({ lines[$0].isEmptyish })
        {
          // A QR code's caption going on under it (`สแกน QR Code` / `เพื่อดาวน์โหลดสิ่งที่ส่งมาด้วย`):
          // furniture, as its first line is; no annex page.
        } else {
          rest = next..<range.upperBound
        }
      }
      letter.lines = span(range.lowerBound, last)
    } else {
      // An announcement or press release signed by no one: its foot may still give the unit
      // to contact, its phone and e-mail (`ฝ่ายข่าว สำนักงาน…` / `โทร. …` / `ไปรษณีย์อิเล็กทรอนิกส์ …`).
      // A radio message signed off by its sender's short title alone (`ผวจ.ขก.`) has one too;
      // the title, set apart, is no body.
      if letter.kind == .announcement || letter.kind == .order || sawFromBox, var top = contactFoot(bodyFrom: bodyFrom) {
        // The message's unit, abbreviated (`สนจ.ขก. (กลุ่มงานอำนวยการ)`), right over its phone.
        if sawFromBox, top - 1 > bodyFrom, !lines[top - 1].isEmptyish, lines[top - 1].scalars.count <= 60,
          lines[top - 2].isEmptyish
        {
          top -= 1
        }
        let foot = SignatureParser.read(lines, from: top, limit: range.upperBound, expectSignature: false)
        mergeContact(foot.contact, into: &letter.contact)
        bodyEnd = top
        if sawFromBox, let signOff = (bodyFrom..<top).last(where: { !lines[$0].isEmptyish }), signOff > bodyFrom,
          lines[signOff].scalars.count <= 25, lines[signOff - 1].isEmptyish
        {
          bodyEnd = signOff
        }
      }
      // No closing: a stamped letter ends with its office and contact; or a cut-off letter.
      let foot = SignatureParser.read(lines, from: bodyEnd, limit: range.upperBound, expectSignature: false)
      _ = foot
      letter.lines = span(range.lowerBound, range.upperBound - 1)
    }
    letter.body = BodyParser.paragraphs(lines, bodyFrom..<bodyEnd, boxLayout: boxLayout)
    // A stamped letter may close with a memo's sentence (`จึงเรียนมาเพื่อโปรดดำเนินการ`) over its
    // office's stamp and date: addressed with ถึง, signed by no one.
    if let closingLine, letter.signature == nil, letter.kind == .external || letter.kind == .unknown, toKeyword == "ถึง",
      !sawFromBox,
      Vocabulary.leading(Vocabulary.memoClosings, in: lines[closingLine].scalars) != nil,
      readStampUnderClosing(&letter, after: closingLine)
    {
      letter.kind = .stamped
    }
    // (A radio message addresses with ถึง too, but names its sender in a from-box.)
    if closingLine == nil, letter.kind != .order, letter.kind != .announcement, toKeyword == "ถึง", !sawFromBox {
      letter.kind = .stamped
      readStampedFoot(&letter, bodyFrom: bodyFrom)
    }
    if letter.kind == .unknown { letter.kind = sawNumber || sawTo ? .external : .unknown }
    // A certificate is dated where it was given (`ให้ไว้ ณ วันที่ …`), as an order where it was issued.
    if letter.kind == .order || letter.kind == .announcement || letter.date == nil { readIssuedOn(&letter) }
    if start == .headerless {
      if !sawLetterhead, !sawBlankNumber {
        letter.warnings.append(
          LetterWarning(.headerMissing, "no ที่ line: the letter's header was cropped", line: lines[firstContent].number))
      }
      if letter.kind == .unknown { letter.kind = .external }
    }
    takeIssuersPrefix(&letter)
    readMentions(&letter, bodyFrom: bodyFrom, bodyEnd: bodyEnd)
    return Result(letter: letter, rest: rest)
  }

  /// A letter's own number printed without its prefix (`ที่ ๐๐๑๗.๓/ว ๔๑๒๖`) takes the prefix of
  /// the province or office its issuer names (`ศาลากลางจังหวัดเชียงราย` → `ชร`), as a number
  /// cited without one does; the `number_without_prefix` warning stays, naming where it came from.
  func takeIssuersPrefix(_ letter: inout Letter) {
    guard var number = letter.number, number.prefix == nil, number.code != nil, let issuer = letter.issuer?.name,
      let prefix = IssuerPrefixes.prefix(forIssuer: issuer)
    else { return }
    number.prefix = prefix
    letter.number = number
    // The letter's own warning; a cited number's has its own words.
    for k in letter.warnings.indices
    where letter.warnings[k].code == .numberWithoutPrefix && letter.warnings[k].message == Self.withoutPrefix {
      letter.warnings[k].message = "\(Self.withoutPrefix); \(prefix) taken from the issuer \(issuer)"
    }
  }

  /// The `number_without_prefix` message of the letter's own number.
  static let withoutPrefix = "number printed without its office prefix"

  // MARK: - Parts

  /// The last line of the endorsements that begin at line `k` and run to the letter's end:
  /// `k` opens one (`ความเห็น…`, `คำสั่ง`, `อนุมัติ`, `ทราบ`, `เห็นควร…`), a bracketed name follows
  /// within six lines, and nothing after is an annex page's title. At most 30 lines.
  func endorsementsEnd(from k: Int) -> Int? {
    let s = lines[k].scalars
    let opens =
      Vocabulary.leading(Vocabulary.endorsements, in: s) != nil
      || s.count <= 8 && Vocabulary.leading(Vocabulary.endorsementOrders, in: s) != nil
      // `คำสั่ง ☑ อนุมัติ ☐ ไม่อนุมัติ`: the order's choices ticked on a printed form.
      || Vocabulary.leading(Vocabulary.endorsementOrders, in: s) != nil && s.contains { $0 == "☑" || $0 == "☐" || $0 == "☒" }
    // Routing notes (`การดำเนินการในระบบสารบรรณอิเล็กทรอนิกส์ …` / `เรียน นายก …`): each
    // note's writer and when (`อรอุมา ปัญญาวงค์ (นักจัดการงานทั่วไป) 14 พ.ย. 2569 09:20 น.`).
    let routes = Vocabulary.leading(Vocabulary.routingOpeners, in: s) != nil
    let signed = (k + 1..<min(k + 7, range.upperBound)).contains { SignatureParser.isBracketedName(lines[$0].scalars) }
    let stamped = (k + 1..<min(k + 9, range.upperBound)).contains { Self.isTimestamped(lines[$0].scalars) }
    // A note up the line (`เรียน ผขท.ลำปางที่ ๑` / `- เพื่อโปรดพิจารณา`), signed under it.
    let noteLine = lines[(k + 1)..<range.upperBound].first { !$0.isEmptyish }
    // The note may be a bullet (`- เห็นควรอนุมัติ`, its dash read as a list mark) or open with
    // an endorsement's own word.
    // (Or a ticked box before the word: `☑ เห็นควรอนุมัติ`.)
    let addressed =
      routes && s.count <= 50
      && noteLine.map {
        let note = Self.pastBox($0.scalars)
        return $0.bulleted || Vocabulary.leading(Vocabulary.noteOpeners, in: note) != nil
          || Vocabulary.leading(Vocabulary.endorsements, in: note) != nil
      } == true
    // A note signed by hand: the writer's short name and the short date under it (`อรุณี` /
    // `20 ก.พ. 68`).
    let initialled = (min(k + 1, range.upperBound)..<min(k + 9, range.upperBound)).contains { Self.isNoteDate(lines[$0].scalars) }
    guard opens && (signed || initialled) || routes && stamped || addressed && (signed || initialled) else { return nil }
    guard let end = (k..<range.upperBound).last(where: { !lines[$0].isEmptyish }), end - k < 30,
      !(k + 1...end).contains(where: { LetterSegmenter.isAnnexTitle(lines, $0) })
    else { return nil }
    return end
  }

  /// `s` past a check box and the spaces after it (`☑ เห็นควรอนุมัติ` → `เห็นควรอนุมัติ`); `s` when
  /// it opens with none.
  static func pastBox(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard !s.isEmpty, var at = Vocabulary.box(s, at: 0)?.end else { return s }
    while at < s.count, s[at] == " " { at += 1 }
    return Array(s[at...])
  }

  /// The last line of a receiving office's stamp at the page's foot (its name, เลขรับ, วันที่,
  /// เวลา) and the routing note written under it, which end the letter; the stamp is read into
  /// `received`. Nil unless all that is left is a few short lines, a stamp field among the
  /// first two.
  func footStampEnd(from k: Int, _ letter: inout Letter) -> Int? {
    let text = (k..<range.upperBound).filter { !lines[$0].isEmptyish }
    guard !text.isEmpty, text.count <= 8, text.allSatisfy({ lines[$0].scalars.count <= 60 }),
      text.prefix(2).contains(where: { LetterSegmenter.isReceiptLine(lines[$0]) })
    else { return nil }
    if letter.received == nil { letter.received = ReceiptReader.read(text.map { lines[$0] }) }
    return text.last
  }

  /// The last line of the copies noted at line `k` (`สำเนาส่ง ผู้อำนวยการ…` and the
  /// addressees under it, up to a blank line), also past specks OCR set above the note: nil
  /// unless such a note is there.
  func copiesEnd(from first: Int) -> Int? {
    var k = first
    while k < range.upperBound, lines[k].isEmptyish || SignatureParser.isSpeck(lines[k].scalars) { k += 1 }
    guard k < range.upperBound, SignatureParser.isCopiesNote(lines[k]) else { return nil }
    var end = k
    while end + 1 < range.upperBound, !lines[end + 1].isEmptyish, lines[end + 1].scalars.count <= 80,
      !LetterSegmenter.isAnnexTitle(lines, end + 1)
    {
      end += 1
    }
    return end
  }

  /// A date alone on a short line (`20 ก.พ. 68`), as a hand dates a note; a vision model may
  /// set the signature's placeholder before it (`[ลายมือชื่อ] ๑๔ ม.ค. ๖๙`).
  static func isNoteDate(_ line: [Unicode.Scalar]) -> Bool {
    var s = line[...]
    if s.first == "[", let close = s.firstIndex(of: "]"), close < 20 {
      s = s[(close + 1)...].drop { $0 == " " }
    }
    guard (6...24).contains(s.count), ThaiDigits.isDigit(s[s.startIndex]),
      let match = ThaiDateParser.matches(in: Array(s)).first
    else {
      return false
    }
    return match.scalarRange == 0..<s.count
  }

  /// A line that ends with a date and a time (`… 14 พ.ย. 2569 09:20 น.`): when a routing note
  /// was written.
  static func isTimestamped(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count <= 120, s.count >= 8, s.last == ".", s[s.count - 2] == "น" else { return false }
    // `09:20 น.` / `09.20 น.` before it.
    var i = s.count - 3
    while i > 0, s[i] == " " { i -= 1 }
    guard i >= 4, ThaiDigits.isDigit(s[i]), ThaiDigits.isDigit(s[i - 1]), s[i - 2] == ":" || s[i - 2] == "." else {
      return false
    }
    return !ThaiDateParser.matches(in: Array(s[..<(i - 2)])).isEmpty
  }

  /// A field's lines in a box layout, up to the first that stops short of the letter's widest
  /// line (three quarters of it): there the field ends, the body's first line right under it
  /// with no blank line between (`เรียน ผู้อำนวยการ…` / `ตามแผนปฏิบัติราชการ…`).
  func endingAtShortLine(_ fieldLines: [Int]) -> [Int] {
    var width = 0
    for j in range { width = max(width, BodyParser.columns(lines[j].scalars)) }
    var kept: [Int] = []
    for j in fieldLines {
      kept.append(j)
      if BodyParser.columns(lines[j].scalars) * 100 < width * 75 { break }
    }
    return kept
  }

  /// A line of an office's address: it begins with a street, lane, subdistrict, district,
  /// village or house number (`ถนน…`, `๙๐ ซอย…`, `แขวง…`, `อำเภอ…`, `เลขที่…`), or names a
  /// street after a space.
  static func isAddressLine(_ s: [Unicode.Scalar]) -> Bool {
    guard let first = s.first else { return false }
    if ThaiDigits.isDigit(first) {
      return s.contains(where: { ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset($0)) })
    }
    // `ศาลากลางจังหวัดแพร่ ถนนไชยบูรณ์`: a building, then its street.
    return Vocabulary.leading(Vocabulary.addressWords, in: s) != nil || LooseMatch.find(Self.street, in: s) != nil
  }

  /// `… จังหวัดนนทบุรี ๑๑๐๐๐`: the text ends with a word of five digits after a space.
  static func endsWithPostalCode(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
    var text = s
    while text.last == " " { text = text.dropLast() }
    let digits = text.reversed().prefix(while: ThaiDigits.isDigit).count
    return digits == 5 && text.count > 5 && text[text.endIndex - 6] == " "
  }

  /// ` ถนน`: a street named after a space.
  static let street = Array(" ถนน".unicodeScalars)

  /// An office's name, then where its address begins on the same line; nil unless both.
  static func nameAndAddress(_ text: String) -> (String, String)? {
    let s = text.scalarArray
    for i in s.indices where s[i] == " " && i >= 4 && i <= 60 {
      let rest = Array(s[(i + 1)...])
      if isAddressLine(rest), isOfficeName(Array(s[..<i])) {
        return (String(scalars: s[..<i]).trimmed, String(scalars: rest).trimmed)
      }
    }
    return nil
  }

  /// A line that names an office (`สำนักงาน…`, `กรม…`, `สำนักงานชลประทานที่ ๓`): short, no
  /// slash and no date in it.
  static func isOfficeName(_ s: [Unicode.Scalar]) -> Bool {
    s.count <= 60 && !s.contains("/") && Vocabulary.leading(Vocabulary.officeWords, in: s) != nil
      && ThaiDateParser.matches(in: s).isEmpty
  }

  /// Where a contact block set between the closing sentence (`จึงเรียนมาเพื่อ…`) and the
  /// courtesy closing on line `closing` begins: an OCR that reads the page's left column
  /// first (Google Vision) puts the foot's unit, phones and e-mail there. Nil unless a
  /// contact line stands directly above the closing and the closing sentence directly
  /// above the block (its unit line included).
  func contactAboveClosing(_ closing: Int, bodyFrom: Int) -> Int? {
    guard let block = contactBlock(above: closing, lowest: bodyFrom + 1, acrossBlanks: true) else { return nil }
    var j = block.first - 1
    while j > bodyFrom, lines[j].isEmptyish { j -= 1 }
    guard Vocabulary.leading(Vocabulary.memoClosings, in: lines[j].scalars) != nil else { return nil }
    return block.first
  }

  /// The contact block that ends right above line `below` (blank lines may stand between):
  /// its contact lines (โทร., e-mail, โทรสาร) and the unit line above them when one stands
  /// there; `first` is the unit's line or the first contact line. Nil when no contact line
  /// stands above `below`. No line before `lowest` is taken; `acrossBlanks`: blank lines may
  /// also stand inside the block.
  func contactBlock(above below: Int, lowest: Int, acrossBlanks: Bool) -> (first: Int, unit: Bool)? {
    // The line with text above `k`, across blank lines when they may stand there.
    func previous(_ k: Int, skippingBlanks: Bool) -> Int? {
      var j = k - 1
      while skippingBlanks, j >= lowest, lines[j].isEmptyish { j -= 1 }
      return j >= lowest ? j : nil
    }
    var top: Int?
    var j = previous(below, skippingBlanks: true)
    while let k = j, SignatureParser.isContactLine(lines[k]) {
      top = k
      j = previous(k, skippingBlanks: acrossBlanks)
    }
    guard let top else { return nil }
    if let k = previous(top, skippingBlanks: acrossBlanks), SignatureParser.startsUnit(lines[k].scalars) {
      return (k, true)
    }
    return (top, false)
  }

  /// Up to three short lines after `last`, across blank lines, when the body's first sentence
  /// follows them (`ด้วย…`, `ตามที่…`, `โดยที่…`); else none.
  /// The one or two lines right under line `last`, with no blank line between, that the rule
  /// drawn under a title block closes; empty unless such a rule follows.
  func linesAboveRule(after last: Int) -> [Int] {
    var taken: [Int] = []
    var k = last + 1
    while k < range.upperBound, taken.count <= 2 {
      let line = lines[k]
      if line.furniture == .rule { return taken }
      guard !line.isBlank, !line.isPageBreak, line.furniture == nil, line.scalars.count <= 90,
        HeaderLabel.read(line.scalars) == nil
      else { return [] }
      taken.append(k)
      k += 1
    }
    return []
  }

  func linesBeforeTitledBody(after last: Int) -> [Int] {
    var taken: [Int] = []
    var k = last + 1
    while k < range.upperBound {
      let line = lines[k]
      if line.isEmptyish {
        k += 1
        continue
      }
      if Self.opensTitledBody(line.scalars) { return taken }
      guard taken.count < 3, line.scalars.count <= 60, !FieldText.startsField(line),
        ItemReader.itemNumber(line.scalars) == nil, !LetterSegmenter.isNumberLine(line)
      else { return [] }
      taken.append(k)
      k += 1
    }
    return []
  }

  /// The body's first sentence of an order or announcement (`ด้วย…`, `ตามที่…`, `โดยที่…`), also
  /// behind a one-scalar speck or item number OCR set before it (`2 ตามคําสัง…`).
  static func opensTitledBody(_ s: [Unicode.Scalar]) -> Bool {
    if Vocabulary.leading(Vocabulary.titledBodyOpeners, in: s) != nil { return true }
    guard s.count > 2, s[1] == " ", !s[0].properties.isAlphabetic
    else { return false }
    return Vocabulary.leading(Vocabulary.titledBodyOpeners, in: s, at: 2) != nil
  }

  /// The last line of the letter's range when what follows line `k` is at most three short
  /// lines that each read as a contact line: a label, an e-mail address (`@`), or a phone's
  /// seven digits or more. Nil otherwise.
  func contactTailEnd(from k: Int) -> Int? {
    let tail = (k..<range.upperBound).filter { !lines[$0].isEmptyish }
    guard !tail.isEmpty, tail.count <= 3 else { return nil }
    for j in tail {
      let s = lines[j].scalars
      let digits = s.filter(ThaiDigits.isDigit).count
      guard s.count <= 90,
        SignatureParser.isContactLine(lines[j]) || s.contains("@") || digits >= 7 && s.count <= 60
      else { return nil }
    }
    return tail.last
  }

  /// The first line of a contact block that ends the letter: contact lines (โทร., e-mail) at
  /// its end, and the unit line right above them. Nil unless the last line is a contact line.
  func contactFoot(bodyFrom: Int) -> Int? {
    contactBlock(above: range.upperBound, lowest: bodyFrom + 1, acrossBlanks: false)?.first
  }

  /// Where a later block repeats two or more lines of this page's heading block (after its
  /// first line): a new page of a multi-page annex.
  /// A heading of two lines (a title and `แนบท้ายหนังสือ…`) counts when both stand again, in
  /// order, at the top of a page after a page break.
  func repeatedHeading() -> Int? {
    var block: [String] = []
    var j = firstContent
    while j < range.upperBound, !lines[j].isEmptyish {
      block.append(lines[j].text)
      j += 1
    }
    // A one-line title over its office across a blank line (a model's markdown: `# ทะเบียน
    // หนังสือรับ` / `**โรงเรียน…**`): the two are the heading.
    if block.count == 1, Self.isRegisterTitle(lines[firstContent].scalars),
      let office = (j..<min(range.upperBound, j + 3)).first(where: { !lines[$0].isEmptyish }),
      lines[office].scalars.count <= 60, office + 1 == range.upperBound || lines[office + 1].isEmptyish
    {
      block.append(lines[office].text)
      j = office + 1
    }
    guard block.count >= 2 else { return nil }
    let heading = Set(block.dropFirst())
    var afterBreak = false
    while j < range.upperBound {
      if lines[j].isEmptyish {
        if lines[j].isPageBreak || lines[j].furniture == .pageNumber { afterBreak = true }
        j += 1
        continue
      }
      var k = j
      var shared = 0
      while k < range.upperBound, !lines[k].isEmptyish {
        if heading.contains(lines[k].text) { shared += 1 }
        k += 1
      }
      if block.count >= 3, shared >= 2 { return j }
      if afterBreak, k - j >= 2, lines[j].text == block[0], lines[j + 1].text == block[1] { return j }
      if afterBreak, k - j == 1, lines[j].text == block[0],
        (k..<min(range.upperBound, k + 3)).first(where: { !lines[$0].isEmptyish }).map({ lines[$0].text == block[1] }) == true
      {
        return j
      }
      afterBreak = false
      j = k
    }
    return nil
  }

  /// The next header label after line `k`, past other scraps of at most three scalars (up
  /// to two, within five lines): how many scraps stand between, and whether the label is
  /// อ้างถึง or สิ่งที่ส่งมาด้วย (after them a digit alone is no item number of the body).
  func labelAfterScraps(from k: Int) -> (scrapsBetween: Int, afterFields: Bool)? {
    var j = k + 1
    var scraps = 0
    while j < range.upperBound, j - k <= 5 {
      let s = lines[j].scalars
      if lines[j].isEmptyish {
        j += 1
        continue
      }
      if let (field, _) = HeaderLabel.read(s) {
        return (scraps, field == .references || field == .enclosures)
      }
      guard Self.isScrap(s), scraps < 2 else { return nil }
      scraps += 1
      j += 1
    }
    return nil
  }

  /// A scrap OCR left between header fields: up to three scalars (`เรื`, `ฆ`, `1`), or
  /// specks with lone digits among them (`ณ=% ฆ   ๑`).
  static func isScrap(_ s: [Unicode.Scalar]) -> Bool {
    if s.count <= 3 { return true }
    guard s.count <= 20 else { return false }
    let specks = s.split(separator: " ").filter { $0.count > 1 || !ThaiDigits.isDigit($0[$0.startIndex]) }
    return !specks.isEmpty && Line.isDebris(Array(specks.joined(separator: [" "])))
  }

  /// Where a ที่ line's number left blank ends (`ที่ ..........`, `ที่        /๒๕๖๙`): after leaders
  /// or a slash and year with no serial, when the line ends there or a memo's วันที่ follows.
  static let specialWord = Array("พิเศษ".unicodeScalars)

  static func blankNumberEnd(_ s: [Unicode.Scalar]) -> Int? {
    guard let (_, label) = Vocabulary.field(Vocabulary.number, in: s) else { return nil }
    var i = label
    var leaders = 0
    while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "." || s[i] == "…" || s[i] == "_" {
      if s[i] != " ", s[i] != "\t" { leaders += 1 }
      i += 1
    }
    // `ที่ พิเศษ/๒๕๖๙`: a small office's letter numbered out of its register, no serial.
    var special = false
    if leaders == 0, s[i...].starts(with: Self.specialWord) {
      special = true
      i += Self.specialWord.count
    }
    var year = false
    if i < s.count, s[i] == "/", i > label {
      var j = i + 1
      while j < s.count, ThaiDigits.isDigit(s[j]) { j += 1 }
      year = j - i - 1 == 4 || j - i - 1 == 2
      if year { i = j }
    }
    guard leaders >= 3 || year || special else { return nil }
    // Then the line's end, a memo's วันที่, or the office block's first line (no digit before
    // a letter: the number's serial is no text).
    let end = LetterNumberReader.skipSpaces(s, i)
    guard end == s.count || !ThaiDigits.isDigit(s[end]) && s[end] != "/" else { return nil }
    return end
  }

  /// The letter's number on the next line with text, under a ที่ line of leaders (`ที่ ……` /
  /// `มท ๐๘๐๘.๒/ว ๑๒๓๔`): OCR set the number under its label.
  func numberOnNextLine(after k: Int) -> Bool {
    guard let next = (k + 1..<min(range.upperBound, k + 3)).first(where: { !lines[$0].isEmptyish }),
      let (number, _) = LetterNumberReader.read(lines[next].scalars, at: 0)
    else { return false }
    return !number.serial.isEmpty
  }

  /// Where a receipt stamp's word (`เลขรับ`, `เลขที่รับ`, …) begins in `s`, nil when none does.
  static func receiptWordStart(_ s: [Unicode.Scalar]) -> Int? {
    Vocabulary.receipt.scalars.compactMap { LooseMatch.find($0, in: s)?.lowerBound }.min()
  }

  /// `เวลา` in a stamp's row.
  static func hasTime(_ s: [Unicode.Scalar]) -> Bool { LooseMatch.find(ReceiptReader.timeWord, in: s) != nil }

  /// Where a stamp's date or time set after other text begins (` วันที่ ๑๔ มี.ค. ๖๙`), nil when
  /// the row has none after its start.
  static func stampFieldStart(_ s: [Unicode.Scalar]) -> Int? {
    for word in [LetterSegmenter.dayWord, ReceiptReader.timeWord] {
      if let r = LooseMatch.find(word, in: s), r.lowerBound > 0, s[r.lowerBound - 1] == " ",
        case let d = LetterNumberReader.skipSpaces(s, r.upperBound), d < s.count, ThaiDigits.isDigit(s[d])
      {
        return r.lowerBound
      }
    }
    return nil
  }

  /// A stamp's row under its เลขรับ: its date, with the time perhaps on the same line
  /// (`วันที่ ๒๖ ธ.ค. ๒๕๖๘ เวลา ๑๑.๓๐ น.`), or the time alone.
  static func isStampRow(_ s: [Unicode.Scalar]) -> Bool {
    s.count <= 30 ? isStampField(s) : s.count <= 50 && isStampField(Array(s.prefix(30)))
  }

  /// The last line of a receipt stamp that begins at line `k` inside the office block: its
  /// เลขรับ on line `k` or, under the receiving office's name, on `k + 1`, and its วันที่ and เวลา
  /// lines under that. Nil when no stamp begins there.
  func stampInOfficeBlock(at k: Int) -> Int? {
    var number = k
    if !LetterSegmenter.isReceiptLine(lines[k]) {
      guard k + 1 < range.upperBound, LetterSegmenter.isReceiptLine(lines[k + 1]), Self.isOfficeName(lines[k].scalars),
        !Self.isAddressLine(lines[k].scalars)
      else { return nil }
      number = k + 1
    }
    guard lines[number].scalars.count <= 40, lines[number].scalars.contains(where: ThaiDigits.isDigit) else { return nil }
    var end = number
    while end + 1 < range.upperBound, end - number < 2, Self.isStampField(lines[end + 1].scalars) { end += 1 }
    return end
  }

  /// A receipt stamp's date or time line: `วันที่ ๒๖ พ.ย. ๖๙`, `เวลา ๑๐.๑๕ น.` (short, a
  /// digit in it; วันที่ as OCR leaves it, `วันที`).
  static func isStampField(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count <= 30, s.contains(where: ThaiDigits.isDigit) else { return false }
    let text = String(scalars: s)
    return text.hasUTF8Prefix("วันที") || text.hasUTF8Prefix("เวลา")
  }

  /// A เรื่อง line among the next three non-blank lines (within eight lines).
  /// The last line of a letterhead that begins at line `k`: at most five short lines, none a
  /// header field, and then the letter's date or its เรื่อง/เรียน within twelve lines; nil else.
  func letterheadEnd(from k: Int) -> Int? {
    var last = k
    var seen = 0
    var j = k
    while j < range.upperBound, j - k <= 12 {
      let line = lines[j]
      if line.isEmptyish {
        j += 1
        continue
      }
      if dateLine(line.scalars) != nil || HeaderLabel.read(line.scalars).map({ $0.0 == .subject || $0.0 == .to }) == true {
        return seen > 0 ? last : nil
      }
      guard seen < 5, line.scalars.count <= 100, HeaderLabel.read(line.scalars) == nil,
        !LetterSegmenter.isNumberLine(lines, j), !LetterSegmenter.isReceiptLine(line)
      else { return nil }
      seen += 1
      last = j
      j += 1
    }
    return nil
  }

  func subjectLabelAhead(from k: Int) -> Bool {
    var j = k + 1
    var seen = 0
    while j < range.upperBound, j - k <= 8, seen < 3 {
      if !lines[j].isEmptyish {
        if let (field, _) = HeaderLabel.read(lines[j].scalars), field == .subject { return true }
        seen += 1
      }
      j += 1
    }
    return false
  }

  func numberLineAhead(from k: Int) -> Bool {
    var j = k + 1
    while j < range.upperBound, j - k <= 15 {
      if LetterSegmenter.isNumberLine(lines, j) { return true }
      j += 1
    }
    return false
  }

  var firstContent: Int {
    (range.lowerBound..<range.upperBound).first { !lines[$0].isEmptyish } ?? range.lowerBound
  }

  func span(_ a: Int, _ b: Int) -> LineSpan {
    // (A span never ends before it starts: a foot read from the segment's first line may say -1.)
    let b = max(a, b)
    var first = a
    while first < b, lines[first].isEmptyish { first += 1 }
    var last = b
    while last > first, lines[last].isEmptyish { last -= 1 }
    return LineSpan(start: lines[first].number, end: lines[last].number)
  }

  func joined(_ first: String, _ more: [Int]) -> String? {
    // Most fields are one line: their text as it is, no arrays made to join it.
    if more.isEmpty { return first.isEmpty ? nil : first }
    let text = ([first] + more.map { lines[$0].text }).filter { !$0.isEmpty }.joined(separator: " ")
    return text.isEmpty ? nil : text
  }

  /// `คำสั่งมหาวิทยาลัยขอนแก่น` → (.order, มหาวิทยาลัยขอนแก่น)
  func titledHeader(_ s: [Unicode.Scalar]) -> (LetterKind, String?)? {
    // `ข่าวราชการ` titles a radio message's form, not a press release (ข่าว…).
    guard s.count <= 90, !LetterSegmenter.isMessageFormTitle(s) else { return nil }
    if let (_, end) = Vocabulary.leading(Vocabulary.orderTitles, in: s) {
      let rest = String(scalars: s[end...]).trimmed
      return (.order, rest.isEmpty ? nil : rest)
    }
    if let (_, end) = Vocabulary.leading(Vocabulary.announcementTitles, in: s) {
      let rest = String(scalars: s[end...]).trimmed
      return (.announcement, rest.isEmpty ? nil : rest)
    }
    return nil
  }

  /// A regulation's or bylaw's matter under its title line `k`: `ว่าด้วย…` on the title's
  /// line or the next, the lines that continue it without a blank line, and the year line
  /// (`พ.ศ. ๒๕๖๘`) that ends the title. (subject, the title block's last line)
  func regardingTitle(at k: Int) -> (String, Int)? {
    guard let first = LetterSegmenter.regardingLine(lines, title: k) else { return nil }
    var parts: [String] = []
    let s = lines[first].scalars
    if let at = LooseMatch.find(LetterSegmenter.regardingWord, in: s) {
      parts.append(String(scalars: s[at.lowerBound...]).trimmed)
    }
    var last = first
    var j = first + 1
    while j < range.upperBound, j - first <= 3, !lines[j].isEmptyish, lines[j].scalars.count <= 60,
      Vocabulary.leading(Vocabulary.paragraphStarts, in: lines[j].scalars) == nil
    {
      parts.append(lines[j].text)
      last = j
      if Vocabulary.leading(Vocabulary.era, in: lines[j].scalars) != nil { break }
      j += 1
    }
    return (parts.joined(separator: " "), last)
  }

  /// The serial alone on a line (digits only), or at the margin beside the office block's
  /// next line, under one or two lines of the office block, within three lines of the number's
  /// line `k`: its line, the number completed, and the office block's text beside it.
  func serialUnderOfficeBlock(_ number: LetterNumber, after k: Int) -> (Int, LetterNumber, String?)? {
    var j = k + 1
    var between = 0
    while j < range.upperBound, j - k <= 3 {
      let s = lines[j].scalars
      if lines[j].isEmptyish {
        j += 1
        continue
      }
      if (2...5).contains(s.count), s.allSatisfy(ThaiDigits.isDigit) {
        guard between > 0, let completed = LetterNumberReader.withSerial(number, line: s) else { return nil }
        return (j, completed, nil)
      }
      // The serial at the margin beside the office block's next line (`๔๘๖      กรุงเทพฯ ๑๐๔๐๐`).
      if between > 0, let first = s.first, ThaiDigits.isDigit(first),
        let (completed, beside) = LetterNumberReader.withSerialBeside(number, line: s),
        Self.isAddressLine(beside.scalarArray) || Self.isOfficeName(beside.scalarArray)
      {
        return (j, completed, beside)
      }
      guard s.count <= 60, Self.isAddressLine(s) || Self.isOfficeName(s) else { return nil }
      between += 1
      j += 1
    }
    return nil
  }

  /// A date line that stops after its month, and the year alone on the line below (a blank
  /// line between allowed): the date, and the year's line.
  func dateWithYearBelow(at k: Int) -> (DateValue, Int)? {
    let s = lines[k].scalars
    guard s.count <= 30, let first = s.first, ThaiDigits.isDigit(first), ThaiDateParser.endsWithDayAndMonth(s)
    else { return nil }
    var j = k + 1
    while j < range.upperBound, j - k <= 2, lines[j].isBlank { j += 1 }
    guard j < range.upperBound, j - k <= 2, (2...4).contains(lines[j].scalars.count),
      lines[j].scalars.allSatisfy(ThaiDigits.isDigit),
      let date = dateLine(s + [" "] + lines[j].scalars)
    else { return nil }
    return (date, j)
  }

  /// A line that is a date (optionally after วันที่), the header's date.
  func dateLine(_ s: [Unicode.Scalar]) -> DateValue? {
    var from = 0
    if let (_, end) = Vocabulary.field(Vocabulary.memoDate, in: s) { from = end }
    // Only spaces, dots, colons and specks (`' ๒๕ กันยายน …`) may stand before the date, which
    // begins with its day's digit or วัน: most header lines are turned away here, before the
    // line is copied and searched for every date in it.
    var first = from
    while first < s.count, HeaderLabel.isDebris(s[first]) { first += 1 }
    // (Or ด, Tesseract's ๑ opening a day: `ด๘ กุมภาพันธ์ ๒๕๖๙`.)
    guard first < s.count, ThaiDigits.isDigit(s[first]) || s[first] == "ว" || s[first] == "ด" else { return nil }
    let rest = Array(s[from...])
    guard let match = ThaiDateParser.matches(in: rest, ocrYears: ocrDigits).first else { return nil }
    let before = rest[..<match.scalarRange.lowerBound].filter { !HeaderLabel.isDebris($0) }
    let after = rest[match.scalarRange.upperBound...].filter { $0 != " " && $0 != "." }
    guard before.isEmpty, after.count <= 2 || Self.isGregorianGloss(after) else { return nil }
    return DateValue(match)
  }

  /// `(15 January 2026)` after a letter's date: the same date given by the Christian era, in
  /// brackets, ASCII letters and digits only.
  static func isGregorianGloss(_ s: [Unicode.Scalar]) -> Bool {
    s.count >= 6 && s.count <= 40 && s.first == "(" && s.last == ")"
      && s.dropFirst().dropLast().allSatisfy { $0.value < 0x80 && ($0.properties.isAlphabetic || ThaiDigits.isDigit($0) || $0 == ",") }
      && s.contains(where: ThaiDigits.isDigit)
  }

  /// `ส่วนราชการโรงเรียน…`: OCR lost the space after the label. Only under a memo's title and
  /// above its number, where the word cannot open a sentence of the body.
  func gluedMemoUnit(_ s: [Unicode.Scalar], _ letter: Letter, sawNumber: Bool) -> (String, Int)? {
    guard letter.kind == .memo, !sawNumber, let (word, end) = Vocabulary.leading(Vocabulary.memoUnit, in: s),
      end < s.count
    else { return nil }
    // The unit's name begins with a consonant or a leading vowel (`โรงเรียน`, `กอง`).
    let first = LetterNumberReader.thaiOffset(s[end])
    guard ThaiCharacter.isConsonant(first) || (0x40...0x44).contains(first) else { return nil }
    return (word, end)
  }

  /// `%่วน@าช~าร  โรงพยาบาล…`: the label with some of its letters garbled into symbols (a clip
  /// or a finger over a photographed page). Only under a memo's title and above its number: a
  /// first word as long as `ส่วนราชการ`, each scalar the label's own or an ASCII symbol, at most
  /// four of them symbols.
  func garbledMemoUnit(_ s: [Unicode.Scalar], _ letter: Letter, sawNumber: Bool) -> (String, Int)? {
    let label = Self.memoUnitLabel
    guard letter.kind == .memo, !sawNumber, s.count > label.count + 1, s[label.count] == " " else { return nil }
    var symbols = 0
    for (c, l) in zip(s, label) where c != l {
      guard c.value < 0x80, !c.properties.isAlphabetic, !ThaiDigits.isDigit(c), c != " " else { return nil }
      symbols += 1
    }
    guard symbols <= 4 else { return nil }
    return (Vocabulary.memoUnit.words[0], label.count)
  }

  static let memoUnitLabel = Vocabulary.memoUnit.scalars[0]

  /// Where a whole letter number begins a line that has no `ที่` (OCR lost the label): a
  /// prefix, a code and a serial, after at most three scalars of debris.
  static func labellessNumberStart(_ s: [Unicode.Scalar]) -> Int? {
    let start = s.count - HeaderLabel.withoutDebris(s).count
    guard start < s.count, ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset(s[start])),
      let (number, end) = LetterNumberReader.read(s, at: start),
      number.prefix != nil, number.code != nil, !number.serial.isEmpty
    else { return nil }
    // The number stands alone or before a gap (a memo's วันที่, the office beside it).
    guard end == s.count || s[end] == " " || s[end] == "\t" else { return nil }
    return start
  }

  /// ที่ … on line `k` (and the serial on a later line when it was split off). `office`: the
  /// office block's lines printed beside the number (`ที่ วธ ๐๔๐๕/ว ๑๘๗๒   กรมศิลปากร`) and
  /// beside a serial that went on to the next line.
  func readNumber(_ letter: inout Letter, at k: Int, advance: inout Int, office: inout [String]) {
    let s = lines[k].scalars
    // The number found after ที่ is the one read (not read a second time); else one without
    // its label.
    let atLabel = LetterSegmenter.numberAt(s)
    let found =
      (atLabel ?? LetterSegmenter.formNumberAt(lines, k)).map { ($0.number, $0.end) }
      ?? Self.labellessNumberStart(s).flatMap { LetterNumberReader.read(s, at: $0) }
    guard let (read, numberEnd) = found else {
      advance = k + 1
      return
    }
    advance = k + 1
    var number = read
    if atLabel != nil, LetterSegmenter.garbledPrefix(s) {
      letter.warnings.append(
        LetterWarning(.ocrSuspect, "the number's prefix is unreadable; read without it", line: lines[k].number))
    }
    // The office block's line beside the serial, when the serial went on to the next line.
    var besideSerial: String?
    if number.serial.isEmpty {
      // The serial stands alone on one of the next lines, or begins the next line.
      var j = k + 1
      while j < range.upperBound, j - k <= 6, lines[j].isEmptyish { j += 1 }
      if j < range.upperBound, let completed = LetterNumberReader.withSerial(number, line: lines[j].scalars) {
        number = completed
        advance = j + 1
      } else if j <= k + 3, j < range.upperBound, letter.kind != .memo,
        let (completed, rest) = LetterNumberReader.withSerialBeside(number, line: lines[j].scalars)
      {
        number = completed
        besideSerial = rest
        advance = j + 1
      } else if j == k + 1, j + 1 < range.upperBound, letter.kind != .memo, Self.isOfficeName(lines[j].scalars),
        lines[j + 1].scalars.allSatisfy({ ThaiDigits.isDigit($0) || $0 == " " }),
        let completed = LetterNumberReader.withSerial(number, line: lines[j + 1].scalars)
      {
        // Two columns read line by line: `ที่ อว 6601.4/ว` / `มหาวิทยาลัยขอนแก่น` / `2211` — the
        // office's name between the number and its serial.
        number = completed
        office.append(lines[j].text)
        advance = j + 2
      } else if letter.kind != .memo, let (serialLine, completed, besideSerialLine) = serialUnderOfficeBlock(number, after: k) {
        // `ที่ ชน ๐๐๑๗.๒/ว   ศาลากลาง…` / `ถนนพรหมประเสริฐ ชน ๑๗๐๐๐` / `๔๖๘๗`: the serial under
        // the office block's lines that OCR read between.
        number = completed
        let beside = String(scalars: s[numberEnd...]).trimmed
        if !beside.isEmpty { office.append(beside) }
        office += (k + 1..<serialLine).filter { !lines[$0].isEmptyish }.map { lines[$0].text }
        if let besideSerialLine { office.append(besideSerialLine) }
        advance = serialLine + 1
      }
      if advance == j + 1 || advance == j + 2 {
        letter.warnings.append(
          LetterWarning(
            .numberSplit, "the number continues on line \(lines[advance - 1].number)", line: lines[k].number))
      }
    }
    if number.suspect {
      letter.warnings.append(
        LetterWarning(.ocrSuspect, "\(number.raw): OCR noise dropped to read the number", line: lines[k].number))
    }
    if number.letterAsDigit {
      letter.warnings.append(.letterAsDigit(number.raw, line: lines[k].number))
    }
    if number.prefix == nil, number.code != nil {
      letter.warnings.append(
        LetterWarning(.numberWithoutPrefix, Self.withoutPrefix, line: lines[k].number))
    }
    letter.number = number
    // A memo's วันที่ on the same line.
    let rest = Array(s[numberEnd...])
    if let (_, dateEnd) = findWord(Vocabulary.memoDate, in: rest),
      let match = ThaiDateParser.matches(in: Array(rest[dateEnd...]), ocrYears: ocrDigits).first
    {
      letter.date = DateValue(match)
    } else if let (_, dateEnd) = findWord(Vocabulary.memoDate, in: rest), advance == k + 1, k + 1 < range.upperBound,
      ThaiDateParser.endsWithDayAndMonth(rest), lines[k + 1].scalars.first.map(ThaiDigits.isDigit) == true,
      let match = ThaiDateParser.matches(
        in: Array(rest[dateEnd...]) + [" "] + lines[k + 1].scalars, ocrYears: ocrDigits
      )
      .first
    {
      // `ที่ … วันที่ ๒๕ มีนาคม` / `๒๕๖๘`: the year went on to the next line.
      letter.date = DateValue(match)
      advance = k + 2
    } else if let match = ThaiDateParser.matches(in: rest).first {
      letter.date = DateValue(match)
      // The office and its address between the number and the date (`ที่ กค 0405.2/ว 112
      // กระทรวงการคลัง ถนนพระรามที่ 6 กทม. 10400 26 กุมภาพันธ์ 2568`, the layout lost).
      let before = String(scalars: rest[..<match.scalarRange.lowerBound]).trimmed
      if letter.kind != .memo, advance == k + 1, before.unicodeScalars.count >= 6,
        Self.isOfficeName(Array(before.unicodeScalars.prefix(40))) || Self.nameAndAddress(before) != nil
      {
        office.append(before)
      }
    } else if letter.received == nil, let at = Self.receiptWordStart(rest) {
      // The receiving office's stamp beside the number (`ที่ รง ๐๕๐๒.๔/ว ๔๑      เลขรับ ๑๒๗`), its
      // date and time under it; the office block's first line may stand between the two.
      let before = String(scalars: rest[..<at]).trimmed
      if letter.kind != .memo, !before.isEmpty { office.append(before) }
      var stamp = [Line(number: lines[k].number, raw: String(scalars: rest[at...]))]
      while advance < range.upperBound, advance - k <= 2 {
        let row = lines[advance].scalars
        // A row of its own; a memo's own วันที่ line has no time.
        if Self.isStampRow(row), letter.kind != .memo || row.contains(where: ThaiDigits.isDigit) && Self.hasTime(row) {
          stamp.append(lines[advance])
        } else if letter.kind != .memo, let cut = Self.stampFieldStart(row) {
          // Beside the office block's next line (`ถนน… กทม. ๑๐๓๐๐     วันที่ ๑๔ มี.ค. ๖๙`).
          office.append(String(scalars: row[..<cut]).trimmed)
          stamp.append(Line(number: lines[advance].number, raw: String(scalars: row[cut...])))
        } else {
          break
        }
        advance += 1
      }
      letter.received = ReceiptReader.read(stamp)
    } else if letter.kind != .memo {
      // The office block's first line set beside the number (two columns run together); a
      // box's row there (`| อบต.… |`) is a receipt stamp's.
      let text = String(scalars: rest).trimmed
      if !text.hasUTF8Prefix("|"),
        text.unicodeScalars.contains(where: { ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset($0)) }),
        !number.serial.isEmpty, advance == k + 1 || besideSerial != nil
      {
        office.append(text)
      }
    }
    if let besideSerial { office.append(besideSerial) }
  }

  func findWord(_ words: Keywords, in s: [Unicode.Scalar]) -> (Int, Int)? {
    for word in words.scalars {
      if let r = LooseMatch.find(word, in: s) { return (r.lowerBound, r.upperBound) }
    }
    return nil
  }

  /// A letterhead's contact line (`โทร. … www.…`), added to `target`.
  func readLetterheadContact(_ j: Int, into target: inout Contact) {
    var contact = SignatureParser.read(lines, from: j, limit: j + 1, expectSignature: false).contact
    contact.units = []
    // `โทร. … อีเมล …`: both on the letterhead's one line.
    if contact.emails.isEmpty { contact.emails = PhoneReader.emails(in: lines[j].text) }
    // `โทร. ๐ ๒๔๓๖ ๐๐๐๐    www.egat.co.th`: the website with no label of its own.
    if contact.urls.isEmpty { contact.urls = SignatureParser.urls(in: lines[j].text) }
    mergeContact(contact, into: &target)
  }

  func mergeContact(_ contact: Contact, into target: inout Contact) {
    target.units += contact.units
    target.phones += contact.phones
    target.faxes += contact.faxes
    target.emails += contact.emails
    target.urls += contact.urls
    target.people += contact.people
  }

  /// A stamped letter ends with the office's name (the stamp) and its contact lines.
  func readStampedFoot(_ letter: inout Letter, bodyFrom: Int) {
    var paragraphs = letter.body
    guard !paragraphs.isEmpty else { return }
    if readFootAfterContact(&letter, bodyFrom: bodyFrom) { return }
    // Contact lines at the end of the body.
    var footLines: [Int] = []
    var j = range.upperBound - 1
    while j >= bodyFrom {
      let line = lines[j]
      if line.isEmptyish { j -= 1; continue }
      if line.scalars.count > 90 { break }
      footLines.insert(j, at: 0)
      j -= 1
    }
    // The office stands right above the foot's date. Short lines above it, across a blank
    // gap, end the body's last paragraph (a paragraph's last lines are short too).
    // A box-level OCR leaves no blank gap: the office is the line above the date all the same.
    if let p = footLines.firstIndex(where: { dateLine(lines[$0].scalars) != nil }), p >= 2,
      boxLayout || (footLines[p - 2] + 1..<footLines[p - 1]).contains(where: { lines[$0].isEmptyish })
    {
      footLines.removeFirst(p - 1)
    }
    if letter.date == nil, let at = footLines.first(where: { dateLine(lines[$0].scalars) != nil }) {
      letter.date = dateLine(lines[at].scalars)
      footLines.removeAll { $0 == at }
    }
    guard let office = footLines.first.map({ lines[$0].text }) else { return }
    let foot = SignatureParser.read(
      lines, from: footLines.first.map { $0 + 1 } ?? range.upperBound, limit: range.upperBound, expectSignature: false)
    mergeContact(foot.contact, into: &letter.contact)
    letter.contact.units.removeAll { unit in dateLine(unit.scalarArray) != nil }
    if letter.issuer == nil { letter.issuer = Issuer(name: Self.withoutSealMark(office), address: nil) }
    if let first = footLines.first { paragraphs = BodyParser.paragraphs(lines, bodyFrom..<first, boxLayout: boxLayout) }
    letter.body = paragraphs
  }

  /// A stamped letter's office and date under its closing sentence (`สำนักงาน…` / `๓ กรกฎาคม
  /// ๒๕๖๙`), its contact block under them. True when an office name and a date stand there.
  func readStampUnderClosing(_ letter: inout Letter, after closing: Int) -> Bool {
    let text = (closing + 1..<range.upperBound).filter { !lines[$0].isEmptyish }
    guard text.count >= 2, Self.isOfficeName(lines[text[0]].scalars) || Self.withoutSealMark(lines[text[0]].text) != lines[text[0]].text,
      let date = dateLine(lines[text[1]].scalars)
    else { return false }
    if letter.date == nil { letter.date = date }
    if letter.issuer == nil { letter.issuer = Issuer(name: Self.withoutSealMark(lines[text[0]].text), address: nil) }
    var contact = SignatureParser.read(lines, from: text[1] + 1, limit: range.upperBound, expectSignature: false).contact
    contact.units.removeAll { dateLine($0.scalarArray) != nil }
    letter.contact = contact
    return true
  }

  /// The office's name without the mark OCR or a typist set for its seal before it
  /// (`(ตรา)  สำนักงานประกันสังคมจังหวัดนครนายก`, `[ตราประทับ]`).
  static func withoutSealMark(_ office: String) -> String {
    guard let first = office.first, first == "(" || first == "[",
      let close = office.firstIndex(where: { $0 == ")" || $0 == "]" }),
      office[office.index(after: office.startIndex)..<close].hasPrefix("ตรา")
    else { return office }
    let rest = String(office[office.index(after: close)...]).trimmed
    return rest.isEmpty ? office : rest
  }

  /// A stamped letter's foot as a box-level OCR that reads the page's bottom left before its
  /// bottom right gives it: the contact block (unit, โทร., e-mail), then the office's stamp
  /// and the date, which end the letter. True when the foot was read so.
  func readFootAfterContact(_ letter: inout Letter, bodyFrom: Int) -> Bool {
    let text = (bodyFrom..<range.upperBound).filter { !lines[$0].isEmptyish }
    guard text.count >= 4, letter.date == nil, let date = dateLine(lines[text[text.count - 1]].scalars),
      Self.isOfficeName(lines[text[text.count - 2]].scalars)
    else { return false }
    // The contact lines right above the office, and the unit line above them.
    let office = text[text.count - 2]
    guard let block = contactBlock(above: office, lowest: bodyFrom, acrossBlanks: true) else { return false }
    let foot = SignatureParser.read(lines, from: block.first, limit: office, expectSignature: false)
    mergeContact(foot.contact, into: &letter.contact)
    letter.date = date
    if letter.issuer == nil { letter.issuer = Issuer(name: Self.withoutSealMark(lines[office].text), address: nil) }
    letter.body = BodyParser.paragraphs(lines, bodyFrom..<block.first, boxLayout: boxLayout)
    return true
  }

  /// A line that begins a letter's own head under a receipt stamp.
  func startsHead(_ line: Line) -> Bool {
    let s = line.scalars
    return Vocabulary.marks(s) != nil || LetterSegmenter.isMemoTitle(line)
      || Vocabulary.field(Vocabulary.memoUnit, in: s) != nil || Vocabulary.field(Vocabulary.subject, in: s) != nil
  }

  /// สั่ง ณ วันที่ / ประกาศ ณ วันที่ — an order's or announcement's date.
  func readIssuedOn(_ letter: inout Letter) {
    guard letter.date == nil else { return }
    // A line that opens with the words first (`ประกาศ ณ วันที่ …`): a body's sentence may say
    // `… ณ วันที่ ๑ มกราคม ของปีภาษีนั้น` before it. Then anywhere on a line (run together).
    for opening in [true, false] {
      for k in range {
        let s = lines[k].scalars
        // สั่ง ณ วันที่ … / ประกาศ ณ วันพฤหัสบดีที่ …
        guard s.contains(Vocabulary.issuedMark),
          let (at, start) = findWord(Vocabulary.issuedOn, in: s) ?? findWord(Vocabulary.issuedAt, in: s),
          !opening || s[..<at].allSatisfy(HeaderLabel.isDebris)
        else {
          continue
        }
        var text = Array(s[start...])
        var match = ThaiDateParser.matches(in: text, ocrYears: ocrDigits).first
        // The year can be set on the next line (`ประกาศ ณ วันที่ ๒๒ กันยายน` / `พ.ศ. ๒๕๖๘`): the
        // date begins on this line.
        if match == nil,
          let next = (k + 1..<min(k + 3, range.upperBound)).first(where: { !lines[$0].isEmptyish })
        {
          let own = text.count
          text += [" "] + lines[next].scalars
          match = ThaiDateParser.matches(in: text, ocrYears: ocrDigits).first.flatMap {
            $0.scalarRange.lowerBound < own ? $0 : nil
          }
        }
        if let match {
          letter.date = DateValue(match)
          letter.body.removeAll { $0.hasUTF8Prefix(lines[k].text) }
          return
        }
      }
    }
    // A statement signed by no one ends with its office and date at the foot
    // (`กระทรวงเกษตรและสหกรณ์` / `๒๖ พฤศจิกายน ๒๕๖๘`): neither is body.
    guard letter.signature == nil, let last = range.last(where: { !lines[$0].isEmptyish }),
      let date = dateLine(lines[last].scalars)
    else { return }
    letter.date = date
    var foot = lines[last].text
    if last - 1 >= range.lowerBound, !lines[last - 1].isEmptyish, lines[last - 1].scalars.count <= 60 {
      let withOffice = lines[last - 1].text + " " + foot
      if letter.body.last == withOffice { foot = withOffice }
    }
    if letter.body.last == foot { letter.body.removeLast() }
  }

  /// A short line above a signature that still belongs to the body, not to the signer's rank:
  /// the date of an order or announcement (and its year set on a line of its own), or a
  /// closing sentence (`จึงประกาศให้ทราบโดยทั่วกัน`).
  /// The Buddhist-era year of a line that is a month's name and a year alone (`พฤศจิกายน ๒๕๖๙`):
  /// a date line whose day was left for the pen; nil for any other line.
  static func dayLeftBlank(_ s: [Unicode.Scalar]) -> Int? {
    guard s.count >= 8, s.count <= 30, let first = s.first, (0x0E01...0x0E2E).contains(first.value) || first == "เ"
    else { return nil }
    // Read with a day put before it: the month and year must be the whole line.
    let probe: [Unicode.Scalar] = ["1", " "] + s
    guard let match = ThaiDateParser.matches(in: probe, ocrYears: false).first, match.scalarRange == 0..<probe.count,
      case let .success(date) = match.result
    else { return nil }
    return date.beYear
  }

  /// Whether line `j`, short, is the last line of the paragraph above it: a line of text
  /// longer than any rank or title stands right over it, no wider indented than it.
  func endsParagraph(_ j: Int) -> Bool {
    guard j > 0, !lines[j - 1].isEmptyish, lines[j - 1].scalars.count > 40 else { return false }
    return lines[j].indent <= lines[j - 1].indent
  }

  func isBodyTail(_ s: [Unicode.Scalar]) -> Bool {
    s.contains(Vocabulary.issuedMark) && findWord(Vocabulary.issuedAt, in: s) != nil
      || Vocabulary.leading(Vocabulary.bodyTails, in: s) != nil
  }

  /// Citations in the body: ตามหนังสือ… ที่ … ลงวันที่ ….
  func readMentions(_ letter: inout Letter, bodyFrom: Int, bodyEnd: Int) {
    // A subject that names another letter (`ขอแก้ไขหนังสือจังหวัด… ที่ ขก ๐๐๑๗.๓/ว ๑๔๙๖ ลงวันที่ …`)
    // cites it, first. (An annex page's title names its own letter by its owner line.)
    if letter.kind != .annex, let subject = letter.subject {
      letter.mentions.insert(contentsOf: CitationReader.find(in: subject, strict: true, ocrYears: ocrDigits).map(\.citation), at: 0)
    }
    // A table's rows, by the paragraph each is (a row is a paragraph of its own): a row may
    // name a letter by its number's and its date's cells alone (``TableRowCitation``).
    // (Matched on the bytes: a dictionary of Strings hashes each paragraph's normal form.)
    let rows = lines[bodyFrom..<bodyEnd].filter { $0.cells.count >= 2 }
    // (A table typed with spaces: the row's cells are gone, its gaps counted.)
    let spacedRows = lines[bodyFrom..<bodyEnd].filter { $0.cells.count < 2 && $0.columnGaps >= 2 }
    // A register of letters (its title, or its column of register numbers, says so).
    let register =
      (letter.subject.map { $0.hasUTF8Prefix("ทะเบียน") && Self.isRegisterTitle($0.scalarArray) } ?? false)
      || letter.body.prefix(3).contains(where: Self.isRegisterHeaderRow)
    for paragraph in letter.body {
      let numbered = CitationReader.find(in: paragraph, strict: true, ocrYears: ocrDigits)
      if numbered.isEmpty, !rows.isEmpty, let cells = rows.first(where: { $0.text.utf8.elementsEqual(paragraph.utf8) })?.cells {
        let listed = TableRowCitation.find(in: cells, ocrYears: ocrDigits, registerOrders: register)
        if !listed.isEmpty {
          letter.mentions += listed
          continue
        }
      }
      if numbered.isEmpty, !spacedRows.isEmpty, let row = spacedRows.first(where: { paragraph.hasUTF8Prefix($0.text) }) {
        let listed = TableRowCitation.find(inRow: row.scalars, ocrYears: ocrDigits, registerOrders: register)
        if !listed.isEmpty {
          letter.mentions += listed
          continue
        }
      }
      let unnumbered =
        DatedAnnouncementCitation.find(in: paragraph, ocrYears: ocrDigits)
        + CitizenLetterCitation.find(in: paragraph, ocrYears: ocrDigits)
      if unnumbered.isEmpty {
        letter.mentions += numbered.map(\.citation)
        continue
      }
      // In the order the paragraph cites them (each numbered one placed by its number).
      let all = numbered.map { ($0.citation, $0.numberOffset) } + unnumbered.map { ($0.citation, $0.offset) }
      letter.mentions += all.sorted { $0.1 < $1.1 }.map(\.0)
    }
  }

  // MARK: - Annex pages

  static let certifiedCopy = Array("สำเนาถูกต้อง".unicodeScalars)

  /// `สำเนาถูกต้อง` on one of the three lines above `name` (after `from`).
  func certifies(above name: Int, from: Int) -> Bool {
    (max(from, name - 3)..<name).contains { lines[$0].scalars.starts(with: Self.certifiedCopy) }
  }

  static let givenOn: Keywords = ["ให้ไว้ ณ วันที่", "ให้ไว้ ณ วันที", "ออกให้ ณ วันที่"]
  static let issuedPageTitles: Keywords = ["เกียรติบัตร", "วุฒิบัตร", "ใบเสร็จรับเงิน"]

  /// `เกียรติบัตร`, `ใบเสร็จรับเงิน`: a page an office issues, its name under the title.
  static func isIssuedPageTitle(_ s: [Unicode.Scalar]) -> Bool {
    s.count <= 40 && Vocabulary.leading(issuedPageTitles, in: s) != nil
  }

  static let registerTitles: Keywords = ["ทะเบียนหนังสือ", "ทะเบียนรับหนังสือ", "ทะเบียนส่งหนังสือ"]

  /// `ทะเบียนหนังสือรับ`, `ทะเบียนหนังสือส่ง`: a register of letters' title.
  static func isRegisterTitle(_ s: [Unicode.Scalar]) -> Bool {
    Vocabulary.leading(registerTitles, in: s) != nil && s.count <= 60
  }

  /// The office line under a register's title: short, no digit, no table row (a column header
  /// typed with spaces, `เลขรับ   ที่   ลงวันที่   จาก`, is none).
  static func namesRegisterOffice(_ line: Line) -> Bool {
    let s = line.scalars
    return (4...60).contains(s.count) && line.columnGaps == 0 && line.cells.count < 2
      && !s.contains(where: ThaiDigits.isDigit) && !s.contains("|") && (0x0E01...0x0E4E).contains(s[0].value)
      // (Its gaps all alike, a header row reads as no table: its column names tell.)
      && line.text.utf8Range(of: "ลงวันที") == nil && line.text.utf8Range(of: "เรื่อง") == nil
  }

  /// A register's header row (`เลขทะเบียนรับ ที่ ลงวันที่ จาก ถึง เรื่อง`): a vehicle's or a licence's
  /// register number heads no such row.
  static func isRegisterHeaderRow(_ text: String) -> Bool {
    text.hasUTF8Prefix("เลขทะเบียน") && text.utf8Range(of: "ลงวันที") != nil
      && (text.utf8Range(of: "เรื่อง") != nil || text.utf8Range(of: "เรือง") != nil)
  }

  /// A form's signing (`ลงชื่อ ........ สมชาย ใจดี ........ ผู้รายงาน` / `(นายสมชาย ใจดี)` /
  /// `ตำแหน่ง ........`): whoever filled the form in signs it, not the letter's signer; its
  /// lines stay in the form's body. Told by the dotted leaders on the line above the
  /// bracketed name at `nameAt` or the one below.
  func isFormSigning(around nameAt: Int) -> Bool {
    // (The lines next to it with text: a form typed with blank lines between its rows.)
    var above = nameAt - 1
    while above > range.lowerBound, nameAt - above < 3, lines[above].isBlank { above -= 1 }
    var below = nameAt + 1
    while below + 1 < range.upperBound, below - nameAt < 3, lines[below].isBlank { below += 1 }
    return [above, below].contains { j in
      j >= range.lowerBound && j < range.upperBound
        && (lines[j].text.utf8Range(of: "....") != nil || lines[j].text.utf8Range(of: "____") != nil)
    } || above >= range.lowerBound && Self.signsInARole(lines[above].scalars)
  }

  /// `ลงชื่อ …` or a copy's `(ลงชื่อ) …` opening the line.
  static func signedLine(_ s: [Unicode.Scalar]) -> Bool {
    s.starts(with: SignatureParser.signedWord) || s.first == "(" && s.dropFirst().starts(with: SignatureParser.signedWord)
  }

  /// `ลงชื่อ            ผู้จดรายงานการประชุม`: a page signed by whoever had a part in it (the
  /// minutes' recorder and checker, a project's proposer), as a form is, not by its office.
  static func signsInARole(_ s: [Unicode.Scalar]) -> Bool {
    guard s.starts(with: SignatureParser.signedWord) else { return false }
    let rest = s[SignatureParser.signedWord.count...].drop { $0 == " " || $0 == "\t" }
    return rest.starts(with: ["ผ", "ู", "้"])
  }

  /// The letters an annex page's heading line names: `เอกสารแนบท้ายหนังสือ… ที่ … ลงวันที่ …`, or in
  /// English `Attachment to Letter No. … dated …`.
  func citations(in line: Line) -> [Citation] {
    let found = CitationReader.find(in: line.text, strict: true, ocrYears: ocrDigits).map(\.citation)
    guard found.isEmpty, EnglishLetter.opensLatin(line.scalars) else { return found }
    return EnglishCitation.find(in: line.text, ocrYears: ocrDigits)
  }

  func readAnnex(segment: Int) -> Result {
    // A page that repeats this page's heading lines is the next annex page.
    if let next = repeatedHeading(), next < range.upperBound {
      var result = LetterReader(
        lines: lines, range: range.lowerBound..<next, start: start, ocrDigits: ocrDigits, boxLayout: boxLayout
      )
      .readAnnex(segment: segment)
      result.rest = next..<range.upperBound
      return result
    }
    var letter = Letter(segment: segment, lines: span(range.lowerBound, range.upperBound - 1))
    letter.kind = .annex
    // A certificate's or a receipt's page (``isIssuedPageTitle(_:)``).
    var issuedPage = false
    var k = firstContent
    // The page's secrecy or urgency mark at its head (`ลับ` over a military annex).
    while k + 1 < range.upperBound, let (urgency, secrecy) = Vocabulary.marks(lines[k].scalars) {
      letter.urgency = letter.urgency ?? urgency
      letter.secrecy = letter.secrecy ?? secrecy
      k += 1
      while k + 1 < range.upperBound, lines[k].isEmptyish { k += 1 }
    }
    // A fax's cover sheet, its labelled lines read as fields.
    if FaxCover.isTitle(lines[k].scalars) { return readCoverSheet(&letter, title: k) }
    let first = lines[k]
    var headingEnd = k
    // The letter it belongs to, named on its first line.
    var cited = citations(in: first)
    // Or an announcement, by its office and date (`แนบท้ายประกาศ… ลงวันที่ …` over the title).
    if cited.isEmpty, Vocabulary.leading(Vocabulary.announcementOwnerLines, in: first.scalars) != nil {
      cited = DatedAnnouncementCitation.find(in: first.text, ocrYears: ocrDigits).map(\.citation)
    }
    var j = k + 1
    while j < range.upperBound, lines[j].isEmptyish { j += 1 }
    // Its date can be set on the next line (`… ที่ รง ๐๓๐๖/ว ๕๒๑` / `ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๘`),
    // or only its year (`… ลงวันที่ ๙ มกราคม` / `๒๕๖๔`).
    if let found = cited.first, found.date == nil, j < range.upperBound,
      Vocabulary.leading(CitationReader.dateLeads, in: lines[j].scalars) != nil
        || EnglishLetter.opensLatin(first.scalars) && EnglishCitation.dateWords.end(in: lines[j].scalars, at: 0) != nil
        || ThaiDateParser.endsWithDayAndMonth(first.scalars)
          && lines[j].scalars.first.map(ThaiDigits.isDigit) == true
    {
      let joinedHeading = first.text + " " + lines[j].text
      let again = citations(in: Line(number: first.number, raw: joinedHeading))
      if again.first?.date != nil {
        cited = again
        headingEnd = j
        j += 1
        while j < range.upperBound, lines[j].isEmptyish { j += 1 }
      }
    }
    if let found = cited.first {
      letter.mentions.append(found)
      if j < range.upperBound, let (_, end) = Vocabulary.field(Vocabulary.subject, in: lines[j].scalars) {
        let more = FieldText.continuation(lines, after: j, limit: range.upperBound)
        letter.subject = joined(Vocabulary.value(after: end, in: lines[j].scalars, of: lines[j]), more)
        headingEnd = more.last ?? j
      } else if j < range.upperBound {
        // No เรื่อง: the block under the heading is the page's title.
        var block: [Int] = []
        while j < range.upperBound, !lines[j].isEmptyish, block.count < 4 {
          block.append(j)
          j += 1
        }
        letter.subject = FieldText.join(lines, block)
        headingEnd = block.last ?? headingEnd
      }
      k = headingEnd + 1
    } else {
      // Untitled by เรื่อง: the page's title block stands as its subject.
      var block: [Int] = []
      var j = k
      while j < range.upperBound, !lines[j].isEmptyish {
        block.append(j)
        j += 1
      }
      // The letter it belongs to can follow the title (`แนบท้ายหนังสือ… ที่ … ลงวันที่ …`):
      // that line names the owner, it is not part of the title.
      for (n, line) in block.enumerated().dropFirst() {
        // An announcement's, by its office and date (`แนบท้ายประกาศ… ลงวันที่ …`), its date
        // perhaps wrapped onto the next line or two.
        if lines[line].text.utf8Range(of: "ประกาศ") != nil,
          let found = DatedAnnouncementCitation.find(
            in: FieldText.join(lines, Array(block[n..<min(block.count, n + 3)])), ocrYears: ocrDigits
          ).first
        {
          letter.mentions.append(found.citation)
          block = Array(block[..<n])
          break
        }
        guard CitationReader.find(in: lines[line].text, strict: true, ocrYears: ocrDigits).first != nil,
          // Read with the lines under it: the letter's date may wrap (`… ที่ ทส ๑๒๒๓/๑๕๔๘` / `ลงวันที่ …`).
          let found = CitationReader.find(
            in: FieldText.join(lines, Array(block[n..<min(block.count, n + 3)])), strict: true, ocrYears: ocrDigits
          )
          .first
        else {
          continue
        }
        letter.mentions.append(found.citation)
        block = Array(block[..<n])
        break
      }
      // Or stand below it across one blank line (markdown sets a heading apart): a letter's or an
      // announcement's (`แนบท้ายประกาศกรมส่งเสริมวัฒนธรรม ลงวันที่ …`).
      if letter.mentions.isEmpty, j + 1 < range.upperBound, lines[j].isBlank,
        Vocabulary.leading(Vocabulary.annexOwnerLines, in: lines[j + 1].scalars) != nil
          || Vocabulary.leading(Vocabulary.announcementOwnerLines, in: lines[j + 1].scalars) != nil
          || EnglishLetter.annexOwnerLines.end(in: lines[j + 1].scalars, at: 0) != nil
      {
        var owner: [Int] = []
        var o = j + 1
        while o < range.upperBound, !lines[o].isEmptyish, owner.count < 3 {
          owner.append(o)
          o += 1
        }
        let text = FieldText.join(lines, owner)
        // (An announcement's, by its office and date: `แนบท้ายประกาศ… ลงวันที่ …`.)
        if let found = CitationReader.find(in: text, strict: true, ocrYears: ocrDigits).first?.citation
          ?? DatedAnnouncementCitation.find(in: text, ocrYears: ocrDigits).first?.citation
          ?? EnglishCitation.find(in: text, ocrYears: ocrDigits).first
        {
          letter.mentions.append(found)
          j = o
        }
      }
      // A register of letters names its office under its title, across a blank line in a model's
      // markdown: the office is the page's issuer (the page prints it).
      // So does a certificate or a receipt, its office's name under its title.
      let register = block.first.map { Self.isRegisterTitle(lines[$0].scalars) } ?? false
      issuedPage = block.first.map { Self.isIssuedPageTitle(lines[$0].scalars) } ?? false
      if register || issuedPage {
        let namesOffice: (Line) -> Bool = { register ? Self.namesRegisterOffice($0) : Self.isOfficeName($0.scalars) }
        if block.count == 1, letter.mentions.isEmpty,
          let office = (j..<min(range.upperBound, j + 3)).first(where: { !lines[$0].isEmptyish }), namesOffice(lines[office])
        {
          block.append(office)
          j = office + 1
        }
        if let office = block.dropFirst().first(where: { namesOffice(lines[$0]) }) {
          letter.issuer = Issuer(name: lines[office].text, address: nil)
        }
      }
      letter.subject = FieldText.join(lines, block)
      k = j
    }
    // A signed annex.
    var bodyEnd = range.upperBound
    // (A copy's certification, `สำเนาถูกต้อง` over a bracketed name, signs no page: the certifier
    // is no signer.)
    let names = (k..<range.upperBound).filter {
      SignatureParser.isBracketedName(lines[$0].scalars) && !certifies(above: $0, from: k)
    }
    // Minutes signed by their recorder, their checkers and the council's chair: two names or
    // more, each under its `ลงชื่อ` line (`ลงชื่อ … ผู้จดรายงานการประชุม`, `(ลงชื่อ) … กรรมการ`), stay in
    // the page's body as a form's signings do. (An office's signer and a certified copy's
    // `สำเนาถูกต้อง` have no `ลงชื่อ`.)
    let signedByParticipants =
      names.filter { name in
        (max(k, name - 2)..<name).contains { Self.signedLine(lines[$0].scalars) }
      }.count >= 2
    // (A certificate's or a receipt's signer signs what the page says, as a form's does: the lines
    // stay in its body.)
    if let nameAt = names.first, !signedByParticipants, !isFormSigning(around: nameAt), !issuedPage {
      var top = nameAt
      while top > k, lines[top - 1].isEmptyish || lines[top - 1].scalars.count <= 25 { top -= 1 }
      let foot = SignatureParser.read(lines, from: top, limit: range.upperBound)
      letter.signature = foot.signature
      bodyEnd = top
    }
    // A certificate's or a receipt's date of issue (`ให้ไว้ ณ วันที่ ๒๕ ตุลาคม พ.ศ. ๒๕๖๘` over its
    // signer, a receipt's `วันที่ ๑๒ ธันวาคม ๒๕๖๘` under its title): the page's date, as an
    // announcement's `ประกาศ ณ วันที่` is, and no body.
    var dateLineAt: Int?
    if issuedPage, letter.date == nil,
      let given = (k..<bodyEnd).first(where: {
        Vocabulary.leading(Self.givenOn, in: lines[$0].scalars) != nil || dateLine(lines[$0].scalars) != nil
      }),
      let date = ThaiDateParser.matches(in: lines[given].scalars, ocrYears: ocrDigits).first
    {
      letter.date = DateValue(date)
      dateLineAt = given
    }
    if let dateLineAt {
      letter.body =
        BodyParser.paragraphs(lines, k..<dateLineAt, boxLayout: boxLayout)
        + BodyParser.paragraphs(lines, (dateLineAt + 1)..<bodyEnd, boxLayout: boxLayout)
    } else {
      letter.body = BodyParser.paragraphs(lines, k..<bodyEnd, boxLayout: boxLayout)
    }
    // Its body cites as a letter's does (a form's `ได้รับประกาศ… ลงวันที่ …`), after its heading's.
    readMentions(&letter, bodyFrom: k, bodyEnd: bodyEnd)
    return Result(letter: letter, rest: nil)
  }
}
