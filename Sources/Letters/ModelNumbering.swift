/// เลขลำดับที่โมเดลใส่เอง — an LLM-based OCR that set a letter's paragraphs as a numbered list
/// (`1. ตามหนังสือที่อ้างถึง …`, `2. …`, `3. จึงเรียนมาเพื่อโปรดทราบ`): a letter never numbers its
/// closing sentence (`จึงเรียนมาเพื่อ…`), so numbers in Arabic digits counting 1, 2, 3 … from the
/// body's first paragraph to that one are the model's, and go. A letter's own items (`๑.`, `๑.๑`,
/// or Arabic ones that stop before the closing sentence) stay, and so do a memo's: a memo may
/// number its last paragraph (`3. จึงขออนุมัติ…`, Corpus 709).
enum ModelNumbering {
  static let closingStart = Array("จึงเรียน".unicodeScalars)

  static func stripped(_ body: [String]) -> [String] {
    guard body.count >= 2, body[0].hasUTF8Prefix("1. ") else { return body }
    var numbered: [Int] = []
    var expected = 1
    for (k, paragraph) in body.enumerated() {
      let marker = "\(expected). "
      guard paragraph.hasUTF8Prefix(marker) else { continue }
      numbered.append(k)
      // The list must reach the closing sentence.
      if Array(paragraph.unicodeScalars.dropFirst(marker.unicodeScalars.count)).starts(with: closingStart) {
        guard numbered.count >= 2 else { return body }
        var out = body
        for (n, index) in numbered.enumerated() {
          out[index] = String(out[index].unicodeScalars.dropFirst("\(n + 1). ".unicodeScalars.count))
        }
        return out
      }
      expected += 1
    }
    return body
  }
}
