import ThaiText

/// ความคลาดเคลื่อนของตัวเลข — how two digit strings differ, if by at most one digit, and
/// whether that difference is one OCR is known to make.
///
/// Tesseract's Thai model has no ๔ ๖ ๗ ๘ ๙: a read ๕ may be ๔ ๕ ๘ ๙, ๒ may be ๖, ๓ may be ๗,
/// ๐ may be ๖ (DESIGN.md). Any other single substitution, or a digit dropped or added, is
/// possible but less likely.
public enum DigitEdit: Sendable, Hashable {
  /// The same digits.
  case none
  /// One digit read for another within a Tesseract confusion set (`๔`↔`๕`).
  case confusion(read: Character, true: Character)
  /// One digit replaced by an unrelated one.
  case substitution(read: Character, true: Character)
  /// One digit dropped or added.
  case insertionOrDeletion

  /// The confusion sets, as ASCII digits (the stored form).
  public static let confusionSets: [Set<Character>] = [["4", "5", "8", "9"], ["2", "6"], ["3", "7"], ["0", "6"]]

  /// How `read` (the citation) differs from `actual` (the letter), or nil when by more than one digit.
  /// - Complexity: O(n) in the length of the strings.
  public static func between(_ read: String, _ actual: String) -> DigitEdit? {
    if read == actual { return DigitEdit.none }
    let x = Array(read)
    let y = Array(actual)
    if x.count == y.count {
      let diffs = zip(x, y).filter { $0 != $1 }
      guard diffs.count == 1, let (a, b) = diffs.first else { return nil }
      let known = confusionSets.contains { $0.contains(a) && $0.contains(b) }
      return known ? .confusion(read: a, true: b) : .substitution(read: a, true: b)
    }
    guard abs(x.count - y.count) == 1 else { return nil }
    let (long, short) = x.count > y.count ? (x, y) : (y, x)
    for skip in long.indices where Array(long[..<skip] + long[(skip + 1)...]) == short {
      return .insertionOrDeletion
    }
    return nil
  }

  /// How much this difference lowers a match's confidence.
  public var factor: Double {
    switch self {
    case .none: 1.0
    case .confusion: 0.85
    case .substitution: 0.6
    case .insertionOrDeletion: 0.5
    }
  }

  /// The reason an archivist reads: `serial 1465 for 1565: ๔↔๕ OCR confusion`.
  public func describe(_ field: String, read: String, actual: String) -> String? {
    switch self {
    case .none: return nil
    case let .confusion(a, b):
      return "\(field) \(read) for \(actual): \(ThaiDigits.thai(String(a)))↔\(ThaiDigits.thai(String(b))) OCR confusion"
    case .substitution:
      return "\(field) \(read) for \(actual): one digit differs"
    case .insertionOrDeletion:
      return "\(field) \(read) for \(actual): one digit dropped or added"
    }
  }

  var count: Int { self == .none ? 0 : 1 }
}
