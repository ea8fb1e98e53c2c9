import SeededRandom

/// แผนของคลังจำลอง — what letter `j` of a corpus is, as a pure function of the corpus
/// settings and `j`: its kind, office, number and date. Nothing is stored, so any letter (a
/// citation's target among them) can be worked out again in O(1), and a million-letter
/// corpus never sits in memory.
///
/// Letters are spread evenly over four years (2021–2024, BE 2564–2567) in index order, so a
/// letter cites only earlier ones. Letter `j` belongs to office `j mod O`; its serial counts
/// that office's letters since the start of the letter's year (serials restart yearly).
struct LetterPlan: Sendable {
  enum Kind: String, Sendable {
    case external, memo, stamped, order, announcement, annex
  }

  /// One planned letter's identity.
  struct Entry: Sendable {
    var index: Int
    var kind: Kind
    var office: Office
    var officeIndex: Int
    var date: CivilDate
    /// nil for announcements and annexes.
    var serial: Int?
    var circular: Bool
    /// The letter writes Thai digits (most do); else Arabic.
    var thaiDigits: Bool

    /// `มท 0812/ว 1565`, `314/2567` for an order, nil without a number.
    var canonical: String? {
      guard let serial else { return nil }
      if kind == .order { return "\(serial)/\(date.beYear)" }
      return office.canonical(serial: serial, circular: circular)
    }

    /// `มท 0812/ว 1565@2564`, as the parser makes it; nil when the id is the file hash's.
    var id: String? { canonical.map { "\($0)@\(date.beYear)" } }

    /// The number as printed after ที่.
    var printedNumber: String? {
      guard let serial else { return nil }
      if kind == .order { return Digits.styled("\(serial)/\(date.beYear)", thai: thaiDigits) }
      return office.printed(serial: serial, circular: circular, thai: thaiDigits)
    }
  }

  let seed: UInt64
  let count: Int
  let perFile: Int
  let offices = OfficeRegistry.all
  let ministryCount = OfficeRegistry.ministries.count
  static let start = CivilDate(year: 2021, month: 1, day: 4)
  static let end = CivilDate(year: 2024, month: 12, day: 27)
  let span: Int = end.dayNumber - start.dayNumber

  init(seed: UInt64, count: Int, perFile: Int) {
    self.seed = seed
    self.count = max(1, count)
    self.perFile = max(1, perFile)
  }

  func date(_ j: Int) -> CivilDate { Self.start.adding(days: j * span / count) }

  /// The first index whose date falls in `year` (CE).
  func firstIndex(ofYear year: Int) -> Int {
    let d0 = CivilDate(year: year, month: 1, day: 1).dayNumber - Self.start.dayNumber
    if d0 <= 0 { return 0 }
    return (d0 * count + span - 1) / span
  }

  func isMinistry(_ j: Int) -> Bool { j % offices.count < ministryCount }

  /// The kind before annexes are placed.
  func baseKind(_ j: Int) -> Kind {
    if isMinistry(j) { return .external }
    var r = SplitMix64(seed: seed, index: j, stream: 1)
    let u = r.unit()
    switch u {
    case ..<0.50: return .external
    case ..<0.72: return .memo
    case ..<0.82: return .stamped
    case ..<0.91: return .order
    default: return .announcement
    }
  }

  /// An annex page follows an external letter of the same file now and then.
  func annexFlag(_ j: Int) -> Bool {
    var r = SplitMix64(seed: seed, index: j, stream: 2)
    return r.chance(0.25)
  }

  func kind(_ j: Int) -> Kind {
    if j % perFile != 0 && !isMinistry(j) && annexFlag(j) && !annexFlag(j - 1) && baseKind(j - 1) == .external {
      return .annex
    }
    return baseKind(j)
  }

  func entry(_ j: Int) -> Entry {
    let officeIndex = j % offices.count
    let office = offices[officeIndex]
    let kind = kind(j)
    let date = date(j)
    var r = SplitMix64(seed: seed, index: j, stream: 3)
    let thai = r.chance(0.88)
    var serial: Int?
    var circular = false
    switch kind {
    case .external, .stamped, .memo:
      let k = j / offices.count
      let first = firstIndex(ofYear: date.year)
      let before = first > officeIndex ? (first - officeIndex + offices.count - 1) / offices.count : 0
      serial = k - before + 1
      circular = kind != .memo && (office.role == .ministry || r.chance(0.5))
    case .order:
      serial = j - firstIndex(ofYear: date.year) + 1
    case .announcement, .annex:
      break
    }
    return Entry(
      index: j, kind: kind, office: office, officeIndex: officeIndex, date: date, serial: serial,
      circular: circular, thaiDigits: thai)
  }

  /// The number of ministry letters before `j` (the hubs a letter may cite).
  func ministryLetters(before j: Int) -> Int {
    (j / offices.count) * ministryCount + min(j % offices.count, ministryCount)
  }

  /// The `r`-th ministry letter (0-based).
  func ministryLetter(_ r: Int) -> Int { (r / ministryCount) * offices.count + r % ministryCount }
}
