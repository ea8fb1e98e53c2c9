import Foundation
import Testing

@testable import Letters

/// Letters as a word processor's OCR export writes them (held-out 2302, 2305): enclosures
/// with bullets (`●`), a page footer `หน้า ๑/๒` with the letter's number repeated at the next
/// page's head, and a sentence line that begins with an annex title's word (`กำหนดการ…`).
@Suite struct WordProcessorExportTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  static let letter = """
    ที่ พณ ๐๗๐๔/ว ๒๘๑
    กรมทรัพย์สินทางปัญญา
    ๕๖๓ ถนนนนทบุรี อำเภอเมืองนนทบุรี จังหวัดนนทบุรี ๑๑๐๐๐

    ๑๔ ตุลาคม ๒๕๖๘

    เรื่อง ขอความร่วมมือสำรวจสินค้าที่มีศักยภาพ

    เรียน พาณิชย์จังหวัด ทุกจังหวัด

    สิ่งที่ส่งมาด้วย
    ● แบบสำรวจสินค้าที่มีศักยภาพขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ จำนวน ๑ ชุด
    ● คู่มือการยื่นคำขอขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ จำนวน ๑ เล่ม

    ด้วยกรมทรัพย์สินทางปัญญาขอความร่วมมือสำนักงานพาณิชย์จังหวัดสำรวจสินค้า

    หน้า ๑/๒
    ที่ พณ ๐๗๐๔/ว ๒๘๑

    ทั้งนี้ สามารถดาวน์โหลดแบบสำรวจได้ที่เว็บไซต์ของกรม

    จึงเรียนมาเพื่อโปรดพิจารณา

    ขอแสดงความนับถือ

    (นางอรอุมา ศักดิ์สิทธิ์)
    รองอธิบดี ปฏิบัติราชการแทน
    อธิบดีกรมทรัพย์สินทางปัญญา
    """

  @Test func bulletedEnclosuresAreItemsOfTheirOwn() throws {
    let letter = try #require(parse(Self.letter).first)
    #expect(
      letter.enclosures.map(\.title) == [
        "แบบสำรวจสินค้าที่มีศักยภาพขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์", "คู่มือการยื่นคำขอขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์",
      ])
    #expect(letter.enclosures.map(\.index) == [nil, nil])
    #expect(letter.enclosures.map(\.quantity) == ["๑ ชุด", "๑ เล่ม"])
  }

  @Test func aPageFooterAndTheRepeatedNumberAreNoLetterAndNoText() throws {
    let letters = parse(Self.letter)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(!letter.body.contains { $0.contains("หน้า ๑/๒") || $0.contains("ที่ พณ") })
    #expect(letter.signature?.name == "นางอรอุมา ศักดิ์สิทธิ์")
  }

  @Test(arguments: ["หน้า ๒", "หน้า ๑/๒", "หน้า 2 จาก 3", "หน้า ๒ จาก ๓"])
  func pageFooters(_ footer: String) {
    #expect(Line.furniture(Array(footer.unicodeScalars)) == .pageNumber)
  }

  @Test(arguments: ["หน้าที่ของคณะกรรมการ", "หน้า ๒ ของรายงาน", "หน้าบ้าน"])
  func notPageFooters(_ text: String) {
    #expect(Line.furniture(Array(text.unicodeScalars)) != .pageNumber)
  }

  /// `กำหนดการ…` at the start of a line that runs on a long sentence is no annex's title.
  @Test func anAnnexWordInASentenceTitlesNothing() throws {
    let text = """
      ที่ กส ๐๐๑๙/ว ๘๘๒                          สำนักงานเกษตรและสหกรณ์จังหวัดกาฬสินธุ์

                                ๓ กุมภาพันธ์ ๒๕๖๙

      เรื่อง ขอความร่วมมือคัดเลือกเกษตรกรเข้ารับการอบรม

      เรียน นายอำเภอ ทุกอำเภอ

                ในการนี้ จึงขอให้อำเภอแจ้งเกษตรอำเภอคัดเลือกเกษตรกรเข้ารับการอบรม ตามจำนวนและ
      กำหนดการแนบท้ายหนังสือนี้ และแจ้งรายชื่อให้สำนักงานเกษตรและสหกรณ์จังหวัดกาฬสินธุ์ทราบ
      ภายในวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๙

      ขอแสดงความนับถือ

      (นายณัฐวุฒิ พรหมสุวรรณ)
      เกษตรและสหกรณ์จังหวัดกาฬสินธุ์
      """
    let letters = parse(text)
    #expect(letters.count == 1)
    #expect(letters.first?.signature?.name == "นายณัฐวุฒิ พรหมสุวรรณ")
  }

  /// A list's title at the top of a new page (held-out 2903: a form feed, then `บัญชีรายชื่อ…`)
  /// begins an annex page; leaders between an enclosure's title and its quantity (2902) are
  /// no part of the title.
  @Test func aListTitleAtAPagesTopAndLeadersBeforeAQuantity() throws {
    let text = """
      ที่ ปจ ๐๐๓๒/ว ๑๒๓                    สำนักงานจัดหางานจังหวัดปราจีนบุรี

                      ๒ มีนาคม ๒๕๖๙

      เรื่อง ขอเชิญเข้าร่วมโครงการพัฒนาทักษะการสมัครงาน

      เรียน ผู้อำนวยการวิทยาลัยเทคนิคปราจีนบุรี

      สิ่งที่ส่งมาด้วย ๑. กำหนดการ ............................ จำนวน ๑ ฉบับ
                      ๒. บัญชีรายชื่อวิทยากร …………………… จำนวน ๑ ฉบับ

                ด้วยสำนักงานจัดหางานจังหวัดปราจีนบุรีจะจัดโครงการพัฒนาทักษะการสมัครงาน

      ขอแสดงความนับถือ

      (นายสมชาย ใจดี)
      จัดหางานจังหวัดปราจีนบุรี

      \u{0C}กำหนดการโครงการพัฒนาทักษะการสมัครงาน
      แนบท้ายหนังสือสำนักงานจัดหางานจังหวัดปราจีนบุรี ที่ ปจ ๐๐๓๒/ว ๑๒๓ ลงวันที่ ๒ มีนาคม ๒๕๖๙

      ๐๘.๓๐ – ๐๙.๐๐ น. ลงทะเบียน

      ๐๙.๐๐ – ๑๐.๓๐ น. การเขียนใบสมัครงาน

      ๑๐.๓๐ – ๑๒.๐๐ น. การสัมภาษณ์งาน

      ๑๓.๐๐ – ๑๖.๐๐ น. ฝึกปฏิบัติ

      \u{0C}บัญชีรายชื่อวิทยากรโครงการพัฒนาทักษะการสมัครงาน ประจำปี ๒๕๖๙

      ๑. นายสมศักดิ์ รักงาน นักวิชาการแรงงานชำนาญการ
      """
    let letters = parse(text)
    #expect(letters.map(\.kind) == [.external, .annex, .annex])
    #expect(letters.first?.enclosures.map(\.title) == ["กำหนดการ", "บัญชีรายชื่อวิทยากร"])
    #expect(letters.last?.subject == "บัญชีรายชื่อวิทยากรโครงการพัฒนาทักษะการสมัครงาน ประจำปี ๒๕๖๙")
  }
}
