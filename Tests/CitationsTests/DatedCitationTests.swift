import Citations
import Letters
import Testing
import ThaiText

/// Announcements and orders cited by office and date, with no number (ประกาศ… ลงวันที่ …):
/// extracted from a parsed letter, and linked by ``CitationResolver/resolve(_:amongDated:)``.
@Suite struct DatedCitationTests {
  static let wages = "ประกาศคณะกรรมการค่าจ้าง เรื่อง อัตราค่าจ้างขั้นต่ำ (ฉบับที่ ๑๔) ลงวันที่ ๒๓ ธันวาคม ๒๕๖๘"
  static let day = CitationResolverTests.date(23, .december, 2568)

  static func citation(_ raw: String = wages, issuer: String? = "คณะกรรมการค่าจ้าง", date: ThaiDate? = day)
    -> CitationRecord
  {
    CitationRecord(from: "citing#0", role: .mention, ordinal: 0, raw: raw, issuer: issuer, number: nil, date: date)
  }

  static func letter(
    _ id: String, issuer: String? = "คณะกรรมการค่าจ้าง", kind: LetterKind = .announcement,
    subject: String? = "อัตราค่าจ้างขั้นต่ำ (ฉบับที่ ๑๔)"
  ) -> DatedLetter {
    DatedLetter(id: id, issuer: issuer, kind: kind, subject: subject)
  }

  @Test func theOneAnnouncementOfThatOfficeAndDayIsLinkedBelowAnExactNumber() {
    let r = CitationResolver().resolve(Self.citation(), amongDated: [Self.letter("a#0")])
    #expect(r.status == .fuzzy)
    #expect(r.target == "a#0")
    #expect(r.confidence == 0.95)
    #expect(r.reason.contains("office, date and subject"))
  }

  @Test func spacesOCRPutInTheOfficeDoNotMatter() {
    let r = CitationResolver().resolve(
      Self.citation(), amongDated: [Self.letter("a#0", issuer: "คณะกรรมการ ค่าจ้าง", subject: nil)])
    #expect(r.target == "a#0")
    #expect(r.confidence == 0.9)
  }

  @Test(arguments: [
    ("another office", DatedLetter(id: "x#0", issuer: "กระทรวงแรงงาน", kind: .announcement, subject: nil)),
    ("an order, not an announcement", DatedLetter(id: "x#0", issuer: "คณะกรรมการค่าจ้าง", kind: .order, subject: nil)),
    (
      "another subject",
      DatedLetter(id: "x#0", issuer: "คณะกรรมการค่าจ้าง", kind: .announcement, subject: "การกำหนดวันหยุดประจำปี")
    ),
  ])
  func aLetterThatDiffersIsNotLinked(_ why: String, _ letter: DatedLetter) {
    let r = CitationResolver().resolve(Self.citation(), amongDated: [letter])
    #expect(r.status == .unresolved, "\(why)")
    #expect(r.target == nil)
  }

  @Test func theSubjectChoosesAmongTheDaysAnnouncements() {
    let r = CitationResolver().resolve(
      Self.citation(),
      amongDated: [
        Self.letter("b#0", subject: "การกำหนดวันหยุดประจำปี"), Self.letter("a#0"),
      ])
    #expect(r.target == "a#0")
  }

  @Test func twoThatFitEquallyAreLeftForAPerson() {
    let r = CitationResolver().resolve(
      Self.citation("ประกาศคณะกรรมการค่าจ้าง ลงวันที่ ๒๓ ธันวาคม ๒๕๖๘"),
      amongDated: [Self.letter("a#0"), Self.letter("b#0", subject: "การกำหนดวันหยุดประจำปี")])
    #expect(r.status == .ambiguous)
    #expect(r.candidates == ["a#0", "b#0"])
  }

  /// A letter (`หนังสือ…`) cited by office and date links only a letter with no number: a
  /// numbered one would have been cited by it (Tesseract may have lost it), and the office
  /// writes many a day.
  @Test func aLetterCitedWithoutANumberLinksOnlyALetterWithoutOne() {
    let c = Self.citation("หนังสือบริษัท สยามเกษตรแปรรูป จำกัด ลงวันที่ ๕ มีนาคม ๒๕๖๗", issuer: "บริษัท สยามเกษตรแปรรูป จำกัด")
    let company = DatedLetter(id: "c#0", issuer: "บริษัท สยามเกษตรแปรรูป จำกัด", kind: .external, subject: nil)
    var numbered = company
    numbered.id = "SKP 2567/012@2567"
    numbered.numbered = true
    #expect(CitationResolver().resolve(c, amongDated: [company]).target == "c#0")
    #expect(CitationResolver().resolve(c, amongDated: [numbered]).status == .unresolved)
  }

  @Test func aLetterDoesNotCiteItself() {
    let r = CitationResolver().resolve(Self.citation(), amongDated: [Self.letter("citing#0")])
    #expect(r.status == .unresolved)
  }

  @Test func theCitedNodeIsTheOfficeAndTheDay() {
    #expect(Self.citation().citedKey == "คณะกรรมการค่าจ้าง@2025-12-23")
    #expect(Self.citation().isDated)
  }

  /// A parsed letter's body cites an announcement by office and date: the extractor keeps it
  /// (it was dropped while only numbers were looked up); a citizen's letter cited without an
  /// office is still left out.
  @Test func theExtractorKeepsACitationByOfficeAndDate() throws {
    let text = """
      ที่ รส ๐๐๑๒/ว ๔๕
      สำนักงานแรงงานจังหวัดระยอง
      ศาลากลางจังหวัดระยอง ถนนสุขุมวิท ระยอง ๒๑๐๐๐

      ๕ มกราคม ๒๕๖๙

      เรื่อง อัตราค่าจ้างขั้นต่ำ

      เรียน นายกองค์การบริหารส่วนจังหวัดระยอง

      ตามประกาศคณะกรรมการค่าจ้าง เรื่อง อัตราค่าจ้างขั้นต่ำ (ฉบับที่ ๑๔) ลงวันที่ ๒๓ ธันวาคม ๒๕๖๘ กำหนดอัตราค่าจ้างขั้นต่ำใหม่ และตามหนังสือของนายสมชาย ใจดี ลงวันที่ ๒ มกราคม ๒๕๖๙ สอบถามเรื่องดังกล่าว จึงเรียนมาเพื่อโปรดทราบ

      ขอแสดงความนับถือ

      (นายวีระ สุขสม)
      แรงงานจังหวัดระยอง
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    let cited = CitationExtractor.citations(of: letter)
    #expect(cited.count == 1)
    let c = try #require(cited.first)
    #expect(c.number == nil)
    #expect(c.issuer == "คณะกรรมการค่าจ้าง")
    #expect(c.date == Self.day)
    #expect(c.isDated)
  }
}
