import Foundation
import Testing

@testable import Letters

/// Header blocks an OCR read in an order the page does not print them (held-out 2105, 2106):
/// the number's serial under the office's name (two columns read line by line), and a
/// receipt stamp with the routing notes written under it (การเกษียนหนังสือ) above the ที่ line.
@Suite struct InterleavedHeaderTests {
  func parse(_ text: String, path: String = "t.txt") -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  static let body = """

    ๑๕ มกราคม ๒๕๖๘

    เรื่อง ขอเชิญประชุมวิชาการ

    เรียน อธิบดีกรมการแพทย์

              ด้วยคณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น จะจัดประชุมวิชาการประจำปี

    ขอแสดงความนับถือ

    (รองศาสตราจารย์ ดร.สมชาย ใจดี)
    คณบดีคณะแพทยศาสตร์
    """

  @Test func theSerialUnderTheOfficesName() throws {
    let text = """
      ที่ อว ๖๖๐๑.๔/ว
      มหาวิทยาลัยขอนแก่น
      ๒๒๑๑
      ๑๒๓ ถนนมิตรภาพ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น ๔๐๐๐๒

      """ + Self.body
    let letter = try #require(parse(text).first)
    #expect(letter.number?.canonical == "อว 6601.4/ว 2211")
    #expect(letter.issuer == Issuer(name: "มหาวิทยาลัยขอนแก่น", address: "๑๒๓ ถนนมิตรภาพ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น ๔๐๐๐๒"))
    #expect(letter.warnings.map(\.code) == [.numberSplit])
    #expect(letter.warnings.first?.line == 1)
  }

  @Test func aStampWithRoutingNotesAboveTheNumberIsTheLetters() throws {
    let text = """
                                                      โรงเรียนศรีสวัสดิ์วิทยาคาร
                                                      เลขรับ ๒๘๖๔
                                                      วันที่ ๑๘ พ.ย. ๒๕๖๗
                                                      เวลา ๑๔.๑๐ น.

                                              เรียน ผอ. เพื่อโปรดทราบ
                                              เห็นควรมอบ งานกิจการนักเรียน
                                              สม. ๑๘/๑๑/๖๗
                                              - ทราบ มอบ งานกิจการนักเรียน ดำเนินการ
                                              ว.ช.

      ที่ พศ ๐๐๓๑.๔/๙๘๗                         สำนักงานพระพุทธศาสนาจังหวัดน่าน

      """ + Self.body
    let letters = parse(text)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.lines.start == 1)
    #expect(letter.number?.canonical == "พศ 0031.4/987")
    #expect(letter.received?.number == "2864")
    #expect(letter.to == "อธิบดีกรมการแพทย์")
    #expect(letter.body.count == 1)
    #expect(!letter.warnings.contains { $0.code == .headerMissing })
  }

  /// A memo's title with a speck OCR left after it (heldout7 2202 heavy: `บันทึกข้อความ -`) is
  /// still the title: one memo, not an annex page above a letter.
  @Test(arguments: ["บันทึกข้อความ -", "บันทึกข้อความ  .", "บันทึกข้อความ"])
  func aMemoTitleWithASpeckAfterIt(_ title: String) throws {
    let text = """
      \(title)

      ส่วนราชการ สถานีตำรวจภูธรบ้านฉาง จังหวัดระยอง งานป้องกันปราบปราม โทร. ๐ ๓๘๖๐ ๒๑๓๓
      ที่ ตช ๐๐๑๘.๒๑/๑๒๗๕             วันที่ ๒๑ มีนาคม ๒๕๖๘
      เรื่อง ขออนุมัติกำลังพลสนับสนุนการรักษาความปลอดภัย
      เรียน ผู้บังคับการตำรวจภูธรจังหวัดระยอง

              ๑. ตามที่เทศบาลเมืองบ้านฉางกำหนดจัดงานประเพณีสงกรานต์

      จึงเรียนมาเพื่อโปรดพิจารณา
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.kind == .memo)
    #expect(letters.first?.lines.start == 1)
  }

  /// Fields OCR merged onto one line (held-out 2301): the date on the number's line, with the
  /// office block under it; `เรื่อง … เรียน …` with no เรียน line of its own.
  @Test func fieldsMergedOntoOneLine() throws {
    let text = """
      ที่ นน ๐๐๒๗/ว ๑๙๘ ๑๕ มกราคม ๒๕๖๙
      สำนักงานการท่องเที่ยวและกีฬาจังหวัดน่าน
      ถนนสุมนเทวราช อำเภอเมืองน่าน จังหวัดน่าน ๕๕๐๐๐
      เรื่อง ขอเชิญประชุมคณะทำงานจัดงานเทศกาลท่องเที่ยวฤดูหนาวจังหวัดน่าน เรียน ผู้อำนวยการการท่องเที่ยวแห่งประเทศไทย สำนักงานน่าน
      ตามหนังสือที่อ้างถึง จังหวัดน่านได้แต่งตั้งคณะทำงานจัดงานเทศกาลท่องเที่ยวฤดูหนาว
      ขอแสดงความนับถือ
      (นายสมพงษ์ ใจดี)
      ท่องเที่ยวและกีฬาจังหวัดน่าน
      """
    let letter = try #require(parse(text).first)
    #expect(letter.date?.date?.iso == "2026-01-15")
    #expect(
      letter.issuer
        == Issuer(name: "สำนักงานการท่องเที่ยวและกีฬาจังหวัดน่าน", address: "ถนนสุมนเทวราช อำเภอเมืองน่าน จังหวัดน่าน ๕๕๐๐๐"))
    #expect(letter.subject == "ขอเชิญประชุมคณะทำงานจัดงานเทศกาลท่องเที่ยวฤดูหนาวจังหวัดน่าน")
    #expect(letter.to == "ผู้อำนวยการการท่องเที่ยวแห่งประเทศไทย สำนักงานน่าน")
    #expect(letter.warnings.isEmpty)
  }

  /// A subject that holds `เรียน` as a word keeps it when the letter has its own เรียน line.
  @Test func aSubjectWithTheWordKeepsIt() throws {
    let text = """
      ที่ ศธ ๐๒๐๖/๑๒๓                สำนักงานเขตพื้นที่การศึกษา

                          ๑๕ มกราคม ๒๕๖๙

      เรื่อง ขอเชิญร่วมกิจกรรมส่งเสริมการอ่านสำหรับนักเรียน เรียน ร่วมกันทั้งโรงเรียน

      เรียน ผู้อำนวยการโรงเรียน ทุกโรงเรียน

                ด้วยสำนักงานเขตพื้นที่การศึกษาจะจัดกิจกรรมส่งเสริมการอ่าน

      ขอแสดงความนับถือ
      """
    let letter = try #require(parse(text).first)
    #expect(letter.subject == "ขอเชิญร่วมกิจกรรมส่งเสริมการอ่านสำหรับนักเรียน เรียน ร่วมกันทั้งโรงเรียน")
    #expect(letter.to == "ผู้อำนวยการโรงเรียน ทุกโรงเรียน")
  }
}
