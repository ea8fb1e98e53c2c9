import Foundation

/// คำแปลภาษาอังกฤษ — the English translation a bilingual letter carries beside its Thai text:
/// a parallel column that OCR read row by row across both columns (`ที่ อว ๗๘/๑๒๕๓      No. MU
/// 78/1253`), an English line under each Thai line, or the whole English version after the
/// Thai one. The Thai text is the letter: the translation fills no field (no second subject,
/// signer or phone), yet its lines belong to the letter's lines.
///
/// A stretch of a file is bilingual when English labels of a letter's parts open three kinds of
/// its lines or columns (`Subject:`, `Dear …`, `Yours sincerely`, `Enclosure`, `Reference:`,
/// `No.`, `To:`) close together (``bilingualRegions(_:)``). Only there: an English column after a wide gap (three spaces or a tab) past a line's last
/// Thai letter is cut off, and a line of English words with no Thai is blanked (its number
/// kept), unless it goes on an English phrase a Thai line ends with (`แนวคิด "Meaningful
/// Travel for a` / `Sustainable Future"`), which is English inside a Thai sentence.
enum Translation {
  /// The English openings of a letter's parts, each with its kind (a signing-off has two).
  static let labels: [(bytes: [UInt8], kind: Int)] = [
    ("Subject:", 0), ("Dear ", 1), ("Yours sincerely", 2), ("Yours faithfully", 2), ("Enclosure", 3),
    ("Reference:", 4), ("No. ", 5), ("Ref. No.", 5), ("To:", 6),
  ].map { (Array($0.0.utf8), $0.1) }

  /// Plain text (or markdown) before its spaces collapse, where the columns' gaps still show:
  /// the text with the translation taken out, and the numbers of the lines blanked whole.
  static func apart(text: String, path: String, format: InputFormat?) -> (text: String, blanked: [Int]) {
    // Asked of every file: one English label must be there at all, looked for in one pass over
    // the bytes (Foundation's `contains` folds every character of the file: three times the
    // parse's own cost).
    guard holdsLabel(text) else { return (text, []) }
    let kind = format ?? InputAdapter.detect(path: path, text: text)
    guard kind == .plain || kind == .markdown else { return (text, []) }
    // Split on the LF byte, as lines are counted: a Character split would keep a CRLF (one
    // grapheme) inside its line and number every later line one too low.
    let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated().map {
      SourceLine(number: $0.offset + 1, text: String(decoding: $0.element, as: UTF8.self))
    }
    let (out, blanked) = apart(lines)
    guard out != lines else { return (text, []) }
    return (out.map(\.text).joined(separator: "\n"), blanked)
  }

  /// The lines with the translation taken out, and the numbers of the lines blanked whole.
  static func apart(_ lines: [SourceLine]) -> (lines: [SourceLine], blanked: [Int]) {
    guard lines.contains(where: { holdsLabel($0.text) }) else { return (lines, []) }
    // A translation goes with a Thai letter's text: an English letter with no Thai header
    // label above or among its lines (``EnglishLetter``) is the letter itself.
    guard let thaiHeader = lines.firstIndex(where: { opensThaiHeaderField($0.text) }) else { return (lines, []) }
    let regions = bilingualRegions(lines).filter { $0.upperBound >= thaiHeader && !holdsOwnLetter($0, lines) }
    guard !regions.isEmpty else { return (lines, []) }
    var out = lines
    var blanked: [Int] = []
    // The previous line with text as read (after its cut), and whether it ended on an English
    // word a next line may go on.
    var previous: (indent: Int, endsEnglish: Bool)? = nil
    for k in out.indices {
      guard regions.contains(where: { $0.contains(k) }) else {
        previous = nil
        continue
      }
      let bytes = Array(out[k].text.utf8)
      guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else {
        previous = nil
        continue
      }
      let indent = bytes.prefix { $0 == 0x20 || $0 == 0x09 }.count
      if bytes.contains(0x09), namesLanguages(out[k].text) {
        out[k].text = ""
        previous = nil
        continue
      }
      if let lastThai = lastThaiByte(bytes) {
        var kept = bytes
        if let gap = gapAfter(bytes, from: lastThai), hasEnglishWord(bytes[gap...]) {
          kept = Array(bytes[..<gap])
          while let last = kept.last, last == 0x20 || last == 0x09 { kept.removeLast() }
          out[k].text = String(decoding: kept, as: UTF8.self)
        }
        previous = (indent, endsWithEnglishWord(kept))
      } else if hasEnglishWord(bytes[...]) {
        // English going on a Thai sentence starts at the paragraph's edge, not in a column.
        if let p = previous, p.endsEnglish, indent <= max(4, p.indent) {
          previous = (indent, true)
        } else {
          out[k].text = ""
          blanked.append(out[k].number)
          previous = nil
        }
      } else {
        previous = (indent, false)
      }
    }
    return (out, blanked)
  }

  /// Whether the English in `region` is a letter of its own, no translation: it prints a Thai
  /// letter number (`Ref. No. ชม 0017.2/2458`) that no Thai ที่ line of the file prints — a covering
  /// letter's enclosure, not the covering letter in English. (A translation prints its letter's
  /// number, or one in Latin letters, `No. TAT 1503/W 0413`.)
  static func holdsOwnLetter(_ region: ClosedRange<Int>, _ lines: [SourceLine]) -> Bool {
    var thaiNumbers: [String]?
    // (The number line may stand above the first English label the region was found by: a Thai
    // number in its value makes it none.)
    for k in max(0, region.lowerBound - reachBefore)...region.upperBound {
      // (A form feed may open the line: the letter starts a page.)
      let s = Array(lines[k].text.unicodeScalars.drop { $0.value <= 0x20 })
      guard EnglishLetter.opensLatin(s), let (number, _) = EnglishLetter.number(s, open: true, foreign: true) else {
        continue
      }
      if thaiNumbers == nil {
        thaiNumbers = lines.compactMap { line in
          LetterSegmenter.numberAt(Array(line.text.trimmed.unicodeScalars)).map { digits(of: $0.number) }
        }
      }
      if !(thaiNumbers ?? []).contains(digits(of: number)) { return true }
    }
    return false
  }

  /// A number's code and serial digits, run together: what a translation's Latin number
  /// (`TAT 1503/W 0413`) keeps of its letter's (`ททท. ๑๕๐๓/ว ๐๔๑๓`).
  static func digits(of number: LetterNumber) -> String {
    ((number.code ?? "") + number.serial).filter(\.isNumber)
  }

  static let thaiHeaderLabels: [[UInt8]] = ["เรื่อง", "เรือง", "เรียน", "ถึง", "บันทึกข้อความ", "คำสั่ง", "ประกาศ"].map {
    Array($0.utf8)
  }

  /// A line that opens with a Thai letter's header word (`เรื่อง` — or OCR's `เรือง` —, `เรียน`, `ถึง`,
  /// `บันทึกข้อความ`, an order's or an announcement's title), after spaces and markdown's `*`/`#`.
  static func opensThaiHeaderField(_ text: String) -> Bool {
    let bytes = text.utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x2A || $0 == 0x23 || $0 == 0x7C }
    return thaiHeaderLabels.contains { bytes.starts(with: $0) }
  }

  /// The names a bilingual table's head gives its columns.
  static let languageNames: Set<String> = [
    "ภาษาไทย", "ไทย", "ภาษาอังกฤษ", "อังกฤษ", "ต้นฉบับ", "คำแปล", "Thai", "English", "Original", "Translation",
  ]

  /// A table's head row naming its columns' languages (`ภาษาไทย<TAB>English`): no text.
  static func namesLanguages(_ text: String) -> Bool {
    let cells = text.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces.union(["*"])) }
    return cells.count >= 2 && cells.allSatisfy(languageNames.contains)
  }

  /// The letters' spans reach over the blanked translation lines after them, up to the next
  /// letter: the English version is part of its letter.
  static func extend(_ letters: inout [Letter], over blanked: [Int], lines: [Line]) {
    guard !blanked.isEmpty else { return }
    var text = Set<Int>()
    for line in lines where !line.isBlank { text.insert(line.number) }
    for i in letters.indices {
      let next = i + 1 < letters.count ? letters[i + 1].lines.start : Int.max
      var end = letters[i].lines.end
      for number in blanked where number > end && number < next {
        guard !((end + 1)..<number).contains(where: text.contains) else { break }
        end = number
      }
      letters[i].lines.end = end
    }
  }

  /// Whether one of the English openings a bilingual letter must have (`Subject`, `Dear `,
  /// `Yours `) stands anywhere in `text`: one pass over its bytes, eight a step past Thai text
  /// (``Byte/firstIndex(ofAny:in:from:)``), a word tried only at its capital.
  static func holdsLabel(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b in
      var i = Byte.firstIndex(ofAny: (0x53, 0x44, 0x59, 0x53), in: b, from: 0)
      while i < b.count {
        for opening in openings where i + opening.count <= b.count && b[i] == opening[0] {
          if (1..<opening.count).allSatisfy({ b[i + $0] == opening[$0] }) { return true }
        }
        i = Byte.firstIndex(ofAny: (0x53, 0x44, 0x59, 0x53), in: b, from: i + 1)
      }
      return false
    }
  }

  static let openings: [[UInt8]] = ["Subject", "Dear ", "Yours "].map { Array($0.utf8) }

  /// How far apart a letter's English labels may stand, and how far its translation reaches
  /// before the first and after the last (in lines): a file of many letters (an in-tray) is
  /// bilingual only around the letter that is.
  static let labelSpan = 120
  static let reachBefore = 10
  static let reachAfter = 20

  /// The stretches of lines (indices) where English labels open lines or columns of three
  /// kinds within ``labelSpan`` lines: a bilingual letter and its translation.
  static func bilingualRegions(_ lines: [SourceLine]) -> [ClosedRange<Int>] {
    var hits: [(line: Int, kind: Int)] = []
    for (k, line) in lines.enumerated() {
      // Most lines hold no ASCII capital at all: their bytes are looked at once.
      let bytes = line.text.utf8
      guard bytes.contains(where: { (0x41...0x5A).contains($0) }) else { continue }
      let array = Array(bytes)
      // A markdown table's bold label (`**Subject:**`) too.
      for var start in columnStarts(array) {
        while start < array.count, array[start] == 0x2A { start += 1 }
        guard start < array.count, (0x41...0x5A).contains(array[start]) else { continue }
        // (Not a model's English label over the letter's own Thai value, `**Subject:** การ…`: a
        // translation's labels name English text.)
        for label in labels where array[start...].starts(with: label.bytes)
          && !array[(start + label.bytes.count)...].contains(0xE0)
        {
          hits.append((k, label.kind))
        }
      }
    }
    var regions: [ClosedRange<Int>] = []
    for (i, hit) in hits.enumerated() {
      let near = hits[i...].prefix { $0.line - hit.line <= labelSpan }
      guard Set(near.map(\.kind)).count >= 3, let last = near.last else { continue }
      let region = max(0, hit.line - reachBefore)...min(lines.count - 1, last.line + reachAfter)
      if let previous = regions.last, previous.upperBound >= region.lowerBound {
        regions[regions.count - 1] = previous.lowerBound...max(previous.upperBound, region.upperBound)
      } else {
        regions.append(region)
      }
    }
    return regions
  }

  /// Where a line's text and each column after a wide gap begin.
  static func columnStarts(_ bytes: [UInt8]) -> [Int] {
    var starts: [Int] = []
    var spaces = 0
    var tab = false
    var seenText = false
    for (i, b) in bytes.enumerated() {
      if b == 0x20 {
        spaces += 1
      } else if b == 0x09 {
        tab = true
      } else {
        if !seenText || spaces >= 3 || tab { starts.append(i) }
        seenText = true
        spaces = 0
        tab = false
      }
    }
    return starts
  }

  /// The index of the lead byte of the line's last Thai character (U+0E00–U+0E7F).
  static func lastThaiByte(_ bytes: [UInt8]) -> Int? {
    var i = bytes.count - 3
    while i >= 0 {
      if bytes[i] == 0xE0, bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9 { return i }
      i -= 1
    }
    return nil
  }

  /// The start of the first wide gap (three spaces or a tab) after `from`.
  static func gapAfter(_ bytes: [UInt8], from: Int) -> Int? {
    var i = from
    while i < bytes.count {
      if bytes[i] == 0x09 { return i }
      if bytes[i] == 0x20, i + 2 < bytes.count, bytes[i + 1] == 0x20, bytes[i + 2] == 0x20 { return i }
      i += 1
    }
    return nil
  }

  static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }

  /// Two ASCII letters running, with no Thai at all (a dash `–` may stand between words).
  static func hasEnglishWord(_ bytes: ArraySlice<UInt8>) -> Bool {
    var run = 0
    var word = false
    var previous: UInt8 = 0
    for b in bytes {
      if previous == 0xE0, b == 0xB8 || b == 0xB9 { return false }
      previous = b
      run = isLetter(b) ? run + 1 : 0
      if run >= 2 { word = true }
    }
    return word
  }

  /// The line's last word is English (`for a`, `Meeting`), not an address (`@`, `/`).
  static func endsWithEnglishWord(_ bytes: [UInt8]) -> Bool {
    let word = bytes.reversed().prefix { $0 != 0x20 && $0 != 0x09 }
    return word.contains(where: isLetter) && word.allSatisfy { $0 < 0x80 && $0 != 0x40 && $0 != 0x2F }
  }
}
