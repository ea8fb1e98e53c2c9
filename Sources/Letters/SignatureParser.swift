import Foundation
import ThaiText

/// ลงชื่อ and the contact block: what follows the closing of a letter.
enum SignatureParser {
  /// The result of reading a letter's foot.
  struct Foot {
    var signature: Signature?
    var contact = Contact()
    /// Where the foot's last line is (the letter ends here; anything after is an annex).
    var end: Int
    /// Lines of the contact block with a phone, for the phone-in-people rule.
    var stampOffice: String?
  }

  /// Reads from `start` (the line after the closing) to the end of the signature and the
  /// contact block, stopping at the first line that belongs to neither.
  static func read(_ lines: [Line], from start: Int, limit: Int, expectSignature: Bool = true) -> Foot {
    if expectSignature, let grid = readGrid(lines, from: start, limit: limit) {
      var foot = read(lines, from: grid.end + 1, limit: limit, expectSignature: false)
      foot.signature = grid.signature
      foot.end = max(foot.end, grid.end)
      return foot
    }
    var foot = Foot(end: start - 1)
    var k = start
    // The name in brackets, with a rank or title on its own line(s) above it.
    var rank: [String] = []
    var nameLine: Int?
    var scan = k
    // An electronic signature's picture placeholder (`[ลายมือชื่ออิเล็กทรอนิกส์]`) was seen.
    var signaturePicture = false
    // A position read above the name, the signer's when none stands under it.
    var above: String?
    // The name as a copy's `(ลงชื่อ) …` line gives it, bracketed as a name line is.
    var signedText: String?
    while scan < limit, scan - start < 12 {
      let line = lines[scan]
      if line.isEmptyish {
        if line.furniture == .debris, Line.isPicturePlaceholder(line.scalars) { signaturePicture = true }
        scan += 1
        continue
      }
      // `(ลงชื่อ) ประพันธ์ ศรีบุญเรือง` above the bracketed name: where a copy stands for the
      // hand's signature.
      if isSignedLine(line.scalars) {
        // A copy with no bracketed name under it (a radio message's `(ลงชื่อ) ธีรวัฒน์ หะยีมะ`):
        // the name after ลงชื่อ is the signer's.
        if let name = signedName(line.scalars), !bracketedNameFollows(lines, after: scan, limit: limit) {
          nameLine = scan
          signedText = "(" + name + ")"
          break
        }
        scan += 1
        continue
      }
      // Under the placeholder, the signer's name as the system prints it: no brackets.
      if signaturePicture, isUnbracketedName(line.scalars) {
        nameLine = scan
        break
      }
      // Under a rank on its own line (`พลโท`), one word in brackets is the name OCR glued
      // together (`(ณรงค์ฤทธิ์ศักดิ์สิทธิ์)`, hOCR of 508 and 907).
      if isBracketedName(line.scalars) || !rank.isEmpty && isGluedNameUnderRank(line.scalars, rank: rank) {
        nameLine = scan
        break
      }
      if isSpeck(line.scalars) {
        scan += 1
        continue
      }
      // Right under a QR code's caption (`สแกนเพื่อดาวน์โหลด`), a short line is the caption going
      // on (`ระเบียบวาระการประชุม`), set beside the signature: no rank.
      if scan > start, lines[scan - 1].furniture == .system, line.scalars.count <= 25,
        SystemFurniture.isScanCaption(lines[scan - 1].scalars)
      {
        scan += 1
        continue
      }
      if line.scalars.count <= 25, !isContactLine(line) {
        rank.append(line.text)
        scan += 1
        continue
      }
      // The position set above the name: an LLM that read the signature block out of order.
      if above == nil, line.scalars.count <= 90, isPosition(line.scalars), !isContactLine(line) {
        above = Self.withoutPositionLabel(line.text)
        scan += 1
        continue
      }
      break
    }
    if let nameLine {
      let text = signedText ?? roundBracketed(lines[nameLine].scalars).map { String(scalars: $0) } ?? lines[nameLine].text
      let open = text.firstIndex(of: "(")
      let sameLineRank = open.map { String(text[..<$0]).trimmed } ?? ""
      // Without its opening bracket (OCR lost it) the name is the whole line.
      var inner = open.map { text[text.index(after: $0)...] } ?? text[...]
      // A speck after the closing bracket (`(นางสาววิภาวรรณ แสงท่อง)      .`).
      if let close = inner.lastIndex(of: ")"),
        inner[inner.index(after: close)...].unicodeScalars.allSatisfy(HeaderLabel.isDebris)
      {
        inner = inner[...close]
      }
      // The bracket dropped on the bytes: `Substring.dropLast()` here counted the name's
      // Characters twice (≈20,000 instructions a signature).
      var name = String(inner.last == ")" ? Substring(inner.utf8.dropLast()) : inner).trimmed
      // Two signers side by side (`(นายสุริยา คำแสน)      (นางสาวปิยนุช ทองมา)`): both names,
      // without the brackets between them.
      if name.utf8.contains(0x29) { name = name.replacingAll(") (", with: " ").replacingAll(")(", with: " ") }
      let fullName = (rank + (sameLineRank.isEmpty ? [] : [sameLineRank]) + [name]).joined(separator: " ")
      var positions: [String] = []
      k = nameLine + 1
      foot.end = nameLine
      while k < limit {
        let line = lines[k]
        // `ลงนามเมื่อ 18/11/2569 14:05:22` right under the positions: the letter's, no position.
        if k == foot.end + 1, SystemFurniture.isSignatureNote(line.scalars) {
          foot.end = k
          k += 1
          continue
        }
        if line.isEmptyish {
          k += 1
          continue
        }
        // A position set over two lines under the name (`ประธานหลักสูตร…` / `สาขาวิชา…`, `คณะ…`):
        // the second stands right under the first, indented as far or further; a contact block
        // stands apart, at the margin.
        let indentedUnder =
          !positions.isEmpty && k == foot.end + 1 && lines[foot.end].indent > 0
          && line.indent >= lines[foot.end].indent
        if isContactLine(line) || startsUnit(line.scalars) && !indentedUnder || line.scalars.count > 90 { break }
        // A unit that went on with its phone on one source line (``RunTogetherParts``).
        if k + 1 < limit, lines[k + 1].number == line.number, isContactLine(lines[k + 1]) { break }
        if isSpeck(line.scalars) {
          k += 1
          continue
        }
        // A superior's endorsement under the signature (`- อนุมัติ`, `ทราบ`) is no position, nor
        // is a note of copies (`สำเนาเรียน ผู้ว่าราชการจังหวัด…`) right under the positions.
        if Vocabulary.leading(Vocabulary.endorsements, in: line.scalars) != nil || isCopiesNote(line) { break }
        // Nor is an announcement's or order's date set under its signer (`ประกาศ ณ วันที่ …`):
        // the letter's, it ends the foot.
        if Vocabulary.leading(Vocabulary.issuedOn, in: line.scalars) != nil {
          foot.end = k
          break
        }
        // After `… ทำการแทน` comes the title of the one acted for.
        let afterActing = positions.last.map { actingPhrase($0) != nil } ?? false
        // `ประจำจังหวัด…` under `ผู้อำนวยการสำนักงาน…`: the position runs on a second line.
        let runsOn = !positions.isEmpty && String(scalars: line.scalars).hasUTF8Prefix("ประจำ")
        // A short line right under the positions that ends the file (`ปศุสัตว์จังหวัดลพบุรี` /
        // `สัตวแพทย์ประจำท้องที่`): nothing else stands there.
        // Specks may follow it, and a note of copies (`สำเนาเรียน …`).
        let lastUnder =
          k == foot.end + 1 && line.scalars.count <= 40
          && (k + 1..<limit).first { !lines[$0].isEmptyish && !isSpeck(lines[$0].scalars) }.map {
            isCopiesNote(lines[$0])
          } ?? true
        if !positions.isEmpty, !afterActing, !runsOn, !indentedUnder, !lastUnder, !isPosition(line.scalars) { break }
        positions.append(Self.withoutPositionLabel(line.text))
        foot.end = k
        k += 1
      }
      if positions.isEmpty, let above { positions = [above] }
      let acting = positions.lazy.compactMap(actingPhrase).first
      foot.signature = Signature(name: fullName, positions: positions, acting: acting)
    } else if !expectSignature {
      k = start
    } else {
      k = start
    }
    // The contact block.
    var sawContact = false
    var units: [String] = []
    var inPeople = false
    while k < limit {
      let line = lines[k]
      if line.isEmptyish {
        k += 1
        continue
      }
      // A quote or dash OCR set before a label (`"ไปรษณีย์อิเล็กทรอนิกส์`).
      let s = HeaderLabel.withoutDebris(line.scalars)
      if let (_, end) = Vocabulary.leading(Vocabulary.faxes, in: s) {
        foot.contact.faxes += PhoneReader.phones(in: Vocabulary.value(after: end, in: s, of: line))
      } else if let (_, end) = Vocabulary.leading(Vocabulary.phones, in: s) {
        var value = Vocabulary.value(after: end, in: s, of: line)
        let faxes = PhoneReader.faxes(inLine: line.text)
        if let fax = PhoneReader.faxLabel(in: value) { value = String(value[..<fax.lowerBound]) }
        let phones = PhoneReader.phones(in: value, minimumDigits: 4)
        // `โทร./โทรสาร ๐ ๒๑๔๒ ๒๕๕๕`: one number serves both.
        foot.contact.phones += phones.isEmpty ? faxes : phones
        foot.contact.faxes += faxes
      } else if let (_, end) = Vocabulary.leading(Vocabulary.emails, in: s) {
        foot.contact.emails += PhoneReader.emails(in: Vocabulary.value(after: end, in: s, of: line))
      } else if let (_, end) = Vocabulary.leading(Vocabulary.coordinators, in: s) {
        readPeople(Vocabulary.value(after: end, in: s, of: line), into: &foot.contact)
        inPeople = true
      } else if inPeople, startsWithPersonTitle(s) {
        readPeople(line.text, into: &foot.contact)
      } else if let (_, end) = Vocabulary.leading(Vocabulary.websites, in: s) {
        foot.contact.urls += Self.urls(in: Vocabulary.value(after: end, in: s, of: line), named: true)
      } else if line.text.hasUTF8Prefix("www.") || line.text.hasUTF8Prefix("http") {
        foot.contact.urls += Self.urls(in: line.text)
      } else if sawContact, Vocabulary.leading(Vocabulary.otherContacts, in: s) != nil {
        // part of the block, kept in the letter's span; no field holds it
      } else if !sawContact, units.isEmpty, isCopiesNote(line) {
        // `สำเนาเรียน …` and the addressees under it, set between the signature and the
        // contact block: no unit of the block, which goes on below.
        k += 1
        while k < limit, !lines[k].isEmptyish, !isContactLine(lines[k]) { k += 1 }
        continue
      } else if !sawContact, let (_, end) = Vocabulary.leading(Vocabulary.ownerLabels, in: s),
        nextIsContact(lines, after: k, limit: limit)
      {
        // `ส่วนราชการเจ้าของเรื่อง กลุ่ม…`: the unit after its label.
        let unit = Vocabulary.value(after: end, in: s, of: line)
        if !unit.isEmpty { units.append(unit) }
        k += 1
        continue
      } else if !sawContact, units.isEmpty, let end = englishSignerEnd(lines, from: k, limit: limit) {
        // The signer's name and positions in English under the Thai ones: a translation, no unit.
        k = end + 1
        continue
      } else if !sawContact, startsUnit(s) || (units.count < 4 && s.count <= 80 && !isSentence(s)) {
        // Unit lines count only if a phone or an e-mail follows.
        if nextIsContact(lines, after: k, limit: limit)
          || startsUnit(s) && nextIsUnitOrContact(lines, after: k, limit: limit)
        {
          units.append(Self.withoutScanCaption(line.text))
          k += 1
          continue
        }
        break
      } else if sawContact, s.count <= 12, nextIsContact(lines, after: k, limit: limit) {
        // A speck OCR made inside the contact block (`๑/ «สณฆพ` between โทรสาร and
        // ผู้ประสานงาน, hOCR of 1004): the block goes on below it.
        k += 1
        continue
      } else {
        break
      }
      sawContact = true
      foot.end = k
      k += 1
    }
    if sawContact {
      foot.contact.units = units
    } else if !units.isEmpty {
      // Unit lines without a phone: a stamped letter's office, or a short contact block.
      foot.contact.units = units
    }
    if foot.contact.units.count > 0, !sawContact {
      foot.end = max(foot.end, lastIndex(lines, ofTexts: units, from: start, limit: limit) ?? foot.end)
    }
    return foot
  }

  static func lastIndex(_ lines: [Line], ofTexts texts: [String], from: Int, limit: Int) -> Int? {
    guard let last = texts.last else { return nil }
    return (from..<limit).last { lines[$0].text == last }
  }

  static func nextIsContact(_ lines: [Line], after k: Int, limit: Int) -> Bool {
    var j = k + 1
    var seen = 0
    while j < limit, seen < 4 {
      if !lines[j].isEmptyish {
        if isContactLine(lines[j]) { return true }
        if !startsUnit(lines[j].scalars) && lines[j].scalars.count > 80 { return false }
        seen += 1
      }
      j += 1
    }
    return false
  }

  static func nextIsUnitOrContact(_ lines: [Line], after k: Int, limit: Int) -> Bool {
    nextIsContact(lines, after: k, limit: limit)
  }

  static func readPeople(_ text: String, into contact: inout Contact) {
    let phones = PhoneReader.phones(in: text)
    contact.phones += phones
    for part in text.splitAtASCII({ $0 == 0x2C || $0 == 0x2F }) {  // , /
      var name = String(part).trimmed
      // The name ends where its phone begins.
      if let cut = name.unicodeScalars.firstIndex(where: { ThaiDigits.isDigit($0) }) {
        name = String(name.unicodeScalars[..<cut]).trimmed
      }
      for word in ["โทรศัพท์มือถือ", "โทรศัพท์", "โทร.", "โทร", "มือถือ", "Tel.", "Tel:", "Tel", "Mobile"] where name.hasSuffix(word) {
        name = String(name.dropLast(word.count)).trimmed
      }
      if name.unicodeScalars.count >= 4 { contact.people.append(name) }
    }
  }

  static let englishSignerTitles: EnglishWords = [
    "mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "professor", "assoc.", "asst.", "associate", "assistant", "pol.",
  ]

  /// The last line of a block that gives the signer in English (`Ms. Phanwadee Kiatwong` /
  /// `Deputy Director-General, for Director-General` / `Thailand International Cooperation Agency`):
  /// Latin lines only, opening with a person's title, a blank line under them.
  static func englishSignerEnd(_ lines: [Line], from k: Int, limit: Int) -> Int? {
    guard englishSignerTitles.end(in: lines[k].scalars, at: 0) != nil else { return nil }
    var end = k
    while end + 1 < limit, !lines[end + 1].isEmptyish, end - k < 4 { end += 1 }
    guard end + 1 < limit, lines[end + 1].isEmptyish,
      (k...end).allSatisfy({ j in !lines[j].scalars.contains { $0.value &- 0x0E01 < 0x5B } && !isContactLine(lines[j]) })
    else { return nil }
    return end
  }

  /// Who else receives a copy, noted at the foot (`สำเนาส่ง ท้องถิ่นจังหวัด…`, `สำเนาเรียน …`).
  static func isCopiesNote(_ line: Line) -> Bool {
    Vocabulary.field(Vocabulary.copiesTo, in: HeaderLabel.withoutDebris(line.scalars)) != nil
  }

  /// Signature blocks set side by side as a table, as an LLM OCR renders them (`| ผู้เสนอ |
  /// ความเห็น / คำสั่ง |`, `| (นาง…) | ☑ อนุมัติ |`, `| ผู้อำนวยการ… | (นาย…) |`): the first
  /// column is the letter's signer, under a header row or not; the other columns are the
  /// approver's endorsement, which fills no field but is the letter's, up to a blank line.
  /// Nil unless the first column of a table row right after the closing is a bracketed name.
  static func readGrid(_ lines: [Line], from start: Int, limit: Int) -> Foot? {
    var k = start
    while k < limit, lines[k].isEmptyish { k += 1 }
    guard k < limit, lines[k].cells.count >= 2 else { return nil }
    if !isBracketedName(firstCell(lines[k])) {
      // A header row (`ผู้เสนอ | ความเห็น / คำสั่ง`), and the separator row under it.
      k += 1
      while k < limit, k - start <= 4, lines[k].isEmptyish { k += 1 }
    }
    guard k < limit, lines[k].cells.count >= 2 else { return nil }
    let nameCell = firstCell(lines[k])
    guard isBracketedName(nameCell), let open = nameCell.firstIndex(of: "(") else { return nil }
    let close = nameCell.lastIndex(of: ")") ?? nameCell.count
    guard open < close else { return nil }
    let name = String(scalars: nameCell[(open + 1)..<close]).trimmed
    var positions: [String] = []
    var end = k
    k += 1
    while k < limit, lines[k].cells.count >= 2, !lines[k].cells[0].isEmpty {
      positions.append(withoutPositionLabel(lines[k].cells[0]))
      end = k
      k += 1
    }
    // The other columns' rows left over (`| | เลขาธิการ… |` renders as the cell alone).
    var rest = 0
    while k < limit, rest < 8, !lines[k].isBlank, !lines[k].isPageBreak {
      end = k
      k += 1
      rest += 1
    }
    var foot = Foot(end: end)
    foot.signature = Signature(name: name, positions: positions, acting: positions.lazy.compactMap(actingPhrase).first)
    return foot
  }

  static func firstCell(_ line: Line) -> [Unicode.Scalar] { Array(line.cells[0].unicodeScalars) }

  /// A position without the `ตำแหน่ง:` label an LLM OCR set before it (``OCRRemark/positionLabel``).
  static func withoutPositionLabel(_ text: String) -> String {
    // Asked of every position line: a byte test first, the scalars only for a labelled one.
    guard text.hasUTF8Prefix("ตำแหน่ง:") else { return text }
    let s = Array(text.unicodeScalars)
    guard s.count > OCRRemark.positionLabel.count else { return text }
    return String(scalars: s[OCRRemark.positionLabel.count...]).trimmed
  }

  /// What OCR makes of specks around a signature (`ฒ ณฆ ๊-%. )`, `ขบ`, `= ๑๕`): a line of
  /// two or three scalars, or one with a symbol no rank or position holds, or a closing
  /// bracket with no opening one.
  static func isSpeck(_ s: [Unicode.Scalar]) -> Bool {
    if s.count <= 3 { return true }
    if Line.hasSpeckSymbol(s) { return true }
    return s.contains(")") && !s.contains("(") && !startsWithPersonTitle(s)
  }

  /// `(ลงชื่อ) …` / `ลงชื่อ …`: a copy's line where the original was signed by hand.
  static func isSignedLine(_ s: [Unicode.Scalar]) -> Bool {
    let rest = s.first == "(" ? Array(s.dropFirst()) : s
    // Leaders for the pen do not count (`(ลงชื่อ)…………ผู้ขออนุมัติ`).
    guard s.lazy.filter({ $0 != "." && $0 != "…" }).count <= 60, let end = LooseMatch.end(of: signedWord, in: rest, at: 0)
    else { return false }
    return end == rest.count || rest[end] == " " || rest[end] == ")" || rest[end] == "."
  }

  static let signedWord = Array("ลงชื่อ".unicodeScalars)

  /// The name after a signed line's `ลงชื่อ` (`(ลงชื่อ) ธีรวัฒน์ หะยีมะ`): two or three words of
  /// Thai letters, no leaders for the pen; nil otherwise.
  static func signedName(_ s: [Unicode.Scalar]) -> String? {
    // Bracketed only: `ลงชื่อเข้าร่วมการอบรม` (register to attend) signs nothing.
    guard s.first == "(" else { return nil }
    let rest = Array(s.dropFirst())
    guard var k = LooseMatch.end(of: signedWord, in: rest, at: 0), k < rest.count, rest[k] == ")" else { return nil }
    k += 1
    let name = rest[k...].drop { $0 == " " }
    let words = name.split(separator: " ")
    // (Thai letters and dots only: no bracket, no leader for the pen.)
    guard (2...3).contains(words.count),
      words.allSatisfy({ word in word.allSatisfy { (0x0E01...0x0E4C).contains($0.value) || $0 == "." } }),
      !name.contains(where: { $0 == "." }) || words.count == 3
    else { return nil }
    return String(scalars: name)
  }

  /// The next line with text (within two) is a bracketed name: a signed line above it is no name.
  static func bracketedNameFollows(_ lines: [Line], after k: Int, limit: Int) -> Bool {
    var j = k + 1
    while j < limit, j - k <= 3, lines[j].isEmptyish { j += 1 }
    return j < limit && isBracketedName(lines[j].scalars)
  }

  /// What Tesseract prints for a round bracket at a name's end (`]`, `[`, `|`, `{`, `}`).
  static func isBracketLookalike(_ c: Unicode.Scalar) -> Bool { c == "[" || c == "]" || c == "|" || c == "{" || c == "}" }

  /// `s` with a look-alike bracket at one end made round, when the other end's is round; nil
  /// when there is none to mend.
  static func roundBracketed(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    guard s.count >= 4, let first = s.first, let last = s.last else { return nil }
    if first == "(", isBracketLookalike(last) { return s.dropLast() + [")"] }
    if last == ")", isBracketLookalike(first) { return ["("] + s.dropFirst() }
    return nil
  }

  /// A person's name printed without brackets (an electronic signature's): a title, then a
  /// given and a family name; Thai letters, dots and spaces only.
  static func isUnbracketedName(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count <= 50, startsWithPersonTitle(s) else { return false }
    let words = s.split(separator: " ").count
    return (2...4).contains(words)
      && !s.contains { ThaiDigits.isDigit($0) || ($0.value < 0x80 && $0.properties.isAlphabetic) || $0 == "/" }
  }

  static func isBracketedName(_ s: [Unicode.Scalar]) -> Bool {
    // One bracket read as a square one or a bar (`(นายธนวัฒน์ ศรีประเสริฐ]`, `[นายอภิชาติ
    // ธรรมรักษ์)`): the other, round, tells what it was.
    if let round = roundBracketed(s) { return isBracketedName(round) }
    // Specks after the closing bracket (`(นางสาววิภาวรรณ แสงท่อง)      .`, heavy Tesseract noise).
    if let close = s.lastIndex(of: ")"), close + 1 < s.count, s[(close + 1)...].allSatisfy(HeaderLabel.isDebris) {
      return isBracketedName(Array(s[...close]))
    }
    // OCR loses a closing bracket (`(นางสาวรัชนี ชูชี`): an opening bracket, no closing one,
    // and two to four words read as the name all the same.
    if s.first == "(", s.count <= 40, !s.contains(")") {
      let words = s.dropFirst().split(separator: " ").count
      return (1...4).contains(words) && isBracketedName(s + [")"])
    }
    // OCR loses the opening bracket (`นายสุรพล ทองประเสริฐ)`): a person's title, then the name.
    if s.last == ")", !s.contains("("), s.count <= 40, startsWithPersonTitle(s) {
      return isBracketedName(["("] + s)
    }
    guard s.count >= 4, s.count <= 60, s.last == ")", let open = s.firstIndex(of: "(") else { return false }
    // A rank before the bracket on the same line: `พล.ต. (วีรยุทธ ศรีสงคราม)`.
    if open > 0 && (open > 16 || s[..<open].contains(where: ThaiDigits.isDigit)) { return false }
    // A name: Thai letters, dots and spaces; no digits, no Latin (`(ผ่าน ZOOM)` is not one).
    let inner = s[(open + 1)..<(s.count - 1)]
    // A person's name has at least a given name and a family name: `(ตามบัญชีแนบท้าย)` and
    // `(ยกเว้น…)` continue a field, they sign nothing.
    let words = inner.split(separator: " ").filter { !$0.isEmpty }
    if Vocabulary.leading(Self.bracketedRemarks, in: Array(inner)) != nil { return false }
    // One word is a name when a title begins it and a name follows the title: OCR lost the
    // space between given and family name where the glyphs touch (`(นายวรวุฒิศรีประเสริฐ)`).
    if words.count == 1, let (_, end) = Vocabulary.leading(Vocabulary.personTitles, in: Array(words[0])),
      words[0].count - end < 6
    {
      return false
    }
    // A monk signs with his title name, one word (`(พระครูสิริธรรมาภิรักษ์)`).
    let monk =
      words.count == 1 && Vocabulary.leading(Self.monkTitles, in: Array(words[0])).map { words[0].count - $0.1 >= 4 } == true
      && Vocabulary.leading(Self.royalWords, in: Array(words[0])) == nil
    guard words.count >= 2 || monk || words.count == 1 && startsWithPersonTitle(Array(words[0])) && !isOffice(words[0])
    else { return false }
    // A foreigner's name in Latin letters, after an English title (`(Ms. Sarah Lindqvist)`,
    // `(Professor Dr. Michael J. Reynolds)`).
    if words.count >= 2, Self.englishTitles.contains(String(String.UnicodeScalarView(words[0]))),
      inner.allSatisfy({ $0.value < 0x80 && ($0.properties.isAlphabetic || $0 == " " || $0 == "." || $0 == "-" || $0 == "'") })
    {
      return true
    }
    return !inner.contains { ThaiDigits.isDigit($0) || ($0.value < 0x80 && $0.properties.isAlphabetic) || $0 == "/" }
  }

  /// A monk's titles (สมณศักดิ์) before his title name.
  static let monkTitles: Keywords = ["พระครู", "พระมหา", "พระราช", "พระเทพ", "พระธรรม", "พระพรหม", "พระศรี", "พระอธิการ"]

  /// Words of laws and royal acts that begin as a monk's title does (`(พระราชบัญญัติ…)`).
  static let royalWords: Keywords = ["พระราชบัญญัติ", "พระราชกฤษฎีกา", "พระราชกำหนด", "พระราชพิธี", "พระราชทาน", "พระราชดำริ"]

  /// English titles before a Latin name in brackets.
  static let englishTitles: Set<String> = [
    "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Professor", "Assoc.", "Asst.", "Associate", "Assistant", "Sir",
    "H.E.", "Ambassador", "Mr", "Mrs", "Ms", "Dr",
  ]

  /// How a bracketed remark on a field opens (`(ยกเว้น เอกอัครราชทูต ณ กรุงเนปิดอว์)` under เรียน).
  static let bracketedRemarks: Keywords = ["ยกเว้น", "เว้นแต่", "ผ่าน", "ตามบัญชี", "ตามรายชื่อ", "ถ้ามี"]

  /// `(ณรงค์ฤทธิ์ศักดิ์สิทธิ์)` under `พลโท`: a bracketed word of Thai letters only, long enough
  /// for a given and a family name, right under a line that is a rank or title alone.
  static func isGluedNameUnderRank(_ s: [Unicode.Scalar], rank: [String]) -> Bool {
    guard let above = rank.last?.trimmed, above.unicodeScalars.count <= 16,
      militaryRanks.contains(above) || startsWithPersonTitle(above.scalarArray),
      s.first == "(", s.last == ")", s.count >= 10, s.count <= 40
    else { return false }
    let inner = s.dropFirst().dropLast()
    return inner.allSatisfy { (0x0E01...0x0E4E).contains($0.value) && !ThaiDigits.isDigit($0) }
  }

  /// Ranks written out in full on their own line above the name (ยศ).
  static let militaryRanks: Set<String> = [
    "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท", "พันตรี", "ร้อยเอก", "ร้อยโท", "ร้อยตรี",
    "พลเรือเอก", "พลเรือโท", "พลเรือตรี", "นาวาเอก", "นาวาโท", "นาวาตรี",
    "พลอากาศเอก", "พลอากาศโท", "พลอากาศตรี", "นาวาอากาศเอก", "นาวาอากาศโท", "นาวาอากาศตรี",
    "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี",
  ]

  /// Offices whose names begin as a person's title does (นาย…): `(นายอำเภอเมือง)` is not a name.
  static let officesLikeTitles: Keywords = [
    "นายกรัฐมนตรี", "นายกเทศมนตรี", "นายกองค์การ", "นายกสมาคม", "นายอำเภอ", "นายทะเบียน", "นายช่าง",
    "นายด่าน", "นายสถานี", "นายเวร",
  ]

  static func isOffice(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    Vocabulary.leading(officesLikeTitles, in: Array(word)) != nil
  }

  static func isContactLine(_ line: Line) -> Bool {
    let s = line.scalars
    return Vocabulary.leading(
      Vocabulary.contactLabels, in: s) != nil
  }

  static func startsUnit(_ s: [Unicode.Scalar]) -> Bool {
    Vocabulary.leading(Vocabulary.units, in: s) != nil && s.count <= 90
  }

  /// The addresses in a website line: each `www.`/`http` token (after เว็บไซต์, any dotted
  /// one), cut where OCR glued Thai or markup onto it (`www.dla.go.thปฏิบัติ` → `www.dla.go.th`).
  static func urls(in text: String, named: Bool = false) -> [String] {
    text.split(whereSeparator: \.isWhitespace).compactMap { token -> String? in
      let url = String(token.prefix { $0.isASCII && $0 != "<" && $0 != ">" })
      let looksLikeOne = url.hasPrefix("www.") || url.hasPrefix("http") || named && url.dropFirst().contains(".")
      return looksLikeOne && url.count > 4 ? url : nil
    }
  }

  static func startsWithPersonTitle(_ s: [Unicode.Scalar]) -> Bool {
    Vocabulary.leading(Vocabulary.personTitles, in: s) != nil
  }

  static func isSentence(_ s: [Unicode.Scalar]) -> Bool { s.count > 80 }

  /// Position lines after the first: they name an office or hold an acting phrase.
  static func isPosition(_ s: [Unicode.Scalar]) -> Bool {
    let text = String(scalars: s)
    if actingPhrase(text) != nil { return true }
    let heads = [
      "ผู้ว่าราชการ", "อธิบดี", "รองอธิบดี", "ปลัด", "นายอำเภอ", "ผู้อำนวยการ", "หัวหน้า", "รัฐมนตรี",
      "เลขาธิการ", "ผู้บัญชาการ", "ผู้บังคับ", "อธิการบดี", "คณบดี", "ท้องถิ่น", "นายก", "ประธาน",
      "ผู้ตรวจ", "รอง", "ผู้ช่วย", "เจ้าหน้าที่", "นักวิชาการ", "ผบ.", "จก.", "ผอ.", "เสนาธิการ",
      "ผู้ว่าการ", "ผู้จัดการ", "กรรมการ", "ผู้บริหาร", "ผู้กำกับ", "ศึกษาธิการ", "สาธารณสุข", "ผู้บัญชาการ",
      "นายแพทย์สาธารณสุข",
    ]
    return heads.contains { text.hasUTF8Prefix($0) }
  }

  /// A unit line without the QR code's caption set beside it (`กลุ่มงาน…      สแกน QR Code`).
  static func withoutScanCaption(_ text: String) -> String {
    guard let at = text.utf8Range(of: " สแกน") else { return text }
    let caption = Array(text[at.upperBound...].unicodeScalars)
    guard caption.count <= 30, String(text[at.lowerBound...]).trimmed.unicodeScalars.starts(with: SystemFurniture.scanWord)
    else { return text }
    return String(text[..<at.lowerBound]).trimmed
  }

  /// The acting phrase printed in a position line (longest first), or nil.
  static func actingPhrase(_ text: String) -> String? {
    let scalars = text.scalarArray
    for (phrase, pattern) in zip(Vocabulary.acting.words, Vocabulary.acting.scalars)
    where LooseMatch.find(pattern, in: scalars) != nil {
      if phrase == "แทน" {
        // แทน alone must stand as a word: "ผู้แทน" is not acting. Glued to the head it signs for
        // (`ผู้ว่าการแทน`, `อธิการบดีแทน`), it is.
        guard
          text.hasSuffix(" แทน") || text == "แทน" || LooseMatch.find(Array(" แทน ".unicodeScalars), in: scalars) != nil
            || text.hasUTF8Suffix("แทน") && (9...17).contains(scalars.count) && isPosition(Array(scalars.dropLast(3)))
              && !text.hasUTF8Suffix("ผู้แทน") && !text.hasUTF8Suffix("ตอบแทน")
        else { continue }
      }
      return phrase
    }
    return nil
  }
}
