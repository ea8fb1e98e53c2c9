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
    return madeUpHeadings.contains { $0.count == s.count && $0 == s }
  }
}
