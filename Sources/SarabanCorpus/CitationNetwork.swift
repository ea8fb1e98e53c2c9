import SeededRandom

/// เครือข่ายการอ้างถึง — whom a generated letter cites. Half the citations go to ministry
/// circulars with Zipf-distributed popularity over all circulars issued so far (a few are
/// cited by thousands of letters, most by a handful); three in ten to a recent letter
/// (answering or following up); two in ten to a letter the corpus does not hold, so the
/// archive has unresolved citations as a real one does.
struct CitationNetwork: Sendable {
  /// One cited letter, as the citing letter prints it and as the truth records it.
  struct Cited: Sendable {
    var office: Office
    var serial: Int
    var circular: Bool
    var date: CivilDate
    /// The id of the letter in the corpus, nil when the corpus does not hold it.
    var target: String?
    var canonical: String { office.canonical(serial: serial, circular: circular) }
  }

  let plan: LetterPlan
  /// Zipf exponent over circulars ranked by age (the oldest the most cited).
  var exponent = 1.15

  func pick(for j: Int, _ r: inout SplitMix64) -> Cited {
    let u = r.unit()
    if u < 0.5 {
      let available = plan.ministryLetters(before: j)
      if available > 0 {
        let t = plan.ministryLetter(r.zipf(available, exponent: exponent))
        if let cited = cited(t) { return cited }
      }
    } else if u < 0.8, j > 0 {
      for _ in 0..<4 {
        let t = j - 1 - r.below(min(j, 2000))
        if let cited = cited(t) { return cited }
      }
    }
    let office = r.pick(OfficeRegistry.absent)
    let date = plan.date(j).adding(days: -(10 + r.below(400)))
    return Cited(office: office, serial: 1 + r.below(3000), circular: r.chance(0.6), date: date, target: nil)
  }

  /// Letter `t` as a citation, when it has an office number.
  func cited(_ t: Int) -> Cited? {
    let e = plan.entry(t)
    guard let serial = e.serial, [.external, .memo, .stamped].contains(e.kind) else { return nil }
    return Cited(office: e.office, serial: serial, circular: e.circular, date: e.date, target: e.id)
  }
}
