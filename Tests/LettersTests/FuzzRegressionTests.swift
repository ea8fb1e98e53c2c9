import Foundation
import Letters
import Testing

/// Inputs kept by scripts/fuzz.sh (crashers, timeouts, out-of-memory cases) and by CI's
/// random-input schema check, replayed with the fuzz harnesses' invariants (Fuzz/*.swift).
@Suite struct FuzzRegressionTests {
  static func inputs(_ target: String) -> [String] {
    guard let base = Bundle.module.resourceURL?.appending(path: "Fixtures/fuzz/\(target)"),
      let names = try? FileManager.default.contentsOfDirectory(atPath: base.path)
    else { return [] }
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
    let base = try #require(Bundle.module.resourceURL)
    return [UInt8](try Data(contentsOf: base.appending(path: "Fixtures/fuzz/\(target)/\(name)")))
  }

  @Test func thereAreInputsToReplay() {
    #expect(!Self.inputs("parse").isEmpty)
    #expect(!Self.inputs("xml").isEmpty)
  }

  /// As Fuzz/ParseFuzzer.swift: the first byte picks the format.
  @Test(arguments: inputs("parse"))
  func parseHarnessInputStaysValid(_ name: String) throws {
    let bytes = try Self.bytes("parse", name)
    let formats: [InputFormat?] = [nil, nil, nil, .markdown, .hocr, .alto, .plain]
    let format = bytes.first.map { formats[Int($0) % formats.count] } ?? nil
    let body = Array(bytes.dropFirst())
    let document = LetterParser().parse(bytes: body, path: "fuzz.txt", format: format)
    let lineCount = max(1, body.split(separator: 0x0A, omittingEmptySubsequences: false).count)
    for (index, letter) in document.letters.enumerated() {
      #expect(letter.segment == index)
      #expect(letter.lines.start >= 1 && letter.lines.start <= letter.lines.end)
      if format == nil || format == .plain || format == .markdown { #expect(letter.lines.end <= lineCount) }
      for text in [letter.subject, letter.to, letter.closing, letter.issuer?.name] + letter.body.map(Optional.some) {
        guard let text else { continue }
        #expect(!text.isEmpty && !text.contains("  ") && !text.contains("\n") && text.first != " " && text.last != " ")
        #expect(Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
      }
      if let number = letter.number { #expect(!number.serial.isEmpty) }
      for url in letter.contact.urls { #expect(!url.contains { $0.isWhitespace }) }
      for enclosure in letter.enclosures { #expect(!enclosure.title.isEmpty && (enclosure.index ?? 1) >= 1) }
    }
    #expect(!document.letters.isEmpty || !document.warnings.isEmpty)
    let json = LetterJSON.document(document).serialized()
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
  }

  /// As Fuzz/XMLFuzzer.swift, with a time budget: nothing hostile is expanded or fetched.
  @Test(arguments: inputs("xml"))
  func xmlHarnessInputStaysValid(_ name: String) throws {
    let text = String(decoding: try Self.bytes("xml", name), as: UTF8.self)
    let clock = ContinuousClock()
    let start = clock.now
    for format in [InputFormat.hocr, .alto] {
      do {
        let lines = try InputAdapter.lines(from: text, format: format)
        #expect(lines.map(\.number) == Array(1..<(lines.count + 1)))
        #expect(!lines.contains { $0.text.contains("\n") || $0.text.contains("root:") })
        #expect(lines.map(\.text).joined().count < 100_000, "an entity was expanded")
      } catch {
        #expect(!error.description.contains("\n"))
      }
    }
    #expect(clock.now - start < .seconds(5))
  }
}
