import ThaiText

/// ถ้อยคำภาษาอังกฤษ — English words matched at a place in a line, without regard to case
/// (OCR and typists print `SUBJECT:`, `Subject:`, `subject :` alike).
///
/// A word is kept as the scalar values of its lowercase form; an ASCII letter of the line is
/// compared lowercased, any other scalar (Thai, digits, punctuation) as it is.
struct EnglishWords: ExpressibleByArrayLiteral, Sendable {
  let words: [[UInt32]]

  init(arrayLiteral elements: String...) { self.init(elements) }

  init(_ elements: [String]) {
    // Longest first: `ref. no.` before `ref.`, `yours sincerely` before `yours`.
    words = elements.map { $0.unicodeScalars.map(\.value) }.sorted { $0.count > $1.count }
  }

  /// The scalar value of `c` lowercased when it is an ASCII capital.
  @inline(__always) static func folded(_ c: Unicode.Scalar) -> UInt32 {
    let v = c.value
    return v &- 0x41 < 26 ? v | 0x20 : v
  }

  @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
    let v = c.value | 0x20
    return v &- 0x61 < 26 && c.value < 0x80
  }

  /// Where the longest of the words that stands at `i` ends, when it ends a word (no letter
  /// follows a word that ends with a letter); nil when none does.
  func end(in s: [Unicode.Scalar], at i: Int = 0) -> Int? {
    guard i < s.count else { return nil }
    let first = Self.folded(s[i])
    for word in words where word.first == first && i + word.count <= s.count {
      var k = 1
      while k < word.count, Self.folded(s[i + k]) == word[k] { k += 1 }
      guard k == word.count else { continue }
      let end = i + word.count
      if end < s.count, let last = word.last, Unicode.Scalar(last).map(Self.isLetter) == true, Self.isLetter(s[end]) {
        continue
      }
      return end
    }
    return nil
  }

  /// Whether one of the words stands anywhere in `s` (not only at a word's start).
  func occursAnywhere(in s: [Unicode.Scalar]) -> Bool {
    s.indices.contains { end(in: s, at: $0) != nil }
  }

  /// Whether one of the words stands anywhere in `s`, at a word's start.
  func occurs(in s: [Unicode.Scalar]) -> Bool {
    var i = 0
    while i < s.count {
      if (i == 0 || !Self.isLetter(s[i - 1])), end(in: s, at: i) != nil { return true }
      i += 1
    }
    return false
  }
}
