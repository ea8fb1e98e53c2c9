/// ใบปะหน้าโทรสาร — a fax's cover sheet: the office's name under its title, then `ถึง`, `จาก`,
/// `วันที่`, `จำนวนหน้า`, `เรื่อง` and a line of message. Without a number of its own it is a
/// record of its own before the letter it carries (an annex page, Corpus 8002); with a number
/// (`ที่ ตก 0032.202/218`) it is a letter of its office, whose name stands under the title.
enum FaxCover {
  static let titles: Keywords = [
    "ใบปะหน้าโทรสาร", "ใบนำส่งโทรสาร", "ใบปะหน้าแฟกซ์", "ใบนำส่งแฟกซ์", "แบบนำส่งโทรสาร", "ใบปะหน้าส่งโทรสาร",
  ]

  /// Whether `s` is a cover sheet's title (`ใบปะหน้าโทรสาร (FAX COVER SHEET)`, `FAX COVER SHEET`).
  static func isTitle(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 9, s.count <= 60 else { return false }
    return Vocabulary.leading(titles, in: s) != nil || DeviceFurniture.startsWith(s, "FAX COVER")
      || DeviceFurniture.startsWith(s, "FACSIMILE COVER")
  }
}
