extension String {
  /// Runs of spaces and tabs become one space; ends trimmed.
  /// - Complexity: O(n) over UTF-8 bytes.
  func collapsingSpaces() -> String {
    var copy = self
    return copy.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { out in
        var n = 0
        var pendingSpace = false
        var i = 0
        while i < bytes.count {
          let b = bytes[i]
          // space, tab, and U+00A0 (C2 A0)
          if b == 0x20 || b == 0x09 {
            pendingSpace = n > 0
            i += 1
            continue
          }
          if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
            pendingSpace = n > 0
            i += 2
            continue
          }
          if pendingSpace {
            out[n] = 0x20
            n += 1
            pendingSpace = false
          }
          out[n] = b
          n += 1
          i += 1
        }
        return n
      }
    }
  }

  func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }

  /// Text with leading and trailing spaces/tabs removed.
  var trimmed: String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return String(scalars)
  }

  var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }

  /// True when the text starts with `prefix`, ignoring tone marks OCR drops (ที ↔ ที่).
  func hasLoosePrefix(_ prefix: String) -> Bool { looseMatchEnd(prefix) != nil }

  /// The scalar offset where `prefix` ends when matched loosely at the start, else nil.
  func looseMatchEnd(_ prefix: String, from start: Int = 0) -> Int? {
    let s = Array(unicodeScalars)
    let p = Array(prefix.unicodeScalars)
    return LooseMatch.end(of: p, in: s, at: start)
  }
}

/// Matching that tolerates the marks Tesseract drops (่ ้ ๊ ๋ ์) on either side.
enum LooseMatch {
  @inline(__always) static func droppable(_ c: Unicode.Scalar) -> Bool {
    (0x0E48...0x0E4C).contains(c.value)
  }

  static func end(of pattern: [Unicode.Scalar], in s: [Unicode.Scalar], at start: Int) -> Int? {
    var i = start
    var k = 0
    while k < pattern.count {
      if droppable(pattern[k]) {
        if i < s.count, s[i] == pattern[k] { i += 1 }
        k += 1
        continue
      }
      while i < s.count, droppable(s[i]) { i += 1 }
      guard i < s.count, s[i] == pattern[k] else { return nil }
      i += 1
      k += 1
    }
    return i
  }

  /// The first offset in `from..<before` (default: to the end) where `pattern` matches loosely.
  static func find(
    _ pattern: [Unicode.Scalar], in s: [Unicode.Scalar], from: Int = 0, before: Int? = nil
  ) -> Range<Int>? {
    let limit = min(before ?? s.count, s.count)
    guard !pattern.isEmpty, from < limit else { return nil }
    let first = pattern[0]
    var i = max(from, 0)
    while i < limit {
      if s[i] == first, let e = end(of: pattern, in: s, at: i) { return i..<e }
      i += 1
    }
    return nil
  }
}
