import Archive
import ArchiveTestSupport
import Foundation
import Testing

/// Which copy of a letter the archive shows does not depend on the order files come in: the
/// copy from the first file by path. Two different letters can share an id (orders of two
/// offices both numbered `ที่ ๒๑๕/๒๕๖๙`, Corpus 803 and 2307), and four writers ingesting the
/// Corpus at once in other orders must leave the archive one writer leaves.
@Suite struct PrimaryCopyTests {
  let number = "มท ๐๘๑๐/ว ๑๒๓"
  let date = "๑ สิงหาคม ๒๕๖๕"

  func archive(_ order: [(String, String)]) throws -> SQLiteArchive {
    let archive = try SQLiteArchive(path: TemporaryArchive.path())
    for (path, subject) in order {
      _ = try archive.ingest(
        [Corpus.input(path, Corpus.letter(number: number, date: date, subject: subject))], batchSize: 8,
        progress: { _ in })
    }
    return archive
  }

  @Test(arguments: [false, true])
  func theFirstFileByPathShowsTheLetter(_ reversed: Bool) throws {
    let files = [("a.txt", "เรื่องจากแฟ้มแรก"), ("b.txt", "เรื่องจากแฟ้มที่สอง")]
    let archive = try archive(reversed ? files.reversed() : files)
    let letter = try #require(try archive.letter(id: "มท 0810/ว 123@2565"))
    #expect(letter.summary.subject == "เรื่องจากแฟ้มแรก")
    #expect(letter.sources.filter(\.primary).map(\.path) == ["a.txt"])
    #expect(try archive.statistics().letters == 1)
    try archive.checkSearchIndex()
  }

  /// The file shown is replaced by one without the letter: the other copy shows it.
  @Test func removingTheShownCopyShowsTheNextByPath() throws {
    let archive = try archive([("c.txt", "เรื่องจากแฟ้มที่สาม"), ("b.txt", "เรื่องจากแฟ้มที่สอง"), ("a.txt", "เรื่องจากแฟ้มแรก")])
    let other = Corpus.letter(number: "มท ๐๘๑๐/ว ๙๙๙", date: date)
    _ = try archive.ingest([Corpus.input("a.txt", other)], batchSize: 8, progress: { _ in })
    let letter = try #require(try archive.letter(id: "มท 0810/ว 123@2565"))
    #expect(letter.summary.subject == "เรื่องจากแฟ้มที่สอง")
    #expect(letter.sources.filter(\.primary).map(\.path) == ["b.txt"])
    try archive.checkSearchIndex()
  }
}
