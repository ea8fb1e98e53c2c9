/// ช่องทำเครื่องหมาย — how Azure Document Intelligence's markdown prints a check box:
/// `:selected:` for a ticked one, `:unselected:` for an empty one (`:selected: ด่วน :unselected:
/// ด่วนมาก`, `คำสั่ง :selected: อนุมัติ :unselected: ไม่อนุมัติ`). They become the boxes `☑` and `☐`
/// the readers know from printed forms, so a row of urgency boxes gives the ticked word.
enum SelectionMarks {
  static let selected = ":selected:"
  static let unselected = ":unselected:"

  /// `text` with its selection marks as boxes; nil when it holds none.
  static func boxed(_ text: String) -> String? {
    // Most lines hold no `:s` or `:u`: nothing is searched further in them.
    var colonWord = false
    var previousColon = false
    for b in text.utf8 {
      if previousColon, b == 0x73 || b == 0x75 {
        colonWord = true
        break
      }
      previousColon = b == 0x3A
    }
    guard colonWord, text.contains(selected) || text.contains(unselected) else { return nil }
    return text.replacing(unselected, with: "\u{2610}").replacing(selected, with: "\u{2611}")
  }
}
