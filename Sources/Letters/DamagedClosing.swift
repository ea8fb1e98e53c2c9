import ThaiText

/// คำลงท้าย — a courtesy closing (ขอแสดงความนับถือ…) as OCR may leave it: one letter misread
/// (`ขอแสดงความบับถือ`, น read as บ), a tone mark dropped or added, debris before it.
///
/// Only a line that is the closing and nothing else is matched, and only within one edit of a
/// closing's letters (two for a closing of 14 letters or more: `ขอแสดงคววมีนับถือ`, a letter
/// misread and one added), so a body sentence that opens with similar words never is.
enum DamagedClosing {
  /// The closings' letters without tone marks and spaces.
  static let skeletons: [[Unicode.Scalar]] = Vocabulary.courtesyClosings.words.map { skeleton(Array($0.unicodeScalars)) }

  /// Letters only: tone marks, the OCR-prone marks above, spaces and debris left out.
  static func skeleton(_ s: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
    s.filter(isSkeletonLetter)
  }

  /// A scalar a skeleton keeps.
  static func isSkeletonLetter(_ c: Unicode.Scalar) -> Bool {
    !(0x0E47...0x0E4C).contains(c.value) && !HeaderLabel.isDebris(c)
  }

  /// True when the whole line is a courtesy closing within one edit.
  static func matches(_ s: [Unicode.Scalar]) -> Bool {
    // Closings are 14–22 letters: a longer line is a sentence.
    guard s.count <= 40 else { return false }
    // The letters are counted before they are copied out: an edit changes the count by one
    // at most, so a line whose count is further from every closing's (two for a long one) is
    // none (most short lines), and making the copy was most of this test.
    var count = 0
    for c in s where isSkeletonLetter(c) { count += 1 }
    guard count >= 10, skeletons.contains(where: { abs($0.count - count) <= ($0.count >= 14 ? 2 : 1) }) else {
      return false
    }
    var letters: [Unicode.Scalar] = []
    letters.reserveCapacity(count)
    for c in s where isSkeletonLetter(c) { letters.append(c) }
    // Two edits only where the line begins as the closing does (its first two letters).
    return skeletons.contains {
      OneEdit.apart(letters, $0) || $0.count >= 14 && letters.starts(with: $0.prefix(2)) && withinTwoEdits(letters, $0)
    }
  }

  /// Whether `a` becomes `b` by at most two insertions, deletions or substitutions (a
  /// Levenshtein distance kept to a band of two either side of the diagonal).
  static func withinTwoEdits(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
    guard !a.isEmpty, !b.isEmpty, abs(a.count - b.count) <= 2 else { return false }
    let big = 3
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [Int](repeating: big, count: b.count + 1)
      current[0] = i
      for j in max(1, i - 2)...min(b.count, i + 2) {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1, big)
      }
      guard (current.min() ?? big) <= 2 else { return false }
      previous = current
    }
    return previous[b.count] <= 2
  }
}
