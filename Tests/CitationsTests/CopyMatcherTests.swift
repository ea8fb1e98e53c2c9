import Citations
import SeededRandom
import Testing
import ThaiText

/// Pairs of records that are, or are not, one letter read twice. The readings are Tesseract's
/// (Corpus/ocr/*.txt) beside the clean letters' numbers.
@Suite struct CopyMatcherTests {
  static let subject = "การคัดเลือกและประเมินผลงานของท้องถิ่นอำเภอดีเด่น ประจำปี พ.ศ. ๒๕๖๔"
  /// The same subject as Tesseract reads it: tone marks dropped, `ํา`, `เเ`.
  static let subjectOCR = "การคัดเลือกและประเมินผลงานของท้องถินอําเกอดีเด่น ประจําปี พ.ศ, ๒๕๖๔"

  static func date(_ day: Int, _ month: ThaiMonth = .july, _ year: Int = 2564) -> ThaiDate {
    try! ThaiDate(day: day, month: month, beYear: year)
  }

  static func number(_ prefix: String?, _ code: String?, _ serial: String, circular: Bool = true) -> NumberParts {
    NumberParts(prefix: prefix, code: code, circular: circular, serial: serial)
  }

  static func record(
    _ id: String, _ number: NumberParts?, _ date: ThaiDate?, other: [ThaiDate] = [], subject: String = subject,
    issuer: String? = "กรมส่งเสริมการปกครองท้องถิ่น", ocr: Bool
  ) -> CopyMatcher.Record {
    CopyMatcher.Record(id: id, number: number, date: date, otherDates: other, subject: subject, issuer: issuer, ocr: ocr)
  }

  static let clean = record("มท 0812/ว 1565@2564", number("มท", "0812", "1565"), date(9), ocr: false)

  /// Tesseract's readings of มท ๐๘๑๒/ว ๑๕๖๕ and of other real numbers.
  static let copies: [(CopyMatcher.Record, CopyMatcher.Record)] = [
    (clean, record("มท 0512/ว 1505@2564", number("มท", "0512", "1505"), date(9), subject: subjectOCR, ocr: true)),
    // A date misread too: the clean date is among the copy's OCR readings.
    (clean, record("มท 0512/ว 1525@2564", number("มท", "0512", "1525"), date(5), other: [date(9)], ocr: true)),
    // A digit of the code dropped and a letter of the prefix misread (ลป ๐๓๑๕ → สป ๐๑๕).
    (
      record("ลป 0315/ว 255@2567", number("ลป", "0315", "255"), date(25, .june, 2567), ocr: false),
      record("สป 015/ว 255@2567", number("สป", "015", "255"), date(25, .june, 2567), ocr: true)
    ),
    // No number read in the OCR copy: the subject must be near-identical.
    (clean, record("0a1b2c3d4e5f#0", nil, date(9), ocr: true)),
  ]

  @Test(arguments: copies)
  func aCopyIsFound(_ a: CopyMatcher.Record, _ b: CopyMatcher.Record) throws {
    for (x, y) in [(a, b), (b, a)] {
      let pairs = CopyMatcher.pairs([x, y])
      let pair = try #require(pairs.first)
      #expect(pairs.count == 1)
      #expect(pair.kept == a.id, "the copy read without doubt is kept")
      #expect(pair.copy == b.id)
      #expect(pair.confidence > 0.5 && pair.confidence < 1)
    }
  }

  /// Records that look alike but are different letters.
  static let distinct: [(CopyMatcher.Record, CopyMatcher.Record)] = [
    // ๑ is never read for another digit: 1565 and 1566 are two letters.
    (clean, record("มท 0812/ว 1561@2564", number("มท", "0812", "1561"), date(9), ocr: true)),
    // Another day, not among the OCR readings.
    (clean, record("มท 0512/ว 1505@2564", number("มท", "0512", "1505"), date(12), ocr: true)),
    // The same subject forwarded down a chain on the same day by another office.
    (
      clean,
      record(
        "ลป 0812/ว 1565@2564", number("ลป", "0812", "1565"), date(9), issuer: "ศาลากลางจังหวัดลำปาง", ocr: true)
    ),
    // Another subject.
    (
      clean,
      record(
        "มท 0512/ว 1505@2564", number("มท", "0512", "1505"), date(9), subject: "การประชุมชี้แจงระบบการประเมินประสิทธิภาพ",
        ocr: true)
    ),
    // The circular register and the ordinary one.
    (clean, record("มท 0812/1565@2564", number("มท", "0812", "1565", circular: false), date(9), ocr: true)),
    // Two clean records: no OCR doubt, so two letters however alike.
    (clean, record("มท 0512/ว 1505@2564", number("มท", "0512", "1505"), date(9), ocr: false)),
    // Prefixes two letters apart.
    (clean, record("ศธ 0812/ว 1565@2564", number("ศธ", "0812", "1565"), date(9), ocr: true)),
  ]

  @Test(arguments: distinct)
  func distinctLettersAreNotPaired(_ a: CopyMatcher.Record, _ b: CopyMatcher.Record) {
    #expect(CopyMatcher.pairs([a, b]).isEmpty)
  }

  @Test func copiesOfOneLetterFormOneGroup() throws {
    let records = [
      Self.clean,
      Self.record("มท 0512/ว 1505@2564", Self.number("มท", "0512", "1505"), Self.date(9), ocr: true),
      Self.record("มท 0512/ว 1525@2564", Self.number("มท", "0512", "1525"), Self.date(9), ocr: true),
      Self.record(
        "มท 0810.7/ว 2135@2567", Self.number("มท", "0810.7", "2135"), Self.date(21, .may, 2567),
        subject: "การประชุมชี้แจงระบบการประเมินประสิทธิภาพ", ocr: false),
    ]
    let groups = CopyMatcher.groups(records)
    try #require(groups.count == 1)
    #expect(groups[0].kept == "มท 0812/ว 1565@2564")
    #expect(groups[0].copies.map(\.copy).sorted() == ["มท 0512/ว 1505@2564", "มท 0512/ว 1525@2564"])
  }

  // MARK: - A cited number the archive lacks

  static func cited(_ number: NumberParts, _ dates: [ThaiDate], year: Int? = 2564, ocr: Bool = false)
    -> CopyMatcher.Cited
  {
    CopyMatcher.Cited(
      number: number, year: year, dates: dates, issuers: ["กรมส่งเสริมการปกครองท้องถิ่น"], citedBy: ["x#0"], ocr: ocr)
  }

  @Test func aCitedNumberFindsItsOCRCopyByTheSameRules() throws {
    let copy = Self.record(
      "มท 0512/ว 1525@2564", Self.number("มท", "0512", "1525"), Self.date(5), other: [Self.date(9)], ocr: true)
    let found = CopyMatcher.likelyStored(Self.cited(Self.number("มท", "0812", "1565"), [Self.date(9)]), among: [copy])
    let match = try #require(found.first)
    #expect(found.count == 1)
    #expect(match.id == copy.id)
    #expect(match.confidence > 0.5 && match.confidence < 1)
    #expect(match.reason.contains("among its OCR readings"))
  }

  @Test func aCitedNumberIsNotMatchedToADifferentLetter() {
    let cited = Self.cited(Self.number("มท", "0812", "1565"), [Self.date(9)])
    for record in [
      // Another day; ๑ for ๕; both read without doubt; another register; the citing letter itself.
      Self.record("มท 0512/ว 1505@2564", Self.number("มท", "0512", "1505"), Self.date(12), ocr: true),
      Self.record("มท 0812/ว 1165@2564", Self.number("มท", "0812", "1165"), Self.date(9), ocr: true),
      Self.record("มท 0512/ว 1505@2564", Self.number("มท", "0512", "1505"), Self.date(9), ocr: false),
      Self.record("มท 0512/1505@2564", Self.number("มท", "0512", "1505", circular: false), Self.date(9), ocr: true),
      Self.record("x#0", Self.number("มท", "0512", "1505"), Self.date(9), ocr: true),
    ] {
      #expect(CopyMatcher.likelyStored(cited, among: [record]).isEmpty, "\(record.id)")
    }
  }

  @Test func serialReadingsAreEveryDigitWithinItsClass() throws {
    let readings = try #require(CopyMatcher.serialReadings(of: "1565"))
    #expect(readings.count == 1 * 4 * 3 * 4)
    #expect(readings.contains("1505") && readings.contains("1565") && readings.contains("1929"))
    #expect(!readings.contains("1165"))
    #expect(CopyMatcher.serialReadings(of: "555555555") == nil)
  }

  /// Near-miss numbers: a few real ones, and each with digits read within and across their
  /// confusion classes, dropped, added, and moved about the `.`; prefixes a letter apart.
  static func nearMisses() -> [NumberParts] {
    var generator = SplitMix64(seed: 7)  // the same near misses each run
    let digits = Array("0123456789")
    func digit() -> Character { digits[Int.random(in: 0..<digits.count, using: &generator)] }
    func mutate(_ code: String) -> String {
      var characters = Array(code)
      switch Int.random(in: 0..<4, using: &generator) {
      case 0 where !characters.isEmpty:
        characters[Int.random(in: 0..<characters.count, using: &generator)] = digit()
      case 1 where characters.count > 1: characters.remove(at: Int.random(in: 0..<characters.count, using: &generator))
      case 2: characters.insert(digit(), at: Int.random(in: 0...characters.count, using: &generator))
      default: characters.insert(".", at: Int.random(in: 0...characters.count, using: &generator))
      }
      return String(characters)
    }
    let codes: [String?] = [
      nil, "0812", "0512", "812", "08120", "0810.7", "08107", "081.07", "0.812", "1012", "0612", "0821",
    ]
    let serials = ["1565", "1505", "1929", "165", "1", "7", "3"]
    var numbers: [NumberParts] = []
    for (index, code) in codes.enumerated() {
      for serial in serials {
        let prefix = ["มท", "มห", "ม", nil, "กค", "มทร"][(index + serial.count) % 6]
        numbers.append(NumberParts(prefix: prefix, code: code, circular: index % 3 != 0, serial: serial))
        var mutated = code ?? "0812"
        for round in 0..<3 {
          mutated = mutate(mutated)
          numbers.append(
            NumberParts(
              prefix: prefix, code: mutated, circular: index % 3 != 0, serial: serial,
              yearSuffix: ["64", "62", nil, "69", "60"][(round + index) % 5]))
        }
      }
    }
    return numbers
  }

  @Test func narrowingFindsEveryNumberNumbersAlikeAccepts() {
    let numbers = Self.nearMisses()
    // As an index holds them: no sub-office, no year suffix.
    let indexed = numbers.map {
      NumberParts(prefix: $0.prefix, code: $0.code, circular: $0.circular, serial: $0.serial)
    }
    var narrowing = CopyMatcher.NumberNarrowing(indexed)
    var accepted = 0
    for number in numbers {
      let found = narrowing.alike(number).sorted()
      let alike = numbers.indices.filter { CopyMatcher.numbersAlike(numbers[$0], number) != nil }
      // Never loses a number that fits; finds exactly the entries that fit as indexed.
      #expect(Set(alike).isSubset(of: found), "\(number.canonical)")
      #expect(found == indexed.indices.filter { CopyMatcher.numbersAlike(indexed[$0], number) != nil })
      accepted += alike.count
    }
    // The list has pairs to find: with digits confused, a digit dropped, a prefix misread.
    #expect(accepted > numbers.count * 2)
    // With every part filed, exactly the numbers numbersAlike accepts.
    var full = CopyMatcher.NumberNarrowing(numbers)
    for number in numbers {
      #expect(
        full.alike(number).sorted() == numbers.indices.filter { CopyMatcher.numbersAlike(numbers[$0], number) != nil },
        "\(number.canonical)")
    }
  }
}
