import ArchiveTestSupport
import Foundation
import GRDB
import Letters
import Testing
import ThaiText

@testable import Archive

/// `letter.record` is stored compact (a Thai character in one byte): what is read back is the
/// JSON text that was stored, byte for byte.
@Suite struct CompactRecordTests {
  @Test(arguments: [
    "", "{}", "ก", "ฮ", "๙", "เแโใไ", "ที่ มท ๐๘๑๒/ว ๑๕๖๕", "กรมส่งเสริมการปกครองท้องถิ่น", "abc ก ๑ 1 é ü",
    "ASCII only, with \\\"quotes\\\"", "\u{0E00}\u{0E7F}\u{0E80}\u{0DFF}ຮ", "漢字 😀 ก😀ข",
    "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}",
    "ก\n\tข", "\u{F8}\u{F9}",
  ])
  func anyTextRoundTrips(_ text: String) {
    #expect(CompactRecord.decode(CompactRecord.encode(text)) == text)
  }

  @Test func everyCorpusRecordRoundTripsAndShrinks() throws {
    var text = 0
    var stored = 0
    for input in Corpus.files {
      guard case let .bytes(bytes) = input.content else { continue }
      for letter in LetterParser().parse(bytes: bytes, path: input.path).letters {
        let json = LetterJSON.letter(letter).serialized()
        let compact = CompactRecord.encode(json)
        #expect(CompactRecord.decode(compact) == json)
        text += json.utf8.count
        stored += compact.count
      }
    }
    #expect(text > 0)
    #expect(Double(stored) < 0.7 * Double(text))
  }

  @Test func theArchiveStoresCompactRecordsAndReadsThemBack() throws {
    let archive = try Fixtures.archive()
    let bytes = Corpus.letter(number: "มท ๐๘๑๐/ว ๗๗๗", date: "๑ สิงหาคม ๒๕๖๕", subject: "การอนุรักษ์ช้างป่า")
    _ = try archive.ingest([SourceInput(path: "a.txt", content: .bytes(bytes))], batchSize: 8)
    let letter = try #require(LetterParser().parse(bytes: bytes, path: "a.txt").letters.first)
    let stored = try #require(try archive.letter(id: "มท 0810/ว 777@2565"))
    #expect(stored.record.serialized() == LetterJSON.letter(letter).serialized())
    let kind = try DatabaseQueue(path: archive.path).read { db in
      try String.fetchOne(db, sql: "SELECT typeof(record) FROM letter")
    }
    #expect(kind == "blob")
    #expect(try archive.search("ช้างป่า", limit: 5, highlight: ("[", "]")).first?.snippet.contains("[ช้างป่า]") == true)
    #expect(try archive.check().isEmpty)
  }
}

/// Dates stored as `YYYY-MM-DD` read back as the date that was stored (the resolver reads one
/// for every candidate letter).
@Suite struct StoredDateTests {
  @Test func anISODateReadsBack() throws {
    let date = try #require(ThaiDate(iso: "2021-03-17"))
    #expect(date == (try ThaiDate(day: 17, month: .march, ceYear: 2021)))
    #expect(ThaiDate(iso: date.iso) == date)
  }

  @Test(arguments: ["", "2021", "2021-03", "2021-13-01", "2021-02-30", "abcd-ef-gh", "2021-03-17x", "2021-03-"])
  func aMalformedDateIsNil(_ text: String) {
    #expect(ThaiDate(iso: text) == nil)
  }
}
