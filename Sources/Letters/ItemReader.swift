import Foundation
import ThaiText

/// อ้างถึง and สิ่งที่ส่งมาด้วย: numbered or single items, tab columns, quantities.
enum ItemReader {
  /// The items of a field: its first line's text after the keyword, then each further line.
  /// A numbered line (`๑.`, `2)`) begins an item; other lines continue the current one.
  static func items(
    _ lines: [Line], first: (Int, Int), more: [Int]
  ) -> [(index: Int?, text: String, line: Int, firstLine: String)] {
    var items: [(index: Int?, parts: [String], line: Int)] = []
    /// The current item's text opened a bracket it has not closed (`(แบบ บพ.`): a line that
    /// begins `1)` closes it (`บพ.1)`), it is no item ๑.
    func closesBracket(_ s: [Unicode.Scalar]) -> Bool {
      guard let parts = items.last?.parts, s.first.map(ThaiDigits.isDigit) == true,
        let close = s.firstIndex(of: ")"), s[..<close].allSatisfy(ThaiDigits.isDigit)
      else { return false }
      let text = parts.joined()
      return text.filter { $0 == "(" }.count > text.filter { $0 == ")" }.count
    }
    /// `s`: the scalars of `text` (a line's own, not decoded again).
    func add(_ text: String, _ s: [Unicode.Scalar], line: Int) {
      if closesBracket(s) {
        items[items.count - 1].parts.append(text)
      } else if let (index, end) = items.isEmpty ? firstItemNumber(s) : itemNumber(s) {
        let rest = text.copyOfTrailing(s[end...]).trimmed
        items.append((index, [rest], line))
      } else if items.isEmpty {
        items.append((nil, [text], line))
      } else {
        items[items.count - 1].parts.append(text)
      }
    }
    let (k, end) = first
    let value = Vocabulary.value(after: end, in: lines[k].scalars, of: lines[k])
    add(value, value.scalarArray, line: lines[k].number)
    for j in more {
      let cells = lines[j].cells
      // A table row: index | title | quantity. A header row (ลำดับ รายการ จำนวน) is no item.
      if cells.count >= 2, let index = ThaiDigits.integer(cells[0].trimmingSuffix(".")) {
        var title = cells[1...].joined(separator: " ")
        if cells.count >= 3, isQuantity(cells[cells.count - 1]) {
          title = cells[1..<(cells.count - 1)].joined(separator: " ") + " จำนวน " + cells[cells.count - 1]
        }
        items.append((index, [title], lines[j].number))
        continue
      }
      if cells.count >= 2,
        cells.allSatisfy({ !$0.unicodeScalars.contains(where: ThaiDigits.isDigit) && $0.count <= 12 })
      {
        continue
      }
      // A bulleted line (`● แบบสำรวจ…`) is an item of its own, unnumbered.
      if lines[j].bulleted, !items.isEmpty, ItemReader.itemNumber(lines[j].scalars) == nil {
        items.append((nil, [lines[j].text], lines[j].number))
        continue
      }
      add(lines[j].text, lines[j].scalars, line: lines[j].number)
    }
    return items.map {
      let parts = $0.parts.filter { !$0.isEmpty }
      return ($0.index, joinParts(parts), $0.line, parts.first ?? "")
    }
      .filter { !$0.text.isEmpty }
  }

  /// An item's lines joined with one space, except where OCR broke ลงวันที่ after ลงวัน (also
  /// `ลง วัน`, a space set inside): the word is made whole again, so the cited date is read.
  static func joinParts(_ parts: [String]) -> String {
    var out = ""
    for part in parts {
      if !out.isEmpty {
        // Compared by scalars: `ที่` is not a String prefix match for `ที` (graphemes).
        let beforeDay = part.unicodeScalars.starts(with: "ที".unicodeScalars)
        if beforeDay, out.unicodeScalars.reversed().starts(with: "ลง วัน".unicodeScalars.reversed()) {
          out = String(out.unicodeScalars.dropLast(4)) + "วัน"
        }
        let brokenDateWord = beforeDay && out.unicodeScalars.reversed().starts(with: "ลงวัน".unicodeScalars.reversed())
        if !brokenDateWord { out += " " }
      }
      out += part
    }
    return out
  }

  /// `๑ ชุด ปีงบประมาณ พ.ศ. ๒๕๖๗`: a count and its unit (one short word), then more words —
  /// the rest of a title whose quantity stood beside its first line. Nil otherwise.
  static func quantityThenTitle(_ text: String) -> (String, String)? {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard words.count > 2, words[0].unicodeScalars.allSatisfy(ThaiDigits.isDigit),
      words[1].unicodeScalars.count <= 6,
      words[1].unicodeScalars.allSatisfy({ LetterNumberReader.thaiOffset($0) < 0x50 })
    else { return nil }
    return (words[0] + " " + words[1], words[2...].joined(separator: " "))
  }

  /// `๑ ชุด`, `2 ฉบับ`, `จำนวน ๓ แผ่น`: a table's quantity column.
  static func isQuantity(_ cell: String) -> Bool {
    let s = cell.scalarArray
    let start = Vocabulary.leading(Vocabulary.quantity, in: s).map { LetterNumberReader.skipSpaces(s, $0.1) } ?? 0
    return start < s.count && ThaiDigits.isDigit(s[start]) && s.count <= 20
  }

  /// The first item's number, also past one speck OCR glued before it (`ไ1. แนวปฏิบัติ…`,
  /// `ด๑. เกณฑ์…`): only as item 1, where a list must begin.
  static func firstItemNumber(_ s: [Unicode.Scalar]) -> (Int, Int)? {
    if let number = itemNumber(s) { return number }
    guard s.count > 3, !ThaiDigits.isDigit(s[0]), s[0] != " ", s[0] != "(", ThaiDigits.isDigit(s[1]),
      let (index, end) = itemNumber(Array(s[1...])), index == 1
    else { return nil }
    return (index, end + 1)
  }

  /// `๑.` / `1)` / `(๑)` at the start: (value, end).
  static func itemNumber(_ s: [Unicode.Scalar]) -> (Int, Int)? {
    var i = 0
    if i < s.count, s[i] == "(" { i += 1 }
    let digitsStart = i
    var value = 0
    while i < s.count, let d = ThaiDigits.value(of: s[i]) {
      // a run of digits longer than an item number is no item number: never overflow on it
      if i - digitsStart < 3 { value = value * 10 + d }
      i += 1
    }
    // `2: …`: Tesseract reads an item's dot as a colon; only before a space (`๑๐:๓๐` is a time).
    let colon = i + 1 < s.count && s[i] == ":" && s[i + 1] == " "
    guard i > digitsStart, i - digitsStart <= 2, i < s.count, s[i] == "." || s[i] == ")" || colon else { return nil }
    i += 1
    // `๕.๑` is a sub-item, not item ๕
    if i < s.count, ThaiDigits.isDigit(s[i]) { return nil }
    return (value, LetterNumberReader.skipSpaces(s, i))
  }

  static func references(
    _ lines: [Line], first: (Int, Int), more: [Int], warnings: inout [LetterWarning], ocrYears: Bool = false
  ) -> [Citation] {
    items(lines, first: first, more: more).flatMap { item in
      Self.joinedLetters(item.text, ocrYears: ocrYears).map { (line: item.line, text: $0) }
    }.flatMap { item -> [Citation] in
      let found = CitationReader.find(in: item.text, strict: false, ocrYears: ocrYears)
      if let citation = found.first {
        if citation.withoutPrefix {
          warnings.append(
            LetterWarning(.numberWithoutPrefix, "cited number printed without its office prefix", line: item.line))
        }
        // An อ้างถึง item is one citation, or several serials of one office sharing its date
        // (`ว ๑๒๓๔ และ ว ๑๒๓๕`): its raw is the whole item.
        // (A note in brackets after the date, `(ส่งทางไปรษณีย์อิเล็กทรอนิกส์)`, is no part of it:
        // the raw ends at the date.)
        let raw = Self.withoutNoteAfter(citation.citation.raw, in: item.text)
        return found.prefix { $0.numberOffset == citation.numberOffset }.map {
          var c = $0.citation
          c.raw = raw
          return c
        }
      }
      return Self.unnumberedReference(item.text, ocrYears: ocrYears).map { [$0] } ?? []
    }
  }

  /// `item` without a bracketed note after the citation that ends it (`… ลงวันที่ ๓ มิถุนายน ๒๕๖๙
  /// (ส่งทางไปรษณีย์อิเล็กทรอนิกส์)`): the item as it is otherwise.
  static func withoutNoteAfter(_ citation: String, in item: String) -> String {
    guard item.utf8.last == 0x29, item.hasUTF8Prefix(citation) else { return item }
    let rest = String(decoding: item.utf8.dropFirst(citation.utf8.count), as: UTF8.self).trimmed
    guard rest.utf8.first == 0x28, !rest.dropFirst().contains("(") else { return item }
    return citation
  }

  /// An อ้างถึง item with no letter number: an announcement or an order by its office and date,
  /// or a letter cited without a number (a company's); nil when it cites nothing.
  static func unnumberedReference(_ text: String, ocrYears: Bool) -> Citation? {
    // Not a letter (a meeting's report, a law): no citation.
    let s = text.scalarArray
    guard Vocabulary.leading(CitationReader.openers, in: s) != nil else { return nil }
    // An announcement or an order by its office and date (`ประกาศแขวงทางหลวง…ที่ ๑ เรื่อง …
    // ลงวันที่ …`).
    if Vocabulary.leading(DatedAnnouncementCitation.titleWords, in: s) != nil,
      let dated = DatedAnnouncementCitation.find(in: text, ocrYears: ocrYears).first, dated.offset == 0
    {
      return dated.citation
    }
    // A letter cited without a number (a company's letter): its writer and date; the
    // citation ends with the date, as a numbered one does (`… ลงวันที่ ๒๔ กุมภาพันธ์ ๒๕๖๘
    // (Ref. No. ECO/2025/032)`).
    let (issuer, date, dateEnd) = Self.unnumbered(s, ocrYears: ocrYears)
    let raw = dateEnd.map { String(scalars: s[..<$0]).trimmed } ?? text
    return Citation(raw: raw, issuer: issuer, urgency: nil, number: nil, date: date, target: nil, confidence: nil)
  }

  /// An อ้างถึง item that cites two letters joined by `และ` (`หนังสือกรม… ลงวันที่ ๑๘ มี.ค. ๒๕๖๗
  /// และหนังสือกรม… ด่วนมาก ที่ …`): one text for each, cut where a date ends before `และหนังสือ`.
  static func joinedLetters(_ text: String, ocrYears: Bool) -> [String] {
    guard let cut = text.utf8Range(of: " และหนังสือ") ?? text.utf8Range(of: " และ หนังสือ") else { return [text] }
    let head = String(text[..<cut.lowerBound])
    // The first letter's date ends where `และ` begins.
    let s = head.scalarArray
    guard let date = ThaiDateParser.matches(in: s, ocrYears: ocrYears).last, date.scalarRange.upperBound == s.count else {
      return [text]
    }
    let tail = String(String(text[cut.lowerBound...]).trimmed.dropFirst(3).drop { $0 == " " })
    // The second names a letter by its number or date: `และหนังสือที่เกี่ยวข้อง` names none.
    guard tail.contains("/") || !ThaiDateParser.matches(in: tail.scalarArray, ocrYears: ocrYears).isEmpty else {
      return [text]
    }
    return [head] + joinedLetters(tail, ocrYears: ocrYears)
  }

  /// A letter cited without a number (`หนังสือบริษัท … จำกัด ลงวันที่ …`): its writer (the words
  /// between `หนังสือ` and the date's lead), its date, and where the date ends.
  static func unnumbered(
    _ s: [Unicode.Scalar], ocrYears: Bool
  ) -> (issuer: String?, date: DateValue?, dateEnd: Int?) {
    guard let match = ThaiDateParser.matches(in: s, ocrYears: ocrYears).first else { return (nil, nil, nil) }
    var issuer: String?
    if let (_, end) = Vocabulary.leading(Vocabulary.letterWord, in: s) {
      var stop = match.scalarRange.lowerBound
      let before = Array(s[end..<stop])
      for lead in CitationReader.dateLeads.scalars {
        if let r = LooseMatch.find(lead, in: before) {
          stop = end + r.lowerBound
          break
        }
      }
      // The writer ends at an urgency word or a ที่ whose number OCR made unreadable
      // (`จังหวัดลำปาง ด่วนทีสุด ที'ลป 6๐๓๓/ว ดด๒๐.`).
      for marker in writerEnds {
        if let r = LooseMatch.find(marker, in: s, from: end, before: stop) { stop = r.lowerBound }
      }
      let text = String(scalars: s[end..<stop]).trimmed
      issuer = text.isEmpty || Self.describesTheLetter(text) ? nil : text
    }
    return (issuer, DateValue(match), match.scalarRange.upperBound)
  }

  static let writerEnds: [[Unicode.Scalar]] = [" ด่วน", " ที่", " 'ที่"].map { Array($0.unicodeScalars) }

  /// A copy of a letter that has no number, enclosed (`สำเนาหนังสือร้องเรียนของท่าน ลงวันที่ …`): the
  /// letter, from `หนังสือ` to its date; nil unless the title opens so and a date's lead is there.
  static func unnumberedEnclosedLetter(_ title: String, ocrYears: Bool) -> Citation? {
    let s = title.scalarArray
    let start = LooseMatch.end(of: CitationReader.copy, in: s, at: 0) ?? 0
    guard LooseMatch.end(of: CitationReader.letterWord, in: s, at: start) != nil,
      CitationReader.dateLeads.scalars.contains(where: { LooseMatch.find($0, in: s, from: start) != nil })
    else { return nil }
    let letter = Array(s[start...])
    let (issuer, date, end) = unnumbered(letter, ocrYears: ocrYears)
    guard let date, let end else { return nil }
    return Citation(
      raw: String(scalars: letter[..<end]), issuer: issuer, urgency: nil, number: nil, date: date, target: nil,
      confidence: nil)
  }

  /// The words after `หนังสือ` say what the letter is, not who wrote it (`หนังสือร้องเรียนของท่าน`,
  /// a citizen's complaint; `หนังสือขอความอนุเคราะห์…`): no issuer.
  static func describesTheLetter(_ text: String) -> Bool {
    let s = text.scalarArray
    return Vocabulary.leading(letterDescriptions, in: s) != nil || LooseMatch.find(yours, in: s) != nil
  }
  static let letterDescriptions: Keywords = ["ร้องเรียน", "ร้องทุกข์", "ขอความ", "แจ้ง", "ตอบ", "เวียน"]
  static let yours = Array("ของท่าน".unicodeScalars)

  static func enclosures(
    _ lines: [Line], first: (Int, Int), more: [Int], warnings: inout [LetterWarning], ocrYears: Bool = false
  ) -> [Enclosure] {
    items(lines, first: first, more: more).map { item in
      var title = item.text
      var quantity: String?
      if let r = title.lastCharacterRange(of: "จำนวน") {
        let q = String(title[r.upperBound...]).trimmed
        if !q.isEmpty, q.unicodeScalars.count <= 20 {
          quantity = q
          title = String(title[..<r.lowerBound]).trimmed
        } else if let (count, rest) = Self.quantityThenTitle(q), title[..<r.lowerBound].hasSuffix(" "),
          rest.utf8Range(of: "นวน") == nil, item.firstLine.hasSuffix(count)
        {
          // The quantity column beside the title's first line, the title going on under it
          // (`๑. รายงานสรุปผล…      จำนวน ๑ ชุด` / `ปีงบประมาณ พ.ศ. ๒๕๖๗`): the quantity ends the
          // item's first line. Not when another quantity follows (`จ้านวน ๑ ชุด`): two items
          // OCR ran together.
          quantity = count
          title = String(title[..<r.lowerBound]).trimmed + " " + rest
        }
      }
      // Leaders between the title and its quantity (`แบบรายงาน ............ จำนวน ๑ ชุด`).
      title = Vocabulary.stripLeaders(title).trimmed
      // A list bullet on the label's line (`สิ่งที่ส่งมาด้วย  • กำหนดการ…`); on a line of its own
      // the line's markup is already gone.
      // (Compared on the bytes: `String.hasPrefix` compares Characters, a tenth of the items' cost.)
      if let bullet = Line.bullets.first(where: { title.hasUTF8Prefix($0) && $0 != "- " }) {
        title = String(title.dropFirst(bullet.count)).trimmed
      }
      var letter: Citation?
      if let found = CitationReader.find(in: title, strict: false, ocrYears: ocrYears).first {
        letter = found.citation
        if found.withoutPrefix {
          warnings.append(
            LetterWarning(.numberWithoutPrefix, "cited number printed without its office prefix", line: item.line))
        }
      } else {
        // A letter with no number (a company's, a citizen's), or an announcement or an order
        // by its office and date (`สำเนาประกาศกระทรวงมหาดไทย เรื่อง … ลงวันที่ …`).
        letter =
          Self.unnumberedEnclosedLetter(title, ocrYears: ocrYears)
          ?? DatedAnnouncementCitation.find(in: title, ocrYears: ocrYears).first?.citation
      }
      return Enclosure(index: item.index, title: title, quantity: quantity, letter: letter)
    }
  }
}
