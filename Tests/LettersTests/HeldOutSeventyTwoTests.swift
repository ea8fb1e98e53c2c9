import Foundation
import Testing

@testable import Letters
@testable import ThaiText

/// What the seventeenth round of held-out letters (7200–7407: document-AI OCR markdown,
/// finance, revenue and labour agencies with Tesseract-like damage, clean letters read by real
/// Tesseract) showed the parser missing.
@Suite struct HeldOutSeventyTwoTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  /// An office whose name holds the word หนังสือ (สำนักงานหนังสือเดินทาง, the passport office)
  /// is the cited letter's issuer whole: the citation opens at the หนังสือ before it.
  @Test(arguments: ["สำเนาหนังสือ", "ตามหนังสือ", "หนังสือ"])
  func anIssuerNamedWithTheWordLetter(_ opener: String) throws {
    let text = opener + "สำนักงานหนังสือเดินทางชั่วคราว จังหวัดสุราษฎร์ธานี ที่ กต ๐๘๐๔.๑๒/๒๗๕ ลงวันที่ ๒๑ พฤษภาคม ๒๕๖๘"
    let found = try #require(CitationReader.find(in: text, strict: true).first)
    #expect(found.citation.issuer == "สำนักงานหนังสือเดินทางชั่วคราว จังหวัดสุราษฎร์ธานี")
    #expect(found.citation.raw.hasPrefix("หนังสือสำนักงาน"))
  }

  /// Mistral OCR writes marks and small numbers as inline LaTeX: the printed text is kept
  /// (`PM${ }_{2.5}$` → `PM2.5`); a `$` with no LaTeX in it is a dollar sign.
  @Test(arguments: [
    ("ฝุ่น PM${ }_{2.5}$ เกินค่ามาตรฐาน", "ฝุ่น PM2.5 เกินค่ามาตรฐาน"),
    ("ตามเชิงอรรถ${ }^{1}$ และ", "ตามเชิงอรรถ1 และ"),
    ("$\\checkmark$ ทราบ", "✓ ทราบ"),
    ("$\\square$ ด่วน", "☐ ด่วน"),
    ("ราคา $25 และ $30", "ราคา $25 และ $30"),
    ("อุณหภูมิ ๓๗ $^{\\circ}$C", "อุณหภูมิ ๓๗ °C"),
  ])
  func inlineLaTeXIsItsPrintedText(_ markdown: String, _ plain: String) {
    #expect(MarkdownCleaner.lines(from: markdown).first?.text == plain)
  }

  /// Marker's page markers (`{1}------…`) break the page; the first page's (`{0}`) is none.
  @Test func markersPageMarkersArePageBreaks() {
    let text = "{0}------------------------------------------------\n\nบรรทัดแรก\n\n{1}------------------------------------------------\n\nหน้าสอง"
    let lines = MarkdownCleaner.lines(from: text)
    #expect(lines.map(\.text) == ["", "", "บรรทัดแรก", "", SourceLine.pageBreak, "", "หน้าสอง"])
  }

  /// olmOCR's front matter before each page is no text: the first page's vanishes, a later
  /// page's breaks the page.
  @Test func olmOCRFrontMatterIsNoText() {
    let matter = "---\nprimary_language: th\nis_rotation_valid: True\nrotation_correction: 0\nis_table: False\nis_diagram: False\n---\n"
    let lines = MarkdownCleaner.lines(from: matter + "บรรทัดแรก\n" + matter + "หน้าสอง")
    #expect(lines.map(\.text) == ["", "", "", "", "", "", "", "บรรทัดแรก", SourceLine.pageBreak, "", "", "", "", "", "", "หน้าสอง"])
    // A rule over a line with a colon in a letter stays a rule.
    let ruled = MarkdownCleaner.lines(from: "---\nหมายเหตุ: ส่งภายในวันที่ ๕\n---\nข้อความ")
    #expect(ruled.first?.text == "---")
  }

  /// A memo whose signer's position an LLM read above the bracketed name, with the approver's
  /// endorsement under it as a markdown bullet (`- อนุมัติ`).
  static let memoSignedOutOfOrder = """
    # บันทึกข้อความ

    **ส่วนราชการ** กองบริหารทรัพยากรบุคคล กรมสุขภาพจิต โทร. ๐ ๒๕๙๐ ๘๑๓๙

    **ที่** สธ ๐๘๐๒.๐๔/๑๕๔๖ **วันที่** ๒๒ สิงหาคม ๒๕๖๘

    **เรื่อง** ขออนุมัติโครงการพัฒนาศักยภาพผู้บริหารระดับต้น

    **เรียน** อธิบดีกรมสุขภาพจิต

    กองบริหารทรัพยากรบุคคลได้จัดทำโครงการพัฒนาศักยภาพผู้บริหารระดับต้น จำนวน ๖๐ คน

    จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบโปรดอนุมัติตามเสนอ

    ผู้อำนวยการกองบริหารทรัพยากรบุคคล

    (นางสาวพิมพ์ชนก ศรีสวัสดิ์)

    - อนุมัติ

    (นายแพทย์วรวิทย์ ชัยมงคล)

    รองอธิบดี ปฏิบัติราชการแทน

    อธิบดีกรมสุขภาพจิต

    ๒๕ ส.ค. ๒๕๖๘
    """

  @Test func aPositionAboveTheNameAndABulletedApproval() throws {
    let letters = LetterParser().parse(bytes: Array(Self.memoSignedOutOfOrder.utf8), path: "t.md").letters
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.closing == "จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบโปรดอนุมัติตามเสนอ")
    #expect(letter.signature?.name == "นางสาวพิมพ์ชนก ศรีสวัสดิ์")
    #expect(letter.signature?.positions == ["ผู้อำนวยการกองบริหารทรัพยากรบุคคล"])
    #expect(letter.lines.end == 27)
  }

  /// The receiving office's note written by hand under the contact block: addressed, a dash
  /// item, initialled and dated short (`อรุณี` / `20 ก.พ. 68`); the letter's, no annex page.
  @Test func aRoutingNoteInitialledAndDatedByHand() throws {
    let text = """
      ที่ สธ ๐๔๑๗.๐๗/ว ๔๕๑                                สำนักงานป้องกันควบคุมโรคที่ ๗ จังหวัดขอนแก่น
      ๑๘ กุมภาพันธ์ ๒๕๖๘
      เรื่อง ขอเชิญประชุม
      เรียน นายแพทย์สาธารณสุขจังหวัดกาฬสินธุ์
      สำนักงานป้องกันควบคุมโรคที่ ๗ ขอเชิญประชุมเชิงปฏิบัติการ
      จึงเรียนมาเพื่อโปรดพิจารณา
      ขอแสดงความนับถือ
      (นายศักดิ์ชัย วงศ์ไพศาล)
      ผู้อำนวยการสำนักงานป้องกันควบคุมโรคที่ ๗ จังหวัดขอนแก่น
      กลุ่มโรคติดต่อ
      โทร. ๐ ๔๓๒๒ ๒๘๑๘ ต่อ ๒๑๒

      เรียน นพ.สสจ.กส.
      - เพื่อโปรดทราบ
      - เห็นควรมอบกลุ่มงานควบคุมโรคติดต่อ พิจารณาส่งผู้เข้าร่วมประชุม

      อรุณี
      20 ก.พ. 68
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.lines.end == 18)
    #expect(letters.first?.contact.units == ["กลุ่มโรคติดต่อ"])
  }

  /// A note's `เรียน …` as the file's last line is no endorsement to read past the end.
  @Test func anAddressedNoteOnTheLastLine() {
    let text = """
      ที่ สธ ๐๔๑๗.๐๗/ว ๔๕๑
      ๑๘ กุมภาพันธ์ ๒๕๖๘
      เรื่อง ขอเชิญประชุม
      เรียน นายแพทย์สาธารณสุขจังหวัดกาฬสินธุ์
      ขอเชิญประชุมเชิงปฏิบัติการ
      ขอแสดงความนับถือ
      (นายศักดิ์ชัย วงศ์ไพศาล)
      ผู้อำนวยการสำนักงานป้องกันควบคุมโรคที่ ๗
      โทร. ๐ ๔๓๒๒ ๒๘๑๘

      เรียน นพ.สสจ.กส.
      """
    #expect(parse(text).first?.signature?.name == "นายศักดิ์ชัย วงศ์ไพศาล")
  }

  /// Tesseract's `เรอง` (เรื่อง without its vowel above and tone) is the subject's label.
  @Test func theSubjectLabelWithoutItsVowel() throws {
    let text = """
      ที่ กค ๐๗๒๓.๐๕/๒๓๑๘                 สำนักงานสรรพากรพื้นที่กรุงเทพมหานคร ๒๓
      ๒๗ พฤษภาคม ๒๕๖๗
      เรอง  การตรวจสอบคำขอคืนภาษีมูลค่าเพิ่ม เดือนภาษี ๐๓/๒๕๖๗
      เรียน  กรรมการผู้จัดการ บริษัท สยามพรีซิชั่นพาร์ท จำกัด

                สำนักงานสรรพากรพื้นที่กรุงเทพมหานคร ๒๓ ขอให้ท่านมาพบเจ้าพนักงาน
      ขอแสดงความนับถือ
      """
    let letter = try #require(parse(text).first)
    #expect(letter.subject == "การตรวจสอบคำขอคืนภาษีมูลค่าเพิ่ม เดือนภาษี ๐๓/๒๕๖๗")
    #expect(letter.to == "กรรมการผู้จัดการ บริษัท สยามพรีซิชั่นพาร์ท จำกัด")
  }

  /// A weekday that ends one line and the date that begins the next are checked as one date.
  @Test func aWeekdayOverTheLineEnd() throws {
    let text = """
      ที่ กค ๐๖๒๘.๐๒/๓๓๑
      ๑ สิงหาคม ๒๕๖๘
      เรื่อง แจ้งการประเมินภาษี
      เรียน กรรมการผู้จัดการ
      ขอให้ชำระภาษีภายในวันศุกร์ที่
      ๒๑ สิงหาคม ๒๕๖๘ ณ ฝ่ายบริหารการจัดเก็บภาษี
      ขอแสดงความนับถือ
      """
    let letter = try #require(parse(text).first)
    #expect(letter.warnings.map(\.code) == [.weekdayMismatch])
    #expect(letter.warnings.first?.line == 5)
    // The right weekday: no warning.
    let right = try #require(parse(text.replacingOccurrences(of: "วันศุกร์ที่", with: "วันพฤหัสบดีที่")).first)
    #expect(right.warnings.isEmpty)
  }

  /// A letter cited by its office and date, with no number (`หนังสือกรมสรรพากร ลงวันที่ …`), is
  /// a citation as an announcement cited so is; `หนังสือ` before no office is none.
  @Test func aLetterCitedByOfficeAndDate() throws {
    let found = DatedAnnouncementCitation.find(
      in: "ประกอบกับหนังสือกรมสรรพากร ลงวันที่ ๑๘ มกราคม ๒๕๖๗ แจ้งว่า จากการตรวจสอบข้อมูล", ocrYears: false)
    let citation = try #require(found.first?.citation)
    #expect(citation.raw == "หนังสือกรมสรรพากร ลงวันที่ ๑๘ มกราคม ๒๕๖๗")
    #expect(citation.issuer == "กรมสรรพากร")
    #expect(citation.number == nil)
    #expect(citation.date?.date?.iso == "2024-01-18")
    #expect(DatedAnnouncementCitation.find(in: "ตามหนังสือที่อ้างถึง ลงวันที่ ๑๘ มกราคม ๒๕๖๗", ocrYears: false).isEmpty)
  }

  /// Two columns read line by line: the number's serial at the margin beside the office
  /// block's second line under it (`ที่ รง ๐๓๑๐/ว   กรมการจัดหางาน` / `   ถนน…` / `๔๘๖   กรุงเทพฯ …`).
  @Test func theSerialBesideTheOfficeBlocksLastLine() throws {
    let text = """
      ด่วนที่สุด
      ที่ รง ๐๓๑๐/ว                                         กรมการจัดหางาน
                                                           ถนนมิตรไมตรี เขตดินแดง
      ๔๘๖                                                  กรุงเทพฯ ๑๐๔๐๐

                                    ๒๑ ตุลาคม ๒๕๖๘
      เรื่อง  การขออนุญาตทำงานของคนต่างด้าว
      เรียน  จัดหางานจังหวัด ทุกจังหวัด
      กรมการจัดหางานขอให้แจ้งนายจ้างทราบ
      ขอแสดงความนับถือ
      """
    let letter = try #require(parse(text).first)
    #expect(letter.number?.canonical == "รง 0310/ว 486")
    #expect(letter.issuer?.name == "กรมการจัดหางาน")
    #expect(letter.issuer?.address == "ถนนมิตรไมตรี เขตดินแดง กรุงเทพฯ ๑๐๔๐๐")
    #expect(letter.warnings.map(\.code) == [.numberSplit])
  }

  /// Real Tesseract lost a prefix's first letter (`ต ๐๕๐๕/๑๒๓๓` for `กต ๐๘๐๔/๑๒๗๓`): the number
  /// is read as damaged and its prefix restored from the file (its อ้างถึง prints `กต` with that
  /// code). The text is as Tesseract's Thai model prints it, with no ๔ ๖ ๗ ๘ ๙.
  @Test func aPrefixThatLostItsFirstLetter() throws {
    let text = """
      ที่ ต ๐๕๐๕/๑๒๓๓                                กรมการกงสุล
                                                     ถนนแจ้งวัฒนะ กรุงเทพฯ ๑๐๒๑๐
                                      ๒๕ พฤษภาคม ๒๕๒๕
      เรื่อง การให้บริการหน่วยเคลื่อนที่
      เรียน ผู้ว่าราชการจังหวัดนครศรีธรรมราช
      อ้างถึง หนังสือกรมการกงสุล ที่ กต ๐๕๐๕/ว ๒๑๕ ลงวันที่ ๑๒ มีนาคม ๒๕๒๕
                กรมการกงสุลขอแจ้งวันให้บริการ
      ขอแสดงความนับถือ
      """
    let letter = try #require(parse(text).first)
    #expect(letter.number?.prefix == "กต")
    #expect(letter.number?.raw == "ต ๐๕๐๕/๑๒๓๓")
    #expect(letter.warnings.contains { $0.code == .ocrSuspect })
    #expect(letter.subject == "การให้บริการหน่วยเคลื่อนที่")
    // One letter before a code and its slash, and only there.
    #expect(LetterNumberReader.read(Array("ต ๐๕๐๕/๑๒๓๓".unicodeScalars), at: 0)?.0.prefix == "ต")
    #expect(LetterNumberReader.read(Array("ว ๑๒/๒๕๖๘".unicodeScalars), at: 0) == nil)
    #expect(LetterNumberReader.read(Array("ก ๑๒/๓".unicodeScalars), at: 0) == nil)
    // A letter alone at the line's end.
    #expect(LetterNumberReader.read(Array("ที่ ต".unicodeScalars), at: 4) == nil)
  }
}
