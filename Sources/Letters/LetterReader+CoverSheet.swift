import ThaiText

extension LetterReader {
  static let messageLabel = Array("ข้อความ".unicodeScalars)
  static let pageCountLabel = Array("จำนวน".unicodeScalars)

  /// A fax cover sheet with no number of its own (``FaxCover``), read as an annex page: the
  /// office named under its title is the issuer (else the sender after `จาก`), `ถึง` the
  /// addressee, `วันที่` the date, `เรื่อง` the subject, `ข้อความ` the message (its body), and a
  /// contact block under the message its contact. `จำนวนหน้า` and the sender's and receiver's
  /// signing row fill nothing.
  func readCoverSheet(_ letter: inout Letter, title: Int) -> Result {
    var k = title + 1
    // The office under the title, and its address.
    var office: [String] = []
    while k < range.upperBound, !lines[k].isEmptyish, office.count < 3 {
      let s = lines[k].scalars
      guard HeaderLabel.read(s) == nil, LetterSegmenter.fromBoxLabelEnd(s) == nil,
        office.isEmpty ? Self.isOfficeName(s) : Self.isAddressLine(s)
      else { break }
      office.append(lines[k].text)
      k += 1
    }
    if let name = office.first {
      letter.issuer = Issuer(name: name, address: office.count > 1 ? office.dropFirst().joined(separator: " ") : nil)
    }
    var bodyFrom = range.upperBound
    var bodyEnd = range.upperBound
    while k < range.upperBound {
      let line = lines[k]
      let s = line.scalars
      if line.isEmptyish {
        k += 1
        continue
      }
      if let end = LetterSegmenter.fromBoxLabelEnd(s) {
        // The sender: the issuer when no office stands under the title.
        let name = Vocabulary.value(after: end, in: s, of: line)
        if letter.issuer == nil, !name.isEmpty { letter.issuer = Issuer(name: name, address: nil) }
        k += 1
        continue
      }
      if let (field, end) = HeaderLabel.read(s), field == .to || field == .subject {
        let more = FieldText.continuation(lines, after: k, limit: range.upperBound).prefix {
          !lines[$0].isEmptyish && LetterSegmenter.fromBoxLabelEnd(lines[$0].scalars) == nil
            && LooseMatch.end(of: Self.messageLabel, in: lines[$0].scalars, at: 0) == nil
        }
        let value = joined(Vocabulary.value(after: end, in: s, of: line), Array(more))
        if field == .to { letter.to = value } else { letter.subject = value }
        k = (more.last ?? k) + 1
        continue
      }
      if let end = LooseMatch.end(of: Self.messageLabel, in: s, at: 0) {
        // The message, up to a blank line: the page's body.
        var last = k
        while last + 1 < range.upperBound, !lines[last + 1].isEmptyish { last += 1 }
        let first = Vocabulary.value(after: end, in: s, of: line)
        if let message = joined(first, Array((k + 1)..<(last + 1))) {
          letter.body = [message]
        }
        bodyFrom = k
        bodyEnd = last + 1
        k = last + 1
        break
      }
      // `วันที่ ๑๘ พฤศจิกายน ๒๕๖๙   เวลา ๑๔.๐๐ น.`, `จำนวนหน้า ๓ หน้า`: the date; the count fills nothing.
      if letter.date == nil, Vocabulary.leading(Vocabulary.memoDate, in: s) != nil,
        let match = ThaiDateParser.matches(in: s, ocrYears: ocrDigits).first
      {
        letter.date = DateValue(match)
      }
      k += 1
    }
    // A contact block under the message (`ฝ่าย…` / `โทร. …` / `โทรสาร …`); a row of the sender's
    // and receiver's names is none.
    if let next = (k..<range.upperBound).first(where: { !lines[$0].isEmptyish }) {
      let contact = SignatureParser.read(lines, from: next, limit: range.upperBound, expectSignature: false).contact
      if !contact.phones.isEmpty || !contact.faxes.isEmpty || !contact.emails.isEmpty {
        letter.contact = contact
      }
    }
    if bodyFrom < bodyEnd { readMentions(&letter, bodyFrom: bodyFrom, bodyEnd: bodyEnd) }
    return Result(letter: letter, rest: nil)
  }
}
