/// ASCII bytes the readers look for. Markup is ASCII, and in UTF-8 no byte of a Thai
/// character is below 0x80, so scanning bytes never cuts a character in two.
enum Byte {
  static let tab: UInt8 = 0x09
  static let newline: UInt8 = 0x0A
  static let formFeed: UInt8 = 0x0C
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let bang: UInt8 = 0x21
  static let quote: UInt8 = 0x22
  static let hash: UInt8 = 0x23
  static let dollar: UInt8 = 0x24
  static let ampersand: UInt8 = 0x26
  static let apostrophe: UInt8 = 0x27
  static let leftParen: UInt8 = 0x28
  static let rightParen: UInt8 = 0x29
  static let asterisk: UInt8 = 0x2A
  static let plus: UInt8 = 0x2B
  static let hyphen: UInt8 = 0x2D
  static let period: UInt8 = 0x2E
  static let slash: UInt8 = 0x2F
  static let colon: UInt8 = 0x3A
  static let semicolon: UInt8 = 0x3B
  static let lt: UInt8 = 0x3C
  static let equals: UInt8 = 0x3D
  static let gt: UInt8 = 0x3E
  static let question: UInt8 = 0x3F
  static let at: UInt8 = 0x40
  static let leftBracket: UInt8 = 0x5B
  static let backslash: UInt8 = 0x5C
  static let rightBracket: UInt8 = 0x5D
  static let caret: UInt8 = 0x5E
  static let underscore: UInt8 = 0x5F
  static let backtick: UInt8 = 0x60
  static let leftBrace: UInt8 = 0x7B
  static let pipe: UInt8 = 0x7C
  static let rightBrace: UInt8 = 0x7D
  static let tilde: UInt8 = 0x7E

  static func isSpace(_ b: UInt8) -> Bool {
    b == space || b == tab || b == newline || b == carriageReturn || b == formFeed
  }
  static func isLetter(_ b: UInt8) -> Bool {
    (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
  }
  static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
  static func isHexDigit(_ b: UInt8) -> Bool {
    isDigit(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
  }
  /// A byte of an HTML tag or entity name after its first letter.
  static func isNameByte(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b == hyphen }
  /// ASCII punctuation, which a markdown backslash escapes.
  static func isPunctuation(_ b: UInt8) -> Bool {
    (0x21...0x2F).contains(b) || (0x3A...0x40).contains(b) || (0x5B...0x60).contains(b)
      || (0x7B...0x7E).contains(b)
  }
  static func lowercased(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b + 0x20 : b }

  /// The first index at or after `start` holding one of the bytes of `set` (at most four),
  /// or `bytes.count`; eight bytes a step (``WordScan``). Thai text is mostly bytes that are
  /// none of them, so the scan rarely stops.
  static func firstIndex(
    ofAny set: (UInt8, UInt8, UInt8, UInt8), in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int {
    guard let base = bytes.baseAddress else { return bytes.count }
    let raw = UnsafeRawPointer(base)
    let (a, b, c, d) = (
      WordScan.broadcast(set.0), WordScan.broadcast(set.1), WordScan.broadcast(set.2), WordScan.broadcast(set.3)
    )
    // An ASCII set has no byte in a word of Thai letters, whose bytes all have the top bit set:
    // such words are passed over on that one test (``WordScan/allHigh(_:)``).
    let asciiSet = (set.0 | set.1 | set.2 | set.3) < 0x80
    var i = start
    while i + 8 <= bytes.count {
      let w = WordScan.load(raw, i)
      if asciiSet && WordScan.allHigh(w) {
        i += 8
        continue
      }
      if WordScan.hasByte(w, a) | WordScan.hasByte(w, b) | WordScan.hasByte(w, c) | WordScan.hasByte(w, d) != 0 {
        break
      }
      i += 8
    }
    while i < bytes.count {
      let x = bytes[i]
      if x == set.0 || x == set.1 || x == set.2 || x == set.3 { return i }
      i += 1
    }
    return bytes.count
  }

  /// The index where `needle` first occurs in `haystack` at or after `start`.
  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, limit: Int? = nil)
    -> Int?
  {
    needle.withUnsafeBufferPointer { n in
      haystack.withUnsafeBufferPointer { h in find(n, in: h, from: start, limit: limit) }
    }
  }

  /// The same on buffers (a `String`'s contiguous UTF-8, `String.utf8Range(of:)`).
  static func find(
    _ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int? = nil
  ) -> Int? {
    guard let first = needle.first else { return start }
    let end = min(haystack.count, limit ?? haystack.count) - needle.count
    guard end >= start else { return nil }
    // A Thai needle begins E0 B8/B9, as every Thai letter does: look for its first letter's
    // last byte instead, eight bytes a step, and compare the rest where it stands (a search
    // for ประกาศ in every paragraph stopped at every Thai letter).
    if first == 0xE0, needle.count >= 3 {
      let anchor = needle[2]
      let scanEnd = min(haystack.count, end + 3)
      let bytes = UnsafeBufferPointer(rebasing: haystack[..<scanEnd])
      var j = start + 2
      while true {
        j = firstIndex(ofAny: (anchor, anchor, anchor, anchor), in: bytes, from: j)
        guard j < bytes.count else { return nil }
        let i = j - 2
        if i <= end {
          var k = 0
          while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
          if k == needle.count { return i }
        }
        j += 1
      }
    }
    var i = start
    while i <= end {
      if haystack[i] == first {
        var k = 1
        while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// `bytes` with leading and trailing spaces and tabs removed.
  static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var s = bytes.startIndex
    var e = bytes.endIndex
    while s < e, bytes[s] == space || bytes[s] == tab { s += 1 }
    while e > s, bytes[e - 1] == space || bytes[e - 1] == tab { e -= 1 }
    return bytes[s..<e]
  }
}

/// Looks for a closing marker (`-->`, `</figure`) ahead of the scanner and remembers the
/// answer: the scanner only moves forward, so a marker found stays the answer until passed,
/// and a marker not found stays absent. A text full of unclosed `<!--` stays linear.
struct ForwardSearch {
  private let needle: [UInt8]
  private var searchedFrom = Int.max
  private var found: Int?

  /// `needle` is matched ignoring ASCII case; give it in lowercase.
  init(_ needle: [UInt8]) { self.needle = needle }

  mutating func next(in bytes: [UInt8], from start: Int) -> Int? {
    if start >= searchedFrom {
      guard let found else { return nil }
      if found >= start { return found }
    }
    searchedFrom = start
    found = nil
    var k = start
    while k + needle.count <= bytes.count {
      if Byte.lowercased(bytes[k]) == needle[0],
        needle.indices.allSatisfy({ Byte.lowercased(bytes[k + $0]) == needle[$0] })
      {
        found = k
        break
      }
      k += 1
    }
    return found
  }
}
