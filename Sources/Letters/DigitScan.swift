/// Whether UTF-8 text holds a digit as ``ThaiText/ThaiDigits/isDigit(_:)`` knows them — ASCII
/// `0`–`9` (30–39) or Thai `๐`–`๙` (E0 B9 90–99) — found on the bytes, eight at a time
/// (``WordScan``).
///
/// A cited letter's number has digits, and about half of a letter's paragraphs have none:
/// this turns them away before they are decoded and searched scalar by scalar (decoding costs
/// about 20 instructions a Thai character).
enum DigitScan {
  static func containsDigit(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { containsDigit($0) }
  }

  static func containsDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
    let n = bytes.count
    if isDigit(base, at: 0) { return true }
    var i = 1
    let raw = UnsafeRawPointer(base)
    let (zero, thaiZero, thaiLead) = (WordScan.broadcast(0x30), WordScan.broadcast(0x90), WordScan.broadcast(0xB9))
    while i + 8 <= n {
      let w = WordScan.load(raw, i)
      // A byte 30–39, or a byte 90–99 right after a B9 (the byte before each of `w`'s is the
      // same place in the word loaded one byte earlier). A flag may be false, never missing:
      // the bytes flagged are checked one by one.
      let ascii = WordScan.hasByteBelow(w ^ zero, 0x0A)
      let thai = WordScan.hasByteBelow(w ^ thaiZero, 0x0A) & WordScan.hasByte(WordScan.load(raw, i &- 1), thaiLead)
      if ascii | thai != 0 {
        for k in i..<(i &+ 8) where isDigit(base, at: k) { return true }
      }
      i &+= 8
    }
    while i < n {
      if isDigit(base, at: i) { return true }
      i &+= 1
    }
    return false
  }

  /// Whether the byte at `k` is an ASCII digit or the last byte of a Thai one.
  @inline(__always) private static func isDigit(_ p: UnsafePointer<UInt8>, at k: Int) -> Bool {
    let b = p[k]
    if b &- 0x30 < 10 { return true }
    return b &- 0x90 < 10 && k >= 2 && p[k &- 1] == 0xB9 && p[k &- 2] == 0xE0
  }
}
