import Archive
import ArchiveTestSupport
import Citations
import Foundation
import Testing

/// The same queries on every store give the SQLite store's answers on Corpus/.
@Suite struct StoreQueryTests {
  /// The SQLite archive's answer, and this store's.
  func both<T>(_ store: Store, _ query: (any TestArchive) throws -> T) throws -> (sqlite: T, store: T) {
    (try query(try Store.corpusArchive(.sqlite)), try query(try Store.corpusArchive(store)))
  }

  @Test(arguments: Store.available)
  func theCorpusIngestsToTheSameCounts(_ store: Store) throws {
    let (sqlite, other) = try both(store) { try $0.statistics() }
    #expect(other == sqlite)
    #expect(other.files == Corpus.files.count)
    #expect(other.rejectedFiles == 0)
    #expect(other.resolved > 0 && other.fuzzy > 0)
    try Store.corpusArchive(store).checkSearchIndex()
  }

  @Test(
    arguments: Store.available,
    [
      "มท ๐๘๑๒/ว ๑๕๖๕", "0812/ว1565", "ว 1565", "ที มท 0812 / ว 1565", "๑๕๖๕", "มท 0812/ว 1565@2564", "123",
      "มท ๐๘๑๒/ว ๒๗๑", "ว 99999", "812/ว 1565", "มท 812/ว1565@2564", "0812/1565",
    ])
  func findGivesTheSameLettersAndMissingNumbers(_ store: Store, _ typed: String) throws {
    let pattern = try #require(NumberPattern(typed))
    let (sqlite, other) = try both(store) { try $0.find(pattern) }
    #expect(other.letters == sqlite.letters)
    #expect(other.missing == sqlite.missing)
  }

  @Test(arguments: Store.available)
  func findAcceptsEveryNumberForm(_ store: Store) throws {
    let archive = try Store.corpusArchive(store)
    let found = try archive.find(try #require(NumberPattern("ที่ มท ๐๘๑๒/ว ๑๕๖๕")))
    #expect(found.letters.map(\.id) == ["มท 0812/ว 1565@2564"])
    let missing = try archive.find(try #require(NumberPattern("มท ๐๘๑๒/ว ๒๗๑")))
    #expect(missing.missing.map(\.key) == ["มท 0812/ว 271@2564"])
  }

  @Test(arguments: Store.available)
  func aTypedCodeTailFindsTheWholeCode(_ store: Store) throws {
    let archive = try Store.corpusArchive(store)
    // `812` is the tail of the stored code `0812`, for letters and for numbers only cited.
    let found = try archive.find(try #require(NumberPattern("812/ว 1565")))
    #expect(found.letters.map(\.id) == ["มท 0812/ว 1565@2564"])
    let missing = try archive.find(try #require(NumberPattern("มท 812/ว 271")))
    #expect(missing.missing.map(\.key) == ["มท 0812/ว 271@2564"])
    #expect(try archive.find(try #require(NumberPattern("12/ว 1565"))).letters.map(\.id) == ["มท 0812/ว 1565@2564"])
    #expect(try archive.find(try #require(NumberPattern("0813/ว 1565"))).letters.isEmpty)
  }

  @Test(
    arguments: Store.available,
    [
      "ปกครอง", "๒๕๖๗", "2567", "ไฟป่า \"หมอกควัน*", "กรมส่งเสริมการปกครองท้องถิ่น", "ประชุม ชี้แจง", "PM", "ว 1565",
      "\"", "NEAR(ปกครอง ท้องถิ่น, 2)", "'; DROP TABLE letter; --", "", "ไม่มีคำนี้ในคลังแน่นอนครับ",
    ])
  func searchRanksAndQuotesAsSQLiteDoes(_ store: Store, _ typed: String) throws {
    let (sqlite, other) = try both(store) { try $0.search(typed, limit: 50, highlight: ("[", "]")) }
    #expect(other.map(\.id) == sqlite.map(\.id))
    #expect(other.map(\.snippet) == sqlite.map(\.snippet))
    for (a, b) in zip(other, sqlite) { #expect(abs(a.score - b.score) <= 1e-9 * max(1, abs(b.score)), "\(a.id)") }
  }

  @Test(arguments: Store.available)
  func thaiSearchFindsWordsInsideUnspacedText(_ store: Store) throws {
    let hits = try Store.corpusArchive(store).search("ปกครอง", limit: 50, highlight: ("[", "]"))
    #expect(hits.count >= 5)
    #expect(hits.allSatisfy { $0.snippet.contains("[ปกครอง]") })
    #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score <= $1.score })
  }

  @Test(arguments: Store.available)
  func unresolvedListAndGraphAreTheSame(_ store: Store) throws {
    let unresolved = try both(store) { try $0.unresolved() }
    #expect(unresolved.store == unresolved.sqlite)
    let list = try both(store) { try $0.list(LetterFilter()) }
    #expect(list.store == list.sqlite)
    for filter in [
      LetterFilter(prefix: "มท"), LetterFilter(kind: .memo), LetterFilter(urgency: .mostUrgent),
      LetterFilter(from: "2021-01-01", to: "2021-12-31"), LetterFilter(limit: 3),
    ] {
      let (a, b) = try both(store) { try $0.list(filter) }
      #expect(b == a)
    }
    let citations = try both(store) { try $0.citations() }
    #expect(citations.store == citations.sqlite)
  }

  @Test(arguments: Store.available, ["อต 0023.6/ว 5/66@2564", "มท 0812/ว 1565@2564", "มท 0810.7/ว 5157@2566"])
  func refsAndCitedByWalkTheSameGraph(_ store: Store, _ id: String) throws {
    for direction in [ReferenceGraph.Direction.outgoing, .incoming] {
      let (a, b) = try both(store) { try $0.walk(from: id, direction, depth: 3) }
      #expect(b.map { "\($0)" } == a.map { "\($0)" })
    }
    let e = try both(store) { try $0.edges(of: "อต 0023.6/ว 5/66@2564", .outgoing) }
    #expect(e.store.first { $0.role == .enclosure }?.to == "มท 0812/ว 1565@2564")
  }

  @Test(arguments: Store.available)
  func storedRecordsAreTheSame(_ store: Store) throws {
    let archive = try Store.corpusArchive(store)
    let letter = try #require(try archive.letter(id: "อต 0023.6/ว 5/66@2564"))
    #expect(letter.record.serialized().contains("\"target\":\"มท 0812/ว 1565@2564\""))
    #expect(try archive.letter(id: "no such letter") == nil)
  }

  @Test(arguments: Store.available, ExportFormat.allCases)
  func exportsAreByteForByteTheSame(_ store: Store, _ format: ExportFormat) throws {
    func export(_ archive: any TestArchive, _ content: ExportContent) throws -> [UInt8] {
      var out: [UInt8] = []
      try Exporter(archive: archive, today: "2024-06-01").export(format, content: content) { out += Array($0.utf8) }
      return out
    }
    for content in format == .csv ? [ExportContent.letters, .citations] : [.letters] {
      let (a, b) = try both(store) { try export($0, content) }
      #expect(b.count == a.count)
      #expect(b == a, "\(format.rawValue) \(content.rawValue) differs")
    }
  }

  @Test(arguments: Store.available)
  func checksumsAgree(_ store: Store) throws {
    let (a, b) = try both(store) { try ArchiveChecksum.of($0) }
    #expect(b == a)
  }

  /// Tesseract's page of Corpus/000 (มท ๐๘๑๒/ว ๑๕๖๕ read as มท ๐๕๑๒/ว ๑๕๐๕) and a letter citing
  /// `cites`, on this store.
  static func copyAndCitation(_ store: Store, cites: String) throws -> any TestArchive {
    let archive = try store.makeArchive()
    let name = "000_645d0e619560a029.light.txt"
    let copy = try Data(contentsOf: Corpus.root.appendingPathComponent("Corpus/ocr").appendingPathComponent(name))
    _ = try archive.ingest(
      [
        Corpus.input("Corpus/ocr/" + name, [UInt8](copy)),
        Corpus.input(
          "citing.txt", Corpus.letter(number: "มท ๐๘๑๒/ว ๒๐๐๐", date: "๑๒ กรกฎาคม ๒๕๖๔", cites: cites)),
      ], batchSize: 8, progress: { _ in })
    return archive
  }

  @Test(
    arguments: Store.available,
    [
      "มท ๐๘๑๒/ว ๑๕๖๕ ลงวันที่ ๙ กรกฎาคม ๒๕๖๔", "มท ๐๘๑๒/ว ๑๕๖๕ ลงวันที่ ๒๐ สิงหาคม ๒๕๖๔",
      "มท ๐๘๑๒/ว ๑๑๖๕ ลงวันที่ ๙ กรกฎาคม ๒๕๖๔",
    ])
  func unresolvedNamesTheSameLikelyStoredCopies(_ store: Store, _ cites: String) throws {
    let sqlite = try Self.copyAndCitation(.sqlite, cites: cites).unresolved()
    let other = try Self.copyAndCitation(store, cites: cites).unresolved()
    #expect(other == sqlite)
    let hints = other.filter { !$0.likelyStoredAs.isEmpty }
    if cites.hasPrefix("มท ๐๘๑๒/ว ๑๕๖๕ ลงวันที่ ๙") {
      #expect(hints.map(\.key) == ["มท 0812/ว 1565@2564"])
      #expect(hints.first?.likelyStoredAs.map(\.id) == ["มท 0512/ว 1505@2564"])
    } else {
      #expect(hints.isEmpty, "\(hints)")
    }
  }
}
