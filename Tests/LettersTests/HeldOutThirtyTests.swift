import Foundation
import Testing

@testable import Letters

/// Shapes of the held-out sets 3000–3007 and 3100–3105 (letters of agencies the corpus had not
/// seen, clean and damaged) that the parser misread at first: copies noted after the
/// signature (สำเนาส่ง / สำเนาเรียน), a joint signature, a typed page marker before an
/// annex page, an announcement's subject label glued to its value, a lone letter among
/// punctuation specks.
@Suite struct HeldOutThirtyTests {
  func parse(_ text: String) throws -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  /// `สำเนาส่ง …` / `สำเนาเรียน …` (who else receives a copy) end the letter: no letter of
  /// their own, and the letter's lines run to them.
  @Test(arguments: ["สำเนาส่ง  ท้องถิ่นจังหวัดเชียงใหม่", "สำเนาเรียน  ผู้อำนวยการกองบริหารงานบุคคล"])
  func copiesNotedAfterTheSignatureEndTheLetter(_ copies: String) throws {
    let letters = try parse(
      """
      ที่ ชม ๗๑๒๐๑/๙๘๗
      องค์การบริหารส่วนตำบลหนองแหย่ง
      ๑๒ มิถุนายน ๒๕๖๘

      เรื่อง  ขอรับการสนับสนุนงบประมาณซ่อมแซมถนน
      เรียน  ผู้ว่าราชการจังหวัดเชียงใหม่

      องค์การบริหารส่วนตำบลหนองแหย่งขอรับการสนับสนุนงบประมาณซ่อมแซมถนนที่ชำรุดจากอุทกภัย

      จึงเรียนมาเพื่อโปรดพิจารณา

      ขอแสดงความนับถือ

      (นายสมบูรณ์ ใจคำ)
      นายกองค์การบริหารส่วนตำบลหนองแหย่ง

      กองช่าง
      โทร. ๐ ๕๓๐๓ ๗๑๒๕

      \(copies)
                ท้องถิ่นอำเภอสันทราย
      """)
    #expect(letters.count == 1, "\(letters.map(\.kind))")
    #expect(letters.first?.lines.end == 21)
    #expect(letters.first?.contact.phones.map(\.number) == ["053037125"])
  }

  /// Two signers side by side: one name, both people, without the brackets between them.
  @Test func aJointSignatureNamesBothSignersWithoutTheInnerBrackets() throws {
    let letter = try #require(
      try parse(
        """
        บันทึกข้อความ
        ส่วนราชการ  โรงพยาบาลลำปาง กลุ่มงานพัสดุ โทร. ๕๔๑๒
        ที่  ลป ๐๐๓๒.๒๐๑/๘๘๔   วันที่  ๒๐ ตุลาคม ๒๕๖๘
        เรื่อง  รายงานผลการตรวจรับพัสดุ
        เรียน  ผู้อำนวยการโรงพยาบาลลำปาง

        คณะกรรมการตรวจรับพัสดุได้ตรวจรับพัสดุครบถ้วนถูกต้องแล้ว

        จึงเรียนมาเพื่อโปรดทราบ

        (นายสุริยา คำแสน)                          (นางสาวปิยนุช ทองมา)
        ประธานกรรมการตรวจรับพัสดุ                    กรรมการตรวจรับพัสดุ
        """
      ).first)
    #expect(letter.signature?.name == "นายสุริยา คำแสน นางสาวปิยนุช ทองมา")
  }

  /// `--- หน้า 2 ---` typed between pages is a page break: the list below it is an annex page
  /// titled by its first line, the page marker part of neither.
  @Test(arguments: ["--- หน้า 2 ---", "=== หน้า ๒ ===", "--- Page 2 ---", "-- หน้า 2/3 --"])
  func aTypedPageMarkerIsAPageBreak(_ marker: String) throws {
    let letters = try parse(
      """
      ที่ ศธ ๐๔๒๓๕/ว ๓๑๘๔
      สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น
      ๕ สิงหาคม ๒๕๖๘

      เรื่อง  แจ้งรายชื่อครูผู้ผ่านการคัดเลือก
      เรียน  ผู้อำนวยการโรงเรียนในสังกัด

      สำนักงานเขตพื้นที่การศึกษาแจ้งรายชื่อครูผู้ผ่านการคัดเลือก รายละเอียดตามบัญชีแนบท้าย

      ขอแสดงความนับถือ

      (นายประเสริฐ ดีงาม)
      ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น

      กลุ่มส่งเสริมการจัดการศึกษา
      โทร. ๐ ๔๓๒๔ ๓๕๐๕

      \(marker)

      บัญชีรายชื่อครูผู้ผ่านการคัดเลือกเข้ารับการพัฒนาสมรรถนะด้านการจัดการเรียนรู้เชิงรุก
      แนบท้ายหนังสือสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น ที่ ศธ ๐๔๒๓๕/ว ๓๑๘๔ ลงวันที่ ๕ สิงหาคม ๒๕๖๘

      ๑ นางสาวพิมพ์ชนก ศรีสุข ครู โรงเรียนขอนแก่นวิทยายน
      ๒ นายอนุชา พลราชม ครู โรงเรียนกัลยาณวัตร
      """)
    #expect(letters.map(\.kind) == [.external, .annex])
    #expect(letters.first?.lines.end == 16)
    #expect(letters.last?.lines.start == 20)
    #expect(letters.last?.subject == "บัญชีรายชื่อครูผู้ผ่านการคัดเลือกเข้ารับการพัฒนาสมรรถนะด้านการจัดการเรียนรู้เชิงรุก")
    #expect(letters.last?.mentions.first?.number?.canonical == "ศธ 04235/ว 3184")
  }

  /// `ประกาศ…` over its subject label glued to the value (`เรืองงดจ่าย…`, Tesseract's lost
  /// tone mark and space): an announcement and its subject.
  @Test func anAnnouncementsGluedSubjectLabelStillTitlesIt() throws {
    let letter = try #require(
      try parse(
        """
                  ประกาศการไฟฟาสวนภูมิภาคอําเภอสันทราย
        เรืองงดจ่ายกระแสไฟฟาเพือปรับปรุงระบบจําหน่าย
                        -------------------------
         ฆ ' ,
                  ด้วยการไฟฟาส่วนภูมิภาคอําเภอสันทราย มีความจําเป็นต้องงดจ่ายกระแสไฟฟา

                  จึงประกาศมาเพือทราบโดยทัวกัน

                            ประกาศ ณ วันที ๑๘ พฤศจิกายน ๒๕๖๘

                                 ( นายกิตติพงษ์ ไชยวงค์ )
                     ผู ้จัดการการไฟฟาส่วนภูมิภาคอําเภอสันทราย
        """
      ).first)
    #expect(letter.kind == .announcement)
    #expect(letter.subject == "งดจ่ายกระแสไฟฟาเพือปรับปรุงระบบจำหน่าย")
    #expect(letter.issuer?.name == "การไฟฟาสวนภูมิภาคอำเภอสันทราย")
    #expect(letter.body.first?.hasPrefix("ด้วย") == true, "\(letter.body)")
  }

  /// A lone letter among punctuation specks (`ฆ ' ,`) is OCR debris too; a letter with one
  /// mark (`ก.`, `ข ,`) may be an item's label.
  @Test(arguments: [("ฆ ' ,", true), ("' ฒ .", true), ("ก.", false), ("ข ,", false), ("ก ข ,", false)])
  func aLoneLetterAmongSpecksIsDebris(_ text: String, _ debris: Bool) {
    #expect((Line(number: 1, raw: text).furniture != nil) == debris)
  }

  /// Real Tesseract of the order 3103: ที่ read as a bare `ท`, a dot speck before the era of
  /// the order's date. The number and the date are still read.
  @Test func anOrdersNumberUnderABareTAndADateWithASpeckedEra() throws {
    let letter = try #require(
      try parse(
        """
        คําสังจังหวัดลําปาง

        ท 2145/2569
        เรือง แต่งตั้งคณะทํางานเฝ้าระวังและแก้ไขปัญหาหมอกควันและไฟป่า

        ตามคําสังจังหวัดลําปาง ที 3012/2568 ลงวันที 25 ธันวาคม 2568 ได้แต่งตั้งคณะทํางานไว้แล้ว นั้น

        ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป

        สัง ณ วันที12 พฤศจิกายน .พ.ศ 2569

        (นายชัชวาล ฉายะวิวัฒน์)
        ผู้ว่าราชการจังหวัดลําปาง
        """
      ).first)
    #expect(letter.kind == .order)
    #expect(letter.number?.canonical == "2145/2569")
    #expect(letter.date?.date?.iso == "2026-11-12")
  }

  /// An order's subject stops at the body's first sentence also when OCR set a speck before
  /// it (`2 ตามคําสัง…`, real Tesseract of 3103 heavy): the sentence is not taken into the
  /// subject for the blank line above it.
  @Test func anOrdersSubjectStopsAtASpeckedFirstSentence() throws {
    let letter = try #require(
      try parse(
        """
        คําสังจังหวัดลําปาง
        ที 2145/2569
        เรือง แต่งตั้งคณะทํางานเฝ้าระวังแสะแก้ไขปัญหาหมอกค่วันและไฟ
        ป่า ฤตูแล้ง ป 2570

        2 ตามคําสังจังหวัดลําปาง ที 3012/2568 ลงวันที่ 25 ธันวาคม
        2568 ได้แต่งตั้งคุณะทํางาน-  .
        เฝ้าระวังและแก้ไขปัญหาหมอกควันและไพ่ปบ่าไว้แล้ว นั้น

        เพื่อให้การป้องกันและแก้ไขปัญหา ลหมอกควันและไฟปาในถุ ดูแล้ง
        ปี 2570 เป็นไปอย่างต่อเนือง

        สั่ง ณ วันที่ 12 พฤศจิกายน พ.ศ. 2569

        (นายชัชวาล ฉายะวิวัฒน์)
        ผู้ว่าราชการจังหวัดลําปาง
        """
      ).first)
    #expect(letter.subject == "แต่งตั้งคณะทำงานเฝ้าระวังแสะแก้ไขปัญหาหมอกค่วันและไฟ ป่า ฤตูแล้ง ป 2570")
    #expect(letter.body.first?.hasPrefix("2 ตามคำสัง") == true, "\(letter.body)")
  }

  /// Real Tesseract of the memo 3102: the position's second line, specks, and the copies
  /// note at the foot all stay the letter's — no annex page made of them.
  @Test func specksBetweenThePositionAndTheCopiesNote() throws {
    let letters = try parse(
      """
      บันทึกข้อความ
      ส่วนราชการ สํานักวิทยบริการและเทคโนโลยีสารสนเทศ โทร. ๑๒๓๕
      ที่ อว ๐๖๑๖.๐๖/๑๑๓๒ วันที่ ๑๕ ตุลาคม ๒๕๖๙
      เรื่อง ขออนุมัติเดินทางไปราชการ
      เรียน อธิการบดีมหาวิทยาลัยราชภัฏอุบลราชธานี

      สํานักวิทยบริการและเทคโนโลยีสารสนเทศขออนุมัติให้บุคลากรเดินทางไปราชการ

      จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

      (ผู้ช่วยศาสตราจารย์ ดร.วันเพ็ญ คําหอม)
      านวยการสํานักวิทยบริการและเทคโนโลยี
      สารสนเทศ

      ๐

      ผู้
      ขบ

      สําเนาเรียน ผู้อํานวยการกองบริหารงานบุคคล
      """)
    #expect(letters.count == 1, "\(letters.map(\.kind))")
    #expect(letters.first?.signature?.positions.last == "สารสนเทศ")
    #expect(letters.first?.lines.end == 20)
  }

  /// A cited letter's number OCR set on a line of its own, the line after it beginning with
  /// `ลงวันที่` (damaged: `“ ลังวันที่ …`), and the label above split off (`างถึง …` / `อั`):
  /// the reference goes on; no new letter starts at that number (real Tesseract of 3101 heavy).
  @Test func aCitedNumberAboveItsDateLineStartsNoLetter() throws {
    let letters = try parse(
      """
      ที่ พม ๐๒๐๔/ว ๒๑๗๘
      กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์
      ๙ กันยายน ๒๕๖๙

      เรื่อง การเตรียมความพร้อมรับมือภัยหนาว
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      างถึง 1 หนังสือกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์

      อั
      ที พม 0204/ว 1765
      “ ลังวันที่ 20 ตุลาคม' 2568

      กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ขอให้จังหวัดเตรียมความพร้อมรับมือภัยหนาว

      จึงเรียนมาเพื่อโปรดพิจารณา

      ขอแสดงความนับถือ

      (นางสาวพัชรินทร์ วงศ์สวัสดิ์)
      ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์
      """)
    #expect(letters.count == 1, "\(letters.map(\.lines))")
    #expect(letters.first?.number?.canonical == "พม 0204/ว 2178")
  }

  /// Real Tesseract of the memo 3302: ที่ read as `ทิ`, the prefix สธ as `สีจงิ`, the date's
  /// year on the next line. The number is still found, and the memo's date.
  @Test func aMemoNumberUnderADamagedLabel() throws {
    let letter = try #require(
      try parse(
        """
        บันทึกข้อความ

        ส่วนราชการ กรมอนามัย สํานักโภชนาการ กลุ่มพัฒนาระบบบริการ
        โภชนาการ โทร. ๐ ๒๕๕๐ ๕๓๒
        ทิ สีจงิ ๐๕๑๕.๐๓/๑๓๕๒๐                 วันที่ ๒๓ พฤศจิกายน
        ๒๕๒๕
        เรื่อง ขออนุมัติจัดโครงการอบรมเชิงปฏิบัติการพัฒนาศักยภาพนักโภชนาการ

        เรียน อธิบดีกรมอนามัย

        สํานักโภชนาการขออนุมัติจัดโครงการอบรมเชิงปฏิบัติการ ระหว่างวันที่ ๑๕ - ๑๓ ธันวาคม ๒๕๒๐๕

        จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

        (นางสาวสุภาพร ใจดี)
        ผู้อํานวยการสํานักโภชนาการ
        """
      ).first)
    #expect(letter.kind == .memo)
    #expect(letter.number?.code == "0515.03")
    #expect(letter.date?.date?.month == .november)
  }

  /// A certificate (หนังสือรับรอง, 3401): its title line under the office block is neither the
  /// office's address nor body, and `ให้ไว้ ณ วันที่ …` dates it.
  @Test func aCertificateIsDatedWhereItWasGiven() throws {
    let letter = try #require(
      try parse(
        """
        ที่ ลป ๐๐๓๓.๐๐๒/๑๔๗๘                              สำนักงานสาธารณสุขจังหวัดลำปาง
                                                           ๒๑๔ ถนนบุญวาทย์ ตำบลหัวเวียง
                                                           อำเภอเมืองลำปาง จังหวัดลำปาง ๕๒๐๐๐

                                         หนังสือรับรอง

                  หนังสือรับรองฉบับนี้ให้ไว้เพื่อแสดงว่า นางสาวพัชรินทร์ อินต๊ะวงศ์ เป็นข้าราชการพลเรือนสามัญ

                               ให้ไว้ ณ วันที่ ๑๘ พฤศจิกายน พ.ศ. ๒๕๖๙

                                           (นายวรวิทย์ ศรีสุวรรณ)
                                     นายแพทย์สาธารณสุขจังหวัดลำปาง
        """
      ).first)
    #expect(letter.kind == .external)
    #expect(letter.date?.date?.iso == "2026-11-18")
    #expect(letter.issuer?.address == "๒๑๔ ถนนบุญวาทย์ ตำบลหัวเวียง อำเภอเมืองลำปาง จังหวัดลำปาง ๕๒๐๐๐")
    #expect(letter.body == ["หนังสือรับรองฉบับนี้ให้ไว้เพื่อแสดงว่า นางสาวพัชรินทร์ อินต๊ะวงศ์ เป็นข้าราชการพลเรือนสามัญ"])
  }

  /// An annex whose heading is two lines (its title and `แนบท้ายหนังสือ…`), printed again at
  /// the top of its second page after a form feed: two annex pages (3705).
  @Test func aTwoLineAnnexHeadingRepeatedAfterAPageBreak() throws {
    let heading = """
      ตัวชี้วัดและค่าเป้าหมายการประเมินส่วนราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐
      แนบท้ายหนังสือสำนักงาน ก.พ.ร. ที่ นร ๑๒๐๐/ว ๔๒ ลงวันที่ ๒๒ ตุลาคม ๒๕๖๙
      """
    let letters = try parse(
      """
      ที่ นร ๑๒๐๐/ว ๔๒
      สำนักงาน ก.พ.ร.
      ๒๒ ตุลาคม ๒๕๖๙

      เรื่อง  ตัวชี้วัดการประเมินส่วนราชการ
      เรียน  ปลัดกระทรวง ทุกกระทรวง

      สำนักงาน ก.พ.ร. ขอส่งตัวชี้วัดและค่าเป้าหมายการประเมินส่วนราชการ รายละเอียดตามเอกสารแนบท้าย

      ขอแสดงความนับถือ

      (นายสมชาย ใจดี)
      เลขาธิการ ก.พ.ร.
      \u{0C}\(heading)

      ๑. ผลสัมฤทธิ์ตามภารกิจหลักของส่วนราชการ    ๓๐
      ๒. ผลการดำเนินงานตามนโยบายสำคัญของรัฐบาล    ๒๐
      \u{0C}\(heading)

      ๔. การพัฒนาองค์การสู่ระบบราชการดิจิทัล    ๒๐
      รวม    ๑๐๐
      """)
    #expect(letters.map(\.kind) == [.external, .annex, .annex])
    #expect(letters.last?.lines.start == 19)
    #expect(letters.last?.mentions.first?.number?.canonical == "นร 1200/ว 42")
  }

  /// A header label OCR broke with a space (`เรี ยน`, `เรื่ อง`, `อ้าง ถึง`) is still the label;
  /// a word that only begins like one is not (`เรื่ องนี้…` stays text).
  @Test(arguments: [
    ("เรี ยน  ผู้อำนวยการสำนักงาน", HeaderLabel.Field.to), ("เรื่ อง การประชุม", .subject),
    ("อ้าง ถึง หนังสือจังหวัด", .references),
  ])
  func aLabelBrokenByASpace(_ line: String, _ field: HeaderLabel.Field) {
    #expect(HeaderLabel.read(Array(line.unicodeScalars))?.0 == field)
  }

  @Test(arguments: ["เรื่ องนี้ได้รับความสนใจ", "เรี ยนรู้ร่วมกัน"])
  func aWordThatOnlyBeginsLikeALabelIsNone(_ line: String) {
    #expect(HeaderLabel.read(Array(line.unicodeScalars)) == nil)
  }

  /// A speck OCR set after a body line's last word (`แจ้งให้ ,`, 3704) is no text; a dot that
  /// belongs to a word stays.
  @Test(arguments: [
    ("แจ้งให้ ,", "แจ้งให้"), ("ความละเอียดแจ้งแล้ว นั้น ' .", "ความละเอียดแจ้งแล้ว นั้น"),
    ("เวลา ๐๙.๐๐ น.", "เวลา ๐๙.๐๐ น."), ("ข้อ ก.", "ข้อ ก."), (",", ","),
  ])
  func aSpeckAfterTheLastWordOfABodyLine(_ line: String, _ text: String) {
    #expect(BodyParser.withoutTrailingSpeck(line) == text)
  }

  /// A running header at the top of page 2 (the department's name alone, 3702): the page's
  /// foot printed the word its text goes on with (`/ทั้งนี้ ...`), and the header before that
  /// word is no text.
  @Test func aRunningHeaderBeforeTheContinuationWord() throws {
    let letter = try #require(
      try parse(
        """
        ที่ วธ ๐๔๐๙/๓๘๗๒
        กรมศิลปากร
        ๑๐ พฤศจิกายน ๒๕๖๙

        เรื่อง  การซ่อมแซมหลังคาพระอุโบสถ
        เรียน  ผู้ว่าราชการจังหวัดน่าน

                ตามหนังสือที่อ้างถึง จังหวัดน่านแจ้งว่าวัดประสงค์จะซ่อมแซมหลังคาพระอุโบสถ

                ๓. เมื่อดำเนินการแล้วเสร็จ ให้ส่งภาพถ่ายก่อนและหลังการซ่อมแซมให้สำนักศิลปากรที่ ๗ น่าน
                                                      /ทั้งนี้ ...
                                    - ๒ -
        กรมศิลปากร
                ทั้งนี้ ขอให้แจ้งกำหนดการเริ่มงานล่วงหน้า

                จึงเรียนมาเพื่อโปรดทราบ

                                 ขอแสดงความนับถือ

                              (นายสมชาย ใจดี)
                              อธิบดีกรมศิลปากร
        """
      ).first)
    #expect(
      letter.body == [
        "ตามหนังสือที่อ้างถึง จังหวัดน่านแจ้งว่าวัดประสงค์จะซ่อมแซมหลังคาพระอุโบสถ",
        "๓. เมื่อดำเนินการแล้วเสร็จ ให้ส่งภาพถ่ายก่อนและหลังการซ่อมแซมให้สำนักศิลปากรที่ ๗ น่าน",
        "ทั้งนี้ ขอให้แจ้งกำหนดการเริ่มงานล่วงหน้า", "จึงเรียนมาเพื่อโปรดทราบ",
      ])
  }

  /// Marks OCR damaged at the head of a letter (3802, 3805): a space inside (`ด่วน มาก`), one
  /// letter misread in a long mark (`ค่วนที่สุด`); a file-copy stamp (`สําเนาคู่ฉบับ`, `สําเนา`)
  /// above an order's title. A short word one letter from `ด่วน` is no mark.
  @Test(arguments: [
    ("ด่วน มาก", Urgency.veryUrgent), ("ค่วนที่สุด", .mostUrgent), ("ด่วนทีสุด", .mostUrgent),
  ])
  func aDamagedMarkAtTheHead(_ mark: String, _ urgency: Urgency) throws {
    let letter = try #require(
      try parse(
        """
        \(mark)
        ที่ มท ๐๔๑๐.๓/ว ๒๒๑๔
        กรมการพัฒนาชุมชน
        ๑๐ พฤศจิกายน ๒๕๖๙

        เรื่อง  การประชุม
        เรียน  ผู้ว่าราชการจังหวัด ทุกจังหวัด

        กรมการพัฒนาชุมชนขอเชิญประชุม

        ขอแสดงความนับถือ

        (นายสมชาย ใจดี)
        อธิบดีกรมการพัฒนาชุมชน
        """
      ).first)
    #expect(letter.urgency == urgency)
    #expect(letter.lines.start == 1)
  }

  @Test(arguments: ["สําเนาคู่ฉบับ", "สำเนา"])
  func aFileCopyStampAboveAnOrdersTitle(_ stamp: String) throws {
    let letter = try #require(
      try parse(
        """
        \(stamp)

        คำสั่งกรมธนารักษ์
        ที่ ๑๒๙๖/๒๕๖๘
        เรื่อง แต่งตั้งคณะทำงาน

        เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะทำงาน

        สั่ง ณ วันที่ ๕ ตุลาคม พ.ศ. ๒๕๖๘

        (นายสมชาย ใจดี)
        อธิบดีกรมธนารักษ์
        """
      ).first)
    #expect(letter.kind == .order)
    #expect(letter.issuer?.name == "กรมธนารักษ์")
  }

  /// Enclosures listed with bullets (3901, a cp874 export): the bullet on the label's line is
  /// no part of the first item's title.
  @Test func bulletedEnclosures() throws {
    let letter = try #require(
      try parse(
        """
        ที่ ลป 0019.3/ว 2214
        สำนักงานพัฒนาชุมชนจังหวัดลำปาง
        12 พฤศจิกายน 2569

        เรื่อง  การจัดงาน OTOP
        เรียน  นายอำเภอ ทุกอำเภอ
        สิ่งที่ส่งมาด้วย  • กำหนดการจัดงาน “OTOP ลำปาง”        จำนวน 1 ฉบับ
                          • แบบตอบรับการเข้าร่วม                 จำนวน 1 ฉบับ

        สำนักงานพัฒนาชุมชนจังหวัดลำปางขอเชิญร่วมงาน

        ขอแสดงความนับถือ

        (นายสมชาย ใจดี)
        พัฒนาการจังหวัดลำปาง
        """
      ).first)
    #expect(letter.enclosures.map(\.title) == ["กำหนดการจัดงาน “OTOP ลำปาง”", "แบบตอบรับการเข้าร่วม"])
  }

  /// The receiving office's stamp at the page's foot, after the contact block, with its
  /// routing note under it (3803): the letter's `received`, and its last lines.
  @Test func aReceiptStampAtTheFoot() throws {
    let letters = try parse(
      """
      ที่ ยธ ๐๔๑๒/๓๒๑
      สำนักงานบังคับคดีจังหวัดขอนแก่น
      ๑๐ พฤศจิกายน ๒๕๖๙

      เรื่อง  ขอความร่วมมือประชาสัมพันธ์
      เรียน  ผู้อำนวยการโรงเรียนบ้านโนนทันวิทยา

      สำนักงานบังคับคดีจังหวัดขอนแก่นขอความร่วมมือประชาสัมพันธ์

      ขอแสดงความนับถือ

      (นายสมชาย ใจดี)
      ผู้อำนวยการสำนักงานบังคับคดีจังหวัดขอนแก่น

      กลุ่มงานบังคับคดีแพ่ง ๒
      โทร. ๐ ๔๓๒๔ ๖๕๗๘ ต่อ ๒๑๔

                                               โรงเรียนบ้านโนนทันวิทยา
                                               เลขรับ ๘๗๖
                                               วันที่ ๑๑ พ.ย. ๒๕๖๙
                                               เวลา ๐๙.๔๕ น.
                                                 เรียน ผอ. เพื่อโปรดทราบ
      """)
    #expect(letters.count == 1, "\(letters.map(\.kind))")
    #expect(letters.first?.lines.end == 22)
    #expect(letters.first?.received?.number == "876")
    #expect(letters.first?.received?.date?.date?.iso == "2026-11-11")
  }
}
