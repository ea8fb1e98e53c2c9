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
    body = body.compactMap(clean)
    contact.units = contact.units.compactMap(clean)
    if var signature {
      signature.positions = signature.positions.compactMap(clean)
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
  static func nfc(_ text: String) -> String {
    var previousMarked = false
    for scalar in text.unicodeScalars {
      let marked = scalar.properties.canonicalCombiningClass.rawValue != 0
      if marked && previousMarked { return text.precomposedStringWithCanonicalMapping }
      previousMarked = marked
    }
    return text
  }
}
