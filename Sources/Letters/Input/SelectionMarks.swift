import Foundation

/// ช่องทำเครื่องหมาย — how Azure Document Intelligence's markdown prints a check box:
/// `:selected:` for a ticked one, `:unselected:` for an empty one (`:selected: ด่วน :unselected:
/// ด่วนมาก`, `คำสั่ง :selected: อนุมัติ :unselected: ไม่อนุมัติ`). They become the boxes `☑` and `☐`
/// the readers know from printed forms, so a row of urgency boxes gives the ticked word.
enum SelectionMarks {
  static let selected = ":selected:"
  static let unselected = ":unselected:"

  /// `text` with its selection marks as boxes; nil when it holds none.
  static func boxed(_ text: String) -> String? {
    guard hasMark(text) else { return nil }
    return text.replacingAll(unselected, with: "\u{2610}").replacingAll(selected, with: "\u{2611}")
  }

  /// Whether `text` holds `:selected:` or `:unselected:`: every markdown line is asked, so its
  /// colons are found with `memchr` and only the bytes after them compared.
  static func hasMark(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      var from = 0
      while from < bytes.count, let hit = memchr(base + from, 0x3A, bytes.count - from) {
        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        let rest = bytes[(at + 1)...]
        if rest.starts(with: "selected:".utf8) || rest.starts(with: "unselected:".utf8) { return true }
        from = at + 1
      }
      return false
    }
  }
}
