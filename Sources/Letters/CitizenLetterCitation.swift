import ThaiText

/// หนังสือของท่าน — a citizen's letter cited in the body of the reply to it (`ตามหนังสือของท่าน
/// ลงวันที่ ๒๗ มกราคม ๒๕๖๘`, `หนังสือร้องเรียนของท่าน ลงวันที่ …`): no number and no office, only
/// its date. A citation all the same (as under อ้างถึง, ``ItemReader/describesTheLetter(_:)``),
/// with no issuer.
enum CitizenLetterCitation {
  static let yours = Array("ของท่าน".unicodeScalars)

  /// Each such letter `text` cites, with the scalar offset where it begins.
  static func find(in text: String, ocrYears: Bool) -> [(citation: Citation, offset: Int)] {
    // Most paragraphs cite no citizen's letter: a byte search before any decoding.
    guard text.utf8Range(of: "ของท่าน") != nil else { return [] }
    let s = text.scalarArray
    var found: [(Citation, Int)] = []
    var from = 0
    while let hit = LooseMatch.find(yours, in: s, from: from) {
      from = hit.upperBound
      // `หนังสือ` and what kind of letter, one word with `ของท่าน`.
      var start = hit.lowerBound
      while start > 0, hit.lowerBound - start < 30, s[start - 1] != " " { start -= 1 }
      guard let letterAt = LooseMatch.find(CitationReader.letterWord, in: s, from: start, before: hit.lowerBound)
      else { continue }
      let next = LetterNumberReader.skipSpaces(s, hit.upperBound)
      guard let (_, leadLength) = Vocabulary.leading(UnnumberedCitation.dateLeads, in: s, at: next),
        let (date, end) = UnnumberedCitation.date(in: s, at: next + leadLength, ocrYears: ocrYears)
      else { continue }
      found.append(
        (UnnumberedCitation.citation(s, letterAt.lowerBound, end, issuer: nil, date: date), letterAt.lowerBound))
      from = end
    }
    return found
  }
}
