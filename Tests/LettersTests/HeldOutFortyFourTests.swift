import Foundation
import Testing

@testable import Letters

/// What the tenth round of held-out letters (4400–4707: local government and schools, pages
/// and several letters to a file, LLM OCR of several engines, heavy Tesseract damage) showed
/// the parser missing, each as the smallest letter that shows it.
@Suite struct HeldOutFortyFourTests {
  func parse(_ text: String, path: String = "t.txt") -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  /// A memo with the approvals written under it up the line: `เรียน ปลัด…` / `- เห็นควร…`,
  /// a bracketed name and a short date, three times. They are the memo's, not an annex page.
  @Test func anApprovalChainUnderAMemoIsItsEndorsements() throws {
    let letters = parse(
      """
                                    บันทึกข้อความ
      ส่วนราชการ  กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองบ้านสวน  โทร. ๐ ๓๘๒๗ ๔๑๑๒
      ที่  ชบ ๕๒๑๐๔/๔๑๗                               วันที่  ๒๑  พฤษภาคม  ๒๕๖๙
      เรื่อง  ขออนุมัติดำเนินโครงการพ่นหมอกควัน
      เรียน  นายกเทศมนตรีเมืองบ้านสวน

                กองสาธารณสุขและสิ่งแวดล้อมเห็นควรดำเนินโครงการพ่นหมอกควันในพื้นที่ ๒๔ ชุมชน

                จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

                                          (นางวิไลวรรณ ทองประเสริฐ)
                                  ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม

      เรียน  ปลัดเทศบาลเมืองบ้านสวน
         - เห็นควรอนุมัติ
                (นายชาตรี อินทร์แก้ว)
                รองปลัดเทศบาลเมืองบ้านสวน
                    ๒๒ พ.ค. ๖๙

      เรียน  นายกเทศมนตรีเมืองบ้านสวน
         - เห็นควรอนุมัติ ตามเสนอ
                (นายประเสริฐ วงศ์สวัสดิ์)
                  ปลัดเทศบาลเมืองบ้านสวน
                     ๒๓ พ.ค. ๖๙
                                                    - อนุมัติ
                                               (นายอนุชา ศรีวิเศษ)
                                            นายกเทศมนตรีเมืองบ้านสวน
      """)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.lines.end == 27)
    #expect(letter.signature?.name == "นางวิไลวรรณ ทองประเสริฐ")
  }

  /// A letter's foot from an LLM OCR with made-up labels (`**ลงชื่อ:**`, `**ตำแหน่ง:**`): the
  /// name and the position without them.
  @Test func madeUpSignatureLabelsAreNotTheSignersWords() throws {
    let letters = parse(
      """
      **ที่:** พล ๐๐๒๓.๓/ว ๑๘๒๔
      **ส่วนราชการ:** ศาลากลางจังหวัดพิษณุโลก ถนนวังจันทน์ พล ๖๕๐๐๐

      ๑๕ มกราคม ๒๕๖๙

      **เรื่อง:** การเตรียมการรับมือภัยแล้ง
      **เรียน:** นายอำเภอ ทุกอำเภอ

      จังหวัดขอให้อำเภอเตรียมการรับมือภัยแล้ง จึงเรียนมาเพื่อโปรดทราบ

      **คำลงท้าย:** ขอแสดงความนับถือ

      **ลงชื่อ:** (นายสมศักดิ์ จันทร์แก้วมณี)
      **ตำแหน่ง:** รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน
      ผู้ว่าราชการจังหวัดพิษณุโลก
      """, path: "t.md")
    let signature = try #require(letters.first?.signature)
    #expect(signature.name == "นายสมศักดิ์ จันทร์แก้วมณี")
    #expect(signature.positions == ["รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน", "ผู้ว่าราชการจังหวัดพิษณุโลก"])
    #expect(signature.acting == "ปฏิบัติราชการแทน")
  }

  /// An LLM OCR's caption for the Garuda and a Thai transcriber's note: no text of the page.
  @Test(arguments: [
    "ภาพที่ 1: ตราครุฑ ตราสัญลักษณ์ประจำหน่วยงานราชการ",  // `*…*` taken off by the markdown reader
    "Figure 1: Garuda emblem",
    "หมายเหตุ: ข้อความบางส่วนอ่านไม่ชัด โดยเฉพาะลายมือในช่องความเห็นหัวหน้าภาควิชา จึงถอดความตามที่อ่านได้",
    // Held-out 5505: a model's offer after the letter.
    "หากต้องการให้จัดรายชื่อกรรมการเป็นตาราง หรือแปลงเป็นไฟล์ Word แจ้งได้เลยครับ",
  ])
  func whatTheModelSaysOfThePageIsNoText(_ text: String) {
    #expect(Line(number: 1, raw: text).furniture != nil)
  }

  /// A letter's own notes and an annex's figure stay text.
  @Test(arguments: [
    "หมายเหตุ: หากข้อมูลไม่ชัดเจน กรุณาติดต่อกลุ่มงานบริหารทั่วไป",
    "ภาพที่ ๑ แผนที่แสดงพื้นที่เสี่ยงภัยดินโคลนถล่ม",
  ])
  func aLettersOwnNoteStaysText(_ text: String) {
    #expect(Line(number: 1, raw: text).furniture == nil)
  }

  /// A memo's closing above a form's signing line with leaders (`(ลงชื่อ)……ผู้ขออนุมัติ`): the
  /// closing is its own line, and the signing line is not joined to it.
  @Test func aSigningLineWithLeadersIsNotTheClosingsNextLine() throws {
    let letters = parse(
      """
      บันทึกข้อความ
      ส่วนราชการ ภาควิชาวิศวกรรมโยธา คณะวิศวกรรมศาสตร์ โทร. ๒๒๓๔
      ที่ อว ๖๕๐๑.๐๖/๘๗๒ วันที่ ๖ พฤศจิกายน ๒๕๖๘
      เรื่อง ขออนุมัติเดินทางไปราชการ
      เรียน หัวหน้าภาควิชาวิศวกรรมโยธา

      ข้าพเจ้าขออนุมัติเดินทางไปราชการเพื่อนำเสนอผลงานวิจัย

      จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

      (ลงชื่อ)..........................................ผู้ขออนุมัติ
      (ผู้ช่วยศาสตราจารย์ ดร.ธนากร ศรีสุขวัฒนา)
      อาจารย์ประจำภาควิชาวิศวกรรมโยธา
      """)
    let letter = try #require(letters.first)
    #expect(letter.closing == "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ")
    #expect(letter.signature?.name == "ผู้ช่วยศาสตราจารย์ ดร.ธนากร ศรีสุขวัฒนา")
  }

  /// Signature blocks set side by side as a pipe table (proposer | approver): the first
  /// column is the memo's signer; the rest of the table is the approval, the memo's too.
  @Test func aSignatureGridsFirstColumnIsTheSigner() throws {
    let letters = parse(
      """
      **บันทึกข้อความ**

      **ส่วนราชการ** กองบริหารทรัพยากรบุคคล สำนักงานประกันสังคม โทร. 0 2956 2345
      **ที่** รง 0601/145 **วันที่** 22 มกราคม 2569
      **เรื่อง** ขออนุมัติจัดฝึกอบรม
      **เรียน** เลขาธิการสำนักงานประกันสังคม

      ด้วยกองบริหารทรัพยากรบุคคลจะจัดฝึกอบรมข้าราชการ

      จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

      | ผู้เสนอ | ความเห็น / คำสั่ง |
      |---|---|
      | (นางวิมลรัตน์ สุขเจริญ) | ☑ อนุมัติ ☐ ไม่อนุมัติ |
      | ผู้อำนวยการกองบริหารทรัพยากรบุคคล | (นายธีรวัฒน์ อินทรกำแหง) |
      | | เลขาธิการสำนักงานประกันสังคม |
      | | 26 ม.ค. 2569 |
      """, path: "t.md")
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.lines.end == 17)
    #expect(letter.signature?.name == "นางวิมลรัตน์ สุขเจริญ")
    #expect(letter.signature?.positions == ["ผู้อำนวยการกองบริหารทรัพยากรบุคคล"])
  }

  /// Tesseract put a space inside the serial (`ศย ๐๑๖/ว ๒๔ ๘`, `ศป ๐๔๐๒/๑ ๓๘๗`): read on
  /// across it before the office or the memo's date; not into a date run on after the number.
  @Test(arguments: [
    ("ทื่ ศย ๐๑๖/ว ๒๔ ๘                                  สํานักงานศาลยุติธรรม", "ศย 016/ว 248", "ศย ๐๑๖/ว ๒๔ ๘"),
    ("ที่ ศป ๐๔๐๒/๑ ๓๘๗                             วันที่   ๒๓  กันยายน  ๒๕๖๗", "ศป 0402/1387", "ศป ๐๔๐๒/๑ ๓๘๗"),
    ("ที่ นน ๐๐๒๗/ว ๑๙๘ ๑๕ มกราคม ๒๕๖๙", "นน 0027/ว 198", "นน ๐๐๒๗/ว ๑๙๘"),
    ("ที่ มท ๐๘๑๐.๗/ว ๒๓ 5", "มท 0810.7/ว 23", "มท ๐๘๑๐.๗/ว ๒๓"),
  ])
  func aSerialSplitByASpaceIsReadWhole(_ line: String, _ canonical: String, _ raw: String) throws {
    let found = try #require(LetterSegmenter.numberAt(Line(number: 1, raw: line).scalars))
    #expect(found.number.canonical == canonical)
    #expect(found.number.raw == raw)
  }

  /// The Garuda read as specks before the memo's title (`ง้ @%   บันทึกข้อความ`): still a memo.
  @Test func aMemoTitleAfterSpecksIsTheTitle() {
    #expect(LetterSegmenter.isMemoTitle(Line(number: 1, raw: " ง้ @%              บันทึกข้อความ")))
    #expect(!LetterSegmenter.isMemoTitle(Line(number: 1, raw: "ตามบันทึกข้อความ")))
  }

  /// Tesseract's two columns run together: the date printed at the right of the office
  /// block's last line; and `ที ๒ …` (รอบที่ ๒ without its tone mark) goes on with the subject.
  @Test func theDateAtTheEndOfTheAddressAndASubjectLineThatOpensWithTi() throws {
    let letters = parse(
      """
      ที นร ๑๐๐๘/ว ๑๔                                   สํานักงาน ก.พ.
                                                      ถนนติวานนท์ อําเภอเมืองนนทบุรี
                                                      จังหวัดนนทบุรี ๑๑๐๐๐    ๒๙ สิงหาคม ๒๕๖๘

      เรือง  แนวทางการประเมินผลการปฏิบัติราชการ รอบการประเมิน
             ที ๒ ประจําปีงบประมาณ พ.ศ. ๒๕๖๘

      เรียน  ปลัดกระทรวง อธิบดี และผู้ว่าราชการจังหวัด

                สำนักงาน ก.พ. ขอแจ้งแนวทางการประเมินผลการปฏิบัติราชการ

                ขอแสดงความนับถือ

                (นางปิยวรรณ สุขสม)
                เลขาธิการ ก.พ.
      """)
    let letter = try #require(letters.first)
    #expect(letter.date?.date?.iso == "2025-08-29")
    #expect(letter.issuer?.address == "ถนนติวานนท์ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี ๑๑๐๐๐")
    #expect(letter.subject == "แนวทางการประเมินผลการปฏิบัติราชการ รอบการประเมิน ที ๒ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    #expect(letter.to == "ปลัดกระทรวง อธิบดี และผู้ว่าราชการจังหวัด")
  }

  /// What a page's foot and head print between two pages — `/ต่อหน้า ๒`, `(๒)`, the letter's
  /// number repeated with its date, a bare `๒` under a continuation item — is no body text,
  /// and the cut item goes on.
  @Test func pageFootAndHeadBetweenPagesAreNoText() throws {
    let letters = parse(
      """
      ที่ ศธ ๐๖๐๖/ว ๒๒๑๘                                  สำนักงานคณะกรรมการการอาชีวศึกษา
                                                       ถนนราชดำเนินนอก กทม. ๑๐๓๐๐

                                        ๑๙ สิงหาคม ๒๕๖๘

      เรื่อง  การแข่งขันทักษะวิชาชีพ ระดับชาติ

      เรียน  ผู้อำนวยการสถานศึกษา ทุกแห่ง

                ๓. ให้สถานศึกษาเบิกค่าใช้จ่ายจากงบประมาณของสถานศึกษา ตามระเบียบกระทรวงการคลัง
                                                                          /ต่อหน้า ๒

                                                (๒)
      ที่ ศธ ๐๖๐๖/ว ๒๒๑๘ ลงวันที่ ๑๙ สิงหาคม ๒๕๖๘

      ว่าด้วยค่าใช้จ่ายในการเดินทางไปราชการ พ.ศ. ๒๕๒๖
                ๔. ผู้แทนสถานศึกษาให้รายงานตัวภายในวันที่ ๑๕ กันยายน ๒๕๖๘
                                                                          /๕. การแข่งขัน...

                                                 ๓

                ๕. การแข่งขันให้เป็นไปตามกำหนดการแนบท้าย

                จึงเรียนมาเพื่อโปรดทราบ

                                          ขอแสดงความนับถือ

                                        (นายยศพล เวณุโกเศศ)
                                  เลขาธิการคณะกรรมการการอาชีวศึกษา
      """)
    let letter = try #require(letters.first)
    #expect(
      letter.body == [
        "๓. ให้สถานศึกษาเบิกค่าใช้จ่ายจากงบประมาณของสถานศึกษา ตามระเบียบกระทรวงการคลัง ว่าด้วยค่าใช้จ่ายในการเดินทางไปราชการ พ.ศ. ๒๕๒๖",
        "๔. ผู้แทนสถานศึกษาให้รายงานตัวภายในวันที่ ๑๕ กันยายน ๒๕๖๘",
        "๕. การแข่งขันให้เป็นไปตามกำหนดการแนบท้าย",
        "จึงเรียนมาเพื่อโปรดทราบ",
      ])
    #expect(letter.mentions.isEmpty)
  }

  /// `/ต่อ...` is still a continuation word: the next page begins with ต่อ….
  @Test func aContinuationWordTaOIsNoOverleafMark() {
    #expect(Line(number: 1, raw: "/ต่อ...").furniture == .continuation(startsItem: false))
    #expect(Line(number: 1, raw: "/ต่อหน้า ๒").furniture == .pageNumber)
    #expect(Line(number: 1, raw: "/(ต่อ)").furniture == .pageNumber)
  }

  /// A receipt stamp boxed at the right of a stamped letter's ที่ line and under it: the
  /// stamp, read into `received`, and no office.
  @Test func aReceiptBoxBesideTheNumberIsTheStamp() throws {
    let letters = parse(
      """
                                                          | สารบรรณอิเล็กทรอนิกส์     |
      ที่ บร ๕๑๐๐๑/ว ๒๓๖๔                                  | อบต.สะแกโพรง            |
                                                          | เลขรับ  ๕๑๒              |
                                                          | วันที่  ๑๓ ก.พ. ๒๕๖๗       |
                                                          | เวลา  ๑๓.๓๕ น.           |

      ถึง  องค์การบริหารส่วนตำบลสะแกโพรง

                ด้วยองค์การบริหารส่วนจังหวัดบุรีรัมย์ขอความร่วมมือประชาสัมพันธ์การชำระค่าธรรมเนียม

                                                องค์การบริหารส่วนจังหวัดบุรีรัมย์
                                                  ๙ กุมภาพันธ์ ๒๕๖๗
      """)
    let letter = try #require(letters.first)
    #expect(letter.kind == .stamped)
    #expect(letter.received?.number == "512")
    #expect(letter.received?.date?.date?.iso == "2024-02-13")
    #expect(letter.received?.time == "๑๓.๓๕ น.")
    #expect(letter.issuer?.name == "องค์การบริหารส่วนจังหวัดบุรีรัมย์")
  }
}
