import Foundation
import Testing

@testable import Letters

/// อักษรย่อ damaged by Tesseract (Corpus/ocr: `สีจิ`, `ส5` for `สธ`, `มมท` for `มท`, `วิจี` for
/// `วธ`), restored from the issuer or from the same office's number printed cleanly in the file.
@Suite struct PrefixRepairTests {
  func letter(number: String, office: String, reference: String) throws -> Letter {
    // Tesseract-style text: Thai digits, none of ๔ ๖ ๗ ๘ ๙.
    let text = """
      ที \(number)
      \(office)
      ถนนติวานนท์ จังหวัดนนทบุรี ๑๑๐๐๐
      ๑๕ มีนาคม ๒๕๒๐๓
      เรื่อง ขอความร่วมมือเร่งรัดการป้องกันควบคุมโรค
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
      อ้างถึง \(reference)

      ตามที่ได้แจ้งไว้แล้ว นั้น

      ขอแสดงความนับถือ

      (นายแพทย์วีรพงษ์ สุขประเสริฐ)
      """
    return try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
  }

  @Test(arguments: [
    // (number as read, office, the อ้างถึง line, the prefix restored)
    ("สีจิ ๐๕๒๒.๓/ว ๒๑๕", "กรมควบคุมโรค", "หนังสือกรมควบคุมโรค ที่ สธ ๐๕๒๒.๓/ว ๑๕ ลงวันที่ ๒๕ ม.ค. ๒๕๒๐๓", "สธ"),
    ("ส5 ๐๕๒๒.๓/ว ๒๑๕", "กรมควบคุมโรค", "หนังสือกรมควบคุมโรค ที่ สธ ๐๕๒๒.๓/ว ๑๕ ลงวันที่ ๒๕ ม.ค. ๒๕๒๐๓", "สธ"),
    ("มมท ๐๕๑๑.๑/ว ๑๕๕๓", "กรมส่งเสริมการปกครองท้องถิน", "หนังสือกรมส่งเสริมการปกครองท้องถิน ที่ มท ๐๕๑๑.๑/ว ๑๐๕๕ ลงวันที ๑๑ มีนาคม ๒๕๒๐", "มท"),
    ("วิจี ๐๒๐๒/ว ๓๕", "กระทรวงวัฒนธรรม", "หนังสือกระทรวงวัฒนธรรม ที่ วง ๐๒๐๒/ว ๑๕๕ ลงวันที่ ๑ มีนาคม ๒๕๒๐", "วธ"),
  ])
  func aDamagedPrefixIsRestored(_ number: String, _ office: String, _ reference: String, _ prefix: String) throws {
    let letter = try letter(number: number, office: office, reference: reference)
    let read = try #require(letter.number)
    #expect(read.prefix == prefix)
    #expect(read.raw == number)
    #expect(read.candidates.allSatisfy { $0.hasPrefix(prefix + " ") })
  }

  /// A clean prefix of another office is left alone, even when the file cites another prefix.
  @Test func aCleanPrefixIsKept() throws {
    let letter = try letter(
      number: "สป ๐๑๕/ว ๒๕๕", office: "ที่ว่าการอำเภอเกาะคา",
      reference: "หนังสือจังหวัดลำปาง ที่ ลป ๐๐๓๓/ว ๑๑๒๐ ลงวันที่ ๑๓ มิถุนายน ๒๕๐๕")
    #expect(letter.number?.prefix == "สป")
  }
}
