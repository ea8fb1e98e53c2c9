/// หัวกระดาษ — an organisation's printed letterhead over the ที่ line (a state enterprise's, a
/// fund's): its name, the name again in English, its address, a contact line. With no office
/// block beside or under the number, the letterhead is the office (as on a letter with no ที่,
/// Corpus 5104).
struct Letterhead {
  /// The name, then the address lines, as an office block's lines.
  var officeLines: [String]
  /// The contact lines (`โทร. … www.…`).
  var contactLines: [Int]

  /// At most this many lines.
  static let maxLines = 5

  /// The letterhead made of lines `indices` (blank ones allowed), or nil: the first line an
  /// office's or organisation's name, each other its name in Latin letters, an address line or
  /// a contact line, and at least one address or contact line.
  init?(_ lines: [Line], _ indices: [Int]) {
    let texts = indices.filter { !lines[$0].isEmptyish }
    guard let first = texts.first, texts.count >= 2, texts.count <= Self.maxLines,
      texts.allSatisfy({ lines[$0].scalars.count <= 100 })
    else { return nil }
    let name = lines[first].scalars
    guard LetterReader.isOfficeName(name) || Vocabulary.leading(Vocabulary.letterheadWords, in: name) != nil
    else { return nil }
    officeLines = [lines[first].text]
    contactLines = []
    for j in texts.dropFirst() {
      let s = lines[j].scalars
      if SignatureParser.isContactLine(lines[j]) {
        contactLines.append(j)
      } else if LetterReader.isAddressLine(s) {
        officeLines.append(lines[j].text)
      } else if !Self.isLatinName(s) {
        return nil
      }
    }
    guard officeLines.count > 1 || !contactLines.isEmpty else { return nil }
  }

  /// A line of Latin letters and no Thai (`ELECTRICITY GENERATING AUTHORITY OF THAILAND`).
  static func isLatinName(_ s: [Unicode.Scalar]) -> Bool {
    var latin = 0
    for c in s {
      if (0x0E00...0x0E7F).contains(c.value) { return false }
      if (0x41...0x5A).contains(c.value) || (0x61...0x7A).contains(c.value) { latin += 1 }
    }
    return latin >= 3
  }
}
