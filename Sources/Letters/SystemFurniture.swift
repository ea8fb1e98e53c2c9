/// ข้อความของระบบสารบรรณอิเล็กทรอนิกส์ — the lines an electronic document system (e-saraban,
/// e-Office, DMS) prints on a letter's pages that are no part of the letter: a print or
/// download banner (`พิมพ์จากระบบสารบรรณอิเล็กทรอนิกส์ … หน้า 1/2`), the exported file's
/// name, a header with the system's document id, a QR code's caption and where to verify
/// the document, and the note that it was signed electronically.
enum SystemFurniture {
  /// Words such a line begins with (loose: Tesseract drops tone marks, `เอกสารฉบับนีลงนาม…`).
  static let openers: Keywords = [
    "พิมพ์จากระบบ", "พิมพ์โดย", "พิมพ์เมื่อ", "ดาวน์โหลดจากระบบ", "ดาวน์โหลดเมื่อ", "ดาวน์โหลดโดย", "สแกน QR",
    "สแกนคิวอาร์", "ตรวจสอบเอกสารได้ที่", "ตรวจสอบความถูกต้องของเอกสารได้ที่", "สแกนเพื่อ", "เอกสารนี้ลงนามด้วย",
    "เอกสารฉบับนี้ลงนามด้วย", "เอกสารนี้ได้ลงนาม", "เอกสารนี้ลงนามโดย", "เอกสารฉบับนี้ลงนามโดย",
    "เอกสารนี้ดาวน์โหลดจาก", "เอกสารฉบับนี้ดาวน์โหลดจาก", "เอกสารนี้พิมพ์จาก", "เอกสารฉบับนี้พิมพ์จาก",
  ]

  /// The note under a signature that it was signed electronically, and when. `ลงนามเมื่อ …`
  /// is no furniture: right under the positions it ends the letter (``SignatureParser``).
  static let signatureNotes: Keywords = [
    "ลงนามเมื่อ", "ลงนามวันที่", "เอกสารนี้ลงนามด้วย", "เอกสารฉบับนี้ลงนามด้วย", "เอกสารนี้ได้ลงนาม", "เอกสารนี้ลงนามโดย",
    "เอกสารฉบับนี้ลงนามโดย",
  ]

  static let fileWord = Array("ไฟล์".unicodeScalars)
  static let documentIDWords = [Array("เลขที่เอกสาร".unicodeScalars), Array("รหัสเอกสาร".unicodeScalars)]

  /// Whether the system printed line `s`.
  /// Every line is asked: the cheap tests come first (a keyword's first scalar, the file
  /// word's `ไ`, a hyphen for an id), the searches only for the few lines that pass them.
  static func isSystemLine(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 8, s.count <= 200 else { return false }
    if Vocabulary.leading(openers, in: s) != nil { return true }
    // `ไฟล์ : นพ0318-ว2175-….pdf   พิมพ์เมือ …`: the exported file's name.
    if s[0] == "ไ", let end = LooseMatch.end(of: fileWord, in: s, at: 0), end < s.count,
      s[end] == " " || s[end] == ":", String(scalars: s).lowercased().contains(".pdf")
    {
      return true
    }
    guard s.count >= 20 else { return false }
    let hyphen = s.contains("-")
    let bar = s.contains("|")
    // `ระบบสารบรรณอิเล็กทรอนิกส์ อำเภอหางดง | ชม0314-ว412.pdf | พิมพ์เมื่อ …`: a print banner
    // naming the exported file, its parts set apart by bars.
    if bar, String(scalars: s).lowercased().contains(".pdf") { return true }
    // `… เลขที่เอกสาร DOPA-DMS-2569-0047712 …`: the system's id of the document, Latin
    // letters and digits joined by hyphens.
    guard hyphen else { return false }
    for word in documentIDWords {
      if let at = LooseMatch.find(word, in: s), hasDocumentID(s, from: at.upperBound) { return true }
    }
    return false
  }

  /// A QR code's caption (`สแกนเพื่อดาวน์โหลด…`, `สแกน QR Code…`): a system line that begins
  /// with `สแกน`. What it wraps onto is the caption too (``SignatureParser``).
  static func isScanCaption(_ s: [Unicode.Scalar]) -> Bool {
    s.starts(with: scanWord) && isSystemLine(s)
  }

  static let scanWord = Array("สแกน".unicodeScalars)

  /// A note that the letter was signed electronically (`ลงนามเมื่อ 18/11/2569 14:05:22`).
  static func isSignatureNote(_ s: [Unicode.Scalar]) -> Bool {
    s.count <= 120 && Vocabulary.leading(signatureNotes, in: s) != nil
  }

  /// An id like `EO-69-0018342` in the next word after `from`: a hyphen, and ASCII letters or
  /// digits on both sides of it.
  static func hasDocumentID(_ s: [Unicode.Scalar], from: Int) -> Bool {
    var i = from
    while i < s.count, s[i] == " " || s[i] == ":" { i += 1 }
    var hyphen = false
    var ascii = 0
    while i < s.count, s[i] != " " {
      if s[i] == "-" {
        hyphen = true
      } else if s[i].value < 0x80, s[i].properties.isAlphabetic || (0x30...0x39).contains(s[i].value) {
        ascii += 1
      } else {
        return false
      }
      i += 1
    }
    return hyphen && ascii >= 6
  }
}
