import Foundation
import Testing
import ThaiText

@testable import Letters

/// The records written straight to bytes (`LetterJSON.utf8`, ``JSONWriter``) are byte for
/// byte the JSON of the `JSONValue` tree (`LetterJSON.document`), compact and pretty, on every
/// Corpus file (text, markdown, Tesseract text and hOCR) and on a record with every optional
/// value set and strings that must be escaped.
@Suite struct LetterJSONBytesTests {
  static var corpusFiles: [String] {
    let fm = FileManager.default
    var paths: [String] = []
    for dir in ["", "ocr"] {
      let url = Corpus.root.appendingPathComponent(dir)
      let names = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
      for name in names where [".txt", ".md", ".hocr"].contains(where: name.hasSuffix) {
        paths.append(dir.isEmpty ? name : "\(dir)/\(name)")
      }
    }
    return paths.sorted()
  }

  static func expectSame(_ document: LetterDocument, _ name: String) {
    for pretty in [false, true] {
      let tree = LetterJSON.document(document).utf8(pretty: pretty, terminator: 0x0A)
      let direct = LetterJSON.utf8(document, pretty: pretty, terminator: 0x0A)
      #expect(direct == tree, "\(name) pretty: \(pretty)\n\(String(decoding: direct, as: UTF8.self))")
    }
    let lines = document.letters.flatMap { LetterJSON.letter($0).utf8(terminator: 0x0A) }
    #expect(LetterJSON.utf8Lines(document.letters) == lines, "\(name) JSON Lines")
  }

  @Test(arguments: corpusFiles)
  func corpusRecordsWriteAsTheTreeDoes(_ name: String) throws {
    let bytes = [UInt8](try Data(contentsOf: Corpus.root.appendingPathComponent(name)))
    let document = LetterParser().parse(bytes: bytes, path: name)
    #expect(!document.letters.isEmpty)
    Self.expectSame(document, name)
  }

  @Test func everyOptionalValueAndEscapeWritesAsTheTreeDoes() throws {
    let odd = "ก\"ข\\ค\nง\tจ\u{1}\u{1F}\r"
    var number = LetterNumber(raw: "ที่ มท ๐๘๑๒/ว ๑๕๖๕", prefix: odd, code: "0812", circular: true, serial: "1565")
    number.yearSuffix = "2567"
    number.confidence = 0.75
    number.candidates = ["a", odd]
    var date = DateValue(raw: odd, date: try ThaiDate(day: 29, month: .february, beYear: 2567), confidence: 1e20, candidates: [odd])
    date.printedBEYear = -3
    let citation = Citation(
      raw: odd, issuer: "กรม", urgency: .mostUrgent, number: number, date: date, target: "x@2567", confidence: 0.1 + 0.2)
    var letter = Letter(segment: -12, lines: LineSpan(start: 0, end: Int.max))
    letter.id = odd
    letter.kind = .memo
    letter.urgency = .urgent
    letter.secrecy = .secret
    letter.number = number
    letter.date = date
    letter.issuer = Issuer(name: odd, address: odd)
    letter.subject = ""
    letter.to = odd
    letter.references = [citation, citation]
    letter.enclosures = [
      Enclosure(index: Int.min, title: odd, quantity: "๒ ฉบับ", letter: citation),
      Enclosure(index: nil, title: "", quantity: nil, letter: nil),
    ]
    letter.mentions = [citation]
    letter.body = [odd, "", "ย่อหน้า"]
    letter.closing = odd
    letter.signature = Signature(name: odd, positions: [odd, "อธิบดี"], acting: "แทน")
    letter.contact.units = [odd]
    letter.contact.phones = [Phone(raw: odd, number: "021234567", ext: "12")]
    letter.contact.faxes = [Phone(raw: "x", number: "y", ext: nil)]
    letter.contact.emails = ["a@b.c"]
    letter.contact.urls = [odd]
    letter.contact.people = [odd]
    letter.received = Receipt(number: "12", date: date, time: odd)
    letter.warnings = [LetterWarning(.dateInvalid, odd, line: nil), LetterWarning(.dateInvalid, "", line: -1)]
    let bare = Letter(segment: 0, lines: LineSpan(start: 1, end: 1))
    let document = LetterDocument(
      source: .init(path: odd, sha256: "00", bytes: 0, encoding: nil), letters: [letter, bare],
      warnings: [LetterWarning(.dateInvalid, odd, line: 7)])
    Self.expectSame(document, "every value")
    let empty = LetterDocument(source: .init(path: "", sha256: "", bytes: 1, encoding: "utf-8"), letters: [], warnings: [])
    Self.expectSame(empty, "empty")
  }
}
