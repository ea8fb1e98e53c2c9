import Foundation
import Testing

@testable import Letters

/// What scanning an archive's folders does to files (held-out 8900–8907): pages out of order,
/// a page scanned twice, a page scanned upside down and read as debris, two letters' pages
/// shuffled. One record per run of pages that continue each other.
@Suite struct HeldOutEightyNineTests {
  func parse(_ text: String) -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters
  }

  static let header = """
    ที่ อบ ๐๓๒๑/ว ๓๓๑                                   ที่ว่าการอำเภอวารินชำราบ
                                                         ถนนทหาร อบ ๓๔๑๙๐

                                  ๑๔ พฤศจิกายน ๒๕๖๘

    เรื่อง ขอเชิญประชุมคณะกรรมการพัฒนาสตรีอำเภอวารินชำราบ

    เรียน ประธานคณะกรรมการพัฒนาสตรีตำบล ทุกตำบล

    """

  static let foot = """
    จึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุมโดยพร้อมเพรียงกัน

    ขอแสดงความนับถือ



    (นายวรวุฒิ บุญเรือง)
    ปลัดอำเภอ ปฏิบัติราชการแทน
    นายอำเภอวารินชำราบ

    สำนักงานพัฒนาชุมชนอำเภอวารินชำราบ
    โทร. ๐ ๔๕๓๒ ๑๑๕๗

    """

  static let letter = header + """
    ด้วยอำเภอวารินชำราบ กำหนดประชุมคณะกรรมการพัฒนาสตรีอำเภอวารินชำราบ ในวันพฤหัสบดีที่ ๒๐ พฤศจิกายน ๒๕๖๘

    """ + foot

  // MARK: - A page scanned upside down

  /// A page scanned upside down comes out as rows of lone letters and specks, a space between
  /// each (`ๆ ร ' ฯ ะ , ค`): debris that fills no field.
  @Test(arguments: ["ๆ ร ' ฯ ะ , ค", "ะ ' ๆ ฯ , ; ค ร", "ร ฯ ๆ ' . ะ", "ฯ ' ร ๆ , ค ะ"])
  func anUpsideDownRowIsDebris(_ row: String) {
    #expect(Line.furniture(Array(row.unicodeScalars)) == .debris)
  }

  @Test(arguments: ["ก ข ค ง จ", "ก. ข. ค. ง.", "๑ ๒ ๓ ๔ ๕", "ข้อ ก , ข , ค", "a , b , c , d"])
  func aRowOfWordsOrLabelsIsNoDebris(_ row: String) {
    #expect(Line.furniture(Array(row.unicodeScalars)) != .debris)
  }

  // MARK: - The same page scanned twice

  /// The letter's first page scanned twice: the second scan repeats its number line under the
  /// page break, with its date, เรื่อง and เรียน under it — a record of its own, not a running
  /// page header.
  @Test func aPageScannedTwiceIsTwoRecords() {
    let letters = parse(Self.letter + "\u{0C}" + Self.letter)
    #expect(letters.count == 2)
    #expect(letters.map(\.kind) == [.external, .external])
    #expect(letters.map { $0.subject ?? "" }.allSatisfy { $0.hasPrefix("ขอเชิญประชุม") })
    #expect(letters.map(\.id) == ["อบ 0321/ว 331@2568", "อบ 0321/ว 331@2568"])
  }

  // MARK: - A fragment that signs off

  static let fragment = """
    ในระบบติดตามการดำเนินงานโครงการอาหารเสริม (นม) โรงเรียน ภายในวันที่ ๑๐ ของเดือนถัดไป

    ๗. กรณีมีปัญหาในการดำเนินงาน ให้ประสานสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด

    """ + foot

  /// A letter's last page with no page before it (scanned before its page ๑, or its page ๑
  /// lost): it ends with the closing and the signature, so it is a letter whose header is
  /// missing, not an annex.
  @Test func aPageTwoFirstThatSignsOffIsALetter() throws {
    let letters = parse("- ๒ -\n\n" + Self.fragment + "\u{0C}" + Self.letter)
    #expect(letters.count == 2)
    let first = try #require(letters.first)
    #expect(first.kind == .external)
    #expect(first.closing == "ขอแสดงความนับถือ")
    #expect(first.signature?.name == "นายวรวุฒิ บุญเรือง")
    #expect(first.subject == nil)
    #expect(first.lines.start == 3)
    #expect(first.warnings.contains { $0.code == .headerMissing && $0.line == 3 })
  }

  /// The same page alone in its file, under an upside-down page's debris.
  @Test func aPageTwoAloneUnderDebrisIsALetter() throws {
    let debris = "ๆ ร ' ฯ ะ , ค\n. ษ ๆ ~ ร ฯ\nะ ' ๆ ฯ , ; ค ร\n- ๒ -\n\n"
    let letters = parse(debris + Self.fragment)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.kind == .external)
    #expect(letter.lines.start == 6)
    #expect(letter.signature?.name == "นายวรวุฒิ บุญเรือง")
    #expect(letter.warnings.contains { $0.code == .headerMissing && $0.line == 6 })
  }

  /// A letter's page ๒ that comes after another letter (two letters' pages shuffled) is that
  /// letter's, with its header missing.
  @Test func aShuffledPageTwoAfterAnotherLetterIsALetter() throws {
    let letters = parse(Self.letter + "- ๒ -\n\n" + Self.fragment)
    #expect(letters.count == 2)
    let second = try #require(letters.last)
    #expect(second.kind == .external)
    #expect(second.closing == "ขอแสดงความนับถือ")
    #expect(second.warnings.contains { $0.code == .headerMissing })
  }

  /// Guard: a page after a letter that does not sign off (a list, a schedule) stays an annex.
  @Test func anUnsignedPageAfterALetterStaysAnAnnex() throws {
    let annex = """
      รายชื่อผู้เข้าร่วมประชุม
      ๑. นางสาวสมใจ ใจดี ประธานคณะกรรมการพัฒนาสตรีตำบลคำน้ำแซบ
      ๒. นางบุญมี ศรีสุข ประธานคณะกรรมการพัฒนาสตรีตำบลธาตุ

      """
    let letters = parse(Self.letter + "\u{0C}" + annex)
    #expect(letters.count == 2)
    #expect(letters.last?.kind == .annex)
  }

  // MARK: - A page that does not continue the page before

  static let pageOne = header + """
    ตามหนังสือที่อ้างถึง อำเภอได้แจ้งกำหนดการประชุมคณะกรรมการพัฒนาสตรี และขอให้ตำบลจัดทำรายงาน

    ๒. ตรวจสอบรายชื่อผู้เข้าร่วมประชุมทุกครั้ง และบันทึก

                                                                    /ไว้เป็นหลักฐาน...
    """

  /// Page ๑ ends with the catchword `/ไว้เป็นหลักฐาน...`; the next readable page opens with
  /// other words (its page ๒ was lost or unreadable): that page starts a record of its own,
  /// and page ๑'s record ends cut off.
  @Test func aPageThatDoesNotTakeUpTheCatchwordStartsARecord() throws {
    let debris = "ฯ ' ร ๆ , ค ะ\nร ฯ ๆ ' . ะ\n"
    let letters = parse(Self.pageOne + "\u{0C}" + debris + "\u{0C}- ๓ -\n\n" + Self.fragment)
    #expect(letters.count == 2)
    let first = try #require(letters.first)
    #expect(first.closing == nil)
    #expect(first.warnings.contains { $0.code == .truncated })
    #expect(!first.body.joined().contains("ในระบบ"))
    let second = try #require(letters.last)
    #expect(second.kind == .external)
    #expect(second.body.first?.hasPrefix("ในระบบติดตาม") == true)
    #expect(second.warnings.contains { $0.code == .headerMissing })
  }

  /// Guard: the next page takes up the catchword (OCR may drop a mark from it): one letter.
  @Test(arguments: ["ไว้เป็นหลักฐาน", "ไวเป็นหลักฐาน"])
  func aPageThatTakesUpTheCatchwordContinues(_ word: String) throws {
    let letters = parse(Self.pageOne + "\u{0C}- ๒ -\n\n" + word + "ทุกครั้ง\n\n" + Self.foot)
    #expect(letters.count == 1)
    #expect(letters.first?.closing == "ขอแสดงความนับถือ")
    #expect(letters.first?.warnings.contains { $0.code == .truncated } == false)
  }
}
