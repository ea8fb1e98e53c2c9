import Foundation

extension String {
  /// Runs of spaces and tabs become one space; ends trimmed.
  /// - Complexity: O(n) over UTF-8 bytes.
  func collapsingSpaces() -> String {
    var copy = self
    // Most lines and values have nothing to collapse inside, at most spaces at their ends
    // (indented lines): return them, or the slice between, without building a new String
    // (which the standard library validates as UTF-8 again).
    if let kept = copy.withUTF8(Self.collapsedInside) {
      if kept.count == utf8.count { return self }
      return String(
        self[utf8.index(startIndex, offsetBy: kept.lowerBound)..<utf8.index(startIndex, offsetBy: kept.upperBound)])
    }
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

  /// The bytes left once the ends are trimmed, when no tab, no no-break space and no run of
  /// spaces stands between them; nil when something inside must be collapsed.
  private static func collapsedInside(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var start = 0
    var end = bytes.count
    while start < end {
      if bytes[start] == 0x20 || bytes[start] == 0x09 {
        start += 1
      } else if bytes[start] == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
        start += 2
      } else {
        break
      }
    }
    while end > start {
      if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
        end -= 1
      } else if bytes[end - 1] == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 {
        end -= 2
      } else {
        break
      }
    }
    var afterSpace = false
    var i = start
    let raw = UnsafeRawPointer(bytes.baseAddress)
    let a0 = WordScan.broadcast(0xA0)
    while i < end {
      // Eight bytes at a time while none is a space, a tab, a control or A0 (``WordScan``).
      if let raw, i + 8 <= end {
        let w = WordScan.load(raw, i)
        // A word of Thai letters alone (no ASCII byte) can only hold an A0 (``WordScan/allHigh(_:)``).
        let found =
          WordScan.allHigh(w) ? WordScan.hasByte(w, a0) : WordScan.hasByteBelow(w, 0x21) | WordScan.hasByte(w, a0)
        if found == 0 {
          afterSpace = false
          i += 8
          continue
        }
        // Straight to the first byte found: the bytes before it are none of them
        // (``WordScan/firstFound(_:)``); Thai lines have a space every few words.
        let skipped = WordScan.firstFound(found)
        if skipped > 0 {
          afterSpace = false
          i += skipped
        }
      }
      let b = bytes[i]
      i += 1
      // Most bytes are neither space nor tab nor A0: test them once.
      if b > 0x20 && b != 0xA0 {
        afterSpace = false
        continue
      }
      if b == 0x20 {
        if afterSpace { return nil }
        afterSpace = true
      } else if b == 0x09 {
        return nil
      } else if b == 0xA0, i >= start + 2, bytes[i - 2] == 0xC2 {
        // C2 A0 is U+00A0; A0 after another lead byte is part of a character (ภ is E0 B8 A0).
        return nil
      } else {
        afterSpace = false
      }
    }
    return start..<end
  }

  /// The UTF-8 bytes at `offsets` as a new `String`, copied without validating them again:
  /// the standard library copies a slice of a valid string unchecked, where
  /// `String(decoding:as:)` of the same bytes checks every one. `offsets` must fall on scalar
  /// boundaries (next to ASCII bytes, say).
  /// - Complexity: O(n) in the bytes copied.
  func copyOfUTF8(_ offsets: Range<Int>) -> String {
    let view = utf8
    let lower = view.index(view.startIndex, offsetBy: offsets.lowerBound)
    let upper = view.index(lower, offsetBy: offsets.count)
    return String(Substring(view[lower..<upper]))
  }

  /// The text of `tail`, which must be the last scalars of this string (its `scalarArray`
  /// from some index on: a line's scalars after a label), copied from its bytes.
  /// `String(scalars: tail)` encodes the scalars again, and the standard library validates
  /// what it is given.
  /// - Complexity: O(n) in the scalars of `tail`.
  func copyOfTrailing(_ tail: ArraySlice<Unicode.Scalar>) -> String {
    var length = 0
    for scalar in tail { length &+= UTF8.width(scalar) }
    let count = utf8.count
    return copyOfUTF8((count - length)..<count)
  }

  /// The text of `scalars[range]`, where `scalars` are this string's (its `scalarArray`),
  /// copied from its bytes: the offsets are the UTF-8 widths of the scalars before and in
  /// the range, where `String(scalars:)` encodes them again and the result is validated.
  /// For many ranges of one long text, cut at ``Swift/Array/utf8Offsets`` instead.
  /// - Complexity: O(n) in the scalars up to `range.upperBound`.
  func copyOfScalars(_ range: Range<Int>, of scalars: [Unicode.Scalar]) -> String {
    var lower = 0
    for scalar in scalars[..<range.lowerBound] { lower &+= UTF8.width(scalar) }
    var upper = lower
    for scalar in scalars[range] { upper &+= UTF8.width(scalar) }
    return copyOfUTF8(lower..<upper)
  }

  /// The first place `needle` occurs, compared byte for byte. Foundation's `range(of:)`
  /// compares canonically through CoreFoundation, about 17,000 instructions a call on a
  /// short line; the parser's needles are whole Thai words in normalized text, where the
  /// two agree.
  func utf8Range(of needle: String) -> Range<String.Index>? {
    var haystack = self
    var needle = needle
    guard !needle.isEmpty else { return nil }
    let found = haystack.withUTF8 { h in needle.withUTF8 { n in Byte.find(n, in: h, from: 0) } }
    guard let found else { return nil }
    let lower = utf8.index(startIndex, offsetBy: found)
    return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
  }

  /// `hasPrefix` on the bytes: the standard library's compares Characters (about 6,000
  /// instructions a call on a Thai line); for a prefix ending in a whole word they agree.
  func hasUTF8Prefix(_ prefix: String) -> Bool {
    var text = self
    var prefix = prefix
    return text.withUTF8 { t in
      prefix.withUTF8 { p in p.count <= t.count && (p.isEmpty || memcmp(t.baseAddress!, p.baseAddress!, p.count) == 0) }
    }
  }

  /// `hasSuffix` on the bytes, as ``hasUTF8Prefix(_:)``.
  func hasUTF8Suffix(_ suffix: String) -> Bool {
    var text = self
    var suffix = suffix
    return text.withUTF8 { t in
      suffix.withUTF8 { p in
        p.count <= t.count && (p.isEmpty || memcmp(t.baseAddress! + (t.count - p.count), p.baseAddress!, p.count) == 0)
      }
    }
  }

  func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }

  /// Text with leading and trailing spaces/tabs removed.
  var trimmed: String {
    // Most texts have nothing to trim: returned as they are, not copied through a scalar
    // view (a space or tab at an end is one byte; any other last byte ends another scalar).
    if let first = utf8.first, let last = utf8.last, first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
      return self
    }
    // The ends found on the bytes (spaces and tabs are one byte each, so the cut stands
    // between scalars) and the rest copied without validating it again, not taken off a
    // scalar view one by one and built into a new String (a sixth more).
    var copy = self
    let (start, end) = copy.withUTF8 { bytes -> (Int, Int) in
      var start = 0
      var end = bytes.count
      while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
      while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
      return (start, end)
    }
    return copyOfUTF8(start..<end)
  }

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

extension Array where Element == Unicode.Scalar {
  /// The UTF-8 offset where each scalar begins, and the total length last (`count + 1`
  /// entries): scalar ranges of the text these scalars were decoded from, as byte ranges.
  /// - Complexity: O(n).
  var utf8Offsets: [Int] {
    var offsets: [Int] = []
    offsets.reserveCapacity(count + 1)
    var offset = 0
    for scalar in self {
      offsets.append(offset)
      offset &+= UTF8.width(scalar)
    }
    offsets.append(offset)
    return offsets
  }
}
