/// Searches and splits that Foundation or the standard library do Character by Character,
/// done on the UTF-8 bytes and then checked against Character boundaries, so that they find
/// exactly what the Character versions find. A Character walk over a Thai line costs tens of
/// thousands of instructions; the check costs a few hundred, at the places found only.
extension String {
  /// `range(of: needle, options: .backwards)` (Foundation): the last place `needle` stands
  /// as whole Characters. `needle` must have no combining mark of a nonzero class (`จำนวน`):
  /// then only its own bytes are canonically equivalent to it.
  /// - Complexity: O(n · m) worst case, O(n) for a word in Thai text.
  func lastCharacterRange(of needle: String) -> Range<String.Index>? {
    // On the strings' own UTF-8, not on copies of it in arrays.
    var textCopy = self
    var wordCopy = needle
    return wordCopy.withUTF8 { word in
      textCopy.withUTF8 { text -> Range<String.Index>? in
        guard let first = word.first, word.count <= text.count else { return nil }
        var start = text.count - word.count
        while start >= 0 {
          if text[start] == first, text[start..<(start + word.count)].elementsEqual(word) {
            let lower = utf8.index(startIndex, offsetBy: start)
            let upper = utf8.index(lower, offsetBy: word.count)
            // Both ends must be Character boundaries: `จำนวน่` holds the bytes of จำนวน, but its
            // last Character is น่, not น.
            if String.Index(lower, within: self) != nil, String.Index(upper, within: self) != nil {
              return lower..<upper
            }
          }
          start -= 1
        }
        return nil
      }
    }
  }

  /// `split(whereSeparator:)` with separators that are ASCII characters, found on the bytes:
  /// a separator byte splits only where it is a Character of its own (a space with a
  /// combining mark after it is one Character, and no space). Empty pieces are left out.
  /// - Complexity: O(n).
  func splitAtASCII(_ isSeparator: (UInt8) -> Bool) -> [Substring] {
    var pieces: [Substring] = []
    let view = utf8
    var pieceStart = view.startIndex
    var i = view.startIndex
    while i < view.endIndex {
      let next = view.index(after: i)
      if view[i] < 0x80, isSeparator(view[i]), String.Index(i, within: self) != nil,
        String.Index(next, within: self) != nil
      {
        if pieceStart < i { pieces.append(self[pieceStart..<i]) }
        pieceStart = next
      }
      i = next
    }
    if pieceStart < view.endIndex { pieces.append(self[pieceStart..<view.endIndex]) }
    return pieces
  }
}
