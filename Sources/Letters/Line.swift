import Foundation
import ThaiText

/// One normalized source line as the parser sees it.
///
/// A final class, not a struct: readers copy lines out of `[Line]` all the time
/// (`let line = lines[i]`), and a struct copy retained and released its text, scalars and
/// cells one by one (about a tenth of the parse's reference counting). Every field is a `let`,
/// so sharing one instance is the same as copying it.
final class Line: Sendable {
  /// 1-based line number in the source file.
  let number: Int
  /// Spaces collapsed, ends trimmed, list bullets and markdown marks gone.
  let text: String
  let scalars: [Unicode.Scalar]
  /// A form feed or page-break marker.
  let isPageBreak: Bool
  /// A form feed stood before the text: the line opens a page.
  let opensPage: Bool
  /// Page furniture: `- ๒ -` page numbers, `/ลงทะเบียน...` continuation words.
  let furniture: Furniture?
  /// A markdown list bullet stood before the text.
  let bulleted: Bool
  /// The line opens a chat message (its time and sender taken off): it goes on no line above.
  let opensMessage: Bool
  /// The bullet was a list's mark (`•`, what the markdown cleaner makes of `- `), not a dash
  /// that plain OCR may set before any line.
  let listBullet: Bool
  /// Tab-separated columns (OCR tables), each collapsed; one cell for an ordinary line.
  let cells: [String]
  /// Leading white space, in columns (a tab counts 4): a paragraph's indented first line.
  let indent: Int
  /// Gaps of three spaces or more between the source line's words (``SpacedColumns``): a table
  /// typed with spaces has one fewer than its columns, a sentence none.
  let columnGaps: Int
  /// The line's first cell stood far right of the margin (``SpacedColumns``): under a table's row,
  /// the row's cells wrapped, its first columns empty.
  let cellsIndented: Bool

  enum Furniture: Equatable {
    /// OCR debris: symbols and lone letters with no Thai word in them (`=% ฆ ฆ่`), a speck
    /// read as punctuation (`,`), or an OCR's placeholder for a picture (`[ตราครุฑ]`).
    case debris
    case pageNumber
    /// A rule drawn with dashes or underscores (`------`).
    case rule
    /// What an electronic document system prints on the page (``SystemFurniture``): a print
    /// banner, a document id, a QR code's caption, where to verify the document; and what a
    /// fax, a copier or a scanner app prints on it (``DeviceFurniture``).
    case system
    /// The continuation word printed at the foot of a page; `startsItem` when it is a
    /// numbered item (`/๒. การนำสื่อ ...`), which begins a paragraph of its own.
    case continuation(startsItem: Bool)

    var isContinuation: Bool {
      if case .continuation = self { return true }
      return false
    }
  }

  /// A chat export's message line (LINE: `14:21<TAB>ปลัดวิชัย ศรีทอง<TAB>"ที่ อด ๐๓๑๘/ว ๔๕๗`): the
  /// message, without the time, the sender and the quote a message of several lines opens with;
  /// nil for any other line (its first bytes are no `HH:MM` and a tab).
  static func chatMessage(_ raw: String) -> String? {
    // Asked of every line: the first byte alone turns nearly all away, with nothing allocated.
    let digit = { (b: UInt8?) in b.map { (0x30...0x39).contains($0) } == true }
    var it = raw.utf8.makeIterator()
    guard digit(it.next()), raw.utf8.count > 8, digit(it.next()), it.next() == 0x3A, digit(it.next()), digit(it.next()),
      it.next() == 0x09
    else { return nil }
    let rest = raw.utf8.dropFirst(6)
    guard let tab = rest.prefix(120).firstIndex(of: 0x09) else { return nil }
    var message = Substring(raw.utf8[raw.utf8.index(after: tab)...])
    if message.utf8.first == 0x22 { message = message.dropFirst() }
    return String(message)
  }

  /// A form's ruled row as plain OCR prints it, at the page's left edge (`| ที่ มท ๐๒๓๐/ว ๑๔๗
  /// | ลงวันที่ …`, `|_______|______`): the row with its cells apart by tabs as a table's
  /// (``cells``), its rules left out; nil for any other line, and for a stamp's closed box
  /// (`| เลขรับ 4127 |`), which the header reader takes whole.
  static func ruledRow(_ raw: String) -> String? {
    // Asked of every line: the first byte turns nearly all away, the second the indented ones.
    let utf8 = raw.utf8
    guard let first = utf8.first, first == 0x7C || first == 0x20 && utf8.dropFirst().first == 0x7C else { return nil }
    let bytes = Array(raw.utf8)
    let open = bytes.firstIndex(of: 0x7C)!
    var end = bytes.count
    while end > open + 1, bytes[end - 1] == 0x20 { end -= 1 }
    let closed = end > open + 1 && bytes[end - 1] == 0x7C
    if closed { end -= 1 }
    let cells = bytes[(open + 1)..<end].split(separator: 0x7C, omittingEmptySubsequences: false)
    // A closed box of digits alone (`|   5312   |`) is a form's row that a number went on to.
    // (Thai digits are E0 B9 90…99: no other scalar is made of these bytes alone.)
    let digitsOnly =
      cells.count == 1 && cells[0].contains { $0 != 0x20 }
      && cells[0].allSatisfy { $0 == 0x20 || (0x30...0x39).contains($0) || $0 == 0xE0 || $0 == 0xB9 || (0x90...0x99).contains($0) }
    guard cells.count > 1 || !closed || digitsOnly else { return nil }
    // A cell of nothing but the rule's strokes is no text; a lone dash is a table's "none" (`| - |`).
    let kept = cells.map { cell in
      cell.allSatisfy { $0 == 0x5F || $0 == 0x2D || $0 == 0x20 } && !cell.filter({ $0 != 0x20 }).elementsEqual([0x2D]) ? [] : Array(cell)
    }
    return String(decoding: Array(kept.joined(separator: [0x09])), as: UTF8.self)
  }

  var isBlank: Bool { scalars.isEmpty && !isPageBreak }
  /// Blank, a page break or furniture: nothing the letter says.
  var isEmptyish: Bool { scalars.isEmpty || isPageBreak || furniture != nil }

  init(number: Int, raw: String, columnGaps: Int = 0, cellsIndented: Bool = false) {
    self.number = number
    var raw = raw
    if let message = Line.chatMessage(raw) {
      raw = message
      opensMessage = true
    } else {
      opensMessage = false
    }
    if let row = Line.ruledRow(raw) { raw = row }
    // One pass over the bytes: page breaks out, tabs kept apart for the table cells, and
    // whether there are spaces to collapse at all (most lines have none: the collapsing
    // scan, another pass over every line, is left out for them).
    var pageBreak = false
    var hasTab = false
    var hasEmphasis = false
    var mayCollapse = false
    raw.withUTF8 { bytes in
      // Eight bytes a step past words with no control byte or space, no `*` or `_` and no
      // A0 (``WordScan``): this pass also tells `stripMarkup` whether to look for emphasis.
      guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last else { return }
      // What `collapsingSpaces` trims: a space, a tab or a no-break space (C2 A0) at an end.
      mayCollapse = first == 0x20 || first == 0x09 || first == 0xC2 || last == 0x20 || last == 0x09 || last == 0xA0
      let raw = UnsafeRawPointer(base)
      let (star, low, a0) = (WordScan.broadcast(0x2A), WordScan.broadcast(0x5F), WordScan.broadcast(0xA0))
      var i = 0
      var lastSpace = -2
      while i < bytes.count {
        if i + 8 <= bytes.count {
          let w = WordScan.load(raw, i)
          // A word of Thai letters alone (no ASCII byte) can only hold an A0 (``WordScan/allHigh(_:)``).
          let found =
            WordScan.allHigh(w)
            ? WordScan.hasByte(w, a0)
            : WordScan.hasByteBelow(w, 0x21) | WordScan.hasByte(w, star) | WordScan.hasByte(w, low)
              | WordScan.hasByte(w, a0)
          if found == 0 {
            i += 8
            continue
          }
          // Straight to the first byte found: the bytes before it are none of them
          // (``WordScan/firstFound(_:)``).
          i += WordScan.firstFound(found)
        }
        switch bytes[i] {
        case 0x0C: pageBreak = true
        case 0x09: hasTab = true
        case 0x2A, 0x5F: hasEmphasis = true
        case 0x20:
          if lastSpace == i - 1 { mayCollapse = true }  // two spaces together
          lastSpace = i
        case 0xA0: mayCollapse = true  // perhaps a no-break space (C2 A0)
        default: break
        }
        i += 1
      }
    }
    if pageBreak { raw = String(decoding: raw.utf8.filter { $0 != 0x0C }, as: UTF8.self) }
    var indent = 0
    for b in raw.utf8 {
      guard b == 0x20 || b == 0x09 else { break }
      indent += b == 0x09 ? 4 : 1
    }
    self.indent = indent
    self.columnGaps = columnGaps
    self.cellsIndented = cellsIndented
    self.cells =
      hasTab
      ? raw.utf8.split(separator: 0x09).map { Line.stripped(String(decoding: $0, as: UTF8.self).collapsingSpaces()) }
        .filter { !$0.isEmpty }
      : []
    // A tab, or a form feed taken out from between two spaces, leaves something to collapse.
    let collapsed = mayCollapse || hasTab || pageBreak ? raw.collapsingSpaces() : raw
    // Collapsing takes out spaces and form feeds only: the emphasis marks are all still there.
    var (text, hadMarkup) = Line.strippedMarkup(collapsed, hasEmphasis: hasEmphasis)
    self.bulleted = text.utf8.count != collapsed.utf8.count && Line.startsWithBullet(collapsed)
    self.listBullet = bulleted && !collapsed.hasUTF8Prefix("- ") && !collapsed.hasUTF8Prefix("* ")
    var scalars = text.scalarArray
    // `**คำลงท้าย:** ขอแสดงความนับถือ`: the part as if the model had not labelled it.
    if let start = OCRRemark.madeUpLabelEnd(scalars) {
      text = String(String.UnicodeScalarView(scalars[start...]))
      scalars = Array(scalars[start...])
      hadMarkup = true
    } else if let inner = OCRRemark.handwriting(scalars) {
      // `[ลายมือเขียน: เรียน ผอ. เพื่อโปรดทราบ]`: what the hand wrote, as if printed.
      scalars = Array(inner)
      text = String(String.UnicodeScalarView(scalars))
      hadMarkup = true
    }
    self.text = text
    self.scalars = scalars
    self.isPageBreak = pageBreak && scalars.isEmpty || Line.isPageMarker(scalars)
    self.opensPage = pageBreak && !scalars.isEmpty
    // Before markup stripping: `- ๒ -` is a page number, not a list item. Most lines have no
    // markup: their scalars are the text's, already decoded.
    self.furniture = Line.furniture(hadMarkup ? collapsed.scalarArray : scalars)
  }

  /// Markup stripped, and what it stood between normalized again: the spaces (`ชุด **** ขอ`)
  /// and marks it kept apart (`ห่**ู` must become NFC `หู่`).
  static func stripped(_ collapsed: String) -> String { strippedMarkup(collapsed).text }

  /// `stripped`, and whether there was markup to strip (`stripMarkup` only removes, so an
  /// unchanged length means unchanged text).
  static func strippedMarkup(_ collapsed: String, hasEmphasis: Bool? = nil) -> (text: String, changed: Bool) {
    let text = stripMarkup(collapsed, hasEmphasis: hasEmphasis)
    if text.utf8.count == collapsed.utf8.count { return (text, false) }
    return (ThaiNormalizer()(text).collapsingSpaces(), true)
  }

  /// List bullets: markdown's, and the ones word processors and their OCR exports print.
  static let bullets = ["- ", "* ", "• ", "➢ ", "● ", "○ ", "▪ ", "■ ", "◦ "]

  static func startsWithBullet(_ text: String) -> Bool { bullets.contains { text.hasUTF8Prefix($0) } }

  /// Markdown that LLM OCR and plain OCR leave at a line's start: `#` headings, `**bold**`,
  /// list bullets `- ` / `* ` / `• `, `>` quotes.
  /// `hasEmphasis`: whether the text holds a `*` or `_`, when the caller knows.
  static func stripMarkup(_ text: String, hasEmphasis known: Bool? = nil) -> String {
    var copy = text
    var first: UInt8 = 0
    var hasEmphasis = false
    copy.withUTF8 { bytes in
      first = bytes.first ?? 0
      hasEmphasis = known ?? (Byte.firstIndex(ofAny: (0x2A, 0x5F, 0x2A, 0x5F), in: bytes, from: 0) < bytes.count)
    }
    guard first != 0 else { return text }
    // Fast path: nothing that could be markup.
    let markupStart =
      first == 0x23 || first == 0x3E || first == 0x2D || first == 0x2A || first == 0x3C
      || first == 0xE2  // • ➢
    if !markupStart && !hasEmphasis { return text }
    var s = Substring(text)
    // A heading's marks (`## บันทึกข้อความ`, a model's `##บันทึกข้อความ`) go; a line of a post's
    // hashtags (`#สสจ.ขอนแก่น #รับสมัครงาน`) is kept whole (``WrapperText`` tells the post by it).
    // A single `#` before a word, with another hashtag after it on the line, is kept.
    if first == 0x23, let after = s.dropFirst().first, after != "#", after != " ", after != "\t",
      text.utf8Range(of: " #") != nil
    {
      return text
    }
    while let c = s.first, c == "#" || c == ">" { s = s.dropFirst() }
    s = Substring(String(s).trimmed)
    for bullet in bullets where s.hasPrefix(bullet) {
      s = s.dropFirst(bullet.count)
      break
    }
    var out = String(s)
    if hasEmphasis {
      out = out.replacingAll("**", with: "")
      // `___` is a fill-in blank or a leader as Tesseract reads it, not bold: left whole.
      if out.utf8Range(of: "___") == nil { out = out.replacingAll("__", with: "") }
    }
    // <https://…> autolinks keep their text.
    if out.hasPrefix("<http"), out.hasSuffix(">") { out = String(out.dropFirst().dropLast()) }
    return out.trimmed
  }

  /// Whether `s` holds an ASCII symbol that specks and stamps leave and Thai text does not use
  /// (`=`, `%`, `#`, `~`, `^`, `|`, `\`, `` ` ``).
  static func hasSpeckSymbol(_ s: [Unicode.Scalar]) -> Bool {
    // A switch on the value, not a search of a string's scalars for every scalar: every
    // short line is tested.
    s.contains {
      switch $0.value {
      case 0x3D, 0x25, 0x23, 0x7E, 0x5E, 0x7C, 0x5C, 0x60: true  // = % # ~ ^ | \ `
      default: false
      }
    }
  }

  /// A line of a few punctuation marks and nothing else (`,`, ` .`, `~ '`): a speck OCR read
  /// as punctuation. No letter prints such a line (brackets are left alone: a wrapped line may
  /// close one). One lone Thai letter may stand among two marks or more (`ฆ ' ,`, a speck read
  /// as a letter); with one mark (`ก.`) it may be an item's label.
  static func isPunctuationSpeck(_ s: [Unicode.Scalar]) -> Bool {
    // Up to four marks, spaces between them (`. · '`).
    guard s.count <= 4 || s.count <= 9 && s.filter({ $0 != " " }).count <= 4 else { return false }
    var marks = 0
    var letters = 0
    for c in s {
      switch c {
      case " ": continue
      case ",", ".", "'", "\"", ";", ":", "~", "`", "-", "_", "*", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}",
        "\u{00B7}":
        marks += 1
      default:
        let o = LetterNumberReader.thaiOffset(c)
        if ThaiCharacter.isConsonant(o) {
          letters += 1
        } else if !ThaiCharacter.isCombining(o) {
          return false
        }
      }
    }
    return letters == 0 ? marks > 0 : letters == 1 && marks >= 2
  }

  /// What an LLM-based OCR writes where the page has a picture, alone on a line: `[ตราครุฑ]`,
  /// `[ลายมือชื่อ]`, `[image]`. Only bracketed text naming a picture counts: `[๑]` or
  /// `[ฉบับร่าง]` may be the letter's own.
  static func isPicturePlaceholder(_ s: [Unicode.Scalar]) -> Bool {
    // `(ลายเซ็น)`: where the hand signed, in round brackets above the bracketed name; bare, as
    // what Nanonets-OCR writes between its `<signature>` tags.
    if s.count <= 14, s.first == "(", s.last == ")",
      signatureWords.contains(where: { $0.count == s.count - 2 && $0.elementsEqual(s.dropFirst().dropLast()) })
    {
      return true
    }
    if s.count <= 10, signatureWords.contains(where: { $0.elementsEqual(s) }) { return true }
    if isLabelledDescription(s) { return true }
    guard s.count >= 3, s.count <= 40, s.first == "[", s.last == "]" else { return false }
    let inner = s.dropFirst().dropLast()
    guard !inner.contains("["), !inner.contains("]") else { return false }
    let text = String(scalars: inner).lowercased()
    return Self.pictureWords.contains { text.contains($0) }
  }

  /// A vision model's description of a stamp or signature, labelled (`[ตราประทับ: สำนักงาน…
  /// พร้อมลายมือชื่อย่อกำกับตรา]`, `[Stamp: …]`): a colon within the first words. A receipt
  /// stamp described so (`เลขรับ …`) is left for the receipt reader.
  static func isLabelledDescription(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count > 40, s.count <= 200, s.first == "[", s.last == "]",
      let colon = s.prefix(24).firstIndex(of: ":")
    else { return false }
    let label = String(scalars: s[1..<colon]).lowercased()
    guard stampWords.contains(where: { label.hasPrefix($0) }) else { return false }
    let text = String(scalars: s)
    return text.utf8Range(of: "เลขรับ") == nil && text.utf8Range(of: "รับที่") == nil
  }

  /// What a labelled description is of: a stamp or a signature (a QR code's is its caption,
  /// which a letter may end with: 505).
  static let stampWords = ["ตรา", "stamp", "seal", "signature", "ลายมือชื่อ", "ลายเซ็น"]

  /// What a placeholder in round brackets stands for: the hand's signature.
  static let signatureWords = ["ลายเซ็น", "ลายมือชื่อ", "signature", "Signature"].map { Array($0.unicodeScalars) }

  /// An LLM OCR's caption for the emblem it saw (`ภาพที่ 1: ตราครุฑ ตราสัญลักษณ์ประจำหน่วยงาน
  /// ราชการ`, `Figure 1: Garuda emblem`): it opens with a picture word and names the emblem.
  static func isPictureCaption(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 6, s.count <= 100, s[0] == "ภ" || s[0] == "ร" || s[0] == "I" || s[0] == "F" || s[0] == "ค",
      Self.captionOpeners.contains(where: { s.starts(with: $0) })
    else { return false }
    let lower = String(scalars: s).lowercased()
    return Self.emblemWords.contains { lower.contains($0) }
  }

  static let captionOpeners = ["ภาพที่", "ภาพ:", "รูปที่", "รูปภาพ", "Image", "Figure", "คำอธิบายภาพ"].map {
    Array($0.unicodeScalars)
  }
  static let emblemWords = ["ครุฑ", "ตราสัญลักษณ์", "โลโก้", "garuda", "emblem", "logo"]

  /// Words naming a picture in an OCR placeholder.
  static let pictureWords = [
    "ตรา", "ครุฑ", "รูป", "ภาพ", "ลายมือชื่อ", "ลายเซ็น", "โลโก้", "image", "logo", "emblem", "seal",
    "signature", "stamp", "figure", "photo", "picture", "garuda", "qr code", "คิวอาร์โค้ด",
  ]

  /// A later page's running head: text, then ` - 2 - ` (one or two digits between dashes, spaces
  /// around), then a date (`Professor Hendrik de Vries   - 2 -   17 February 2026`). (A score,
  /// `ทีมบ้านหนองบัว - 2 - 1 ทีมบ้านโนนสูง`, ends with no date.)
  static func isRunningHeadWithNumber(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 12 else { return false }
    // (Every dash set apart by spaces is tried: `Secretary-General` has one of its own.)
    var dash = 2
    while dash + 4 < s.count {
      defer { dash += 1 }
      guard s[dash] == "-", s[dash - 1] == " ", !ThaiDigits.isDigit(s[dash - 2]) else { continue }
      var k = dash + 1
      while k < s.count, s[k] == " " { k += 1 }
      let digits = k
      while k < s.count, ThaiDigits.isDigit(s[k]) { k += 1 }
      guard (1...2).contains(k - digits) else { continue }
      while k < s.count, s[k] == " " { k += 1 }
      guard k + 2 < s.count, s[k] == "-", s[k + 1] == " " else { continue }
      let tail = Array(s[(k + 2)...])
      if let date = ThaiDateParser.matches(in: tail).first, date.scalarRange.upperBound == tail.count { return true }
    }
    return false
  }

  /// ASCII symbols (`=`, `%`, `#`, `~`, `^`) mixed with lone Thai letters, no digit, and no
  /// run of two Thai letters: what OCR makes of specks and stamps. Or the remnant of the garuda
  /// a photographed page's OCR read among its specks (`( ครุ  ,  %@ ~`, `~ @ (คร ุฑ) %`): its
  /// only letters are those of ครุฑ.
  static func isDebris(_ s: [Unicode.Scalar]) -> Bool {
    // Longer when no letter stands in it at all (`,  ฯ ~ ' ,, | ,, ' ~ ฯ  ,`, a seal's rim).
    guard s.count <= 20 || s.count <= 60 && !s.contains(where: { ThaiCharacter.isConsonant(LetterNumberReader.thaiOffset($0)) })
    else { return false }
    // (The garuda's remnant may stand in brackets and specks of punctuation alone: `, ( คุ ) '`.)
    let speck = hasSpeckSymbol(s)
    guard speck || s.contains("(") else { return false }
    var run = 0
    var word = false
    var garuda = true
    var letters = false
    // A Latin letter alone among the specks (`~ = , ' . i  %   _`), as a lone Thai one is.
    var latin = 0
    for c in s {
      if ThaiDigits.isDigit(c) { return false }
      if c.value < 0x80, c.properties.isAlphabetic {
        latin += 1
        if latin >= 2 || !speck { return false }
        continue
      }
      latin = 0
      let o = LetterNumberReader.thaiOffset(c)
      if ThaiCharacter.isConsonant(o) {
        run += 1
        if run >= 2 { word = true }
        if c != "ค" && c != "ร" && c != "ฑ" { garuda = false }
        letters = true
      } else if ThaiCharacter.isCombining(o) {
        // (ครุฑ's only mark is ุ: `(ครู)` is a word.)
        if c != "\u{0E38}" { garuda = false }
      } else {
        run = 0
      }
    }
    // (With no speck symbol, the remnant shows the garuda's ุ or ฑ: `(ค)` is an item's mark.)
    return speck ? !word || garuda : letters && garuda && s.contains { $0 == "\u{0E38}" || $0 == "ฑ" }
  }

  /// A row of lone characters, a space between each (`ๆ ร ' ฯ ะ , ค`): what OCR makes of a page
  /// scanned upside down (หน้ากลับหัว). Five or more one-scalar tokens, two of them marks of
  /// punctuation and two Thai; no digit and no Latin letter (`๑ ๒ ๓`, `a , b` are text), and
  /// no word of two letters or more.
  static func isLoneCharacterRow(_ s: [Unicode.Scalar]) -> Bool {
    // Asked of every line: the second scalar a space turns nearly all away.
    guard s.count >= 9, s.count <= 40, s[1] == " " else { return false }
    var tokens = 0
    var marks = 0
    var thai = 0
    var i = 0
    while i < s.count {
      guard s[i] != " " else {
        i += 1
        continue
      }
      guard i + 1 == s.count || s[i + 1] == " " else { return false }
      let c = s[i]
      if ThaiDigits.isDigit(c) || c.value < 0x80 && c.properties.isAlphabetic { return false }
      if c.value < 0x80 { marks += 1 } else if (0x0E01...0x0E5B).contains(c.value) { thai += 1 } else { return false }
      tokens += 1
      i += 1
    }
    return tokens >= 5 && marks >= 2 && thai >= 2
  }

  /// `--- หน้า 2 ---`, `=== Page 2 ===`, `-- หน้า 2/3 --`: a marker typed (or written by an
  /// OCR) between two pages, a page break as a form feed is.
  static func isPageMarker(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 10, s.count <= 40 else { return false }
    func isDash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "=" || c == "_" || c == "*" || c == "─" }
    let lead = s.prefix(while: isDash).count
    let trail = s.reversed().prefix(while: isDash).count
    guard lead >= 2, trail >= 2, lead + trail < s.count else { return false }
    let inner = String(scalars: s[lead..<(s.count - trail)]).trimmed
    let word = ["หน้า", "Page", "page", "PAGE"].first { inner.hasPrefix($0) }
    guard let word else { return false }
    let count = inner.dropFirst(word.count).unicodeScalars.filter { $0 != " " }
    return isPageCount(Array(count))
  }

  /// `/ต่อหน้า ๒`, `/ต่อ`, `/(ต่อ)`, `(ต่อ)`, `ต่อหน้า ๒`: printed at a page's foot for what goes on.
  static func isOverleafMark(_ s: [Unicode.Scalar]) -> Bool {
    // `.../2`: the next page's number after leaders, an English page's mark that it goes on.
    if s.count <= 8, s.first == "." || s.first == "…", let slash = s.firstIndex(of: "/"),
      s[..<slash].allSatisfy({ $0 == "." || $0 == "…" }), slash + 1 < s.count, s[(slash + 1)...].allSatisfy(ThaiDigits.isDigit)
    {
      return true
    }
    var rest = s[...]
    if rest.first == "/" { rest = rest.dropFirst() }
    while rest.first == " " { rest = rest.dropFirst() }
    let bracketed = rest.first == "("
    if bracketed { rest = rest.dropFirst() }
    guard rest.starts(with: overleafWord) else { return false }
    rest = rest.dropFirst(overleafWord.count)
    if bracketed {
      guard rest.first == ")" else { return false }
      rest = rest.dropFirst()
    }
    guard s.first == "/" || bracketed || rest.starts(with: pageWord) else { return false }
    if rest.starts(with: pageWord) { rest = rest.dropFirst(pageWord.count) }
    // `/ต่อ...` is a continuation word (the next page begins `ต่อ…`), not this mark.
    let count = rest.filter { $0 != " " }
    return count.isEmpty || count.allSatisfy(ThaiDigits.isDigit)
  }

  static let overleafWord = Array("ต่อ".unicodeScalars)
  static let continuedWord = Array("(ต่อ)".unicodeScalars)

  static let pageWord = Array("หน้า".unicodeScalars)
  static let englishPageWord = Array("page".unicodeScalars)
  static let englishOfWord = Array("of".unicodeScalars)
  static let englishPageWordCapital = Array("Page".unicodeScalars)
  static let ofWord = Array("จาก".unicodeScalars)

  /// `๒`, `๑/๒`, `2จาก3`: a page's number, and the count of pages after `/` or จาก.
  static func isPageCount(_ s: [Unicode.Scalar]) -> Bool {
    let number = s.prefix(while: ThaiDigits.isDigit).count
    guard number > 0 else { return false }
    var rest = s.dropFirst(number)
    if rest.isEmpty { return true }
    if rest.first == "/" {
      rest = rest.dropFirst()
    } else if rest.starts(with: ofWord) {
      rest = rest.dropFirst(ofWord.count)
    } else if rest.starts(with: englishOfWord) {
      rest = rest.dropFirst(englishOfWord.count)
    } else {
      return false
    }
    return !rest.isEmpty && rest.allSatisfy(ThaiDigits.isDigit)
  }

  static func furniture(_ s: [Unicode.Scalar]) -> Furniture? {
    guard !s.isEmpty else { return nil }
    if s.count >= 3, s.allSatisfy({ $0 == "-" || $0 == "_" || $0 == "=" || $0 == "─" }) { return .rule }
    // A tear-off line over a reply slip (`- - - - - - -`, `-- -- --`): dashes set apart.
    if s.count >= 9, s.first == "-", s.allSatisfy({ $0 == "-" || $0 == " " }), s.filter({ $0 == "-" }).count >= 5 {
      return .rule
    }
    // A row of dotted leaders, as Tesseract reads them too (`.....,,...___...`).
    if s.count >= 5, s.allSatisfy({ $0 == "." || $0 == "…" || $0 == " " || $0 == "," || $0 == "_" }),
      s.contains(where: { $0 != "," && $0 != " " })
    {
      return .rule
    }
    if isDebris(s) || isPunctuationSpeck(s) || isPicturePlaceholder(s) || isPictureCaption(s) || isLoneCharacterRow(s) {
      return .debris
    }
    if SystemFurniture.isSystemLine(s) || DeviceFurniture.isDeviceLine(s) { return .system }
    // The Royal Gazette's running header: a page's furniture, as a page number is.
    if GazetteHeader.isRunningHeader(s) { return .pageNumber }
    if OCRRemark.isRemark(s) { return .debris }
    // `๑7`: Thai and Arabic digits in one short token — a speck Tesseract makes, no number.
    if s.count <= 3, s.contains(where: { (0x0E50...0x0E59).contains($0.value) }),
      s.contains(where: { (0x30...0x39).contains($0.value) }), s.allSatisfy(ThaiDigits.isDigit)
    {
      return .debris
    }
    // `[^1]: …`: a markdown footnote's text at the page's foot (LLM OCR), no part of a field.
    if s.count >= 5, s[0] == "[", s[1] == "^", let close = s.firstIndex(of: "]"), close + 1 < s.count,
      s[close + 1] == ":", s[2..<close].allSatisfy({ ThaiDigits.isDigit($0) || $0.properties.isAlphabetic })
    {
      return .debris
    }
    // `(ต่อ) ที่ กค ๐๔๐๕.๒/ว ๔๗๒ ลงวันที่ …`: a later page's head, naming the letter it goes on
    // (however long: the segmenter and the body pass it over as they pass a page's number).
    if s.first == "(", s.starts(with: continuedWord),
      Vocabulary.field(Vocabulary.number, in: Array(s.dropFirst(continuedWord.count).drop { $0 == " " })) != nil
    {
      return .pageNumber
    }
    guard s.count < 80 else { return nil }
    // - ๒ -   /   -๒-
    if s.first == "-", s.last == "-", s.count >= 3 {
      let inner = s.dropFirst().dropLast().filter { $0 != " " }
      if !inner.isEmpty, inner.allSatisfy(ThaiDigits.isDigit) { return .pageNumber }
    }
    // `Professor Hendrik de Vries   - 2 -   17 February 2026`: a later page's running head, the
    // addressee and the date on either side of the page's number.
    if isRunningHeadWithNumber(s) { return .pageNumber }
    // (๒): a page's number in brackets.
    if s.count >= 3, s.count <= 5, s.first == "(", s.last == ")",
      s.dropFirst().dropLast().allSatisfy(ThaiDigits.isDigit)
    {
      return .pageNumber
    }
    // /ต่อหน้า ๒   /(ต่อ)   (ต่อ): the page goes on overleaf, no word of it printed; whether the
    // paragraph goes on is the next page's to tell, as after a page's number.
    if s.count <= 16, isOverleafMark(s) { return .pageNumber }
    // [หน้า ๒] / [Page 2]: a vision model's note of where a page begins.
    if s.count <= 20, s.first == "[", s.last == "]" {
      let inner = Array(s.dropFirst().dropLast())
      for word in [pageWord, englishPageWord, englishPageWordCapital] where inner.starts(with: word) {
        if isPageCount(inner.dropFirst(word.count).filter { $0 != " " }) { return .pageNumber }
      }
    }
    // หน้า ๒ / หน้า ๑/๒ / หน้า 2 จาก 3 / Page 1 of 3: a word processor's page footer or header.
    if s.count <= 16 {
      for word in [pageWord, englishPageWordCapital] where s.starts(with: word) {
        if isPageCount(s.dropFirst(word.count).filter { $0 != " " }) { return .pageNumber }
      }
    }
    // /ลงทะเบียน...   /๒. การนำสื่อ ...   /ต่อ…
    if s.first == "/", s.count >= 3 {
      let text = String(scalars: s)
      if text.hasSuffix("...") || text.hasSuffix("..") || text.hasSuffix("…") {
        let rest = s.dropFirst()
        let startsItem = rest.first.map(ThaiDigits.isDigit) ?? false
        return .continuation(startsItem: startsItem)
      }
    }
    return nil
  }
}

extension String {
  /// Every occurrence of an ASCII `target` replaced, byte by byte (Foundation's
  /// `range(of:)` folds grapheme clusters and is far slower on Thai).
  func replacingAll(_ target: String, with replacement: String) -> String {
    let t = Array(target.utf8)
    guard !t.isEmpty else { return self }
    let bytes = Array(utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if bytes[i] == t[0], i + t.count <= bytes.count, Array(bytes[i..<(i + t.count)]) == t {
        out += replacement.utf8
        i += t.count
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
