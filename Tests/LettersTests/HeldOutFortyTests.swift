import Foundation
import Testing

@testable import Letters

/// What the ninth round of held-out letters (4000–4307: old letters, citation-heavy letters,
/// forms read by LLM OCR and Tesseract, announcements and orders) showed the parser missing.
@Suite struct HeldOutFortyTests {
  /// A form's urgency and secrecy rows: labelled (`ชั้นความเร็ว`, `ชั้นความลับ`), boxes as
  /// `☐ ☑ ☒` or markdown's `[ ] [x]`; only a ticked word counts, and a row with nothing ticked
  /// is still the form's row, not the start of a page.
  @Test(arguments: [
    ("ชั้นความเร็ว [ ] ด่วนที่สุด [x] ด่วนมาก [ ] ด่วน    ชั้นความลับ [ ] ลับ [ ] ลับมาก [ ] ลับที่สุด", Urgency.veryUrgent, Secrecy?.none),
    ("ชั้นความลับ: ☐ ลับ ☒ ลับมาก ☐ ลับที่สุด", nil, .secret),
    ("[X] ด่วนที่สุด [ ] ด่วนมาก", .mostUrgent, nil),
    ("☐ ลับ ☐ ลับมาก ☐ ลับที่สุด", nil, nil),
  ])
  func aFormsTickedBoxIsTheMark(_ line: String, _ urgency: Urgency?, _ secrecy: Secrecy?) throws {
    let marks = try #require(Vocabulary.marks(Array(line.unicodeScalars)))
    #expect(marks.0 == urgency)
    #expect(marks.1 == secrecy)
  }

  @Test func aBoxRowAboveTheMemoTitleBelongsToTheMemo() throws {
    let text = """
      ![ตราครุฑ](image_0.png)

      ชั้นความเร็ว [ ] ด่วนที่สุด [x] ด่วนมาก [ ] ด่วน &nbsp;&nbsp; ชั้นความลับ [ ] ลับ [ ] ลับมาก [ ] ลับที่สุด

      ## บันทึกข้อความ

      **ส่วนราชการ** สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพิษณุโลก อุตรดิตถ์ โทร. 0 5524 5617
      **ที่** ศธ 04276/1982 **วันที่** 4 สิงหาคม 2568
      **เรื่อง** ขออนุญาตเดินทางไปราชการ

      **เรียน** ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพิษณุโลก อุตรดิตถ์

      ด้วยข้าพเจ้ามีความประสงค์ขออนุญาตเดินทางไปราชการ

      จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต

      **(นายอนุชา ทองมา)**<br>
      ศึกษานิเทศก์ชำนาญการพิเศษ
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.kind == .memo)
    #expect(letter.urgency == .veryUrgent)
    #expect(letter.secrecy == nil)
    #expect(letter.lines.start == 3)
    #expect(letter.number?.canonical == "ศธ 04276/1982")
  }
}

extension HeldOutFortyTests {
  /// A reviewer's note up the line under the signature (`เรียน ผขท.…` / `- เพื่อโปรดพิจารณา`, a
  /// bracketed name, a short date), then the head's `- อนุมัติ`: the letter's endorsements,
  /// not an annex page.
  @Test func aNoteUpTheLineUnderTheSignatureIsAnEndorsement() throws {
    let text = """
      **บันทึกข้อความ**

      **ส่วนราชการ** แขวงทางหลวงลำปางที่ ๑ ฝ่ายเครื่องจักรกล โทร. ๐ ๕๔๒๒ ๔๖๕๘
      **ที่** คค ๐๗๑๓.๑๑/๑๔๕๒ **วันที่** ๘ สิงหาคม ๒๕๖๘
      **เรื่อง** ขออนุมัติซ่อมแซมรถบดล้อเหล็ก
      **เรียน** ผู้อำนวยการแขวงทางหลวงลำปางที่ ๑

      ด้วยฝ่ายเครื่องจักรกลได้ตรวจสอบสภาพรถบดล้อเหล็ก พบว่าปั๊มไฮดรอลิกชำรุด

      จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

      (นายเอกชัย คำมูล)
      หัวหน้าฝ่ายเครื่องจักรกล

      ---

      เรียน ผขท.ลำปางที่ ๑
      - เพื่อโปรดพิจารณา
      - งานพัสดุตรวจสอบแล้ว มีงบประมาณเพียงพอ เห็นควรอนุมัติ

      (นางวรรณา ปัญญาดี)
      หัวหน้างานพัสดุและสัญญา
      ๑๒ ส.ค. ๖๘

      - อนุมัติ

      (นายสุรชัย วงศ์ใหญ่)
      ผู้อำนวยการแขวงทางหลวงลำปางที่ ๑
      ๑๓ ส.ค. ๖๘
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.lines.end == 29)
    #expect(letter.signature?.name == "นายเอกชัย คำมูล")
    #expect(letter.to == "ผู้อำนวยการแขวงทางหลวงลำปางที่ ๑")
  }
}

extension HeldOutFortyTests {
  /// A chat model's words about its answer, in Thai: the sentence before the letter (`แน่นอนครับ
  /// ด้านล่างนี้คือข้อความที่ถอดได้…`) and the offer after it (`หากต้องการให้แปลง… แจ้งได้เลยครับ`).
  @Test(arguments: [
    "แน่นอนครับ ด้านล่างนี้คือข้อความที่ถอดได้จากภาพเอกสารทั้ง ๒ หน้า โดยจัดรูปแบบเป็น Markdown ให้ใกล้เคียงต้นฉบับมากที่สุด",
    "หากต้องการให้แปลงข้อมูลในแบบรายงานเป็นตารางหรือรูปแบบอื่น เช่น JSON หรือ CSV แจ้งได้เลยครับ",
    "นี่คือข้อความจากเอกสารที่ถอดออกมาค่ะ:",
    "ได้เลยค่ะ ต่อไปนี้คือข้อความในเอกสาร (OCR)",
  ])
  func aChatModelsWordsAboutItsAnswerAreNoText(_ line: String) {
    #expect(OCRRemark.isRemark(Array(line.unicodeScalars)))
  }

  @Test(arguments: [
    "หากต้องการข้อมูลเพิ่มเติม โปรดติดต่อกองคลัง โทร. ๐ ๒๒๐๙ ๑๒๓๔",
    "นี่คือสิ่งที่จังหวัดขอความร่วมมือ",
    "ได้เลย",
  ])
  func aLettersOwnSentenceIsNoRemark(_ line: String) {
    #expect(!OCRRemark.isRemark(Array(line.unicodeScalars)))
  }
}

extension HeldOutFortyTests {
  /// Tesseract reads a form's dotted leaders as runs of dots, commas and underscores
  /// (`.....,.......`, `......_......`, `___,`): a leader all the same, in values and as a line.
  @Test(arguments: [
    (".....,.......กองการศึกษา เทศบาลเมืองลำพูน......_......", "กองการศึกษา เทศบาลเมืองลำพูน"),
    ("ขออนุมัติจัดซื้อวัสดุอุปกรณ์กีฬา___,", "ขออนุมัติจัดซื้อวัสดุอุปกรณ์กีฬา"),
    ("เป็นเงิน 45,000 บาท (พ.ศ. ๒๕๖๘)", "เป็นเงิน 45,000 บาท (พ.ศ. ๒๕๖๘)"),
    ("ก, ข และ ค_ง", "ก, ข และ ค_ง"),
  ])
  func tesseractsLeadersAreLeaders(_ value: String, _ expected: String) {
    #expect(Vocabulary.stripLeaders(value).trimmed == expected)
  }

  @Test func aLineOfTesseractLeadersIsARule() {
    let s = Array(",.______............,,......................._______.........,,,.....".unicodeScalars)
    #expect(Line.furniture(s) == .rule)
  }

  @Test func aMemoFormReadByTesseractWithItsEndorsements() throws {
    let text = """
                                         บันทึกข้อความ
      ส่วนราชการ.....,.......กองการศึกษา เทศบาลเมืองลําพูน......_......โทร.,,.....0 5351 1040 ต่อ 215.........,......___
      ที.....,...ลพ 52001/1147...........,,........___......วันที........20 พฤษภาคม 2568......,.,.......___
      เรือง.....ขออนุมัติจัดซือวัสดุอุปกรณ์กีฬา___,
      เรียน นายกเทศมนตรีเมืองลําพูน

              ด้วยกองการศึกษา ได้รับจัดสรรงบประมาณ หมวดค่าวัสดุ ประเภทวัสดุกีฬา เป็นเงิน 45,000 บาท

                       จึงเรียนมาเพือโปรดพิจารณาอนุมัติ

                                   (นางสาวพรทิพย์ ปัญญาวงค์)
                                    ผู้อํานวยการกองการศึกษา
      ,.______............,,......................._______.........,,,.....
      ความเห็นปลัดเทศบาล
      .........,,..................._____.............................,...
                                   (นายสมศักดิ์ อินต๊ะวงค์)
                                    ปลัดเทศบาลเมืองลําพูน
      คําสัง
      [] อนุมัติ  [] ไม่อนุมัติ
                                  (นายวิชัย ศรีบุญเรือง)
                                 นายกเทศมนตรีเมืองลําพูน
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.number?.canonical == "ลพ 52001/1147")
    #expect(letter.date?.date?.iso == "2025-05-20")
    #expect(letter.issuer?.name == "กองการศึกษา เทศบาลเมืองลำพูน")
    #expect(letter.subject == "ขออนุมัติจัดซือวัสดุอุปกรณ์กีฬา")
    #expect(letter.signature?.name == "นางสาวพรทิพย์ ปัญญาวงค์")
    #expect(letter.lines.end == 21)
    #expect(letter.warnings.isEmpty)
  }
}

extension HeldOutFortyTests {
  /// Labels and headings an LLM made up over the parts of a letter (`**ข้อความ:**`,
  /// `**คำลงท้าย:** ขอแสดงความนับถือ`, `**ส่วนราชการเจ้าของเรื่อง:** กอง…`, `## เนื้อความของหนังสือ`,
  /// `## ข้อมูลการติดต่อ`, `# เอกสารที่ถอดความ: …`): no text of the letter, and what follows a
  /// made-up label is read as if the label were not there.
  @Test func labelsAndHeadingsAnLLMMadeUpAreNoText() throws {
    let text = """
      # เอกสารที่ถอดความ: หนังสือภายนอก

      ## ส่วนหัวของเอกสาร

      **ที่:** นฐ ๕๑๐๐๑/ว ๑๐๖๘

      **องค์การบริหารส่วนจังหวัดนครปฐม**
      **อำเภอเมืองนครปฐม จังหวัดนครปฐม ๗๓๐๐๐**

      **วันที่:** ๕ มีนาคม ๒๕๖๙

      **เรื่อง:** ขอเชิญประชุมคณะกรรมการประสานแผนพัฒนาท้องถิ่นระดับจังหวัด

      **เรียน:** นายกเทศมนตรีเมืองไร่ขิง

      ## เนื้อความของหนังสือ

      **ข้อความ:**

      องค์การบริหารส่วนจังหวัดนครปฐม ขอเชิญท่านเข้าร่วมประชุมคณะกรรมการ

      จึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุม

      **คำลงท้าย:** ขอแสดงความนับถือ

      **(นายไพรวัลย์ เกตุสุวรรณ)**
      **ปลัดองค์การบริหารส่วนจังหวัด ปฏิบัติราชการแทน**
      **นายกองค์การบริหารส่วนจังหวัดนครปฐม**

      ## ข้อมูลการติดต่อ

      **ส่วนราชการเจ้าของเรื่อง:** กองยุทธศาสตร์และงบประมาณ ฝ่ายแผนพัฒนา
      **โทรศัพท์:** ๐ ๓๔๒๕ ๘๙๐๑ ต่อ ๑๑๒
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.lines.start == 5)
    #expect(letter.body == ["องค์การบริหารส่วนจังหวัดนครปฐม ขอเชิญท่านเข้าร่วมประชุมคณะกรรมการ", "จึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุม"])
    #expect(letter.closing == "ขอแสดงความนับถือ")
    #expect(letter.contact.units == ["กองยุทธศาสตร์และงบประมาณ ฝ่ายแผนพัฒนา"])
  }
}

extension HeldOutFortyTests {
  /// A form's `(ลงชื่อ)......` line above the bracketed name is where the hand signs, not the
  /// closing sentence wrapped.
  @Test func theSignedLineIsNotTheClosingsNextLine() throws {
    let text = """
      **บันทึกข้อความ**

      **ส่วนราชการ** กองคลัง กรมควบคุมโรค โทร. ๐ ๒๕๙๐ ๓๑๒๔
      **ที่** สธ ๐๔๐๒.๑/๒๑๘ **วันที่** ๑๒ สิงหาคม ๒๕๖๘
      **เรื่อง** แจ้งกำหนดการส่งเอกสารเบิกจ่าย

      **เรียน** ผู้อำนวยการทุกหน่วยงาน

      ด้วยกองคลังขอแจ้งกำหนดการส่งเอกสารเบิกจ่ายประจำปีงบประมาณ

      จึงเรียนมาเพื่อโปรดทราบและแจ้งผู้เกี่ยวข้องถือปฏิบัติต่อไป

      (ลงชื่อ)..................................................

      **(นางสาวกัลยา ศรีวิเชียร)**<br>
      ผู้อำนวยการกองคลัง
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters.first)
    #expect(letter.closing == "จึงเรียนมาเพื่อโปรดทราบและแจ้งผู้เกี่ยวข้องถือปฏิบัติต่อไป")
    #expect(letter.signature?.name == "นางสาวกัลยา ศรีวิเชียร")
  }
}

extension HeldOutFortyTests {
  /// Older letters date what they cite with `ลว.` (ลงวันที่) and a two-digit year.
  @Test(arguments: [
    ("อ้างถึง หนังสือทบวงมหาวิทยาลัย ที่ ทม ๐๒๐๔/ว ๔๕ ลว. ๓ มี.ค. ๓๘", "1995-03-03", "ทม 0204/ว 45"),
    ("อ้างถึง หนังสือองค์การบริหารส่วนตำบลทุ่งต้อม ที่ ชม 78105/15 ลว. 8 ม.ค. 50", "2007-01-08", "ชม 78105/15"),
    ("อ้างถึง คำสั่งกรมส่งเสริมสหกรณ์ ที่ 97/2534 ลว 12 มี.ค. 34", "1991-03-12", "97/2534"),
  ])
  func aCitationDatedWithLawIsDated(_ reference: String, _ iso: String, _ number: String) throws {
    let letter = try Self.circular(reference: reference, paragraph: "ด้วยกรมการปกครองได้ปรับปรุงหลักเกณฑ์การจัดตั้งหมู่บ้าน")
    let cited = try #require(letter.references.first)
    #expect(cited.date?.date?.iso == iso)
    #expect(cited.number?.canonical == number)
    #expect(cited.raw == String(reference.dropFirst("อ้างถึง ".count)))
  }
}

extension HeldOutFortyTests {
  /// The salutations and closings of the ระเบียบงานสารบรรณ beyond `เรียน … ขอแสดงความนับถือ`:
  /// to a monk (`นมัสการ` … `ขอนมัสการด้วยความเคารพ`), to a prime minister (`กราบเรียน` …
  /// `ขอแสดงความนับถืออย่างยิ่ง`).
  @Test(arguments: [
    ("นมัสการ  เจ้าคณะจังหวัดลำพูน", "เจ้าคณะจังหวัดลำพูน", "ขอนมัสการด้วยความเคารพ"),
    ("กราบเรียน นายกรัฐมนตรี", "นายกรัฐมนตรี", "ขอแสดงความนับถืออย่างยิ่ง"),
  ])
  func salutationsToAMonkAndAPrimeMinister(_ salutation: String, _ to: String, _ closing: String) throws {
    let text = """
      ที่ ศธ ๐๔๐๒/๓๕๖๗                                       กรมการศาสนา
                                                            วังจันทรเกษม กทม. ๑๐๓๐๐

                                       ๒๘ กรกฎาคม ๒๕๓๗

      เรื่อง  ขออาราธนาเข้าร่วมประชุม

      \(salutation)

      สิ่งที่ส่งมาด้วย  กำหนดการประชุม                                 จำนวน ๑ ฉบับ

                ด้วยกรมการศาสนากำหนดจัดประชุมพระสังฆาธิการระดับเจ้าคณะจังหวัด

                                        \(closing)

                                         (นายอำนวย สุวรรณคีรี)
                                           อธิบดีกรมการศาสนา
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.to == to)
    #expect(letter.closing == closing)
    #expect(letter.signature?.name == "นายอำนวย สุวรรณคีรี")
    #expect(letter.enclosures.count == 1)
    #expect(letter.body == ["ด้วยกรมการศาสนากำหนดจัดประชุมพระสังฆาธิการระดับเจ้าคณะจังหวัด"])
  }
}

extension HeldOutFortyTests {
  /// Older letters print the area code in brackets.
  @Test(arguments: [
    ("โทร. (๐๕๓) ๗๑๑๕๔๖", "(๐๕๓) ๗๑๑๕๔๖", "053711546"),
    ("โทร (02) 281-5534", "(02) 281-5534", "022815534"),
  ])
  func anAreaCodeInBracketsIsPartOfTheNumber(_ line: String, _ raw: String, _ number: String) throws {
    let phone = try #require(PhoneReader.phones(in: line).first)
    #expect(phone.raw == raw)
    #expect(phone.number == number)
  }
}

extension HeldOutFortyTests {
  /// An order cited at a line's end (`…รวมทั้งคำสั่งกระทรวงมหาดไทย`) and its number at the
  /// next line's start (`ที่ ๑๒๗/๒๕๖๗ อาศัยอำนาจ…`): the citation wrapped, no new letter.
  @Test func aCitedOrdersNumberWrappedToALinesStartBeginsNoLetter() throws {
    let text = """
                                    คำสั่งจังหวัดนครราชสีมา
                                       ที่ ๒๔๑๗/๒๕๖๗
            เรื่อง  แต่งตั้งคณะกรรมการอำนวยการป้องกันและแก้ไขปัญหายาเสพติดจังหวัดนครราชสีมา
                                ----------------------------------

                เพื่อให้การดำเนินงานเป็นไปตามประกาศกระทรวงมหาดไทย เรื่อง มาตรการเร่งรัดการป้องกันและ
      ปราบปรามยาเสพติดในระดับพื้นที่ ลงวันที่ ๓๑ พฤษภาคม ๒๕๖๗ รวมทั้งคำสั่งกระทรวงมหาดไทย
      ที่ ๑๒๗/๒๕๖๗ อาศัยอำนาจตามความในมาตรา ๕๗ แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน
      พ.ศ. ๒๕๓๔ จึงแต่งตั้งคณะกรรมการอำนวยการป้องกันและแก้ไขปัญหายาเสพติดจังหวัดนครราชสีมา

                ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป

                               สั่ง ณ วันที่ ๑๘ มิถุนายน พ.ศ. ๒๕๖๗

                                     (นายอนุสรณ์ แก้วประเสริฐ)
                                 ผู้ว่าราชการจังหวัดนครราชสีมา
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.kind == .order)
    #expect(letter.date?.date?.iso == "2024-06-18")
    #expect(letter.signature?.name == "นายอนุสรณ์ แก้วประเสริฐ")
  }
}

extension HeldOutFortyTests {
  /// Military letters number their paragraphs (`๑. ตามอ้างถึง…`): after the enclosures' `๑.`
  /// `๒.` and a blank line, a `๑.` begins the body, not a third enclosure.
  @Test func numberingThatStartsAgainEndsTheEnclosures() throws {
    let text = """
      ที่ กห ๐๔๔๒/๑๒๔๗

      กรมการทหารสื่อสาร
      ถนนพหลโยธิน เขตพญาไท กทม. ๑๐๔๐๐

      ๒๓ ก.พ. ๖๗

      **เรื่อง** การจัดกำลังพลสนับสนุน

      **เรียน** เจ้ากรมยุทธการทหารบก

      **สิ่งที่ส่งมาด้วย**
      ๑. บัญชีรายชื่อกำลังพลสนับสนุน จำนวน ๑ ชุด
      ๒. แผนการเดินทาง จำนวน ๑ ฉบับ

      ๑. ตามอ้างถึง ทบ. ได้กำหนดให้ กส.ทบ. จัดกำลังพลสนับสนุนการปฏิบัติภารกิจด้านการสื่อสาร

      ๒. กส.ทบ. พิจารณาแล้ว เห็นควรจัดกำลังพล จำนวน ๓๖ นาย

      จึงเรียนมาเพื่อกรุณาทราบ

      ขอแสดงความนับถือ

      พลตรี
      (ธนวัฒน์ อินทรประเสริฐ)
      เจ้ากรมการทหารสื่อสาร
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters.first)
    #expect(letter.enclosures.map(\.title) == ["บัญชีรายชื่อกำลังพลสนับสนุน", "แผนการเดินทาง"])
    #expect(letter.body.count == 3)
    #expect(letter.body.first?.hasPrefix("๑. ตามอ้างถึง") == true)
  }
}

extension HeldOutFortyTests {
  /// An announcement as the Royal Gazette printed it: the running header above (page, volume,
  /// issue, and the date) is the page's, not the announcement's.
  @Test func theGazettesRunningHeaderIsThePages() throws {
    let text = """
      หน้า   ๑๒                        เล่ม  ๑๔๓   ตอนพิเศษ  ๒๕๑  ง          ราชกิจจานุเบกษา             ๓๐  ตุลาคม   ๒๕๖๙


                                             ประกาศคณะกรรมการค่าจ้าง
                                         เรื่อง  อัตราค่าจ้างขั้นต่ำ (ฉบับที่ ๑๕)


                อาศัยอำนาจตามความในมาตรา ๗๘ แห่งพระราชบัญญัติคุ้มครองแรงงาน พ.ศ. ๒๕๔๑ คณะกรรมการ
      ค่าจ้างจึงออกประกาศไว้ ดังต่อไปนี้

                ข้อ ๑ ประกาศนี้ให้ใช้บังคับตั้งแต่วันที่ ๑ มกราคม พ.ศ. ๒๕๗๐ เป็นต้นไป

                               ประกาศ ณ วันที่ ๒๒ ตุลาคม พ.ศ. ๒๕๖๙

                                     (นายธนากร ศรีพิทักษ์)
                                      ปลัดกระทรวงแรงงาน
                                     ประธานกรรมการค่าจ้าง
      """
    let letters = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.kind == .announcement)
    #expect(letter.lines.start == 4)
    #expect(letter.date?.date?.iso == "2026-10-22")
    #expect(letter.subject == "อัตราค่าจ้างขั้นต่ำ (ฉบับที่ ๑๕)")
  }

  @Test(arguments: [
    ("หน้า ๑๒ เล่ม ๑๔๓ ตอนพิเศษ ๒๕๑ ง ราชกิจจานุเบกษา ๓๐ ตุลาคม ๒๕๖๙", true),
    ("เล่ม ๑๔๐ ตอนที่ ๕๕ ก ราชกิจจานุเบกษา ๑๕ กันยายน ๒๕๖๖", true),
    ("ราชกิจจานุเบกษา ๑๕ กันยายน ๒๕๖๖ เล่ม ๑๔๐ ตอนที่ ๕๕ ก หน้า ๓", true),
    ("ทั้งนี้ ตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป", false),
    ("หน้าที่ตามประกาศที่ได้ประกาศในราชกิจจานุเบกษา เมื่อวันที่ ๑ มกราคม ๒๕๖๙", false),
  ])
  func theGazettesHeaderAndASentenceCitingTheGazette(_ line: String, _ header: Bool) {
    #expect(GazetteHeader.isRunningHeader(Array(line.unicodeScalars)) == header)
  }
}

extension HeldOutFortyTests {
  /// The serial that went on to the line after a blank, the office block beside it
  /// (`ที่ มท ๐๘๑๖.๒/ว` / `` / `๔๘๑๕      กรมส่งเสริมการปกครองท้องถิ่น`).
  @Test func aSerialBesideTheOfficePastABlankLine() throws {
    let text = """
      ด่วนที่สุด
      ที่ มท ๐๘๑๖.๒/ว

      ๔๘๑๕                                                   กรมส่งเสริมการปกครองท้องถิ่น
                                                             ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐

                                      ๑๙ มีนาคม ๒๕๖๘

      เรื่อง  การเตรียมความพร้อมรับมือสถานการณ์ภัยแล้ง

      เรียน  ผู้ว่าราชการจังหวัด ทุกจังหวัด

                ด้วยกรมส่งเสริมการปกครองท้องถิ่นขอให้จังหวัดแจ้งองค์กรปกครองส่วนท้องถิ่นเตรียมความพร้อม

                                      ขอแสดงความนับถือ

                                    (นายสมชาย ใจดี)
                              อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.number?.canonical == "มท 0816.2/ว 4815")
    #expect(letter.issuer?.name == "กรมส่งเสริมการปกครองท้องถิ่น")
    #expect(letter.warnings.map(\.code) == [.numberSplit])
  }
}

extension HeldOutFortyTests {
  /// An announcement cited by office and date (it has no number): a mention with an issuer
  /// and a date. `ประกาศ ณ วันที่`, an event's `เมื่อวันที่` and a numbered order are not such.
  @Test(arguments: [
    (
      "เพื่อให้เป็นไปตามประกาศกระทรวงมหาดไทย เรื่อง มาตรการเร่งรัดการป้องกันและ ปราบปรามยาเสพติด ลงวันที่ ๓๑ พฤษภาคม ๒๕๖๗ จึงขอให้",
      ["ประกาศกระทรวงมหาดไทย เรื่อง มาตรการเร่งรัดการป้องกันและ ปราบปรามยาเสพติด ลงวันที่ ๓๑ พฤษภาคม ๒๕๖๗"],
      ["กระทรวงมหาดไทย"], ["2024-05-31"]
    ),
    (
      "ข้อ ๒ ให้ยกเลิกประกาศคณะกรรมการค่าจ้าง เรื่อง อัตราค่าจ้างขั้นต่ำ (ฉบับที่ ๑๔) ลงวันที่ ๒๓ ธันวาคม พ.ศ. ๒๕๖๘",
      ["ประกาศคณะกรรมการค่าจ้าง เรื่อง อัตราค่าจ้างขั้นต่ำ (ฉบับที่ ๑๔) ลงวันที่ ๒๓ ธันวาคม พ.ศ. ๒๕๖๘"],
      ["คณะกรรมการค่าจ้าง"], ["2025-12-23"]
    ),
    (
      "ตามหนังสือจังหวัดขอนแก่น ที่ ขก 0023.3/ว 5540 ลงวันที่ 2 กันยายน 2567 และประกาศ จังหวัดขอนแก่น ลงวันที่ 28 สิงหาคม 2567 นั้น",
      ["หนังสือจังหวัดขอนแก่น ที่ ขก 0023.3/ว 5540 ลงวันที่ 2 กันยายน 2567", "ประกาศ จังหวัดขอนแก่น ลงวันที่ 28 สิงหาคม 2567"],
      ["จังหวัดขอนแก่น", "จังหวัดขอนแก่น"], ["2024-09-02", "2024-08-28"]
    ),
    ("ทั้งนี้ ประกาศ ณ วันที่ ๑ มกราคม ๒๕๖๙ เป็นต้นไป", [], [], []),
    ("ตามที่กระทรวงได้ประกาศเมื่อวันที่ ๑ มกราคม ๒๕๖๙ ให้ส่วนราชการ", [], [], []),
  ])
  func anAnnouncementCitedByOfficeAndDate(
    _ paragraph: String, _ raws: [String], _ issuers: [String], _ dates: [String]
  ) throws {
    let letter = try Self.circular(paragraph: paragraph)
    #expect(letter.mentions.map(\.raw) == raws)
    #expect(letter.mentions.map(\.issuer) == issuers)
    #expect(letter.mentions.map { $0.date?.date?.iso } == dates)
  }
}

extension HeldOutFortyTests {
  /// Tesseract sets a space between two digits of a cited number; its date follows.
  @Test(arguments: [
    ("อ้างถึง  หนังสือจังหวัดแพร่ ด่วนที่สุด ที พร ๐๐๒๓.๓/ว ๑ ๖๐๒ ลงวันที ๔ มีนาคม ๒๕๖๘", "พร 0023.3/ว 1602", "พร ๐๐๒๓.๓/ว ๑ ๖๐๒"),
    ("อ้างถึง  คำสั่งจังหวัดแพร่ ที ๔๑ ๒/๒๕๖๘ ลงวันที ๑๐ มีนาคม ๒๕๖๘", "412/2568", "๔๑ ๒/๒๕๖๘"),
    ("อ้างถึง  หนังสือจังหวัดแพร่ ที่ พร ๐๐๒๓.๓/ว ๑๖๐๒ ลงวันที่ ๔ มีนาคม ๒๕๖๘", "พร 0023.3/ว 1602", "พร ๐๐๒๓.๓/ว ๑๖๐๒"),
  ])
  func aSpaceInsideACitedNumber(_ reference: String, _ canonical: String, _ raw: String) throws {
    let letter = try Self.circular(reference: reference, paragraph: "ด้วยจังหวัดแพร่ขอให้อำเภอสำรวจแหล่งน้ำ")
    let cited = try #require(letter.references.first)
    #expect(cited.number?.canonical == canonical)
    #expect(cited.number?.raw == raw)
    #expect(cited.date != nil)
  }
}

extension HeldOutFortyTests {
  /// An order cited by its number and year alone (`คำสั่งกระทรวงมหาดไทย ที่ ๑๒๗/๒๕๖๗`, no date) is
  /// a mention; a meeting's `ครั้งที่ ๑/๒๕๖๘` or a bare `ที่ ๕/๒๕๖๘` after no คำสั่ง is not.
  @Test(arguments: [
    ("รวมทั้งคำสั่งกระทรวงมหาดไทย ที่ ๑๒๗/๒๕๖๗ อาศัยอำนาจตามความในมาตรา ๕๗", ["127/2567"]),
    ("ในการประชุมครั้งที่ ๑/๒๕๖๘ ได้มีมติ", []),
    ("ตามหนังสือเวียน ที่ ๕/๒๕๖๘ นั้น", []),
  ])
  func anOrderCitedByNumberAndYear(_ sentence: String, _ numbers: [String]) throws {
    let letter = try Self.circular(paragraph: "ด้วยกระทรวงมหาดไทยขอแจ้ง \(sentence) จึงขอให้จังหวัดดำเนินการ")
    #expect(letter.mentions.compactMap(\.number?.canonical) == numbers)
  }
}

extension HeldOutFortyTests {
  /// Enclosures listed in one pipe-table cell, an item a `<br>`: each item its own.
  @Test func enclosuresListedInOneTableCell() throws {
    let text = """
      | **ที่** อว 0406.7/2194 | สถาบันบำราศนราดูร<br>ถนนติวานนท์ จังหวัดนนทบุรี 11000 |
      |---|---|
      | | 20 ตุลาคม 2568 |

      | **เรื่อง** | ขอเชิญเข้ารับการอบรม |
      |---|---|
      | **เรียน** | ผู้อำนวยการโรงพยาบาลทุกแห่ง |
      | **สิ่งที่ส่งมาด้วย** | 1. โครงการและกำหนดการอบรม จำนวน 1 ชุด<br>2. แบบตอบรับการเข้ารับการอบรม จำนวน 1 ฉบับ |

      ด้วยสถาบันบำราศนราดูรกำหนดจัดอบรมเชิงปฏิบัติการ

      ขอแสดงความนับถือ

      (นายแพทย์สมชาย ใจดี)
      ผู้อำนวยการสถาบันบำราศนราดูร
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters.first)
    #expect(letter.enclosures.map(\.title) == ["โครงการและกำหนดการอบรม", "แบบตอบรับการเข้ารับการอบรม"])
    #expect(letter.enclosures.map(\.quantity) == ["1 ชุด", "1 ฉบับ"])
  }
}

extension HeldOutFortyTests {
  /// A ministry circular with `reference` under its header (an อ้างถึง line, or nothing) and
  /// `paragraph` as its body: the letter the citation tests read.
  static func circular(reference: String = "", paragraph: String) throws -> Letter {
    let text = """
      ที่ มท ๐๒๑๑.๓/ว ๔๔๗๒                                   กระทรวงมหาดไทย
                                                            ถนนอัษฎางค์ กทม. ๑๐๒๐๐
                                      ๑๘ มิถุนายน ๒๕๖๗
      เรื่อง  มาตรการเร่งรัด
      เรียน  ผู้ว่าราชการจังหวัด ทุกจังหวัด
      \(reference)

                \(paragraph)

                                      ขอแสดงความนับถือ

                                    (นายสมชาย ใจดี)
                                  ปลัดกระทรวงมหาดไทย
      """
    return try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
  }
}

extension HeldOutFortyTests {
  /// An office block set out as a table row with an empty label cell, the office and its
  /// address one cell split by `<br>` (Corpus 3506): the office's name, then its address.
  @Test func anOfficeAndItsAddressInOneTableCell() throws {
    let text = """
      | | |
      |---|---|
      | **ที่** | มท 0816.2/ว 4127 |
      | | **กรมส่งเสริมการปกครองท้องถิ่น**<br>ถนนนครราชสีมา เขตดุสิต กรุงเทพฯ ๑๐๓๐๐ |
      | | ๒๐ พฤศจิกายน ๒๕๖๙ |
      | **เรื่อง** | การป้องกันและลดอุบัติเหตุทางถนน |
      | **เรียน** | ผู้ว่าราชการจังหวัด ทุกจังหวัด |

      ด้วยกรมส่งเสริมการปกครองท้องถิ่นขอให้จังหวัดแจ้งองค์กรปกครองส่วนท้องถิ่น

      ขอแสดงความนับถือ

      (นายธนวัฒน์ ศรีวรรณวงศ์)
      รองอธิบดี ปฏิบัติราชการแทน
      """
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.md").letters.first)
    #expect(letter.issuer?.name == "กรมส่งเสริมการปกครองท้องถิ่น")
    #expect(letter.issuer?.address == "ถนนนครราชสีมา เขตดุสิต กรุงเทพฯ ๑๐๓๐๐")
    #expect(letter.date?.date?.iso == "2026-11-20")
  }
}

extension HeldOutFortyTests {
  /// A citizen's letter cited without a number: the words after หนังสือ say what it is
  /// (`ร้องเรียนของท่าน`), not who wrote it (Corpus 1501, 2901); a company's name is its writer.
  @Test(arguments: [
    ("อ้างถึง หนังสือร้องเรียนของท่าน ลงวันที่ ๒ กันยายน ๒๕๖๙", String?.none),
    ("อ้างถึง หนังสือบริษัท สยามเกษตรแปรรูป จำกัด ลงวันที่ ๕ มีนาคม ๒๕๖๗", "บริษัท สยามเกษตรแปรรูป จำกัด"),
  ])
  func aLetterCitedWithoutANumberNamesItsWriterOrNoOne(_ reference: String, _ issuer: String?) throws {
    let letter = try Self.circular(reference: reference, paragraph: "ด้วยสำนักงานได้ตรวจสอบข้อเท็จจริงแล้ว")
    let cited = try #require(letter.references.first)
    #expect(cited.number == nil)
    #expect(cited.issuer == issuer)
  }
}

extension HeldOutFortyTests {
  /// A copy of a letter with no number, enclosed (`สำเนาหนังสือร้องเรียนของท่าน ลงวันที่ …`, Corpus
  /// 2901): its citation, dated; a certificate or a form enclosed is no letter cited.
  @Test(arguments: [
    ("สำเนาหนังสือร้องเรียนของท่าน ลงวันที่ ๒ กันยายน ๒๕๖๙", "หนังสือร้องเรียนของท่าน ลงวันที่ ๒ กันยายน ๒๕๖๙"),
    ("หนังสือรับรองการทำงาน", nil),
    ("แบบรายงานผลการดำเนินงาน", nil),
  ])
  func aLetterWithoutANumberEnclosed(_ title: String, _ raw: String?) throws {
    let letter = try Self.circular(
      reference: "สิ่งที่ส่งมาด้วย  \(title)          จำนวน ๑ ฉบับ", paragraph: "ด้วยสำนักงานได้ตรวจสอบข้อเท็จจริงแล้ว")
    let enclosure = try #require(letter.enclosures.first)
    #expect(enclosure.title == title)
    #expect(enclosure.letter?.raw == raw)
    #expect(enclosure.letter?.issuer == nil)
    #expect((enclosure.letter?.date != nil) == (raw != nil))
  }
}
