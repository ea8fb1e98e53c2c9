import Foundation
import Testing

@testable import Letters

/// What the twelfth round of held-out letters (5200–5507: word-processor and PDF exports, a
/// letter pasted into an e-mail, internal memos, heavy OCR damage on files of several letters,
/// LLM OCR of orders with lists of people) showed the parser missing.
@Suite struct HeldOutFiftyTwoTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  static let letter = """
    ที่ รง ๐๖๓๑/๑๒๘๘                                     สำนักงานประกันสังคมจังหวัดชลบุรี
                                                       ถนนสุขุมวิท ชบ ๒๐๐๐๐

                                    ๓ กุมภาพันธ์ ๒๕๖๙

    เรื่อง  ขอเชิญประชุมชี้แจง

    เรียน  กรรมการผู้จัดการ บริษัท สยามโคสต์ ออโตพาร์ท จำกัด

              สำนักงานประกันสังคมจังหวัดชลบุรีขอเชิญผู้แทนเข้าร่วมประชุม

                                      ขอแสดงความนับถือ

                                     (นางสาวกมลา ใจดี)
                               ประกันสังคมจังหวัดชลบุรี
    """

  /// A letter pasted into an e-mail: the mail's head and greeting above it, the sender's
  /// signature after `--` below it, are no letter.
  @Test func aLetterPastedIntoAnEMail() throws {
    let text = """
      ---------- Forwarded message ---------
      From: สำนักงานประกันสังคมจังหวัดชลบุรี <saraban.chonburi@sso.go.th>
      Date: Tue, 3 Feb 2026 at 10:42
      Subject: ขอเชิญประชุมชี้แจง (หนังสือ รง 0631/1288)
      To: hr@siamcoastauto.co.th

      เรียน ฝ่ายทรัพยากรบุคคล

      ขอนำส่งหนังสือเชิญประชุมตามข้อความด้านล่างนี้

      ขอบคุณค่ะ

      \(Self.letter)

      --
      ปวีณา ทองสุข
      เจ้าหน้าที่งานสารบรรณ
      Tel. 0 3827 4301 ext. 101 | www.sso.go.th
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.number?.canonical == "รง 0631/1288")
    #expect(letter.lines.start == 13)
    #expect(letter.signature?.name == "นางสาวกมลา ใจดี")
    #expect(letter.lines.end == 27)
  }

  /// A word processor's running header: the file's first line, printed again where the next
  /// page opens (a form feed before it), above the letter's head. No line of the letter.
  @Test func aRunningHeaderIsNoLineOfTheLetter() throws {
    let text = [
      "เอกสารควบคุม FM-GA-01", "", "ที่ รง ๐๖๓๑/๑๒๘๘     สำนักงานประกันสังคมจังหวัดชลบุรี", "", "๓ กุมภาพันธ์ ๒๕๖๙", "",
      "เรื่อง ขอเชิญประชุมชี้แจง", "", "เรียน กรรมการผู้จัดการ", "", "สำนักงานขอเชิญผู้แทนเข้าร่วมประชุม",
      "\u{0C}เอกสารควบคุม FM-GA-01", "", "ณ ห้องประชุมชั้น ๒", "", "ขอแสดงความนับถือ", "", "(นางสาวกมลา ใจดี)",
      "ประกันสังคมจังหวัดชลบุรี",
    ].joined(separator: "\n")
    let letter = try #require(parse(text).first)
    #expect(letter.lines.start == 3)
    #expect(letter.body == ["สำนักงานขอเชิญผู้แทนเข้าร่วมประชุม ณ ห้องประชุมชั้น ๒"])
    #expect(letter.number?.canonical == "รง 0631/1288")
  }

  /// OCR set the date's year on a line of its own (`๒๔ กุมภาพันธ์` / `๒๕๖๘`); and the serial
  /// under the office block it was printed beside (`ที่ ชน ๐๐๑๗.๒/ว   ศาลากลาง…` / address / `๔๖๘๗`).
  @Test func aDateAndANumberSplitByTheOfficeBlock() throws {
    let letter = try #require(
      parse(
        """
        ที่ ชน ๐๐๑๗.๒/ว                                       ศาลากลางจังหวัดชัยนาท
                                                             ถนนพรหมประเสริฐ ชน ๑๗๐๐๐
        ๔๖๘๗

                                       ๒๔ กุมภาพันธ์
                                       ๒๕๖๘

        เรื่อง  การเตรียมการรับมือภัยแล้ง

        เรียน  นายอำเภอ ทุกอำเภอ

                  จังหวัดขอให้อำเภอเตรียมการรับมือภัยแล้ง

                                      ขอแสดงความนับถือ

                                     (นายสมชาย ใจดี)
                                   ผู้ว่าราชการจังหวัดชัยนาท
        """
      ).first)
    #expect(letter.number?.canonical == "ชน 0017.2/ว 4687")
    #expect(letter.issuer?.name == "ศาลากลางจังหวัดชัยนาท")
    #expect(letter.issuer?.address == "ถนนพรหมประเสริฐ ชน ๑๗๐๐๐")
    #expect(letter.date?.date?.iso == "2025-02-24")
    #expect(letter.warnings.map(\.code) == [.numberSplit])
  }

  /// An annex whose title is set over two lines above its owner line: one annex page.
  @Test func anAnnexTitleOverTwoLinesAboveItsOwnerLine() throws {
    let letters = parse(
      Self.letter + """


                บัญชีกำหนดระยะเวลาการดำเนินการจัดเก็บภาษีที่ดิน
                                ประจำปี พ.ศ. ๒๕๖๘
        แนบท้ายหนังสือสำนักงานประกันสังคมจังหวัดชลบุรี ที่ รง ๐๖๓๑/๑๒๘๘ ลงวันที่ ๓ กุมภาพันธ์ ๒๕๖๙

        ๑. ประกาศราคาประเมิน ภายในเดือนธันวาคม
        ๒. สำรวจและจัดทำบัญชีรายการที่ดิน
        """)
    #expect(letters.map(\.kind) == [.external, .annex])
    #expect(letters.last?.subject == "บัญชีกำหนดระยะเวลาการดำเนินการจัดเก็บภาษีที่ดิน ประจำปี พ.ศ. ๒๕๖๘")
    #expect(letters.last?.mentions.first?.number?.canonical == "รง 0631/1288")
  }
}
