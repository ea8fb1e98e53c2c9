import Foundation
import ThaiText

/// เลขที่หนังสือ — a letter's number: office prefix, code, circular mark, serial, year.
///
/// `มท ๐๘๑๒/ว ๑๕๖๕` → prefix `มท`, code `0812`, circular, serial `1565`; canonical
/// `มท 0812/ว 1565`. Serials restart every year, so a letter is identified by its canonical
/// number together with its year.
public struct LetterNumber: Sendable, Equatable, Hashable {
  /// The reading as printed (spaces collapsed), without ที่.
  public var raw: String
  /// อักษรย่อ — `มท`, `กค`; nil when not printed and not inferable.
  public var prefix: String?
  /// A sub-office mark printed after the prefix: `(กวจ)`.
  public var subOffice: String?
  /// รหัสส่วนราชการ in ASCII: `0812`, `0810.7`; nil for an order number `12/2567`.
  public var code: String?
  /// ว — the circular register.
  public var circular: Bool
  /// เลขทะเบียนหนังสือส่ง in ASCII.
  public var serial: String
  /// `66` in `อต 0023.6/ว 5/66`, `2567` in `12/2567`.
  public var yearSuffix: String?
  /// 1.0 when the digits were read as printed.
  public var confidence: Double = 1.0
  /// Other canonical numbers the printed digits may stand for.
  public var candidates: [String] = []
  /// OCR noise was dropped to read it (a stray mark in the prefix, a letter among the
  /// code's digits): the reading deserves a look.
  public var suspect = false
  /// A letter OCR printed for a digit was read as that digit (`ฒ` for ๗, Latin `o` for ๐, `ด`
  /// for ๑): the value is inferred, not read as printed, so its ``confidence`` is below 1.
  public var letterAsDigit = false

  /// ASCII digits; `prefix code/ว serial/yy`.
  public var canonical: String {
    // Appended to one String: an array of parts joined with spaces cost two allocations
    // more, and every citation is checked by its canonical number.
    var out = ""
    if let prefix { out += prefix + " " }
    if let subOffice { out += subOffice + " " }
    if let code { out += code + "/" }
    if circular { out += "ว " }
    out += serial
    if let yearSuffix { out += "/" + yearSuffix }
    return out
  }
}

extension LetterNumber {
  /// This number, marked as read with a letter for a digit when `letterAsDigit`: inferred, so
  /// its confidence is the one given a value chosen among readings.
  func readingLetters(_ letterAsDigit: Bool) -> LetterNumber {
    guard letterAsDigit else { return self }
    var number = self
    number.letterAsDigit = true
    number.confidence = OCRDigits.chosenConfidence
    return number
  }
}

extension LetterWarning {
  /// `ocr_digits` for a value read with a letter OCR printed for a digit (a number's `ฒ`, `o`,
  /// a date's `ด`): inferred like a value chosen among readings.
  static func letterAsDigit(_ raw: String, line: Int?) -> LetterWarning {
    LetterWarning(.ocrDigits, "\(raw): a letter OCR printed for a digit read as that digit", line: line)
  }
}

extension LetterNumber {
  /// A number typed or printed alone (`ธปท.ฝนส.(๒๑)ว. ๔๑๒/๒๕๖๙`, `ที่ คปภ. ๑๘๖๗/๒๕๖๙`), read as the
  /// parser reads a letter's: nil unless the whole text is one number with a serial.
  public static func reading(_ text: String) -> LetterNumber? {
    var s = Array(text.unicodeScalars)
    if let (_, end) = Vocabulary.field(Vocabulary.number, in: s) { s = Array(s[end...]) }
    let start = LetterNumberReader.skipSpaces(s, 0)
    guard start < s.count, let (number, end) = LetterNumberReader.read(s, at: start), !number.serial.isEmpty,
      LetterNumberReader.skipSpaces(s, end) == s.count
    else { return nil }
    return number
  }
}

/// Reads letter numbers by their shape.
enum LetterNumberReader {
  /// Whether a code of at least three digits and its slash follow `j`'s spaces: what a lone
  /// prefix letter must stand before to be read as a prefix that lost a letter.
  static func lostFirstLetter(_ s: [Unicode.Scalar], after j: Int) -> Bool {
    let start = skipSpaces(s, j)
    var k = start
    while k < s.count, ThaiDigits.isDigit(s[k]) || s[k] == "." { k += 1 }
    return k - start >= 3 && ThaiDigits.isDigit(s[start]) && k < s.count && s[k] == "/"
  }

  /// A number starting at scalar `i` (prefix, or code digits): the number and where it ends.
  /// `allowBareSerial` accepts `ที่ ๑๒๓/๒๕๖๗` (orders) as serial + year.
  static func read(_ s: [Unicode.Scalar], at start: Int) -> (LetterNumber, Int)? {
    var i = start
    var prefix: String?
    var subOffice: String?
    // Prefix: Thai consonants, dots allowed between them (ศธ, กค, ตช, บก.ทท.). The letters
    // are kept as scalars: a String grown a scalar at a time cost more than the rest.
    var letters: [Unicode.Scalar] = []
    var j = i
    var noise = false
    var lostLetter = false
    // A company's or foundation's own prefix in Latin capitals before a slash (`SPC/2568/045`).
    if i < s.count, (0x41...0x5A).contains(s[i].value) {
      var e = i
      while e < s.count, e - i < 7, (0x41...0x5A).contains(s[e].value) { e += 1 }
      guard (2...6).contains(e - i), e + 1 < s.count, s[e] == "/", ThaiDigits.isDigit(s[e + 1]) else { return nil }
      prefix = String(scalars: s[i..<e])
      i = e + 1
      j = s.count
    }
    while j < s.count {
      let o = thaiOffset(s[j])
      if ThaiCharacter.isConsonant(o) {
        letters.append(s[j])
      } else if s[j] == ".", !letters.isEmpty {
      } else if ThaiCharacter.isCombining(o), !letters.isEmpty {
        noise = true  // `อัต` for `อต`: OCR put a mark on a prefix letter
      } else if s[j] == " ", letters.count == 1, j == i + 1, splitPrefixAt(s, j + 1) {
        // `พ ณ ๐๕๐๓/ว`: OCR put a space between the prefix's two letters.
        noise = true
      } else if (0x30...0x39).contains(s[j].value), !letters.isEmpty, j + 1 < s.count,
        s[j + 1] == " " || (0x0E50...0x0E59).contains(s[j + 1].value)
      {
        // `ส5 ๐๕๒๒๓`, `วั5๐๒๐๒`: Tesseract printed a prefix letter (ธ) as an ASCII digit
        // before the code's Thai digits. The letter is lost; ``PrefixRepair`` may restore it.
        noise = true
        lostLetter = true
      } else {
        break
      }
      j += 1
    }
    // A prefix printed with dots (`คปภ.`, `ธปท.ฝนส.`, `กลต.จท.`): a regulator's, a public
    // organisation's or a committee's, whose numbers need not follow the ministries' shape.
    var dotted = false
    // `ธปท.ฝนส.(๒๑)ว. ๔๑๒/๒๕๖๙`: the Bank of Thailand's department code in brackets before ว.
    var bracketCode: String?
    var circular = false
    // Two to five letters; up to eight when dots part them (`ธปท.ฝนส`, two abbreviations).
    let most = letters.count > 5 && !noise && s[i..<j].dropLast().contains(".") ? 8 : 5
    if prefix != nil {
      // Read above.
    } else if (lostLetter ? 1 : 2)...most ~= letters.count {
      // Without noise the prefix is consonants and dots, so a last dot is a Character of its
      // own (what `trimmingSuffix(".")` dropped): it is left out before the String is made.
      dotted = !noise && s[i..<j].contains(".")
      prefix = noise ? String(scalars: letters) : String(scalars: s[i..<(s[j - 1] == "." ? j - 1 : j)])
      i = skipSpaces(s, j)
      // (กวจ)
      if i < s.count, s[i] == "(" {
        var k = i + 1
        while k < s.count, s[k] != ")", k - i < 12 { k += 1 }
        if k < s.count, s[k] == ")" {
          let inner = s[(i + 1)..<k]
          let after = skipSpaces(s, k + 1)
          if inner.count == 1, inner.first == "ว" {
            // `กลต.จท.(ว) ๑๘/๒๕๖๙`: the circular mark in brackets.
            circular = true
            i = after
          } else if dotted, !inner.isEmpty, inner.count <= 3, inner.allSatisfy(ThaiDigits.isDigit), after < s.count,
            s[after] == "ว", !(after + 1 < s.count && ThaiCharacter.isCombining(thaiOffset(s[after + 1])))
          {
            bracketCode = String(inner.map { ThaiDigits.asciiCharacter(ThaiDigits.value(of: $0)!) })
            circular = true
            i = after + 1
            if i < s.count, s[i] == "." { i += 1 }
            i = skipSpaces(s, i)
          } else {
            subOffice = String(scalars: s[i...k])
            i = after
          }
        }
      }
    } else if letters.count == 1, letters[0] != "ว", j == i + 1, j < s.count, s[j] == " ", lostFirstLetter(s, after: j) {
      // `ต ๐๕๐๕/๑๒๓๓` for `กต …`: Tesseract lost the prefix's first letter. Read as damaged, for
      // ``PrefixRepair`` to restore from the file.
      prefix = String(scalars: letters)
      noise = true
      i = skipSpaces(s, j)
    } else if !letters.isEmpty {
      return nil
    }
    let firstPart: String
    var asDigit = false
    var k: Int
    if let bracketCode {
      // The serial follows the bracketed code's ว: no slash between.
      firstPart = bracketCode
      k = i
    } else {
      // Code: digits with dots.
      guard let (part, afterCode, strayLetter, codeLetterAsDigit) = digitsWithDots(s, i) else { return nil }
      firstPart = part
      noise = noise || strayLetter
      asDigit = codeLetterAsDigit
      k = skipSpaces(s, afterCode)
      // `อว 0603.10(2)/1482`: a unit's number in brackets after the code, kept in `raw` only (a
      // code is digits and dots).
      if k < s.count, s[k] == "(", let close = (k + 1..<min(s.count, k + 5)).first(where: { s[$0] == ")" }),
        close > k + 1, s[(k + 1)..<close].allSatisfy(ThaiDigits.isDigit)
      {
        k = skipSpaces(s, close + 1)
      }
      guard k < s.count, s[k] == "/" else {
        return nil
      }
      k = skipSpaces(s, k + 1)
      // ว with a vowel or mark on it is a word (`วันที่` set beside a serial that went on to
      // the next line), not the circular mark.
      if k < s.count, s[k] == "ว", !(k + 1 < s.count && ThaiCharacter.isCombining(thaiOffset(s[k + 1]))) {
        circular = true
        k += 1
        if k < s.count, s[k] == "." { k += 1 }
        k = skipSpaces(s, k)
      }
    }
    var serial = ""
    var end = k
    while end < s.count {
      if let d = ThaiDigits.value(of: s[end]) {
        serial.append(ThaiDigits.asciiCharacter(d))
      } else if !serial.isEmpty, sevenLookalike(s, end) {
        // `ว ๑๐๐ซ`: ๗ printed as a letter.
        serial.append("7")
        asDigit = true
      } else if s[end] == "\u{0E14}", end + 1 < s.count, (0x0E50...0x0E59).contains(s[end + 1].value) {
        // `วด๑๒๐`: ด printed for ๑ before the serial's other Thai digits.
        serial.append("1")
        asDigit = true
      } else {
        break
      }
      end += 1
    }
    // `ว ๒[ไม่ชัด]๘๗`: a vision model could not read a digit of the serial. The digits left
    // are no serial: a number read from them would name another letter.
    if !serial.isEmpty, end < s.count, s[end] == "[" { return nil }
    if serial.isEmpty {
      // `มท ๐๘๑๐.๗/ว` with the serial on a later line: the caller joins it.
      guard prefix != nil || circular else { return nil }
      let raw = rawText(s, start, k)
      return (
        LetterNumber(
          raw: raw, prefix: prefix, subOffice: subOffice, code: firstPart, circular: circular,
          serial: "", yearSuffix: nil, suspect: noise
        ).readingLetters(asDigit), k
      )
    }
    var yearSuffix: String?
    if end + 1 < s.count, s[end] == "/", ThaiDigits.isDigit(s[end + 1]) {
      var y = ""
      var e = end + 1
      while e < s.count, let d = ThaiDigits.value(of: s[e]) {
        y.append(ThaiDigits.asciiCharacter(d))
        e += 1
      }
      // Tesseract prints ๖ as ๒๐: a 3-digit suffix holding 20 is a 2-digit year (`๕/๐๒๐`).
      if y.count == 3, let range = y.range(of: "20") { y.replaceSubrange(range, with: "6") }
      if y.count == 2 || y.count == 4 {
        yearSuffix = y
        end = e
      }
    }
    var code: String? = firstPart
    // An order's number (คำสั่ง ที่ ๑๒๓/๒๕๖๗, ที่ ๑๑๓๙/๖๖): no prefix, no ว, no dot, and a
    // year after the slash. Letter codes begin with 0. Tesseract prints the year's ๖ as
    // `๒๐` (`๑๒๓/๒๕๒๐๕` for ๑๒๓/๒๕๖๘): five digits from 25 holding 20 are a year too, read
    // later by ``OCRDigitRepair``.
    // (An order's serial may be printed with leading zeros, `๐๘๗/๒๕๖๘`: a code has four digits
    // or more.)
    if prefix == nil, !circular, yearSuffix == nil, !firstPart.contains("."),
      !firstPart.hasPrefix("0") || firstPart.utf8.count <= 3 && serial.utf8.count == 4, Self.readsAsYear(serial)
    {
      yearSuffix = serial
      serial = firstPart
      code = nil
    }
    // A dotted prefix's serial and year (`คปภ. ๑๘๖๗/๒๕๖๙`, `กลต.จท.(ว) ๑๘/๒๕๖๙`, `สนส. ๔/๒๕๖๙`): no
    // code, as an order's number. (A ministry's prefix has no dot: `ขก ๕๒๐๐๑/๒๕๑๘` is code and
    // serial.)
    // So is any prefix's serial of three digits or fewer before a year (`วพส ๐๑๘/๒๕๖๘`: a code
    // has four digits or more), and a dotted prefix's before a two-digit year (`อบต.นค ๑๒/๖๙`).
    let shortSerial = firstPart.utf8.count <= 3
    let fullYear = serial.utf8.count == 4 && (2480...2600).contains(Int(serial) ?? 0)
    if dotted || shortSerial, bracketCode == nil, yearSuffix == nil, code != nil, !firstPart.contains("."),
      fullYear || dotted && shortSerial && serial.utf8.count == 2, !afterSlashCircular(s, start, end)
    {
      yearSuffix = serial
      serial = firstPart
      code = nil
    }
    let number = LetterNumber(
      raw: rawText(s, start, end), prefix: prefix, subOffice: subOffice, code: code,
      circular: circular, serial: serial, yearSuffix: yearSuffix, suspect: noise
    ).readingLetters(asDigit)
    return (number, end)
  }

  /// Whether a ว stands right after the number's first slash (`… ๐๑๒/ว ๓๔`): its serial follows.
  static func afterSlashCircular(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard let slash = s[start..<end].firstIndex(of: "/") else { return false }
    let k = skipSpaces(s, slash + 1)
    return k < end && s[k] == "ว"
  }

  /// `number` as a code and serial again when its year suffix is no year (`๑๒๓/๒๕๙๒๐`, read as
  /// an order's number but with no year its digits can stand for): the contract's year suffix
  /// has two or four digits.
  static func keepingYearSuffixAYear(_ number: inout LetterNumber) {
    guard let suffix = number.yearSuffix, suffix.utf8.count != 2, suffix.utf8.count != 4 else { return }
    number.code = number.serial
    number.serial = suffix
    number.yearSuffix = nil
  }

  /// A short serial with a year after its slash and no prefix (an order's `๒๓๕/๒๕๖๘` in a
  /// register's column, an embassy's `Note No. 24/2025`): serial and year, as an order's number
  /// is read, when the part after the slash is a year of `years`; else the number as read.
  static func serialAndYear(_ number: LetterNumber, years: ClosedRange<Int>) -> LetterNumber {
    guard number.prefix == nil, !number.circular, number.yearSuffix == nil, let code = number.code,
      (1...4).contains(code.utf8.count), code.utf8.allSatisfy({ $0 &- 0x30 < 10 }),
      // (A Thai office's code opens with 0: `0504/2026` is a code and a serial.)
      code.utf8.first != 0x30, number.serial.utf8.count == 4,
      let year = Int(number.serial), years.contains(year)
    else { return number }
    var out = number
    out.code = nil
    out.yearSuffix = number.serial
    out.serial = code
    return out
  }

  /// An order number's part after the slash that is its year: `๒๕๖๗`, `๖๖`, or Tesseract's
  /// `๒๕๒๐๕` (a ๖ printed as ๒๐).
  static func readsAsYear(_ digits: String) -> Bool {
    switch digits.count {
    case 2: true
    case 4: (2400...2700).contains(Int(digits) ?? 0)
    case 5: digits.hasPrefix("25") && digits.dropFirst(2).contains("20")
    default: false
    }
  }

  /// Digits and dots (`๐๘๑๐.๗`) in ASCII; must start and end with a digit. One Thai letter
  /// standing before a digit inside the code (`๐๕๑๐.ญ๓`, OCR noise) is dropped, and a letter
  /// Tesseract prints for ๗ (``sevenLookalike(_:)``: `๐๐๑ฒ.๒`, `๐๓๐ซ.๓`) is read as 7; both
  /// are reported: the first as noise dropped, the second as a letter read as a digit.
  static func digitsWithDots(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int, Bool, Bool)? {
    // ASCII bytes (digits, dots, 7s), made a String once at the end: a String grown a
    // Character at a time, and counted and read back by Character, cost 2,500 instructions
    // a code.
    var out: [UInt8] = []
    var j = i
    var stray = false
    var asDigit = false
    // `stray` allows one anomaly in a code; `dropped` is an anomaly that is no letter read as a digit.
    var dropped = false
    /// A dropped letter may stand at `k` when a digit follows it, or the code's `/` (`๐๐๓ส/ว`).
    func strayAt(_ k: Int) -> Bool {
      !stray && k + 1 < s.count && (ThaiDigits.isDigit(s[k + 1]) || s[k + 1] == "/" && k > i)
        && ThaiCharacter.isConsonant(thaiOffset(s[k]))
    }
    let dot: UInt8 = 0x2E
    while j < s.count {
      if let d = ThaiDigits.value(of: s[j]) {
        out.append(0x30 + UInt8(d))
      } else if s[j] == " ", !stray, (1...2).contains(out.count), codeContinues(s, j + 1) {
        // `๐ ๕๑๐.๓/ว`: a space after the code's first digit or two, where a narrow ๐ left a
        // wide gap in OCR's glyph boxes; the rest of the code runs on to its dot or slash.
        stray = true
        dropped = true
      } else if s[j] == " ", !stray, out.last == dot, codeContinues(s, j + 1, digits: 1) {
        // `๐๐๑๕. ๓/๓๓๕`: a space after the code's dot.
        stray = true
        dropped = true
      } else if s[j] == " ", !out.isEmpty, out.last != dot, j + 2 < s.count, s[j + 1] == ".",
        ThaiDigits.isDigit(s[j + 2]) || sevenLookalike(s, j + 2)
      {
        // `๐๐๒๓ .๑/ว`: a space before the code's dot (hOCR glyph boxes).
        stray = true
        dropped = true
      } else if s[j] == ".", !out.isEmpty, out.last != dot, j + 1 < s.count,
        ThaiDigits.isDigit(s[j + 1]) || sevenLookalike(s, j + 1) || strayAt(j + 1)
          || !stray && s[j + 1] == " " && codeContinues(s, j + 2, digits: 1)
      {
        out.append(dot)
      } else if !out.isEmpty, sevenLookalike(s, j) {
        out.append(0x37)  // 7
        stray = true
        asDigit = true
      } else if zeroLookalike(s, j, opensCode: out.isEmpty && j == i) {
        out.append(0x30)  // 0
        stray = true
        asDigit = true
      } else if out.isEmpty, j == i, s[j] == "\u{0E12}" || s[j] == "\u{0E0B}", j + 2 < s.count,
        (0x0E50...0x0E59).contains(s[j + 1].value), (0x0E50...0x0E59).contains(s[j + 2].value)
      {
        // `ขก ฒ๓๕๐๑/๐๒๕`: the code's first ๗ printed as ฒ or ซ, Thai digits after it.
        out.append(0x37)
        stray = true
        asDigit = true
      } else if !out.isEmpty, strayAt(j) {
        stray = true
        dropped = true
      } else {
        break
      }
      j += 1
    }
    // A dot before a dropped letter (`๐๐๒๓.ต/ว`) ends nothing: a code ends with a digit.
    while out.last == dot { out.removeLast() }
    return out.isEmpty || out.count > 14 ? nil : (String(decoding: out, as: UTF8.self), j, dropped, asDigit)
  }

  /// After a space inside a code: two or more digits, then the code's dot or slash.
  static func codeContinues(_ s: [Unicode.Scalar], _ k: Int, digits: Int = 2) -> Bool {
    var j = k
    // Digits, or ฒ/ซ Tesseract prints for ๗ among them.
    while j < s.count, ThaiDigits.isDigit(s[j]) || j > k && sevenLookalike(s, j) { j += 1 }
    // Then the dot or the slash, or a space before the dot.
    if j + 1 < s.count, s[j] == " ", s[j + 1] == "." { j += 1 }
    return j - k >= digits && j < s.count && (s[j] == "." || s[j] == "/")
  }

  /// After `พ `: a second lone consonant, then a space or the code's first digit (`พ ณ ๐๕`).
  static func splitPrefixAt(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
    guard k + 1 < s.count, ThaiCharacter.isConsonant(thaiOffset(s[k])) else { return false }
    var j = k + 1
    if s[j] == " " { j += 1 }
    return j < s.count && ThaiDigits.isDigit(s[j])
  }

  /// True when `s[k]` is a letter Tesseract's Thai model prints for ๗ (ฒ, ซ: the model has
  /// no ๗, Corpus/ocr/README.md) and it stands as a digit would — right after a digit or a
  /// code's dot, and not followed by another letter (`๑๐๐ซ`, `๐๓๐ซ.๓`, `๐๕๑๐.ฒ/ว`).
  static func sevenLookalike(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
    guard k > 0, k < s.count, s[k] == "\u{0E12}" || s[k] == "\u{0E0B}" else { return false }
    guard ThaiDigits.isDigit(s[k - 1]) || s[k - 1] == "." else { return false }
    guard k + 1 < s.count else { return true }
    let next = s[k + 1]
    return ThaiDigits.isDigit(next) || next == "." || next == "/" || next == " " || next == "\t"
  }

  /// True when `s[k]` is a Latin `o` or `O` OCR printed for a zero among a code's digits
  /// (`ดศ o๒o๒.๓/ว`, `ทส O3O4/ว`): it opens the code before a digit, or stands after a digit and
  /// before a digit, the code's dot or its slash.
  static func zeroLookalike(_ s: [Unicode.Scalar], _ k: Int, opensCode: Bool) -> Bool {
    guard k + 1 < s.count, s[k] == "o" || s[k] == "O" else { return false }
    let next = s[k + 1]
    if opensCode { return ThaiDigits.isDigit(next) }
    return k > 0 && ThaiDigits.isDigit(s[k - 1]) && (ThaiDigits.isDigit(next) || next == "." || next == "/")
  }

  /// The serial alone (`๕๑๕๗`) or with the circular mark (`ว ๓๔๕`) after `มท ๐๒๐๑/`.
  static func withSerial(_ number: LetterNumber, line: [Unicode.Scalar]) -> LetterNumber? {
    var rest = line[...]
    var circular = number.circular
    if !circular, rest.first == "ว" {
      circular = true
      rest = rest.dropFirst()
    }
    let digits = rest.filter { $0 != " " && $0 != "." }
    guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(ThaiDigits.isDigit) else { return nil }
    var completed = number
    completed.circular = circular
    completed.serial = ThaiDigits.ascii(scalars: digits)
    completed.raw = number.raw + " " + String(scalars: line).collapsingSpaces()
    return completed
  }

  /// The serial at the start of a line that goes on with the office block set beside it
  /// (`ว ๑๘๗๖   ๑๒๕ หมู่ ๑ ถนนโชตนา`, two columns read as one line): the completed number and
  /// the text after the serial. The serial is the first run of digits; what follows must hold
  /// a Thai letter.
  static func withSerialBeside(_ number: LetterNumber, line: [Unicode.Scalar]) -> (LetterNumber, String)? {
    var i = 0
    var circular = number.circular
    if !circular, i < line.count, line[i] == "ว" {
      circular = true
      i = skipSpaces(line, i + 1)
    }
    let start = i
    while i < line.count, ThaiDigits.isDigit(line[i]) { i += 1 }
    guard i > start, i - start <= 6, i < line.count, line[i] == " " || line[i] == "\t" else { return nil }
    let rest = line[i...]
    guard rest.contains(where: { ThaiCharacter.isConsonant(thaiOffset($0)) }) else { return nil }
    var completed = number
    completed.circular = circular
    completed.serial = ThaiDigits.ascii(String(scalars: line[start..<i]))
    completed.raw = number.raw + " " + rawText(line, 0, i)
    return (completed, String(scalars: rest).trimmed)
  }

  static func rawText(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
    String(scalars: s[a..<b]).collapsingSpaces()
  }

  static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
    var j = i
    while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
    return j
  }

  @inline(__always) static func thaiOffset(_ c: Unicode.Scalar) -> UInt8 {
    (0x0E00...0x0E7F).contains(c.value) ? UInt8(c.value - 0x0E00) : 0xFF
  }
}
