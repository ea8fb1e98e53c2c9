/// ข้อความห่อหุ้ม — what stands around a letter that reached the archive by another route than a
/// scanner: the headers of an e-mail that forwarded it, a chat's messages, a social-media post's
/// preface, reactions and comments, a web page's menu and footer, a note-taking app's title and
/// to-do list, an SMS. Before the file's first letter or after its last, such text is no letter
/// and no annex page: it fills nothing.
///
/// Told by what it lacks and what it has: an annex page has a title (`เอกสารแนบท้าย…`,
/// `บัญชีรายชื่อ…`, a form's), or opens a page of its own, or is signed; wrapper text has none of
/// these and no field of a letter's header, and at least one of its lines is what such a route
/// prints (``marks``: `From:`, `[Sticker]`, `#แฮชแท็ก`, `หน้าแรก >`, `- [ ]`, …).
enum WrapperText {
  /// Whether `lines[range]` (before the file's first letter, or after its last) is such text.
  static func isWrapper(_ lines: [Line], _ range: Range<Int>) -> Bool {
    // A page break or a page's number just above: the text opens a page of its own.
    var above = range.lowerBound - 1
    while above >= 0, lines[above].isEmptyish {
      if lines[above].isPageBreak || lines[above].furniture == .pageNumber { return false }
      above -= 1
    }
    var marked = false
    for k in range {
      let line = lines[k]
      if line.isPageBreak || line.opensPage || line.furniture == .pageNumber { return false }
      // A line read as debris may still be the route's (`12 มีนาคม เวลา 10:15 น. · 🌏`).
      if line.isEmptyish {
        if !marked, !line.scalars.isEmpty { marked = isMarked(line) }
        continue
      }
      let s = line.scalars
      if Vocabulary.field(Vocabulary.headerFields, in: s) != nil || LetterSegmenter.isAnnexTitle(lines, k)
        || SignatureParser.isBracketedName(s) || LetterSegmenter.isNumberLine(line)
      {
        return false
      }
      if !marked { marked = isMarked(line) }
    }
    return marked
  }

  /// A line only such a route prints.
  static func isMarked(_ line: Line) -> Bool {
    let text = line.text
    if marks.contains(where: { text.hasUTF8Prefix($0) }) { return true }
    // A chat export's message line: `09:15<TAB>name<TAB>…`.
    if line.cells.count >= 2, let first = line.cells.first, first.utf8.count == 5, first.utf8.dropFirst(2).first == 0x3A {
      return true
    }
    // Hashtags (`#สสจ.ขอนแก่น #รับสมัครงาน`): a markdown heading has a space after its `#`.
    let s = line.scalars
    if s.count > 2, s[0] == "#", s[1] != " ", s[1] != "#" { return true }
    // An emoji (`📢`, `👇`, `🙏`): a letter prints none; a post or a chat does.
    if s.contains(where: { (0x1F300...0x1FAFF).contains($0.value) }) { return true }
    return furnitureWords.contains { text.utf8Range(of: $0) != nil }
  }

  /// How the lines of an e-mail's headers (``MailWrapper/headerLines``, and Thai ones), a chat
  /// export, a post, a web page, a note (a to-do's box, its bullet taken off) and an SMS begin.
  /// (An emoji such as 👍 and the words of ``furnitureWords`` mark a line wherever they stand.)
  static let marks =
    MailWrapper.headerLines + [
      "-----Original Message", "จาก:", "ถึง:", "วันที่:", "หัวเรื่อง:", "เรื่อง:", "[LINE]", "Saved on:", "[Sticker]",
      "[Photo]", "[สติกเกอร์]", "[รูปภาพ]", "หน้าแรก >", "หน้าหลัก >", "ข้ามไปยังเนื้อหา", "ไฟล์แนบ:", "Tags:",
      "Created:", "[ ] ", "[x] ", "SMS ", "ถูกใจ", "แชร์", "ตอบกลับ",
    ]

  /// Words a post's or page's furniture holds anywhere on its line.
  static let furnitureWords = [
    "ผู้เข้าชม", "Copyright", "©", "สงวนลิขสิทธิ์", "ความคิดเห็น", "กรุณาอย่าตอบกลับ", "ดูเพิ่มเติม", "วันที่โพสต์", " · ",
  ]
}
