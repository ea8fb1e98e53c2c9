import Foundation
import Letters
import Testing
import ThaiText

/// Text made to hurt a parser — every line `ที่`, thousands of `อ้างถึง`, one line of
/// megabytes — is read in time linear in its size (CPU time of the parsing thread). Each case is sized so that a
/// linear reading takes about a second in a debug build and a quadratic one (as a memo title on every
/// line, or a line of body citations, once took) about a minute.
@Suite struct PathologicalInputTests {
  /// A short letter head, so that what follows is read as the letter's header and body.
  static let head = """
    ที่ มท ๐๘๑๒/ว ๑๕๖๕
    กรมส่งเสริมการปกครองท้องถิ่น

    ๙ กรกฎาคม ๒๕๖๔

    เรื่อง ทดสอบ
    เรียน ผู้ว่าราชการจังหวัด


    """

  /// A unit repeated `count` times after ``head``.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var unit: String
    var count: Int
    var testDescription: String { "\(name) ×\(count)" }
  }

  static let cases: [Case] = [
    Case(name: "every line ที่", unit: "ที่\n", count: 20_000),
    Case(name: "every line a letter number", unit: "ที่ มท ๐๘๑๒/ว ๑๕๖๕\n", count: 4_000),
    Case(name: "every line อ้างถึง", unit: "อ้างถึง\n", count: 20_000),
    Case(
      name: "every line a citation",
      unit: "อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๒/ว ๑๔๖๕ ลงวันที่ ๗ กรกฎาคม ๒๕๖๔\n",
      count: 2_000),
    Case(name: "one line of อ้างถึง", unit: "อ้างถึง ", count: 50_000),
    Case(name: "every line เรื่อง", unit: "เรื่อง ทดสอบ\n", count: 20_000),
    Case(name: "every line an enclosure", unit: "สิ่งที่ส่งมาด้วย ๑. สำเนาหนังสือ จำนวน ๑ ชุด\n", count: 4_000),
    Case(name: "every line an annex title", unit: "เอกสารแนบท้ายหนังสือ\n", count: 10_000),
    Case(name: "every line a date", unit: "๙ กรกฎาคม ๒๕๖๔\n", count: 10_000),
    Case(name: "every line a memo title", unit: "บันทึกข้อความ\n", count: 4_000),
    Case(name: "every line an urgency mark", unit: "ด่วนที่สุด\n", count: 4_000),
    Case(name: "every line a signature", unit: "(นายสมชาย ใจดี)\n", count: 10_000),
    Case(
      name: "one line of body citations",
      unit: "ตามหนังสือ ที่ มท ๐๘๑๒/ว ๑๕๖๕ ลงวันที่ ๙ กรกฎาคม ๒๕๖๔ ", count: 4_000),
    Case(name: "one line of ที่", unit: "ที่ ", count: 100_000),
    Case(name: "one line of หนังสือ", unit: "หนังสือ ", count: 50_000),
    Case(name: "dotted leaders", unit: String(repeating: ".", count: 500) + "\n", count: 1_000),
    Case(name: "one line of open brackets", unit: "(", count: 200_000),
    Case(name: "one line of Thai digits", unit: "๑", count: 200_000),
    Case(name: "one line of /ว", unit: "/ว ", count: 100_000),
    Case(name: "every line a phone", unit: "โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๑๒๓\n", count: 10_000),
    Case(name: "every line a receipt stamp", unit: "เลขรับ ๑๒๓๔\n", count: 4_000),
  ]

  @Test(arguments: cases)
  func pathologicalOCRIsReadInLinearTime(_ c: Case) throws {
    let text = Self.head + String(repeating: c.unit, count: c.count)
    let (document, elapsed) = threadCPUTime { LetterParser().parse(bytes: Array(text.utf8), path: "pathological.txt") }
    #expect(elapsed < .seconds(15), "\(c.name): \(elapsed)")
    #expect(!document.letters.isEmpty)
  }

  /// A file of thousands of letters, each citing a near miss of the one before: every
  /// citation is checked against the letters in the file by number, not against each one.
  @Test func aFileOfThousandsOfLettersCitingEachOtherIsReadInLinearTime() throws {
    var text = ""
    for k in 1...3_000 {
      text += """
        ที่ มท ๐๘๑๒/ว \(ThaiDigits.thai(String(k)))
        กรมส่งเสริมการปกครองท้องถิ่น

        ๙ กรกฎาคม ๒๕๖๔

        เรื่อง ทดสอบ
        เรียน ผู้ว่าราชการจังหวัด

        อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๒/ว \(ThaiDigits.thai(String(k * 10 + 1))) ลงวันที่ ๙ กรกฎาคม ๒๕๖๔

        ขอแสดงความนับถือ


        """
    }
    let (document, elapsed) = threadCPUTime { LetterParser().parse(bytes: Array(text.utf8), path: "many.txt") }
    #expect(elapsed < .seconds(15), "\(elapsed)")
    #expect(document.letters.count == 3_000)
    // ว k cites ว k·10+1: present when k ≤ 299; else flagged when another letter's serial is a
    // digit away from it (a letter's own number does not count: ว k·10+1 less its last digit
    // is ว k itself). Counted here by brute force over the serials.
    func near(_ a: String, _ b: String) -> Bool {
      let (x, y) = (Array(a), Array(b))
      if x.count == y.count { return zip(x, y).filter { $0 != $1 }.count == 1 }
      guard abs(x.count - y.count) == 1 else { return false }
      let (long, short) = x.count > y.count ? (x, y) : (y, x)
      return long.indices.contains { Array(long[..<$0] + long[($0 + 1)...]) == short }
    }
    let expected = (300...3_000).filter { k in
      let cited = String(k * 10 + 1)
      return (1...3_000).contains { $0 != k && near(String($0), cited) }
    }.count
    let mismatched = document.letters.filter { $0.warnings.contains { $0.code == .citationMismatch } }
    #expect(mismatched.count == expected)
    #expect(expected > 2_600)
  }

  /// A body paragraph of one line, 4 MB long: no step may rescan the line per word (each ที่
  /// in it once copied the rest of the line).
  @Test func aMegabyteLineIsReadInLinearTime() throws {
    let letter = Self.head
    let body = "ตามหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๒/ว ๒๗๑ ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๔ นั้น "
    let text = letter + String(repeating: body, count: 4_000_000 / body.utf8.count)
    let (document, elapsed) = threadCPUTime { LetterParser().parse(bytes: Array(text.utf8), path: "line.txt") }
    #expect(elapsed < .seconds(20), "\(elapsed)")
    #expect(document.letters.count >= 1)
  }

  /// One hOCR line of 40,000 glyph words: joining them may not rescan the line per word (the
  /// header-label check once looked for a space in the whole line so far at every glyph: 60,000
  /// glyphs took 95 s in a release build).
  @Test func aHugeHOCRLineIsReadInLinearTime() throws {
    var spans = ""
    var x = 0
    for _ in 0..<40_000 {
      spans += "<span class='ocrx_word' title='bbox \(x) 0 \(x + 20) 40'>ก</span>"
      x += 22
    }
    let hocr = """
      <html><body><div class='ocr_page'><p class='ocr_par'><span class='ocr_line' title='bbox 0 0 \(x) 40; x_size 50'>\(spans)</span></p></div></body></html>
      """
    let (lines, elapsed) = threadCPUTime { try? InputAdapter.lines(from: hocr, format: .hocr) }
    #expect(elapsed < .seconds(15), "\(elapsed)")
    #expect(lines?.first?.text.unicodeScalars.count == 40_000)
  }
}
