import Citations
import Testing
import ThaiText

@Suite struct CitationResolverTests {
  static func date(_ day: Int, _ month: ThaiMonth, _ beYear: Int) -> ThaiDate {
    (try? ThaiDate(day: day, month: month, beYear: beYear)) ?? ThaiDate.epoch
  }

  static func number(_ prefix: String?, _ code: String?, _ serial: String, circular: Bool = true) -> NumberParts {
    NumberParts(prefix: prefix, code: code, circular: circular, serial: serial)
  }

  static func citation(_ n: NumberParts, _ d: ThaiDate?, from: String = "citing@2564") -> CitationRecord {
    CitationRecord(from: from, role: .reference, ordinal: 0, raw: "ที่ \(n.canonical)", number: n, date: d)
  }

  static let ministry = LetterKey(
    id: "มท 0812/ว 1565@2564", number: number("มท", "0812", "1565"), date: date(9, .july, 2564))

  @Test func exactNumberAndYearResolveWithFullConfidence() {
    let c = Self.citation(Self.number("มท", "0812", "1565"), Self.date(9, .july, 2564))
    let r = CitationResolver().resolve(c, among: [Self.ministry])
    #expect(r.status == .exact)
    #expect(r.target == Self.ministry.id)
    #expect(r.confidence == 1.0)
  }

  @Test(arguments: [
    ("1465", 7, "๔↔๕"),  // the Corpus 000 enclosure: ว ๑๔๖๕ ลงวันที่ ๗
    ("1525", 9, "๒↔๖"),
    ("1865", 9, "๘↔๕"),
    ("1566", 12, "one digit differs"),
    ("156", 9, "dropped or added"),
  ])
  func oneDigitOffWithNearDateResolvesBelowOne(_ serial: String, _ day: Int, _ why: String) {
    let c = Self.citation(Self.number("มท", "0812", serial), Self.date(day, .july, 2564))
    let r = CitationResolver().resolve(c, among: [Self.ministry])
    #expect(r.status == .fuzzy)
    #expect(r.target == Self.ministry.id)
    #expect((r.confidence ?? 1) < 1)
    #expect(r.reason.contains(why))
  }

  @Test func missingPrefixResolvesBelowOne() {
    let c = Self.citation(Self.number(nil, "0812", "1565"), Self.date(9, .july, 2564))
    let r = CitationResolver().resolve(c, among: [Self.ministry])
    #expect(r.target == Self.ministry.id)
    #expect((r.confidence ?? 1) < 1)
    #expect(r.reason.contains("prefix"))
  }

  @Test func sameNumberOtherYearIsNotLinked() {
    let c = Self.citation(Self.number("มท", "0812", "1565"), Self.date(9, .july, 2565))
    let r = CitationResolver().resolve(c, among: [Self.ministry])
    #expect(r.target == nil)
    #expect(r.status == .unresolved)
  }

  @Test func aDigitOffWithoutDateEvidenceIsNotLinked() {
    var c = Self.citation(Self.number("มท", "0812", "1465"), nil)
    c.number?.yearSuffix = "64"
    let r = CitationResolver().resolve(c, among: [Self.ministry])
    #expect(r.target == nil)
  }

  @Test(arguments: [8, 30])
  func datesTooFarApartAreNotLinked(_ day: Int) {
    let c = Self.citation(Self.number("มท", "0812", "1465"), Self.date(day, .june, 2564))
    #expect(CitationResolver().resolve(c, among: [Self.ministry]).target == nil)
  }

  @Test func twoLettersFittingLeaveTheCitationUnlinked() {
    let other = LetterKey(
      id: "มท 0812/ว 1545@2564", number: Self.number("มท", "0812", "1545"), date: Self.date(8, .july, 2564))
    let c = Self.citation(Self.number("มท", "0812", "1555"), Self.date(8, .july, 2564))
    let r = CitationResolver().resolve(c, among: [Self.ministry, other])
    #expect(r.status == .ambiguous)
    #expect(r.target == nil)
    #expect(r.candidates.count == 2)
  }

  @Test func exactBeatsFuzzy() {
    let other = LetterKey(
      id: "มท 0812/ว 1465@2564", number: Self.number("มท", "0812", "1465"), date: Self.date(7, .july, 2564))
    let c = Self.citation(Self.number("มท", "0812", "1465"), Self.date(7, .july, 2564))
    let r = CitationResolver().resolve(c, among: [Self.ministry, other])
    #expect(r.target == other.id)
    #expect(r.confidence == 1.0)
  }

  @Test func aLetterNeverResolvesToItself() {
    let c = Self.citation(Self.number("มท", "0812", "1565"), Self.date(9, .july, 2564), from: Self.ministry.id)
    #expect(CitationResolver().resolve(c, among: [Self.ministry]).target == nil)
  }

  @Test(arguments: [
    ("1465", "1565", true), ("1525", "1565", true), ("1537", "1533", true), ("1005", "1006", false),
  ])
  func tesseractConfusionSetsAreKnown(_ read: String, _ actual: String, _ known: Bool) {
    guard let edit = DigitEdit.between(read, actual) else {
      Issue.record("\(read) and \(actual) differ by one digit")
      return
    }
    if case .confusion = edit { #expect(known) } else { #expect(!known) }
  }

  @Test func twoDigitsOffIsNoEdit() {
    #expect(DigitEdit.between("1465", "1576") == nil)
  }
}

extension ThaiDate {
  static let epoch: ThaiDate = {
    guard let d = try? ThaiDate(day: 1, month: .january, ceYear: 1970) else { fatalError("1970-01-01 exists") }
    return d
  }()
}
