import Foundation
import Testing

@testable import Letters

/// Ordinary Thai letters that the English reader and the register rules must leave as they were
/// (found by reviewing the English reader: each once came out wrong). Kept as files under
/// `Fixtures/review/`.
@Suite struct ThaiLettersAmongEnglishTests {
  static func letters(_ name: String) throws -> [Letter] {
    let base = try #require(Bundle.module.resourceURL)
    let url = base.appending(path: "Fixtures/review/\(name)")
    return LetterParser().parse(bytes: [UInt8](try Data(contentsOf: url)), path: name).letters
  }

  /// A model's English label over a Thai value with English words in it stays the Thai label.
  @Test func aThaiSubjectWithEnglishWordsUnderAnEnglishLabel() throws {
    let letter = try #require(try Self.letters("english-labels-thai-subject-with-english.md").first)
    #expect(letter.subject?.hasPrefix("ขอเชิญเข้าร่วม International Conference") == true)
    #expect(letter.to == "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาทุกเขต")
  }

  /// A group's later rows leave the first column blank and end with a figure: rows of their own.
  @Test func aSpacedTablesGroupRows() throws {
    let letter = try #require(try Self.letters("spaced-table-group-rows.txt").first)
    #expect(letter.body.contains("รพ.สต.ริมปิง ๓๐๐"))
    #expect(letter.body.contains("รพ.สต.ต้นธง ๒๕๐"))
  }

  /// A licence register's `เลขทะเบียน` heads no register of letters: its rows cite nothing.
  @Test func aLicenceRegisterCitesNoLetters() throws {
    let letter = try #require(try Self.letters("licence-register-table.txt").first)
    #expect(letter.mentions.isEmpty)
  }

  /// A score (`- 2 - 1`) is no page's running head.
  @Test func aScoreLineIsText() throws {
    let letter = try #require(try Self.letters("score-line-no-running-head.txt").first)
    #expect(letter.body.first?.hasSuffix("ทีมโรงเรียนบ้านหนองบัว - 2 - 1 ทีมโรงเรียนบ้านโนนสูง") == true)
  }
}
