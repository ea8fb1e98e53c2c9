import Foundation
import Letters
import Testing

/// Every Corpus file against its hand-written expected record, field by field.
///
/// `Corpus/known-gaps.json` lists the (file, segment, field) the parser still gets wrong, each
/// with why. Every other field must match exactly; a listed gap that starts matching fails
/// too, so the list only ever shrinks. `SARABAN_RECORD=1` writes the parser's output to
/// `Corpus/actual/` for a person to read beside `Corpus/expected/` — golden files are never
/// rewritten from the parser.
@Suite struct CorpusGoldenTests {
  static let fields = [
    "id", "segment", "lines", "kind", "urgency", "secrecy", "number", "date", "issuer", "subject",
    "to", "references", "enclosures", "mentions", "body", "closing", "signature", "contact",
    "received", "warnings",
  ]

  static var expectedFiles: [String] {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: Corpus.root.appendingPathComponent("expected").path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test(arguments: expectedFiles)
  func corpusFileParsesToItsGoldenRecord(_ name: String) throws {
    let expectedURL = Corpus.root.appendingPathComponent("expected").appendingPathComponent(name)
    let expected = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any])
    let source = try #require((expected["source"] as? [String: Any])?["path"] as? String)
    let sourceURL = Corpus.root.deletingLastPathComponent().appendingPathComponent(source)
    let bytes = [UInt8](try Data(contentsOf: sourceURL))
    let document = Corpus.parser.parse(bytes: bytes, path: source)
    let json = LetterJSON.document(document).serialized(pretty: true)
    if ProcessInfo.processInfo.environment["SARABAN_RECORD"] == "1" {
      let actual = Corpus.root.appendingPathComponent("actual")
      try FileManager.default.createDirectory(at: actual, withIntermediateDirectories: true)
      try Data((json + "\n").utf8).write(to: actual.appendingPathComponent(name))
    }
    let got = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])

    // The source block describes the file itself.
    let gotSource = try #require(got["source"] as? [String: Any])
    #expect(gotSource["path"] as? String == source)
    #expect(gotSource["bytes"] as? Int == bytes.count)
    let expectedSource = try #require(expected["source"] as? [String: Any])
    #expect(gotSource["sha256"] as? String == expectedSource["sha256"] as? String)
    #expect(gotSource["encoding"] as? String == expectedSource["encoding"] as? String)

    let gaps = try KnownGaps.load()
    let stem = String(name.dropLast(5))
    let expectedLetters = expected["letters"] as? [[String: Any]] ?? []
    let gotLetters = got["letters"] as? [[String: Any]] ?? []
    let countGap = gaps.contains(file: stem, segment: -1, field: "letters")
    if countGap {
      #expect(expectedLetters.count != gotLetters.count, "\(stem): letter count now right; remove the gap")
    } else {
      #expect(gotLetters.count == expectedLetters.count, "\(stem): letter count")
    }
    for (segment, expectedLetter) in expectedLetters.enumerated() {
      let gotLetter = segment < gotLetters.count ? gotLetters[segment] : [:]
      for field in Self.fields {
        let same = Corpus.same(field, expectedLetter[field], gotLetter[field])
        if gaps.contains(file: stem, segment: segment, field: field) {
          #expect(!same, "\(stem) #\(segment) \(field) is now right: remove it from known-gaps.json")
        } else {
          #expect(
            same,
            "\(stem) #\(segment) \(field)\n expected: \(Corpus.show(expectedLetter[field]))\n got:      \(Corpus.show(gotLetter[field]))"
          )
        }
      }
    }
  }
}

/// Where Corpus/ is, and how records compare.
enum Corpus {
  /// The day the golden records are read on (Corpus/README.md): where Tesseract's digits
  /// leave a year open, the reading day decides which years can be meant, so the records hold
  /// only for a fixed one, not for the calendar the tests happen to run on.
  static let readingDay = ReadingDay.iso("2026-11-26") ?? ReadingDay.default

  /// A parser reading on `readingDay`.
  static let parser = LetterParser(today: readingDay)

  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Corpus")
  }

  /// Equal as JSON; warnings compare by code and line (the message wording is free).
  static func same(_ field: String, _ a: Any?, _ b: Any?) -> Bool {
    if field == "warnings" { return warningKeys(a) == warningKeys(b) }
    return canonical(a) == canonical(b)
  }

  static func warningKeys(_ value: Any?) -> [String] {
    ((value as? [[String: Any]]) ?? []).map { "\($0["code"] ?? "")@\($0["line"] ?? "")" }.sorted()
  }

  static func canonical(_ value: Any?) -> String {
    guard let value, !(value is NSNull) else { return "null" }
    guard let data = try? JSONSerialization.data(withJSONObject: ["v": value], options: [.sortedKeys]) else {
      return "\(value)"
    }
    return String(decoding: data, as: UTF8.self)
  }

  static func show(_ value: Any?) -> String { String(canonical(value).prefix(400)) }
}

/// `Corpus/known-gaps.json`: `[{"file": "001_…", "segment": 2, "field": "body", "why": "…"}]`;
/// segment -1 with field "letters" for a wrong letter count.
struct KnownGaps {
  var entries: Set<String>

  static func load() throws -> KnownGaps {
    let url = Corpus.root.appendingPathComponent("known-gaps.json")
    guard let data = try? Data(contentsOf: url) else { return KnownGaps(entries: []) }
    let list = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    return KnownGaps(
      entries: Set(list.map { "\($0["file"] ?? "")|\($0["segment"] ?? "")|\($0["field"] ?? "")" }))
  }

  func contains(file: String, segment: Int, field: String) -> Bool {
    entries.contains("\(file)|\(segment)|\(field)")
  }
}
