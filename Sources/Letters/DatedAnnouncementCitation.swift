import ThaiText

/// อ้างถึงประกาศ — an announcement cited by its office and date, as announcements carry no
/// number: `ประกาศกระทรวงมหาดไทย เรื่อง มาตรการ… ลงวันที่ ๓๑ พฤษภาคม ๒๕๖๗`,
/// `แนบท้ายประกาศองค์การบริหารส่วนจังหวัดอุดรธานี ลงวันที่ ๙ กุมภาพันธ์ ๒๕๖๙`; and an order
/// cited the same way, with no number (`ตามคำสั่งศาลปกครองเชียงใหม่ ลงวันที่ ๒๕ มิถุนายน ๒๕๖๘`), and
/// a letter (`หนังสือกรมสรรพากร ลงวันที่ …`).
/// The citation has an issuer and a date and no number; the archive resolves it by the two.
enum DatedAnnouncementCitation {
  /// What such a citation (and such a title) opens with; the archive takes an announcement for
  /// the first, an order for the second (``CitationResolver``).
  static let titleWords: Keywords = ["ประกาศ", "คำสั่ง"]
  /// What a citation opens with: a title word, or `หนังสือ` for a letter cited by its office
  /// and date with no number (`หนังสือกรมสรรพากร ลงวันที่ ๑๘ มกราคม ๒๕๖๗`), which the archive
  /// looks for among the letters with no number.
  /// A memo is cited so too (`ตามบันทึกข้อความ กลุ่มงานพัฒนาทรัพยากรบุคคล ลงวันที่ ๓ กุมภาพันธ์ ๒๕๖๘`).
  static let openers: Keywords = titleWords + Vocabulary.letterWord + ["บันทึกข้อความ"]
  static let regarding = Array(" เรื่อง".unicodeScalars)
  /// The units inside an office that write memos, as well as its offices.
  static let memoUnits: Keywords = Vocabulary.units + ["หน่วย"]

  /// Each announcement or order `text` cites by office and date, with the scalar offset where
  /// it begins, in the text's order.
  static func find(in text: String, ocrYears: Bool) -> [(citation: Citation, offset: Int)] {
    // Most paragraphs cite neither: a byte search before any decoding.
    // And every such citation dates itself with ลงวันที่ or ลว. (``UnnumberedCitation/dateLeads``).
    guard text.utf8Range(of: "ลง") != nil || text.utf8Range(of: "ลว") != nil,
      text.utf8Range(of: "ประกาศ") != nil || text.utf8Range(of: "คำสั่ง") != nil || text.utf8Range(of: "หนังสือ") != nil
        || text.utf8Range(of: "บันทึก") != nil
    else { return [] }
    let s = text.scalarArray
    var found: [(citation: Citation, offset: Int)] = []
    for opener in openers.scalars {
      var from = 0
      while let hit = LooseMatch.find(opener, in: s, from: from) {
        from = hit.upperBound
        guard let (citation, end) = read(s, at: hit, ocrYears: ocrYears) else { continue }
        found.append((citation, hit.lowerBound))
        from = end
      }
    }
    return found.sorted { $0.offset < $1.offset }
  }

  /// A body named by its abbreviation (`กสทช.`, `ก.พ.`, `ป.ป.ช.`): two to six Thai letters and
  /// dots, a dot last, then a space.
  static func isAbbreviatedBody(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    var k = i
    var letters = 0
    while k < s.count, k - i < 12, ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset(s[k])) || s[k] == "." {
      if s[k] != "." { letters += 1 }
      k += 1
    }
    return (2...6).contains(letters) && k > i && s[k - 1] == "." && k < s.count && s[k] == " "
  }

  /// The citation whose opener is at `hit`, and where it ends; nil unless an office follows
  /// the opener and `ลงวันที่` and a date close the citation with no number between.
  static func read(_ s: [Unicode.Scalar], at hit: Range<Int>, ocrYears: Bool) -> (Citation, Int)? {
    let issuerStart = LetterNumberReader.skipSpaces(s, hit.upperBound)
    guard issuerStart < s.count,
      Vocabulary.leading(Vocabulary.officeWords, in: s, at: issuerStart) != nil
        || Vocabulary.leading(Vocabulary.announcingBodies, in: s, at: issuerStart) != nil
        || isAbbreviatedBody(s, at: issuerStart)
        // A memo by its unit (`บันทึกข้อความ กลุ่มงานพัฒนาทรัพยากรบุคคล ลงวันที่ …`).
        || s[hit.lowerBound] == "บ" && Vocabulary.leading(Self.memoUnits, in: s, at: issuerStart) != nil
    else { return nil }
    let window = min(s.count, hit.upperBound + 240)
    // The date's lead, with no other citation and no number (`ที่ …`) before it.
    var k = issuerStart
    var leadAt: Int?
    var leadEnd = 0
    var inSubject = false
    while k < window {
      if s[k] == " ", k + 1 < s.count, let (_, end) = Vocabulary.leading(UnnumberedCitation.dateLeads, in: s, at: k + 1) {
        leadAt = k
        leadEnd = k + 1 + end
        break
      }
      if s[k] == " ", let marked = LooseMatch.end(of: CitationReader.marker, in: s, at: k + 1),
        ThaiDigits.isDigit(s[min(s.count - 1, LetterNumberReader.skipSpaces(s, marked))])
      {
        return nil
      }
      // Another citation begins: this one had no date. Not in its subject, which may name an
      // announcement itself (`เรื่อง ประกาศผู้ชนะการเสนอราคา …`).
      if k > issuerStart, s[k - 1] == " ", !inSubject, Vocabulary.leading(CitationReader.openers, in: s, at: k) != nil {
        return nil
      }
      if !inSubject, s[k] == " ", LooseMatch.end(of: regarding, in: s, at: k) != nil { inSubject = true }
      k += 1
    }
    guard let leadAt, let (date, end) = UnnumberedCitation.date(in: s, at: leadEnd, ocrYears: ocrYears) else {
      return nil
    }
    let issuerEnd = LooseMatch.find(regarding, in: s, from: issuerStart, before: leadAt)?.lowerBound ?? leadAt
    let issuer = String(scalars: s[issuerStart..<issuerEnd]).collapsingSpaces().trimmed
    // A number run into the office (`คำสั่งจังหวัด…ที่๓๕๒๑/๒๕๒ ลงวันที่ …`, OCR lost the space
    // after ที่): the citation has a number, read as such elsewhere.
    // (Foundation's `contains` on a String cost some 30,000 instructions a call here.)
    guard !issuer.isEmpty, !issuer.utf8.contains(0x2F) else { return nil }
    return (UnnumberedCitation.citation(s, hit.lowerBound, end, issuer: issuer, date: date), end)
  }
}
