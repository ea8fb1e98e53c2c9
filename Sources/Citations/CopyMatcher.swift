import ThaiText

/// สำเนาฉบับเดียวกัน — two records that are likely one letter read twice: a clean copy and an
/// OCR copy, or two OCR copies whose numbers were misread in different digits.
///
/// The archive keys a letter by its number and year, so an OCR copy whose number lost a digit
/// to Tesseract (`มท ๐๕๑๒/ว ๑๕๐๕` for `มท ๐๘๑๒/ว ๑๕๖๕`) is stored as another letter. The
/// citation resolver accepts one digit changed; copies often differ in several, but bring
/// stronger evidence of their own: the same date and the same subject. `CopyMatcher` pairs
/// records that agree on all three — date, subject, and a number that differs only in ways OCR
/// differs — for an archivist to review. It never merges records itself.
public enum CopyMatcher {
  /// What the matcher needs of a stored letter.
  public struct Record: Sendable, Hashable {
    /// `canonical@be_year`, or `<sha12>#<segment>`.
    public var id: String
    public var number: NumberParts?
    /// ลงวันที่ as read.
    public var date: ThaiDate?
    /// Other dates OCR may have meant (`candidates` of the record's date).
    public var otherDates: [ThaiDate]
    /// เรื่อง
    public var subject: String?
    /// ส่วนราชการเจ้าของหนังสือ — the issuing office's name.
    public var issuer: String?
    /// True when the parser flagged the reading (confidence below 1, OCR warnings).
    public var ocr: Bool

    public init(
      id: String, number: NumberParts?, date: ThaiDate?, otherDates: [ThaiDate] = [], subject: String?,
      issuer: String? = nil, ocr: Bool
    ) {
      self.id = id
      self.number = number
      self.date = date
      self.otherDates = otherDates
      self.subject = subject
      self.issuer = issuer
      self.ocr = ocr
    }
  }

  /// Two records likely to be one letter.
  public struct Pair: Sendable, Hashable {
    /// The record to keep: the one read without OCR doubt, else the earlier id.
    public var kept: String
    public var copy: String
    /// 0–1: how alike the subjects are, lowered for each difference in the numbers.
    public var confidence: Double
    /// What differs, in words (`code 0512 for 0812: ๕↔๘ OCR confusion; subjects 96 % alike`).
    public var reason: String
  }

  /// Subjects must be at least this alike (after folding what OCR changes).
  public static let minimumSimilarity = 0.85

  /// Pairs among `records`, best first. Records are compared only with records of the same
  /// date (as read, or among each other's OCR date candidates), so the work grows with the
  /// letters of a day, not with the archive.
  /// - Complexity: O(n + Σ d²) for n records and d records a date.
  public static func pairs(_ records: [Record]) -> [Pair] {
    var byDay: [Int: [Int]] = [:]
    for (index, record) in records.enumerated() {
      for day in days(of: record) {
        byDay[day, default: []].append(index)
      }
    }
    let folded = records.map { fold($0.subject ?? "") }
    var seen = Set<[Int]>()
    var pairs: [Pair] = []
    for day in byDay.keys.sorted() {
      let group = byDay[day] ?? []
      for i in group.indices {
        for j in group.indices where j > i {
          let (a, b) = (group[i], group[j])
          guard seen.insert([min(a, b), max(a, b)]).inserted else { continue }
          if let pair = match(records[a], records[b], folded[a], folded[b]) { pairs.append(pair) }
        }
      }
    }
    return pairs.sorted { ($0.confidence, $1.kept) > ($1.confidence, $0.kept) }
  }

  /// A letter and the records likely to be copies of it.
  public struct Group: Sendable, Hashable {
    /// The record to keep: read without OCR doubt where there is one.
    public var kept: String
    /// Each likely copy, with its link to the group (to `kept` where they were compared).
    public var copies: [Pair]
  }

  /// ``pairs(_:)`` joined into groups (a clean copy and two OCR copies are one group), best first.
  public static func groups(_ records: [Record]) -> [Group] {
    let found = pairs(records)
    var parent: [String: String] = [:]
    func root(_ id: String) -> String {
      var id = id
      while let up = parent[id], up != id { id = up }
      return id
    }
    for pair in found {
      let (a, b) = (root(pair.kept), root(pair.copy))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    let ocr = Dictionary(records.map { ($0.id, $0.ocr) }, uniquingKeysWith: { $0 || $1 })
    var members: [String: Set<String>] = [:]
    for pair in found {
      members[root(pair.kept), default: []].formUnion([pair.kept, pair.copy])
    }
    var groups: [Group] = []
    for (_, ids) in members {
      // Keep a record read without doubt; else the one most often kept.
      let keptCounts = Dictionary(found.filter { ids.contains($0.kept) }.map { ($0.kept, 1) }, uniquingKeysWith: +)
      let kept = ids.sorted {
        (ocr[$0] == false ? 1 : 0, keptCounts[$0] ?? 0, $1) > (ocr[$1] == false ? 1 : 0, keptCounts[$1] ?? 0, $0)
      }[0]
      var copies: [Pair] = []
      for id in ids.sorted() where id != kept {
        let links = found.filter { ($0.kept == id || $0.copy == id) }
        let direct = links.first { $0.kept == kept || $0.copy == kept }
        guard let best = direct ?? links.max(by: { $0.confidence < $1.confidence }) else { continue }
        copies.append(
          Pair(
            kept: kept, copy: id, confidence: best.confidence,
            reason: direct != nil ? best.reason : "via \(best.kept == id ? best.copy : best.kept): \(best.reason)"))
      }
      copies.sort { ($0.confidence, $1.copy) > ($1.confidence, $0.copy) }
      groups.append(Group(kept: kept, copies: copies))
    }
    return groups.sorted { ($0.copies.first?.confidence ?? 0, $1.kept) > ($1.copies.first?.confidence ?? 0, $0.kept) }
  }

  static func match(_ a: Record, _ b: Record, _ subjectA: [Unicode.Scalar], _ subjectB: [Unicode.Scalar]) -> Pair? {
    guard a.id != b.id, a.ocr || b.ocr, !subjectA.isEmpty, !subjectB.isEmpty else { return nil }
    let similarity = similarity(subjectA, subjectB)
    guard similarity >= minimumSimilarity else { return nil }
    // Letters forwarded down a chain (ministry → province → district) share the subject, and
    // often a day; their offices differ.
    guard issuersAlike(a.issuer, b.issuer) else { return nil }
    var reasons: [String] = []
    var confidence = similarity
    switch (a.number, b.number) {
    case let (x?, y?):
      guard let (factor, why) = numbersAlike(x, y) else { return nil }
      confidence *= factor
      reasons += why
    case (nil, nil):
      confidence *= 0.9
      reasons.append("no number in either")
    default:
      // One copy lost its ที่ line to OCR; the subject and the date must carry it.
      guard similarity >= 0.95 else { return nil }
      confidence *= 0.8
      reasons.append("number read in one only")
    }
    if a.date?.dayNumber != b.date?.dayNumber {
      confidence *= otherReadingFactor
      reasons.append("dates \(a.date?.iso ?? "?") and \(b.date?.iso ?? "?") (one among the other's OCR readings)")
    }
    reasons.append("subjects \(Int((similarity * 100).rounded())) % alike")
    // Keep the copy read without doubt; between equals, the first id.
    let keepA = a.ocr != b.ocr ? !a.ocr : a.id < b.id
    return Pair(
      kept: keepA ? a.id : b.id, copy: keepA ? b.id : a.id, confidence: (confidence * 100).rounded() / 100,
      reason: reasons.joined(separator: "; "))
  }

  /// How much a match is lowered when its day is only among one side's OCR date readings.
  static let otherReadingFactor = 0.9

  /// Whether two issuing offices (when both are known) can be one office read twice.
  static func issuersAlike(_ x: String?, _ y: String?) -> Bool {
    guard let x, let y else { return true }
    let (p, q) = (fold(x), fold(y))
    return !p.isEmpty && !q.isEmpty && similarity(p, q, atLeast: 0.6) >= 0.6
  }

  /// The days a record may be dated: as read, and its OCR readings.
  static func days(of record: Record) -> Set<Int> {
    Set(([record.date] + record.otherDates.map(Optional.some)).compactMap { $0?.dayNumber })
  }

  /// Whether two numbers can be one number read twice, and what differs: the same register,
  /// digits that differ only within Tesseract's confusion sets (any number of them), at most
  /// one digit dropped in the code, and a prefix that differs in at most one letter.
  package static func numbersAlike(_ x: NumberParts, _ y: NumberParts) -> (Double, [String])? {
    guard x.circular == y.circular else { return nil }
    var factor = 1.0
    var reasons: [String] = []
    switch (x.prefix, y.prefix) {
    case let (p?, q?) where p != q:
      guard editDistance(Array(p.unicodeScalars), Array(q.unicodeScalars)) <= 1 else { return nil }
      factor *= 0.9
      reasons.append("prefix \(p) / \(q)")
    default: break
    }
    if let (f, why) = digitsAlike(x.serial, y.serial, field: "serial", allowDrop: false) {
      factor *= f
      reasons += why
    } else {
      return nil
    }
    switch (x.code, y.code) {
    case let (c?, d?):
      guard let (f, why) = digitsAlike(c, d, field: "code", allowDrop: true) else { return nil }
      factor *= f
      reasons += why
    case (nil, nil): break
    default: return nil
    }
    if let s = x.yearSuffix, let t = y.yearSuffix, s != t {
      guard let (f, why) = digitsAlike(s, t, field: "year suffix", allowDrop: false) else { return nil }
      factor *= f
      reasons += why
    }
    return (factor, reasons)
  }

  /// Digit strings equal once each digit is replaced by its confusion class; with `allowDrop`,
  /// also one digit dropped or added (and `.` kept in place).
  static func digitsAlike(_ a: String, _ b: String, field: String, allowDrop: Bool) -> (Double, [String])? {
    if a == b { return (1, []) }
    let x = Array(a)
    let y = Array(b)
    if x.count == y.count {
      var confusions = 0
      for (p, q) in zip(x, y) where p != q {
        guard confusionClass(p) != nil, confusionClass(p) == confusionClass(q) else { return nil }
        confusions += 1
      }
      let pairs = zip(x, y).filter { $0 != $1 }.map { "\(ThaiDigits.thai(String($0)))↔\(ThaiDigits.thai(String($1)))" }
      return (
        (0..<confusions).reduce(1.0) { value, _ in value * 0.97 },
        ["\(field) \(a) / \(b): \(pairs.joined(separator: ", ")) OCR confusion"]
      )
    }
    guard allowDrop, abs(x.count - y.count) == 1 else { return nil }
    let (long, short) = x.count > y.count ? (x, y) : (y, x)
    for skip in long.indices where long[skip] != "." {
      let rest = Array(long[..<skip] + long[(skip + 1)...])
      if let (f, _) = digitsAlike(String(rest), String(short), field: field, allowDrop: false) {
        return (f * 0.8, ["\(field) \(a) / \(b): a digit dropped"])
      }
    }
    return nil
  }

  /// Tesseract's Thai model has no ๔ ๖ ๗ ๘ ๙ (DESIGN.md): ๔ ๕ ๘ ๙ read alike, so do ๐ ๒ ๖, and
  /// ๓ ๗. `๑` stands alone. The classes are ``DigitEdit/confusionSets`` joined where they share
  /// a digit; a digit in no set is a class of its own.
  static func confusionClass(_ c: Character) -> Int? { confusionClasses[c] }

  static let confusionClasses: [Character: Int] = {
    var classes: [Set<Character>] = []
    for set in DigitEdit.confusionSets {
      let joined = classes.filter { !$0.isDisjoint(with: set) }.reduce(set) { $0.union($1) }
      classes.removeAll { !$0.isDisjoint(with: set) }
      classes.append(joined)
    }
    for digit in "0123456789" where !classes.contains(where: { $0.contains(digit) }) { classes.append([digit]) }
    var map: [Character: Int] = [:]
    for (index, members) in classes.enumerated() {
      for digit in members { map[digit] = index + 1 }
    }
    return map
  }()

  // MARK: - Subjects

  /// A subject with what OCR changes folded out: tone marks and other marks above or below,
  /// `ํา`/`ำ`, `เเ`/`แ`, spaces and punctuation, and digits to their confusion class.
  static func fold(_ text: String) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0E48...0x0E4E, 0x0E47, 0x0E31, 0x0E34...0x0E3A: continue  // marks above and below
      case 0x0E33: out.append("า")  // ำ → า (its นิคหิต is a mark)
      case 0x0E50...0x0E59:
        let digit = Character(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
        out.append(Unicode.Scalar(UInt8(0x40 + (confusionClass(digit) ?? 0))))
      case 0x30...0x39:
        out.append(Unicode.Scalar(UInt8(0x40 + (confusionClass(Character(scalar)) ?? 0))))
      case 0x0E01...0x0E2E, 0x0E30, 0x0E32, 0x0E40...0x0E46:
        // เเ → แ: two เ read for one แ.
        if scalar == "เ", out.last == "เ" {
          out[out.count - 1] = "แ"
        } else {
          out.append(scalar)
        }
      default:
        if scalar.properties.isAlphabetic { out.append(scalar) }
      }
    }
    return out
  }

  /// 1 − edit distance ÷ the longer length.
  /// 0 when the lengths alone rule out `threshold`.
  static func similarity(
    _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atLeast threshold: Double = minimumSimilarity
  ) -> Double {
    let longer = max(a.count, b.count)
    guard longer > 0 else { return 1 }
    // Lengths too far apart cannot reach the threshold; skip the quadratic work.
    if Double(min(a.count, b.count)) < Double(longer) * threshold { return 0 }
    return 1 - Double(editDistance(a, b)) / Double(longer)
  }

  /// Levenshtein distance, two rows.
  /// - Complexity: O(|a|·|b|); subjects are short.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
