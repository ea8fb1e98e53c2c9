import Foundation
import Testing

@testable import Letters

/// What the thirteenth round of held-out letters (5600–5907: citation-heavy letters, LLM OCR
/// of stamped letters, announcements and press releases, damaged memos, bilingual letters)
/// showed the parser missing.
@Suite struct HeldOutFiftySixTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  static func letter(date: String, reference: String, signer: String) -> String {
    """
    ที่ อว ๖๔๐๑/๑๔๗                                     จุฬาลงกรณ์มหาวิทยาลัย
                                                      ถนนพญาไท เขตปทุมวัน กรุงเทพฯ ๑๐๓๓๐

                                \(date)

    เรื่อง  ขอเชิญร่วมการประชุมวิชาการ

    เรียน  ผู้อำนวยการ British Council ประเทศไทย

    อ้างถึง  \(reference)

              มหาวิทยาลัยขอเชิญผู้แทนเข้าร่วมการประชุมวิชาการนานาชาติ

                                      ขอแสดงความนับถือ

                                    \(signer)
                                   ผู้แทนองค์การยูนิเซฟประจำประเทศไทย
    """
  }

  /// The date with the same date by the Christian era in brackets; a letter cited by office and
  /// date with the sender's reference after it (the citation ends with the date); a signer's
  /// Latin name after an English title.
  @Test func aBilingualLetter() throws {
    let letter = try #require(
      parse(
        Self.letter(
          date: "๑๕ มกราคม ๒๕๖๙ (15 January 2026)",
          reference: "หนังสือสถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ลงวันที่ ๒๔ กุมภาพันธ์ ๒๕๖๘ (Ref. No. ECO/2025/032)",
          signer: "(Ms. Sarah Lindqvist)")
      ).first)
    #expect(letter.date?.date?.iso == "2026-01-15")
    #expect(letter.date?.raw == "๑๕ มกราคม ๒๕๖๙")
    #expect(letter.issuer?.address == "ถนนพญาไท เขตปทุมวัน กรุงเทพฯ ๑๐๓๓๐")
    #expect(letter.references.first?.raw == "หนังสือสถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ลงวันที่ ๒๔ กุมภาพันธ์ ๒๕๖๘")
    #expect(letter.signature?.name == "Ms. Sarah Lindqvist")
    #expect(letter.signature?.positions == ["ผู้แทนองค์การยูนิเซฟประจำประเทศไทย"])
  }

  /// A Latin name in brackets is a signer's only after an English title: `(Zoom Meeting)` is not.
  @Test(arguments: [
    ("(Professor Dr. Michael J. Reynolds)", true), ("(Ms. Sarah Lindqvist)", true), ("(Zoom Meeting)", false),
    ("(ผ่าน ZOOM)", false),
  ])
  func aLatinNameAfterAnEnglishTitle(_ line: String, _ isName: Bool) {
    #expect(SignatureParser.isBracketedName(Array(line.unicodeScalars)) == isName)
  }

  /// `ข่าวประชาสัมพันธ์<office>`: the title word is the whole `ข่าวประชาสัมพันธ์`.
  @Test func aPressReleasesOfficeFollowsItsTitleWord() throws {
    let letter = try #require(
      parse(
        """
        ข่าวประชาสัมพันธ์มหาวิทยาลัยอุบลราชธานี
        ฉบับที่ 27/2569
        เรื่อง  มหาวิทยาลัยจัดงานวันวิทยาศาสตร์

              มหาวิทยาลัยอุบลราชธานีจัดงานสัปดาห์วิทยาศาสตร์แห่งชาติ ระหว่างวันที่ 18 - 20 สิงหาคม 2569
        """
      ).first)
    #expect(letter.kind == .announcement)
    #expect(letter.issuer?.name == "มหาวิทยาลัยอุบลราชธานี")
  }

  /// A memo whose labels Tesseract damaged (`ส่วนราซการ`, `วันที`, `เรือง`, `เรยน`), its serial
  /// on the next line under `วันที่` set beside (`/` … `วันที่ …` / `๑๙๔๗`: no ว mark there).
  @Test func aMemoWithDamagedLabelsAndASerialBelow() throws {
    let letter = try #require(
      parse(
        """
                                           บันทึกข้อความ
        ส่วนราซการ  ที่ว่าการอำเภอธาตุพนม  โทร. ๐ ๔๒๕๔ ๐๗๘๙
        ที  นพ ๐๓๑๘.๑/                                          วันที่  ๘ มิถุนายน ๒๕๖๙
                    ๑๙๔๗
        เรือง  รายงานผลการตรวจเยี่ยม
        เรยน  นายอำเภอธาตุพนม

                  อำเภอขอรายงานผลการตรวจเยี่ยมการปฏิบัติงานของกำนันและผู้ใหญ่บ้าน

                  จึงเรียนมาเพื่อโปรดทราบ

                                        (นายสมชาย ใจดี)
                                     ปลัดอำเภอ
        """
      ).first)
    #expect(letter.kind == .memo)
    #expect(letter.issuer?.name == "ที่ว่าการอำเภอธาตุพนม")
    #expect(letter.contact.phones.map(\.number) == ["042540789"])
    #expect(letter.number?.canonical == "นพ 0318.1/1947")
    #expect(letter.to == "นายอำเภอธาตุพนม")
  }
}
