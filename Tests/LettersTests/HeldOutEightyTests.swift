import Foundation
import Testing

@testable import Letters
@testable import ThaiText

/// What the twentieth round of held-out letters (8000–8307: radio messages and faxes, XML OCR,
/// the newest document models, the worst Tesseract damage) and the text around letters showed
/// the parser missing.
@Suite struct HeldOutEightyTests {
  func parse(_ text: String, path: String = "t.txt") -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  /// A letter to put text around (the nineteenth round's).
  static let letter = HeldOutSeventyEightTests.letter

  /// A post's preface that points at "the letter below" (`ตามหนังสือด้านล่าง 👇`): the ที่ line
  /// under it is the letter's own number, not the rest of a citation the preface began.
  @Test func aPrefacePointingAtTheLetterBelow() {
    let text = """
      สำนักงานสาธารณสุขจังหวัดขอนแก่น
      12 มีนาคม เวลา 10:15 น.  · 🌏
      📢 สสจ.ขอนแก่น ขอประชาสัมพันธ์การรับสมัครพนักงาน รายละเอียดตามหนังสือด้านล่าง 👇

      \(Self.letter)
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.number?.canonical == "ขก 0033.001/ว 221")
    #expect(letters.first?.lines.start == 5)
  }

  /// The same without an emoji: `ตามหนังสือด้านล่างนี้` names no letter on the next line.
  @Test(arguments: ["ด้านล่างนี้", "ข้างล่างนี้"])
  func aSentenceEndingWithTheLetterBelow(_ tail: String) {
    let text = "ประชาสัมพันธ์ครับ รายละเอียดตามหนังสือ\(tail)\n\n\(Self.letter)\n"
    let letter = parse(text).first { $0.kind == .external }
    #expect(letter?.number?.canonical == "ขก 0033.001/ว 221")
  }

  /// A line of hashtags under the letter is a post's, not an annex page; its `#` is no
  /// markdown heading (a heading has a space after its marks).
  @Test func hashtagsUnderTheLetter() {
    let letters = parse(Self.letter + "\n\n#สสจ.ขอนแก่น #รับสมัครงาน\n")
    #expect(letters.map(\.kind) == [.external])
  }

  /// A markdown heading still loses its marks.
  @Test func aHeadingLosesItsMarks() {
    #expect(Line(number: 1, raw: "## บันทึกข้อความ").text == "บันทึกข้อความ")
    #expect(Line(number: 1, raw: "#หน่วยงาน #แท็ก").text == "#หน่วยงาน #แท็ก")
  }

  /// A citation's opener ending the line above still takes the ที่ line under it.
  @Test func aCitationWrappedOverTheNumberLine() {
    let text = """
      เรื่อง ขอเชิญประชุม
      เรียน นายอำเภอทุกอำเภอ
      อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น
      ที่ มท ๐๘๑๖.๓/ว ๑๒๓๔ ลงวันที่ ๓ มีนาคม ๒๕๖๘
              ตามที่กรมส่งเสริมการปกครองท้องถิ่นแจ้งให้จังหวัดดำเนินการ
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.references.first?.number?.canonical == "มท 0816.3/ว 1234")
  }

  /// DeepSeek-OCR's grounding tokens before each block (`<|ref|>title<|/ref|><|det|>[[…]]<|/det|>`)
  /// are no text: the block's own line is read as printed.
  @Test(arguments: [
    ("<|ref|>title<|/ref|><|det|>[[214, 151, 786, 180]]<|/det|>\n# คำสั่งจังหวัด", ["", "คำสั่งจังหวัด"]),
    ("<|ref|>text<|/ref|><|det|>[[430, 186, 570, 206]]<|/det|>ที่ ๔๑๒/๒๕๖๘", ["ที่ ๔๑๒/๒๕๖๘"]),
    ("<|grounding|>ที่ ๔๑๒/๒๕๖๘", ["ที่ ๔๑๒/๒๕๖๘"]),
    ("a <| b |> c", ["a <| b |> c"]),
  ])
  func groundingTokens(_ markdown: String, _ expected: [String]) {
    #expect(MarkdownCleaner.lines(from: markdown).map(\.text) == expected)
  }

  /// Nanonets-OCR's description of a picture (`<img>ตราครุฑ…</img>`) is no text of the letter;
  /// its `<signature>` tags go, their content stays (it may be the whole signature block).
  @Test func pictureAndSignatureDescriptions() {
    let lines = MarkdownCleaner.lines(from: "<img>ตราครุฑ สัญลักษณ์ราชการ</img>\nบันทึกข้อความ\n<signature>ลายมือชื่อ</signature>\n(นายสมชาย ใจดี)")
    #expect(lines.map(\.text) == ["", "บันทึกข้อความ", "ลายมือชื่อ", "(นายสมชาย ใจดี)"])
  }

  /// A memo under such a picture's description is one memo, read from its title.
  @Test func aMemoUnderAPictureDescription() {
    let text = """
      <img>ตราครุฑ สัญลักษณ์ราชการสีดำ มุมซ้ายบนของหน้า</img>

      บันทึกข้อความ

      ส่วนราชการ กลุ่มงานพัฒนาทรัพยากรบุคคล โรงพยาบาลหาดใหญ่ โทร. 0 7427 3100
      ที่ สข 0032.201.4/1875 วันที่ 3 มีนาคม 2569
      เรื่อง ขออนุมัติจัดโครงการอบรม
      เรียน ผู้อำนวยการโรงพยาบาลหาดใหญ่

      ด้วยกลุ่มงานพัฒนาทรัพยากรบุคคลมีความประสงค์จะจัดโครงการอบรม

      จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

      <signature>ลายมือชื่อ</signature>
      (นางสาวอรอุมา แก้วประดิษฐ์)
      หัวหน้ากลุ่มงานพัฒนาทรัพยากรบุคคล
      """
    let letters = parse(text, path: "t.md")
    #expect(letters.map(\.kind) == [.memo])
    #expect(letters.first?.subject == "ขออนุมัติจัดโครงการอบรม")
    #expect(letters.first?.signature?.name == "นางสาวอรอุมา แก้วประดิษฐ์")
  }

  /// A form's labelled marks, without boxes: `ชั้นความเร็ว ด่วนมาก`, `ความเร่งด่วน ด่วนที่สุด`,
  /// a blank `ชั้นความลับ ......` beside.
  @Test(arguments: [
    ("ชั้นความเร็ว ด่วนมาก", Urgency?.some(.veryUrgent), Secrecy?.none),
    ("ชั้นความลับ ลับ", nil, .confidential),
    ("ความเร่งด่วน ด่วนที่สุด\tชั้นความลับ ..................................", .mostUrgent, nil),
    ("ความเร่งด่วน  ด่วนมาก                                        ชั้นความลับ  ลับ", .veryUrgent, .confidential),
  ])
  func labelledMarks(_ line: String, _ urgency: Urgency?, _ secrecy: Secrecy?) throws {
    let marks = try #require(Vocabulary.marks(Array(line.unicodeScalars)))
    #expect(marks.0 == urgency)
    #expect(marks.1 == secrecy)
  }

  /// A sentence with a label is no mark: `ชั้นความลับ ของเอกสาร…`.
  @Test func aLabelInASentence() {
    #expect(Vocabulary.marks(Array("ชั้นความลับของเอกสารนี้ให้เป็นไปตามระเบียบ".unicodeScalars)) == nil)
  }

  /// A chat model's preface that speaks of the reading and of a table, without a polite particle.
  @Test func aPrefaceAboutTheReading() {
    #expect(OCRRemark.isThaiChat(Array("ต่อไปนี้คือการถอดข้อความจากเอกสาร โดยจัดส่วนหัวของหนังสือเป็นตารางเพื่อให้อ่านง่ายขึ้น".unicodeScalars)))
    #expect(!OCRRemark.isThaiChat(Array("ต่อไปนี้คือตารางสรุปผลการดำเนินงานประจำปี".unicodeScalars)))
  }

  /// A model's table of header fields under its preface: one letter, its marks and fields read.
  @Test func aHeaderFieldTableUnderAPreface() {
    let text = """
      ต่อไปนี้คือการถอดข้อความจากเอกสาร โดยจัดส่วนหัวของหนังสือเป็นตารางเพื่อให้อ่านง่ายขึ้น

      | ส่วนของหนังสือ | ข้อความ |
      |---|---|
      | ชั้นความลับ | ลับ |
      | ชั้นความเร็ว | ด่วนมาก |
      | ที่ | กห ๐๔๐๔/๑๘๕ |
      | ส่วนราชการ | กรมกำลังพลทหารบก<br>ถนนราชดำเนินนอก กทม. ๑๐๒๐๐ |
      | วันที่ | ๙ ม.ค. ๖๙ |
      | เรื่อง | ขอรับการสนับสนุนกำลังพล |
      | เรียน | ผู้บัญชาการกองทัพภาคที่ ๒ |

      ๑. ตามที่ กพ.ทบ. ได้แจ้งให้หน่วยขึ้นตรง ทบ. สำรวจความต้องการกำลังพล นั้น

      ขอแสดงความนับถือ

      พลตรี
      (ณัฐวุฒิ ทองประเสริฐ)
      เจ้ากรมกำลังพลทหารบก
      """
    let letters = parse(text, path: "t.md")
    #expect(letters.count == 1)
    #expect(letters.first?.urgency == .veryUrgent)
    #expect(letters.first?.secrecy == .confidential)
    #expect(letters.first?.number?.canonical == "กห 0404/185")
  }

  /// A form's ruled rows as plain OCR prints them (`| ที่ มท ๐๒๓๐/ว ๑๔๗   | ลงวันที่ …`): the
  /// rules are no text and the cells are the row's columns; a stamp's closed box stays whole.
  @Test func ruledFormRows() {
    let row = Line(number: 1, raw: "| ที่  มท ๐๒๓๐/ว ๑๔๗                          | ลงวันที่  ๑๒ ม.ค. ๖๙     เวลา  ๑๖.๓๐ น.")
    #expect(row.cells == ["ที่ มท ๐๒๓๐/ว ๑๔๗", "ลงวันที่ ๑๒ ม.ค. ๖๙ เวลา ๑๖.๓๐ น."])
    #expect(row.text == "ที่ มท ๐๒๓๐/ว ๑๔๗ ลงวันที่ ๑๒ ม.ค. ๖๙ เวลา ๑๖.๓๐ น.")
    #expect(Line(number: 1, raw: "| จาก   ปลัดกระทรวงมหาดไทย").text == "จาก ปลัดกระทรวงมหาดไทย")
    #expect(Line(number: 1, raw: "|____________________|______________").isEmptyish)
    #expect(Line(number: 1, raw: "| เลขรับ  4127                   |").text == "| เลขรับ 4127 |")
  }

  static let radioForm = """
                              วิทยุในราชการกระทรวงมหาดไทย
     ______________________________________________________________________________
    | ความเร่งด่วน   ด่วนที่สุด                   | ชั้นความลับ ..................................
    |____________________________________________|_________________________________
    | ที่  มท ๐๒๓๐/ว ๑๔๗                          | ลงวันที่  ๑๒ ม.ค. ๖๙     เวลา  ๑๖.๓๐ น.
    |____________________________________________|_________________________________
    | จาก   ปลัดกระทรวงมหาดไทย
    | ถึง   ผู้ว่าราชการจังหวัด ในพื้นที่ ๑๗ จังหวัดภาคเหนือ
    |______________________________________________________________________________
    | ข้อความ
              ด้วยสถานการณ์ไฟป่าและหมอกควันในพื้นที่ภาคเหนือมีแนวโน้มรุนแรงขึ้นอย่างต่อเนื่อง
    กระทรวงมหาดไทยจึงขอให้จังหวัดดำเนินการ ดังนี้
              ๑. ให้ผู้ว่าราชการจังหวัดยกระดับศูนย์บัญชาการเหตุการณ์ควบคุมไฟป่าและหมอกควันระดับจังหวัด
     ______________________________________________________________________________

                                    (ลงชื่อ)  ธนวัฒน์  ศรีประเสริฐกุล
                                        ( นายธนวัฒน์ ศรีประเสริฐกุล )
                                    รองปลัดกระทรวงมหาดไทย ปฏิบัติราชการแทน
                                             ปลัดกระทรวงมหาดไทย
    """

  /// An Interior radio message's form (วิทยุในราชการ): its boxes are the header — urgency, number,
  /// date, from (the issuer), to — and `ข้อความ` opens the message; the form's title is no subject.
  @Test func aRadioMessageForm() throws {
    let letters = parse(Self.radioForm)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.kind == .external)
    #expect(letter.urgency == .mostUrgent)
    #expect(letter.number?.canonical == "มท 0230/ว 147")
    #expect(letter.date?.raw == "๑๒ ม.ค. ๖๙")
    #expect(letter.issuer?.name == "ปลัดกระทรวงมหาดไทย")
    #expect(letter.to == "ผู้ว่าราชการจังหวัด ในพื้นที่ ๑๗ จังหวัดภาคเหนือ")
    #expect(letter.subject == nil)
    #expect(letter.body.first?.hasPrefix("ด้วยสถานการณ์") == true)
    #expect(letter.signature?.name == "นายธนวัฒน์ ศรีประเสริฐกุล")
  }

  /// A radio message typed without boxes: the date beside the number (`ลงวันที่`, `ลง`, `ลว.`) is
  /// its own, for the from-box (`จาก …`) stands under it; a later message in the file begins
  /// there too.
  @Test(arguments: ["ลงวันที่  ๒ เม.ย. ๖๙", "ลงวันที  ๒ เม.ย. ๖๙", "ลง  ๒  เม.ย. ๖๙", "ลว.  ๒  เม.ย. ๖๙"])
  func aRadioMessageDatedBesideItsNumber(_ dated: String) throws {
    let message = """
                               วิทยุในราชการกระทรวงมหาดไทย
      ความเร่งด่วน  ด่วนที่สุด
      ที่  มท ๐๒๑๑.๓/ว ๑๘๕๗                 \(dated)              เวลา ๑๔.๐๐ น.
      จาก  ปลัดกระทรวงมหาดไทย (ผอ.ศปถ.มท.)
      ถึง  ผู้ว่าราชการจังหวัด ทุกจังหวัด
      เรื่อง  การป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ พ.ศ. ๒๕๖๙

                ศูนย์อำนวยการความปลอดภัยทางถนนได้กำหนดช่วงควบคุมเข้มข้น จึงขอให้จังหวัดดำเนินการ

                                      (นายสุรพล วงศ์ธนากร)
                                      ปลัดกระทรวงมหาดไทย
      """
    let letters = parse(Self.letter + "\n\n\n" + message)
    #expect(letters.map(\.kind) == [.external, .external])
    let radio = try #require(letters.last)
    #expect(radio.number?.canonical == "มท 0211.3/ว 1857")
    #expect(radio.date?.date?.iso == "2026-04-02")
    #expect(radio.issuer?.name == "ปลัดกระทรวงมหาดไทย (ผอ.ศปถ.มท.)")
    #expect(radio.urgency == .mostUrgent)
  }

  /// A body's line that opens with a cited number and its date stays the citation's.
  @Test func aCitedNumberAndDateInTheBody() {
    let text = """
      ที่ ขก ๐๐๑๗.๓/ว ๒๘๔๖                                 สำนักงานจังหวัดขอนแก่น
      ๓ เมษายน ๒๕๖๙
      เรื่อง การป้องกันอุบัติเหตุ
      เรียน นายอำเภอทุกอำเภอ
              ด้วยจังหวัดได้รับแจ้งจากกระทรวงมหาดไทยตามหนังสือ ด่วนที่สุด
      ที่ มท ๐๒๑๑.๓/ว ๑๘๕๗ ลงวันที่ ๒ เมษายน ๒๕๖๙ จึงขอให้อำเภอดำเนินการ
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      ผู้ว่าราชการจังหวัดขอนแก่น
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.mentions.first?.number?.canonical == "มท 0211.3/ว 1857")
  }

  /// A radio message cited as a letter is (`ตามวิทยุกระทรวงมหาดไทย ด่วนที่สุด ที่ … ลง …`): its
  /// issuer and urgency read after `วิทยุ`; a radio station's name is no citation's opener.
  @Test func aRadioMessageCited() throws {
    let found = CitationReader.find(
      in: "ด้วยจังหวัดได้รับแจ้งตามวิทยุกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๑.๓/ว ๑๘๕๗ ลง ๒ เม.ย. ๖๙ ว่า", strict: true)
    let citation = try #require(found.first?.citation)
    #expect(citation.issuer == "กระทรวงมหาดไทย")
    #expect(citation.urgency == .mostUrgent)
    #expect(citation.raw.hasPrefix("วิทยุกระทรวงมหาดไทย"))
    let station = CitationReader.find(
      in: "ตามหนังสือสถานีวิทยุกระจายเสียงแห่งประเทศไทย ที่ นร ๑๒๓๔/๕๖๗ ลงวันที่ ๒ เมษายน ๒๕๖๙", strict: true)
    #expect(station.first?.citation.issuer == "สถานีวิทยุกระจายเสียงแห่งประเทศไทย")
  }

  /// A radio message whose from- and to-boxes stand above its number: they are its header's.
  @Test func fromAndToAboveTheNumber() throws {
    let text = """
                                            ลับ
                                      แบบข่าวราชการ
                                      (วิทยุสื่อสาร)
      ความเร่งด่วน  ด่วนมาก                                        ชั้นความลับ  ลับ
      จาก  ผวจ.ยล.(ผอ.รมน.จว.ยล.)
      ถึง  นอภ.ทุกอำเภอ ผกก.สภ.ทุกสภ.
      ที่  ยล ๐๐๑๗.๓/ว ๙๘                 ลว. ๓ ก.พ. ๖๙                   เวลา ๐๙๓๐
      __________________________________________________________________________
      ๑.ให้อำเภอประสานสภ.ในพื้นที่ จัดกำลังตั้งจุดตรวจจุดสกัดเส้นทางเข้าออกชุมชนตลอด๒๔ชม.

                                  (ลงชื่อ) ธีรวัฒน์ หะยีมะ
                                  รอง ผวจ.ยล. ปฏิบัติราชการแทน
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.lines.start == 1)
    #expect(letter.number?.canonical == "ยล 0017.3/ว 98")
    #expect(letter.issuer?.name == "ผวจ.ยล.(ผอ.รมน.จว.ยล.)")
    #expect(letter.to == "นอภ.ทุกอำเภอ ผกก.สภ.ทุกสภ.")
    #expect(letter.urgency == .veryUrgent)
    #expect(letter.secrecy == .confidential)
  }

  /// A Latin `o`/`O` OCR printed for a zero among a code's digits: read as 0, an inferred value
  /// (confidence 0.6), no noise dropped.
  @Test(arguments: [
    ("ดศ o๒o๒.๓/ว ๑๘๔๗", "ดศ 0202.3/ว 1847"),
    ("ทส O3O4/ว 1876", "ทส 0304/ว 1876"),
    ("มท ๐๘๑o.๓/ว ๑๒", "มท 0810.3/ว 12"),
  ])
  func aLetterOForAZero(_ printed: String, _ canonical: String) throws {
    let (number, _) = try #require(LetterNumberReader.read(Array(printed.unicodeScalars), at: 0))
    #expect(number.canonical == canonical)
    #expect(number.letterAsDigit && !number.suspect)
    #expect(number.confidence == 0.6)
    #expect(number.raw == printed)
  }

  /// A word with an `o` after a number is no digit (`ที่ ๑๒/๒๕๖๙ online`).
  @Test func anOAfterANumberIsNoZero() throws {
    let (number, _) = try #require(LetterNumberReader.read(Array("มท ๐๘๑๐/ว ๑๒ online".unicodeScalars), at: 0))
    #expect(number.canonical == "มท 0810/ว 12")
  }

  /// The closing broken over two lines (`ขอแสดงความ` / `นับถือ`) is the closing, not the
  /// signer's name; a reference label with Tesseract's ฤ for ถ (`อ้างฤึง`) is the label.
  @Test func aClosingBrokenOverTwoLinesAndADamagedReferenceLabel() throws {
    let text = """
      ที่ ชร ๐๐๑๗.๓/ว ๒๘๔๖                                 ศาลากลางจังหวัดเชียงราย
      ๓ เมษายน ๒๕๖๙
      เรื่อง การป้องกันอุบัติเหตุ
      เรียน นายอำเภอทุกอำเภอ
      อ้างฤึง หนังสือจังหวัดเชียงราย ที่ ชร ๐๐๑๗.๓/ว ๔๖๙๘ ลงวันที่ ๒๘ พฤศจิกายน ๒๕๖๘
              ตามที่จังหวัดได้แจ้งให้อำเภอดำเนินการ นั้น

                                          ขอแสดงความ
                                          นับถือ

                                      (นายสมชาย ใจดี)
                                   ผู้ว่าราชการจังหวัดเชียงราย
      """
    let letter = try #require(parse(text).first)
    #expect(letter.closing == "ขอแสดงความนับถือ")
    #expect(letter.signature?.name == "นายสมชาย ใจดี")
    #expect(letter.to == "นายอำเภอทุกอำเภอ")
    #expect(letter.references.first?.number?.canonical == "ชร 0017.3/ว 4698")
  }

  /// A radio message's foot: `(ลงชื่อ)` and the name with no bracketed name under it; it
  /// addresses with ถึง but names its sender, so it is no stamped letter.
  @Test func aRadioMessageSignedByCopy() throws {
    let text = """
      ความเร่งด่วน  ด่วนมาก
      จาก  ผวจ.ยล.(ผอ.รมน.จว.ยล.)
      ถึง  นอภ.ทุกอำเภอ ผกก.สภ.ทุกสภ.
      ที่  ยล ๐๐๑๗.๓/ว ๙๘                 ลว. ๓ ก.พ. ๖๙                   เวลา ๐๙๓๐
      ๑.ให้อำเภอประสานสภ.ในพื้นที่ จัดกำลังตั้งจุดตรวจจุดสกัดเส้นทางเข้าออกชุมชนตลอด๒๔ชม.

                                  (ลงชื่อ) ธีรวัฒน์ หะยีมะ
                                  รอง ผวจ.ยล. ปฏิบัติราชการแทน
                                  ผวจ.ยล./ผอ.รมน.จว.ยล.
      """
    let letter = try #require(parse(text).first)
    #expect(letter.kind == .external)
    #expect(letter.signature?.name == "ธีรวัฒน์ หะยีมะ")
    #expect(letter.signature?.positions.first == "รอง ผวจ.ยล. ปฏิบัติราชการแทน")
  }

  /// A copy's signed line over the bracketed name: the name is the bracketed one.
  @Test func aSignedLineOverTheBracketedName() throws {
    let foot = [
      "(ลงชื่อ)  ธนวัฒน์  ศรีประเสริฐกุล", "( นายธนวัฒน์ ศรีประเสริฐกุล )", "รองปลัดกระทรวงมหาดไทย",
    ].enumerated().map { Line(number: $0.offset + 1, raw: $0.element) }
    #expect(SignatureParser.read(foot, from: 0, limit: foot.count).signature?.name == "นายธนวัฒน์ ศรีประเสริฐกุล")
  }

  /// A mail printed from Gmail (its page banner `17/3/69 14:22  Gmail - …`, the sender, `ถึง:`, a
  /// greeting) around a radio message: the mail is no letter; the message is the one letter.
  @Test func aGmailPrintAroundARadioMessage() throws {
    let text = """
      17/3/69 14:22                     Gmail - แจ้งการส่งวิทยุในราชการ จังหวัดนครราชสีมา ด่วนที่สุด

      แจ้งการส่งวิทยุในราชการ จังหวัดนครราชสีมา ด่วนที่สุด ที่ นม 0017.2/ว 1184
      กล่องจดหมาย

      ศูนย์สื่อสารจังหวัดนครราชสีมา <comcenter@moi.go.th>            17 มี.ค. 2569 14:05
      ถึง: อำเภอปากช่อง, อำเภอสีคิ้ว

      เรียน นายอำเภอปากช่อง และนายอำเภอสีคิ้ว

      ศูนย์สื่อสารจังหวัดนครราชสีมาขอแจ้งว่า ได้ส่งวิทยุในราชการกระทรวงมหาดไทย ด่วนที่สุด ที่ นม 0017.2/ว 1184
      ลงวันที่ 17 มีนาคม 2569 ถึงท่านทางระบบวิทยุสื่อสารแล้ว

      ข้อความวิทยุ
      ---------------------------------------------------------------------------
                           วิทยุในราชการกระทรวงมหาดไทย
      ด่วนที่สุด
      ที่ นม 0017.2/ว 1184                 ลงวันที่ 17 มี.ค. 69            เวลา 13.30 น.
      จาก  ผวจ.นครราชสีมา
      ถึง  นอภ.ปากช่อง และ นอภ.สีคิ้ว
      เรื่อง  ขอให้สำรวจและรายงานความเสียหายจากพายุฤดูร้อน

                ด้วยเมื่อวันที่ 16 มีนาคม 2569 ได้เกิดพายุฤดูร้อน จังหวัดจึงให้อำเภอดำเนินการ

                                      (นายชยพล สุขเกษม)
                                 รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน
                                   ผู้ว่าราชการจังหวัดนครราชสีมา
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.lines.start == 16)
    #expect(letter.number?.canonical == "นม 0017.2/ว 1184")
    #expect(letter.issuer?.name == "ผวจ.นครราชสีมา")
  }

  /// A name's bracket Tesseract read as a square one or a bar: the name, without it.
  @Test(arguments: ["(นายธนวัฒน์ ศรีประเสริฐ]", "[นายธนวัฒน์ ศรีประเสริฐ)", "|นายธนวัฒน์ ศรีประเสริฐ)"])
  func aNameWithALookalikeBracket(_ printed: String) {
    let foot = [printed, "รองปลัดกระทรวง ปฏิบัติราชการแทน"].enumerated().map { Line(number: $0.offset + 1, raw: $0.element) }
    #expect(SignatureParser.read(foot, from: 0, limit: foot.count).signature?.name == "นายธนวัฒน์ ศรีประเสริฐ")
  }

  /// An order's qualifier glued to its ที่ in telegram style (`คำสั่ง…(เฉพาะ)ที่ ๑๓/๒๕๖๙ ลง …`).
  @Test func aQualifierGluedToTheMarker() throws {
    let found = CitationReader.find(
      in: "๑.ตามคำสั่งกอ.รมน.ภาค ๔ ส่วนหน้า(เฉพาะ)ที่ ๑๓/๒๕๖๙ ลง ๒๙ ม.ค.๖๙ ได้กำหนดมาตรการ", strict: true)
    let citation = try #require(found.first?.citation)
    #expect(citation.number?.canonical == "13/2569")
    #expect(citation.date?.date?.iso == "2026-01-29")
  }

  /// A radio message signed off by its sender's short title alone (`ผวจ.ขก.`), its contact block
  /// under it: the contact is read, and neither is body.
  @Test func aRadioMessageSignedOffByTitle() throws {
    let text = """
                               วิทยุในราชการกระทรวงมหาดไทย
      ด่วนที่สุด
      ที่ ขก ๐๐๑๗.๓/ว ๒๘๔๖                                 ลง  ๓  เม.ย. ๖๙
      จาก   ผวจ.ขก.
      ถึง   นอภ.ทุกอำเภอ
      _______________________________________________________________________________
            ด้วย ผวจ.ขก. ได้รับแจ้งจาก มท. จึงให้อำเภอดำเนินการตามแนวทางที่ มท. กำหนด

                                                       ผวจ.ขก.

      สนจ.ขก. (กลุ่มงานอำนวยการ)
      โทร. ๐ ๔๓๒๔ ๖๘๗๐
      โทรสาร ๐ ๔๓๒๔ ๖๘๗๑
      """
    let letter = try #require(parse(text).first)
    #expect(letter.contact.phones.first?.number == "043246870")
    #expect(letter.contact.units == ["สนจ.ขก. (กลุ่มงานอำนวยการ)"])
    #expect(letter.body.count == 1)
    #expect(letter.signature == nil)
  }

  /// `ข่าวราชการ` over a radio message's form is its title, no press release's (`ข่าว…`): the
  /// letter is the message, its issuer the from-box's.
  @Test func aMessageFormTitledNews() throws {
    let text = """
                                         ข่าวราชการ
                                  (วิทยุสื่อสาร)
      ด่วนมาก
      ที่ ........ลย ๐๓๑๘/๒๗...............................ลง.......๕ ม.ค. ๖๙..............
      จาก ......นอภ.ด่านซ้าย.............................................................
      ถึง ........ผู้ว่าราชการจังหวัดเลย......................................................

                อำเภอด่านซ้ายขอรายงานผลการดำเนินการ ณ วันที่ ๔ มกราคม ๒๕๖๙

                                        (นายสมชาย ใจดี)
                                         นายอำเภอด่านซ้าย
      """
    let letter = try #require(parse(text).first)
    #expect(letter.kind == .external)
    #expect(letter.issuer?.name == "นอภ.ด่านซ้าย")
  }

  /// A short last line of the body above a copy's signed line and its bracketed name stays body.
  @Test func theBodysLastLineAboveASignedCopy() throws {
    let text = """
      ที่ มท ๐๖๒๔/ว ๕๓๑๒                                 กรมป้องกันและบรรเทาสาธารณภัย
      ๒๗ สิงหาคม ๒๕๖๘
      เรื่อง แจ้งเตือนสถานการณ์ระดับน้ำ
      เรียน ผู้ว่าราชการจังหวัดอุบลราชธานี
                จึงขอให้จังหวัดแจ้งเตือนประชาชนในพื้นที่เสี่ยงให้ติดตามสถานการณ์อย่างใกล้ชิด เตรียมความพร้อม
      ด้านกำลังคน เครื่องจักรกล และวัสดุอุปกรณ์ ให้พร้อมเข้าให้ความช่วยเหลือได้ทันที และรายงานสถานการณ์
      ให้ ศปก.ปภ. ทราบทุกวัน

                                       (ลงชื่อ)  ชัยณรงค์  ทองประเสริฐ
                                           (นายชัยณรงค์ ทองประเสริฐ)
                                      อธิบดีกรมป้องกันและบรรเทาสาธารณภัย
      """
    let letter = try #require(parse(text).first)
    #expect(letter.signature?.name == "นายชัยณรงค์ ทองประเสริฐ")
  }

  /// A number whose serial went on to the box's next row (`| ที่ มท 0624/ว |` / `| 5312 |`):
  /// the row of digits alone is no stamp's box; the number is read across the two rows.
  @Test func aSerialOnTheBoxsNextRow() throws {
    let text = """
                             วิทยุในราชการกระทรวงมหาดไทย
      | ความเร่งด่วน   ด่วนที่สุด                  | ชั้นความลับ ...........................
      |___________________________________________|_________________________________
      | ที่  มท 0624/ว                             | ลงวันที่  27 ส.ค. 68    เวลา  11.00 น.
      |      5312                                 |
      |___________________________________________|_________________________________
      | จาก   อธิบดีกรมป้องกันและบรรเทาสาธารณภัย
      | ถึง   ผวจ.อุบลราชธานี
      | เรื่อง  แจ้งเตือนสถานการณ์ระดับน้ำ
      |_____________________________________________________________________________
      ข้อความ
                ศูนย์ปฏิบัติการกรมป้องกันและบรรเทาสาธารณภัยได้รับแจ้งจากสำนักงานทรัพยากรน้ำแห่งชาติ

                                           (นายชัยณรงค์ ทองประเสริฐ)
                                      อธิบดีกรมป้องกันและบรรเทาสาธารณภัย
      """
    let letter = try #require(parse(text).first)
    #expect(letter.number?.canonical == "มท 0624/ว 5312")
    #expect(Line(number: 1, raw: "|      5312                                 |").text == "5312")
  }

  /// Tesseract's ด for a ๑ opening a two-digit day (`ด๘ กุมภาพันธ์ ๒๕๖๙`) and its ฯ for a year's
  /// last ๙ (`๒๕๖ฯ`): read, with confidence below 1.
  @Test(arguments: [
    ("ด๘ กุมภาพันธ์ ๒๕๖๙", "2026-02-18"),
    ("ลงวันที ด๙ มิถุนายน ๒๕๖๗", "2024-06-19"),
    ("๑๖ มิถุนายน ๒๕๖ฯ", "2026-06-16"),
  ])
  func aLetterReadForADigitInADate(_ text: String, _ iso: String) throws {
    let match = try #require(ThaiDateParser.matches(in: text).first)
    #expect(match.date?.iso == iso)
    #expect(match.readLetterAsDigit)
    #expect(DateValue(match).confidence < 1)
  }

  /// ด and ฯ that are words' own letters stay letters: `งด ๘ กุมภาพันธ์` is day 8, `กทม.ฯ` no year.
  @Test func lettersThatAreNoDigits() throws {
    let match = try #require(ThaiDateParser.matches(in: "งด๘ กุมภาพันธ์ ๒๕๖๙").first)
    #expect(match.date?.iso == "2026-02-08")
    #expect(!match.readLetterAsDigit)
  }

  /// The letter's own date so printed under its office block is read, reported, and no
  /// part of the address.
  @Test func aLettersDateWithDForOne() throws {
    let text = """
      ที่ กก ๐๔๐๖/ว ๕๗๓                                   กรมการท่องเที่ยว
                                                  ถนนราชดำเนินนอก กรุงเทพฯ ๑๐๑๐๐
                                  ด๘ กุมภาพันธ์ ๒๕๖๙
      เรื่อง ขอเชิญเข้าร่วมโครงการ
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
              ด้วยกรมการท่องเที่ยวจะจัดโครงการ
      ขอแสดงความนับถือ
      (นายสมชาย ใจดี)
      อธิบดีกรมการท่องเที่ยว
      """
    let letter = try #require(parse(text).first)
    #expect(letter.date?.date?.iso == "2026-02-18")
    #expect(letter.date?.raw == "ด๘ กุมภาพันธ์ ๒๕๖๙")
    #expect(letter.issuer?.address == "ถนนราชดำเนินนอก กรุงเทพฯ ๑๐๑๐๐")
    #expect(letter.warnings.map(\.code) == [.ocrDigits])
    #expect(letter.warnings.first?.line == 3)
  }

  /// A cited order dated with ด for ๑ (`ลงวันที ด๙ มิถุนายน ๒๕๖๗`) is read with its date.
  @Test func aCitationDatedWithDForOne() throws {
    let found = CitationReader.find(
      in: "ตามคำสั่งกรมคุมประพฤติ ที่ ๔๑๘/๒๕๖๗ ลงวันที ด๙ มิถุนายน ๒๕๖๗ นั้น", strict: true)
    let citation = try #require(found.first?.citation)
    #expect(citation.date?.date?.iso == "2024-06-19")
  }
}
