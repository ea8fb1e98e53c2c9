import ThaiText

/// ตรารับหนังสือ — `เลขที่รับ 1861 วันที่ 14/05/67 เวลา …`.
enum ReceiptReader {
  static func read(_ line: Line) -> Receipt {
    let s = line.scalars
    var receipt = Receipt()
    for word in Vocabulary.receipt.scalars {
      guard let r = LooseMatch.find(word, in: s) else { continue }
      var i = LetterNumberReader.skipSpaces(s, r.upperBound)
      while i < s.count, s[i] == "." || s[i] == ":" { i += 1 }
      i = LetterNumberReader.skipSpaces(s, i)
      var digits = ""
      while i < s.count, let d = ThaiDigits.value(of: s[i]) {
        digits.append(Character(String(d)))
        i += 1
      }
      if !digits.isEmpty { receipt.number = digits }
      break
    }
    if let match = ThaiDateParser.matches(in: s).first {
      receipt.date = DateValue(raw: match.raw, date: match.date)
    }
    if let r = LooseMatch.find(Array("เวลา".unicodeScalars), in: s) {
      let value = Vocabulary.value(after: r.upperBound, in: s)
      receipt.time = value.isEmpty ? nil : value
    }
    return receipt
  }
}
