import ThaiText

/// หัวกระดาษราชกิจจานุเบกษา — the running header the Royal Gazette prints on every page
/// (`หน้า ๑๒ เล่ม ๑๔๓ ตอนพิเศษ ๒๕๑ ง ราชกิจจานุเบกษา ๓๐ ตุลาคม ๒๕๖๙`): the page, volume and
/// issue, and the day the issue came out — not the day of the announcement printed under it.
/// Announcements, orders and regulations reach archives as Gazette pages.
enum GazetteHeader {
  static let gazetteWord = Array("ราชกิจจานุเบกษา".unicodeScalars)
  static let volumeWord = Array("เล่ม".unicodeScalars)
  static let pageWord = Array("หน้า".unicodeScalars)

  /// Whether line `s` is the Gazette's running header: it names the Gazette and gives a
  /// volume or page number (`เล่ม ๑๔๓`, `หน้า ๑๒`); a sentence citing the Gazette
  /// (`…ประกาศในราชกิจจานุเบกษา เมื่อวันที่ …`, `หน้าที่ตาม…`) numbers neither, and one that
  /// numbers them (`ประกาศในราชกิจจานุเบกษา เล่ม ๑๔๒ ตอนพิเศษ ๑๕๓ ง หน้า ๗ เมื่อวันที่ …`) does
  /// not open with the page, the volume or the Gazette's name as the header does.
  static func isRunningHeader(_ s: [Unicode.Scalar]) -> Bool {
    // ษ first: a rare letter, looked for before the word (every line of every page is asked).
    guard s.count >= 20, s.count <= 160, s.contains("\u{0E29}"), LooseMatch.find(gazetteWord, in: s) != nil else {
      return false
    }
    guard s.starts(with: pageWord) || s.starts(with: volumeWord) || s.starts(with: gazetteWord) else { return false }
    return numbered(volumeWord, in: s) || numbered(pageWord, in: s)
  }

  /// `word`, then a number after spaces, somewhere in `s`.
  static func numbered(_ word: [Unicode.Scalar], in s: [Unicode.Scalar]) -> Bool {
    var from = 0
    while let r = LooseMatch.find(word, in: s, from: from) {
      let next = LetterNumberReader.skipSpaces(s, r.upperBound)
      if next > r.upperBound, next < s.count, ThaiDigits.isDigit(s[next]) { return true }
      from = r.lowerBound + 1
    }
    return false
  }
}
