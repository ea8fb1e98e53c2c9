import Foundation
import Testing

@testable import Letters

/// Searches and splits on the bytes find what the Character versions find.
@Suite struct WholeCharactersTests {
  static let texts = [
    "", "จำนวน", "หนังสือ จำนวน ๒ ชุด", "จำนวนจำนวน ๓", "สำเนา จำนวน่ ๒", "จำนวน\u{0E48}", "xจำนวน", "\u{0301}จำนวน ๑",
    "แบบรายงาน จำนวน ๑ ฉบับ จำนวน ๒ ชุด", "a, b;c  d", " ,; ", "ชื่อ \u{0E48}x@y.th, z@w.th", "a \u{0301}b;c,\u{0E31}d",
    "นาย ก / นาง ข, ๐๘๑", "saraban@moi.go.th; (a@b.co)",
  ]

  @Test(arguments: texts)
  func lastCharacterRangeIsFoundationsBackwardSearch(_ text: String) {
    #expect(text.lastCharacterRange(of: "จำนวน") == text.range(of: "จำนวน", options: .backwards))
  }

  @Test(arguments: texts)
  func splitAtASCIIIsTheCharacterSplit(_ text: String) {
    let bytes = text.splitAtASCII { $0 == 0x20 || $0 == 0x2C || $0 == 0x3B }
    let characters = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
    #expect(bytes.map { $0.startIndex..<$0.endIndex } == characters.map { $0.startIndex..<$0.endIndex })
    #expect(bytes.map(String.init) == characters.map(String.init))
    let slashes = text.splitAtASCII { $0 == 0x2C || $0 == 0x2F }
    #expect(slashes.map(String.init) == text.split(whereSeparator: { $0 == "," || $0 == "/" }).map(String.init))
  }
}
