/// หัวกระดาษ — what a word processor prints at the head of every page (`เทศบาลนครเชียงใหม่ |
/// ประกาศรับสมัครพนักงานจ้าง ปีงบประมาณ 2569`, `เอกสารควบคุม FM-GA-01`): the file's first line
/// with text, above the letter's head, printed again where a later page opens. It is no text
/// of the letter: its lines are blanked, their numbers kept.
enum RunningHeader {
  static func blanked(_ lines: [Line]) -> [Line] {
    guard let first = lines.firstIndex(where: { !$0.isBlank }), lines[first].scalars.count <= 100,
      !lines[first].isPageBreak, lines[first].furniture == nil, Vocabulary.marks(lines[first].scalars) == nil,
      !opensALetter(lines, first)
    else { return lines }
    // The letter's head right under it.
    guard let next = lines[(first + 1)...].firstIndex(where: { !$0.isBlank }), next - first <= 3,
      opensALetter(lines, next)
    else { return lines }
    let text = lines[first].text
    let repeats = lines.indices.filter { k in
      guard k > next, lines[k].text == text else { return false }
      if lines[k].opensPage { return true }
      var p = k - 1
      while p > first, lines[p].isBlank { p -= 1 }
      return lines[p].isPageBreak || lines[p].furniture == .pageNumber
    }
    guard !repeats.isEmpty else { return lines }
    var out = lines
    for k in [first] + repeats { out[k] = Line(number: lines[k].number, raw: "") }
    return out
  }

  /// A memo's title, an order's or announcement's title, or a ที่ line.
  static func opensALetter(_ lines: [Line], _ k: Int) -> Bool {
    LetterSegmenter.isMemoTitle(lines[k]) || LetterSegmenter.isTitledHeader(lines, k)
      || LetterSegmenter.isNumberLine(lines[k])
  }
}
