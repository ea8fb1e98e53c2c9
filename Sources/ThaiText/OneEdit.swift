/// หนึ่งการแก้ไข — whether two words are at most one edit apart (one scalar substituted,
/// dropped or added): how far OCR damage may move a month name or a closing formula and still
/// be read as it.
public enum OneEdit {
  public static func apart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
    if a.count == b.count { return zip(a, b).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) } <= 1 }
    let (long, short) = a.count > b.count ? (a, b) : (b, a)
    guard long.count - short.count == 1 else { return false }
    var i = 0
    var j = 0
    var skipped = false
    while i < long.count, j < short.count {
      if long[i] == short[j] {
        i += 1
        j += 1
      } else if skipped {
        return false
      } else {
        skipped = true
        i += 1
      }
    }
    return true
  }
}
