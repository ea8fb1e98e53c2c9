import Foundation
import ThaiText

extension Letter {
  /// Every text value as the contract has it — one line, single spaces, no space at either
  /// end, at least one character — or absent (`null`), never `""`; a number has a serial,
  /// an enclosure a title and a number of 1 or more.
  /// Damaged input (a ส่วนราชการ line of dots only, a heading that was all markup, `ที ๕/ว`)
  /// reaches here with empty or ragged strings; this is the last word on them.
  mutating func keepContractValues() {
    func clean(_ text: String?) -> String? {
      guard let text else { return nil }
      // Most values are in contract form already: one pass over the bytes tells, where
      // collapsing and the mark check were a pass each over every value (body paragraphs).
      let form = Self.contractForm(text)
      if form.collapsed, form.marksInOrder == true { return text }
      let collapsed = text.collapsingSpaces()
      return collapsed.isEmpty ? nil : Self.nfc(collapsed)
    }
    if let issuer {
      if let name = clean(issuer.name) {
        self.issuer = Issuer(name: name, address: clean(issuer.address))
      } else {
        self.issuer = clean(issuer.address).map { Issuer(name: $0, address: nil) }
      }
    }
    subject = clean(subject)
    to = clean(to)
    closing = clean(closing)
    // In place: `compactMap` grew a new array value by value (an allocation at each doubling),
    // where most values come back as they are.
    func cleanAll(_ values: inout [String]) {
      var kept = 0
      for k in values.indices {
        guard let value = clean(values[k]) else { continue }
        values[kept] = value
        kept += 1
      }
      values.removeLast(values.count - kept)
    }
    cleanAll(&body)
    cleanAll(&contact.units)
    if var signature {
      cleanAll(&signature.positions)
      if let name = clean(signature.name) {
        signature.name = name
        self.signature = signature
      } else if !signature.positions.isEmpty {
        signature.name = signature.positions.removeFirst()
        self.signature = signature
      } else {
        self.signature = nil
      }
    }
    enclosures = enclosures.compactMap { item in
      var item = item
      if let index = item.index, index < 1 { item.index = nil }  // `๐.` is no item number
      item.quantity = clean(item.quantity)
      guard let title = clean(item.title) ?? item.letter.flatMap({ clean($0.raw) }) ?? item.quantity else {
        return nil  // nothing printed but the item's marks
      }
      item.title = title
      return item
    }
    if let number, number.serial.isEmpty {
      warnings.append(
        LetterWarning(.ocrSuspect, "ที่ \(number.raw) has no serial: not read as the letter's number", line: lines.start))
      self.number = nil
    }
  }

  /// NFC, through Foundation only when two combining marks meet (the normalizer already
  /// ordered every mark it saw; this catches any that a later step brought together).
  ///
  /// Text of ASCII and Thai alone is checked on its bytes: Thai has no canonical
  /// compositions, so NFC only reorders marks, and marks already in order (`ผู้`: ู 103, then
  /// ้ 107) leave it unchanged. Sending every such value to Foundation made this a tenth of
  /// parsing.
  static func nfc(_ text: String) -> String {
    switch thaiMarksInOrder(text) {
    case true?: return text
    case false?: return text.precomposedStringWithCanonicalMapping
    case nil: break
    }
    var previousMarked = false
    for scalar in text.unicodeScalars {
      let marked = scalar.properties.canonicalCombiningClass.rawValue != 0
      if marked && previousMarked { return text.precomposedStringWithCanonicalMapping }
      previousMarked = marked
    }
    return text
  }

  /// For text of ASCII and Thai only, whether every run of combining marks is in canonical
  /// order; nil for any other text.
  static func thaiMarksInOrder(_ text: String) -> Bool? { contractForm(text).marksInOrder }

  /// `marksInOrder`: ``thaiMarksInOrder(_:)``. `collapsed`: the text is not empty and
  /// `collapsingSpaces()` leaves it as it is — no space at either end, no two spaces
  /// together, no tab (a no-break space is neither ASCII nor Thai: `marksInOrder` is nil).
  static func contractForm(_ text: String) -> (marksInOrder: Bool?, collapsed: Bool) {
    var text = text
    return text.withUTF8 { bytes -> (Bool?, Bool) in
      // Through a pointer, with wrapping index steps: every text value of every letter
      // passes here, and overflow and bounds checks were a third of the loop.
      guard let p = bytes.baseAddress, !bytes.isEmpty else { return (true, false) }
      var previous: UInt8 = 0
      var i = 0
      let n = bytes.count
      // Space-like bytes at the ends or a space after a space: not collapsed.
      var collapsed = p[0] != 0x20 && p[n &- 1] != 0x20
      var afterSpace = false
      while i < n {
        let b = p[i]
        if b < 0x80 {
          if b == 0x20 {
            if afterSpace { collapsed = false }
            afterSpace = true
          } else {
            if b == 0x09 { collapsed = false }
            afterSpace = false
          }
          previous = 0
          i &+= 1
          continue
        }
        afterSpace = false
        // Thai: E0 B8 80…BF (U+0E00…0E3F), E0 B9 80…BF (U+0E40…0E7F)
        guard b == 0xE0, i &+ 2 < n else { return (nil, collapsed) }
        let b1 = p[i &+ 1]
        let b2 = p[i &+ 2]
        // The combining class straight from the bytes (`ThaiCharacter.combiningClass`): ฺ 9
        // (B8 BA), ุ ู 103 (B8 B8, B8 B9), tone marks 107 (B9 88…8B), 0 for the rest.
        let rank: UInt8
        if b1 == 0xB8 {
          rank = b2 == 0xBA ? 9 : (b2 == 0xB8 || b2 == 0xB9 ? 103 : 0)
        } else if b1 == 0xB9 {
          rank = b2 &- 0x88 < 4 ? 107 : 0
        } else {
          return (nil, collapsed)
        }
        if rank != 0, previous > rank { return (false, collapsed) }
        previous = rank
        i &+= 3
      }
      return (true, collapsed)
    }
  }

}

extension Letter {
  /// Calls `body` on the letter's own number and on every cited letter's number (references,
  /// mentions, enclosures).
  mutating func forEachNumber(_ body: (inout LetterNumber) -> Void) {
    if var n = number {
      body(&n)
      number = n
    }
    for k in references.indices {
      if var n = references[k].number {
        body(&n)
        references[k].number = n
      }
    }
    for k in mentions.indices {
      if var n = mentions[k].number {
        body(&n)
        mentions[k].number = n
      }
    }
    for k in enclosures.indices {
      if var n = enclosures[k].letter?.number {
        body(&n)
        enclosures[k].letter?.number = n
      }
    }
  }
}
