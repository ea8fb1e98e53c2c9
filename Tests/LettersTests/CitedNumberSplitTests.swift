import Foundation
import Testing

@testable import Letters

/// A cited letter's number that the line ends inside (`ที่ ขก ๐๐๑๗.๓/` then `ว ๑๔๙๗ ลงวันที่ …`,
/// `ที่ สธ ๐๔๑๐.๓/ว` then `๘๔๖`, `ที่ ศธ` then `๐๔๐๐๖/ว ๓๑๕๒`) is read whole and, like the letter's
/// own number, warned of with `number_split` on the line where it starts: the join is where an
/// OCR's misreading hides (Corpus 5405, 8801, 8807).
@Suite struct CitedNumberSplitTests {
  static func letter(_ citing: String) -> String {
    """
    ที่ ขก ๐๐๑๗.๓/ว ๑๕๐๒                                  ศาลากลางจังหวัดขอนแก่น
                                                           ถนนหน้าเมือง ขก ๔๐๐๐๐

                                   ๓๐ พฤษภาคม ๒๕๖๘

    เรื่อง  แจ้งกำหนดการประชุม

    เรียน  นายอำเภอ ทุกอำเภอ

    \(citing)

              จึงเรียนมาเพื่อทราบ

                                   ขอแสดงความนับถือ

                                (นายสมชาย ใจดี)
                              ผู้ว่าราชการจังหวัดขอนแก่น
    """
  }

  /// (the lines that cite, the cited number as read, the line the number starts on)
  @Test(
    arguments: [
      (
        "อ้างถึง  หนังสือจังหวัดขอนแก่น ที่ ขก ๐๐๑๗.๓/\n        ว ๑๔๙๗ ลงวันที่ ๒๘ พฤษภาคม ๒๕๖๘",
        "ขก 0017.3/ว 1497", 10
      ),
      (
        "สิ่งที่ส่งมาด้วย  สำเนาหนังสือกรมควบคุมโรค ที่ สธ ๐๔๑๐.๓/ว\n               ๘๔๖ ลงวันที่ ๒๗ กุมภาพันธ์ ๒๕๖๘   จำนวน ๑ ชุด",
        "สธ 0410.3/ว 846", 10
      ),
      (
        "          ตามหนังสือสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ด่วนที่สุด ที่ ศธ\n๐๔๐๐๖/ว ๓๑๕๒ ลงวันที่ ๔ กันยายน ๒๕๖๘ ได้แจ้งกำหนดการประชุม นั้น",
        "ศธ 04006/ว 3152", 10
      ),
    ])
  func aCitedNumberSplitOverTwoLinesIsWarnedWhereItStarts(_ citing: String, _ canonical: String, _ line: Int) throws {
    let letter = try #require(LetterParser().parse(bytes: Array(Self.letter(citing).utf8), path: "t.txt").letters.first)
    let cited = letter.references + letter.mentions + letter.enclosures.compactMap(\.letter)
    #expect(cited.compactMap(\.number?.canonical) == [canonical])
    #expect(letter.warnings.filter { $0.code == .numberSplit }.map(\.line) == [line])
  }

  /// A cited number whole on its line, and a date or amount that a line ends inside, are no split.
  @Test(
    arguments: [
      "อ้างถึง  หนังสือจังหวัดขอนแก่น ที่ ขก ๐๐๑๗.๓/ว ๑๔๙๗ ลงวันที่ ๒๘\n        พฤษภาคม ๒๕๖๘",
      "          ตามหนังสือจังหวัดขอนแก่น ที่ ขก ๐๐๑๗.๓/ว ๑๔๙๗ ลงวันที่ ๒๘ พฤษภาคม ๒๕๖๘ ขอให้จัดส่ง\nเอกสารจำนวน ๑ ชุด นั้น",
    ])
  func aNumberWholeOnItsLineIsNoSplit(_ citing: String) throws {
    let letter = try #require(LetterParser().parse(bytes: Array(Self.letter(citing).utf8), path: "t.txt").letters.first)
    #expect((letter.references + letter.mentions).compactMap(\.number?.canonical) == ["ขก 0017.3/ว 1497"])
    #expect(!letter.warnings.contains { $0.code == .numberSplit })
  }

  /// The letter's own number split over two lines is warned once, not again as a citation.
  @Test func theOwnNumberSplitIsWarnedOnce() throws {
    let text = Self.letter("อ้างถึง  หนังสือจังหวัดขอนแก่น ที่ ขก ๐๐๑๗.๓/ว ๑๔๙๗ ลงวันที่ ๒๘ พฤษภาคม ๒๕๖๘")
      .replacingOccurrences(of: "ที่ ขก ๐๐๑๗.๓/ว ๑๕๐๒", with: "ที่ ขก ๐๐๑๗.๓/\nว ๑๕๐๒")
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.number?.canonical == "ขก 0017.3/ว 1502")
    #expect(letter.warnings.filter { $0.code == .numberSplit }.map(\.line) == [1])
  }
}
