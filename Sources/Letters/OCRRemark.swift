/// คำของเครื่องอ่าน — what an LLM-based OCR writes about its answer rather than the page: a
/// sentence introducing it (`Here is the extracted text from the document:`) or a heading it
/// made up over the letter (`# หนังสือราชการ`). Neither is text of the letter.
enum OCRRemark {
  /// Words of such an introduction, lowercased.
  static let introductionWords = ["here is", "here's", "extracted", "transcri", "ocr"]

  /// Headings a model puts over a letter: the name of the genre, not of this document.
  static let madeUpHeadings: [[Unicode.Scalar]] = ["หนังสือราชการ", "เอกสารราชการ"].map { Array($0.unicodeScalars) }

  /// Asked of every line: compared scalar by scalar, no string made unless the line ends
  /// with a colon and is ASCII.
  static func isRemark(_ s: [Unicode.Scalar]) -> Bool {
    if s.count >= 12, s.count <= 120, s.last == ":", s.allSatisfy({ $0.value < 0x80 }) {
      let text = String(String.UnicodeScalarView(s)).lowercased()
      return introductionWords.contains { text.contains($0) }
    }
    return madeUpHeadings.contains { $0.count == s.count && $0 == s } || isThaiChat(s)
  }

  /// A chat model's sentence in Thai about its answer: it opens as an answer or an offer does
  /// (`แน่นอน`, `ด้านล่างนี้คือ`, `นี่คือ`, `หากต้องการให้…`), speaks of the reading (`ถอด`,
  /// `Markdown`, `OCR`, `JSON`…) and speaks politely (`ครับ`, `ค่ะ`) or ends with a colon — no
  /// letter's sentence does all three.
  static func isThaiChat(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 8, s.count <= 240, Vocabulary.leading(chatOpeners, in: s) != nil,
      chatSubjects.contains(where: { LooseMatch.find($0, in: s) != nil }),
      s.last == ":" || politeParticles.contains(where: { LooseMatch.find($0, in: s) != nil })
    else { return false }
    return true
  }

  static let chatOpeners: Keywords = [
    "แน่นอน", "ได้เลย", "ได้ครับ", "ได้ค่ะ", "ด้านล่างนี้", "ข้างล่างนี้", "นี่คือ", "ต่อไปนี้คือ", "หากต้องการ", "หากท่านต้องการ",
    "หวังว่า",
  ]
  static let chatSubjects: [[Unicode.Scalar]] = [
    "ถอด", "Markdown", "markdown", "OCR", "JSON", "CSV", "ข้อความในเอกสาร", "ข้อความจากเอกสาร", "จัดรูปแบบ",
  ].map { Array($0.unicodeScalars) }
  static let politeParticles: [[Unicode.Scalar]] = ["ครับ", "ค่ะ", "คะ"].map { Array($0.unicodeScalars) }
}
