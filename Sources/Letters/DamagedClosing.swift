import ThaiText

/// คำลงท้าย — a courtesy closing (ขอแสดงความนับถือ…) as OCR may leave it: one letter misread
/// (`ขอแสดงความบับถือ`, น read as บ), a tone mark dropped or added, debris before it.
///
/// Only a line that is the closing and nothing else is matched, and only within one edit of a
/// closing's letters, so a body sentence that opens with similar words never is.
enum DamagedClosing {
  /// The closings' letters without tone marks and spaces.
  static let skeletons: [[Unicode.Scalar]] = Vocabulary.courtesyClosings.words.map { skeleton(Array($0.unicodeScalars)) }

  /// Letters only: tone marks, the OCR-prone marks above, spaces and debris left out.
  static func skeleton(_ s: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
    s.filter { !(0x0E47...0x0E4C).contains($0.value) && !HeaderLabel.isDebris($0) }
  }

  /// True when the whole line is a courtesy closing within one edit.
  static func matches(_ s: [Unicode.Scalar]) -> Bool {
    // Closings are 14–22 letters: a longer line is a sentence.
    guard s.count <= 40 else { return false }
    let letters = skeleton(s)
    guard letters.count >= 10 else { return false }
    return skeletons.contains { OneEdit.apart(letters, $0) }
  }
}
