import Foundation
import Testing

@testable import Letters
@testable import ThaiText

/// What the eighteenth round of held-out letters (7500–7707: stamped letters, certificates and
/// forms of local offices; what vision-language models write for what is not text; clean
/// letters read by real Tesseract) showed the parser missing.
@Suite struct HeldOutSeventyFiveTests {
  func parse(_ text: String, path: String = "t.txt") -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  /// A certificate's title over its number (`หนังสือรับรอง` / `ที่ ชบ 52105/1245`) cites
  /// nothing: the number is the certificate's.
  @Test func aCertificatesTitleAboveItsNumber() throws {
    let text = """
      # หนังสือรับรอง

      **ที่ ชบ 52105/1245**

      **สำนักงานเทศบาลเมืองพานทอง**
      **อำเภอพานทอง จังหวัดชลบุรี 20160**

      หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า นางสาวศิริรัตน์ บุญประเสริฐ เป็นพนักงานจ้างตามภารกิจ

      ให้ไว้ ณ วันที่ 9 เมษายน 2568

      (นายวรพงษ์ สุขประเสริฐ)

      ปลัดเทศบาล ปฏิบัติราชการแทน
      นายกเทศมนตรีเมืองพานทอง
      """
    let letters = parse(text, path: "t.md")
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.kind == .external)
    #expect(letter.number?.canonical == "ชบ 52105/1245")
    #expect(letter.issuer?.name == "สำนักงานเทศบาลเมืองพานทอง")
    #expect(letter.date?.date?.iso == "2025-04-09")
  }

  /// An annex page's body cites as a letter's does: a form's `ได้รับประกาศ… ลงวันที่ …`.
  @Test func anAnnexBodyCites() throws {
    let text = """
      ใบรับรองการปิดประกาศ

      ข้าพเจ้า..............................ตำแหน่ง.............................. ได้รับประกาศสำนักงานที่ดินจังหวัดขอนแก่น สาขาบ้านไผ่ เรื่อง ขอรับมรดก ลงวันที่ ๑๒ มีนาคม ๒๕๖๘ และได้ปิดประกาศไว้แล้ว
      """
    let letter = try #require(parse(text).first)
    #expect(letter.kind == .annex)
    #expect(letter.mentions.map(\.issuer) == ["สำนักงานที่ดินจังหวัดขอนแก่น สาขาบ้านไผ่"])
  }

  /// Markdown list items are a paragraph each; an unnumbered bullet under a numbered one is
  /// that item's wrapped line (`- 1) Slide …` / `- **ดาวน์โหลด…**`, the seed 000).
  @Test func markdownBulletsAreItems() throws {
    let head = "**ที่** สธ ๐๐๓๓.๑/๑๒๓\n\n**วันที่** ๘ มกราคม ๒๕๖๙\n\n**เรื่อง** ขออนุมัติ\n\n**เรียน** ผู้อำนวยการ\n\n"
    let items = "ค่าใช้จ่าย ดังนี้\n\n- ค่าอาหารกลางวัน เป็นเงิน ๑๒,๐๐๐ บาท\n- ค่าอาหารว่าง เป็นเงิน ๕,๖๐๐ บาท\n- ค่าวัสดุ เป็นเงิน ๑๓,๖๐๐ บาท\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n"
    let letter = try #require(parse(head + items, path: "t.md").first)
    #expect(letter.body == ["ค่าใช้จ่าย ดังนี้", "ค่าอาหารกลางวัน เป็นเงิน ๑๒,๐๐๐ บาท", "ค่าอาหารว่าง เป็นเงิน ๕,๖๐๐ บาท", "ค่าวัสดุ เป็นเงิน ๑๓,๖๐๐ บาท"])
    let wrapped = "เอกสาร ประกอบด้วย\n\n- 1) Slide การประชุม ซึ่งจะเปิดให้\n- **ดาวน์โหลดในวันที่ 16 ก.ค. 2564**\n- 2) เกณฑ์และแบบฟอร์ม\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n"
    let other = try #require(parse(head + wrapped, path: "t.md").first)
    #expect(other.body == ["เอกสาร ประกอบด้วย", "1) Slide การประชุม ซึ่งจะเปิดให้ ดาวน์โหลดในวันที่ 16 ก.ค. 2564", "2) เกณฑ์และแบบฟอร์ม"])
  }

  /// What a vision model writes for what is not text: Typhoon OCR's `<page_number>`, a page's
  /// `[หน้า ๒]` / `[Page 2]`, a stamp described with a label, `(ลายเซ็น)` where the hand signed.
  @Test func visionModelPlaceholdersAreNoText() {
    #expect(MarkdownCleaner.lines(from: "<page_number>๒</page_number>").first?.text == "")
    #expect(Line(number: 1, raw: "[หน้า ๒]").furniture == .pageNumber)
    #expect(Line(number: 1, raw: "[Page 2]").furniture == .pageNumber)
    #expect(
      Line(number: 1, raw: "[ตราประทับ: สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๑ พร้อมลายมือชื่อย่อกำกับตรา]")
        .furniture == .debris)
    #expect(Line(number: 1, raw: "(ลายเซ็น)").furniture == .debris)
    // A receipt stamp described so is left for the receipt reader; a QR code's caption stays.
    #expect(Line(number: 1, raw: "[ตราประทับรับหนังสือ: โรงพยาบาลชุมแพ เลขรับ ๐๒๑๗ วันที่ ๑๓ ม.ค. ๖๙ เวลา ๑๐.๓๐ น.]").furniture == nil)
    #expect(Line(number: 1, raw: "[QR Code: แจ้งเหตุไฟฟ้าขัดข้อง การไฟฟ้าส่วนภูมิภาคจังหวัดนครราชสีมา]").furniture == nil)
  }

  /// What a hand wrote, as a model reports it (`[ลายมือเขียน: …]`), reads as written: a routing
  /// note under the contact block, initialled with the signature's placeholder and a date, is
  /// the letter's.
  @Test func handwritingReadsAsWritten() throws {
    #expect(Line(number: 1, raw: "[ลายมือเขียน: ทราบ / มอบ กลุ่มงานปฐมภูมิ]").text == "ทราบ / มอบ กลุ่มงานปฐมภูมิ")
    let text = """
      ที่ ขก ๐๐๓๓.๐๐๕/ว ๑๒๓                     สำนักงานสาธารณสุขจังหวัดขอนแก่น
      ๘ มกราคม ๒๕๖๙
      เรื่อง การคัดกรองวัณโรค
      เรียน ผู้อำนวยการโรงพยาบาลชุมแพ
                ขอให้ดำเนินการคัดกรองวัณโรคในกลุ่มเสี่ยง
      ขอแสดงความนับถือ
      (นายปกรณ์ ทองศรีสุข)
      นายแพทย์สาธารณสุขจังหวัดขอนแก่น
      กลุ่มงานควบคุมโรคติดต่อ
      โทร. ๐ ๔๓๒๒ ๑๓๐๓ ต่อ ๒๑๕

      [ลายมือเขียน: เรียน ผอ.รพ.ชุมแพ เพื่อโปรดทราบ และเห็นควรมอบกลุ่มงานปฐมภูมิดำเนินการ]
      [ลายมือชื่อ] ๑๔ ม.ค. ๖๙
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.lines.end == 13)
  }

  /// A model's labels of a header it listed (`- **หน่วยงาน:** …`, `- **ที่อยู่:** …`) are no text.
  @Test func madeUpHeaderLabels() {
    #expect(Line(number: 1, raw: "**หน่วยงาน:** กรมส่งเสริมการเกษตร").text == "กรมส่งเสริมการเกษตร")
    #expect(Line(number: 1, raw: "**ที่อยู่:** ๒๑๔๓/๑ ถนนพหลโยธิน").text == "๒๑๔๓/๑ ถนนพหลโยธิน")
  }

  /// A serial a model could not read whole (`ว ๒[ไม่ชัด]๘๗`) is no number: the digits left
  /// would name another letter.
  @Test func aSerialWithAnIllegibleDigitIsNoNumber() {
    #expect(LetterNumberReader.read(Array("กษ ๑๐๐๔/ว ๒[ไม่ชัด]๘๗".unicodeScalars), at: 0) == nil)
    #expect(LetterNumberReader.read(Array("กษ ๑๐๐๔/ว ๒๓๘๗".unicodeScalars), at: 0)?.0.serial == "2387")
  }
}
