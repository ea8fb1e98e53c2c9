import Foundation
import ThaiText

/// Phone numbers, faxes, e-mail addresses and URLs in a contact block.
enum PhoneReader {
  /// Phones in `text`: digit groups (Thai or ASCII) joined by spaces or dashes, each with
  /// an optional `ต่อ` extension; separate numbers are split at `,` or `และ`.
  /// `minimumDigits`: 7 for a number anywhere; fewer on a line labelled โทร. (an internal
  /// military or campus number, `โทร.ทบ. ๒๔๓๑๑`).
  static func phones(in text: String, minimumDigits: Int = 7) -> [Phone] {
    var phones: [Phone] = []
    let s = text.scalarArray
    var i = 0
    while i < s.count {
      // An area code in brackets (`(๐๕๓) ๗๑๑๕๔๖`, older letters) is part of the number.
      let bracketed = s[i] == "(" && i + 1 < s.count && ThaiDigits.isDigit(s[i + 1])
      guard ThaiDigits.isDigit(s[i]) || bracketed else {
        i += 1
        continue
      }
      // A run of digits, spaces and dashes. Its digits are counted first, and made a String
      // only for a run long enough: appending them a Character at a time cost more than
      // the rest of the reading, for every digit run of a contact block.
      var j = bracketed ? i + 1 : i
      var count = 0
      var lastDigit = i
      var open = bracketed
      while j < s.count, ThaiDigits.isDigit(s[j]) || s[j] == " " || s[j] == "-" || open && s[j] == ")" {
        if s[j] == ")" { open = false }
        if ThaiDigits.isDigit(s[j]) {
          count += 1
          lastDigit = j
        }
        j += 1
      }
      var end = lastDigit + 1
      guard count >= minimumDigits else {
        i = end
        continue
      }
      let digits = String(unsafeUninitializedCapacity: count) { out in
        var n = 0
        for scalar in s[i..<end] {
          guard let d = ThaiDigits.value(of: scalar) else { continue }
          out[n] = 0x30 &+ UInt8(d)
          n += 1
        }
        return n
      }
      var ext: String?
      var k = LetterNumberReader.skipSpaces(s, end)
      if let (_, extEnd) = Vocabulary.leading(Vocabulary.extensions, in: s, at: k) {
        k = LetterNumberReader.skipSpaces(s, k + extEnd)
        var e = ""
        var m = k
        while m < s.count, ThaiDigits.isDigit(s[m]) || (s[m] == "-" && !e.isEmpty) {
          if let d = ThaiDigits.value(of: s[m]) { e.append(ThaiDigits.asciiCharacter(d)) } else { e.append("-") }
          m += 1
        }
        if e.hasSuffix("-") { e.removeLast() }
        if !e.isEmpty {
          ext = e
          end = m
          while end > k, s[end - 1] == "-" { end -= 1 }
        }
      }
      let raw = String(scalars: s[i..<end]).collapsingSpaces()
      phones.append(Phone(raw: raw, number: digits, ext: ext))
      i = end
    }
    return phones
  }

  /// `โทรสาร …` printed on the same line as `โทร. …`.
  static func faxes(inLine text: String) -> [Phone] {
    guard let range = faxLabel(in: text) else { return [] }
    return phones(in: String(text[range.upperBound...]))
  }

  /// Where `โทรสาร` (or an English `Fax`, after a space: `Tel. … Fax …`) stands in a line.
  static func faxLabel(in text: String) -> Range<String.Index>? {
    text.utf8Range(of: "โทรสาร") ?? text.utf8Range(of: " Fax ") ?? text.utf8Range(of: " Fax. ")
      ?? text.utf8Range(of: " Fax: ")
  }

  static func emails(in text: String) -> [String] {
    // Only a word with an @ can be an address: look for it on the bytes before anything is
    // converted (a line's words were each converted and checked by Character).
    guard text.utf8.contains(Byte.at) else { return [] }
    return text.splitAtASCII({ $0 == 0x20 || $0 == 0x2C || $0 == 0x3B })  // space , ;
      .filter { $0.utf8.contains(Byte.at) }
      .map { trimmingBrackets(ThaiDigits.ascii($0)) }
      .filter(isEmailAddress)
  }

  /// `<…>` and `(…)` around an address dropped, on the bytes (a Foundation `CharacterSet`
  /// built for every word was most of the cost of reading a contact block).
  static func trimmingBrackets(_ text: String) -> String {
    let isBracket: (UInt8) -> Bool = { $0 == 0x3C || $0 == 0x3E || $0 == 0x28 || $0 == 0x29 }
    guard let first = text.utf8.firstIndex(where: { !isBracket($0) }),
      let last = text.utf8.lastIndex(where: { !isBracket($0) })
    else { return "" }
    // Brackets are ASCII, so both ends stand between characters.
    return String(text[first..<text.utf8.index(after: last)])
  }

  /// `local@domain.tld` in ASCII: OCR garbage with an @ in it is not an address. On the
  /// bytes (Character properties cost about 50,000 instructions a contact line), in one pass
  /// over the String's own UTF-8: a copy of them, and an array for each dot-separated label,
  /// cost more than the tests.
  static func isEmailAddress(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      // A local part before the first @, of letters, digits and `._%+-`.
      guard let at = bytes.firstIndex(of: Byte.at), at > 0 else { return false }
      for b in bytes[..<at] {
        guard Byte.isLetter(b) || Byte.isDigit(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
        else { return false }
      }
      // A domain of letters, digits, hyphens and dots (a second @ is none of them): two
      // labels or more between the dots, the last of two letters or more.
      var labels = 0
      var lastLength = 0
      var lastAllLetters = true
      var inLabel = false
      for b in bytes[(at + 1)...] {
        if b == 0x2E {
          inLabel = false
          continue
        }
        guard Byte.isLetter(b) || Byte.isDigit(b) || b == Byte.hyphen else { return false }
        if !inLabel {
          labels += 1
          lastLength = 0
          lastAllLetters = true
          inLabel = true
        }
        lastLength += 1
        if !Byte.isLetter(b) { lastAllLetters = false }
      }
      return labels >= 2 && lastLength >= 2 && lastAllLetters
    }
  }
}
