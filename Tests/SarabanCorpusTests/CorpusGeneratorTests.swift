import ArchiveTestSupport
import Foundation
import Letters
import SeededRandom
import Testing

@testable import SarabanCorpus

/// A few hundred letters at most: the generator is checked here, measured in Benchmarks/.
struct CorpusGeneratorTests {
  func generate(_ letters: Int, seed: UInt64 = 7, noise: OCRNoise.Level = .none) throws -> URL {
    let out = try TestFolder.new("corpus")
    let options = try CorpusOptions(arguments: [
      "--letters", "\(letters)", "--seed", "\(seed)", "--noise", noise.rawValue, "--out", out.path,
    ])
    _ = try CorpusWriter(options: options).run()
    return out
  }

  func contents(_ dir: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: dir.path)
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let full = dir.appendingPathComponent(path).path
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
        files[path] = try Data(contentsOf: URL(fileURLWithPath: full))
      }
    }
    return files
  }

  func truth(_ dir: URL) throws -> [[String: Any]] {
    let text = try String(contentsOf: dir.appendingPathComponent("truth.jsonl"), encoding: .utf8)
    return try text.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func theSameSeedGivesTheSameBytes() throws {
    let a = try generate(120, noise: .heavy)
    let b = try generate(120, noise: .heavy)
    defer {
      try? FileManager.default.removeItem(at: a)
      try? FileManager.default.removeItem(at: b)
    }
    let (x, y) = (try contents(a), try contents(b))
    #expect(x.count == 32)  // 30 letter files, truth.jsonl, manifest.json
    #expect(x == y)
  }

  @Test func everyKindIsWrittenAndNumberedLettersHaveDistinctIds() throws {
    let dir = try generate(300)
    defer { try? FileManager.default.removeItem(at: dir) }
    let records = try truth(dir)
    #expect(records.count == 300)
    let kinds = Set(records.compactMap { $0["kind"] as? String })
    #expect(kinds == ["external", "memo", "stamped", "order", "announcement", "annex"])
    let ids = records.compactMap { $0["id"] as? String }
    #expect(Set(ids).count == ids.count)
  }

  @Test func cleanLettersParseToTheirTruth() throws {
    let dir = try generate(120)
    defer { try? FileManager.default.removeItem(at: dir) }
    let parser = LetterParser()
    var byFile: [String: [[String: Any]]] = [:]
    for record in try truth(dir) { byFile[record["file"] as? String ?? "", default: []].append(record) }
    for (file, records) in byFile {
      let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(file)))
      let letters = parser.parse(bytes: bytes, path: file).letters
      #expect(letters.map(\.id) == records.map { $0["id"] as? String ?? "" }, "\(file)")
      #expect(letters.map(\.kind.rawValue) == records.map { $0["kind"] as? String ?? "" }, "\(file)")
    }
  }

  @Test func afewCircularsAreCitedByManyLetters() {
    let plan = LetterPlan(seed: 3, count: 20_000, perFile: 4)
    let network = CitationNetwork(plan: plan)
    var inDegree: [String: Int] = [:]
    var r = SplitMix64(seed: 3)
    for j in stride(from: 1000, to: 20_000, by: 2) {
      if let target = network.pick(for: j, &r).target { inDegree[target, default: 0] += 1 }
    }
    let counts = inDegree.values.sorted(by: >)
    #expect(counts.count > 1000)
    #expect(counts[0] > 300)  // the most cited circular
    #expect(counts[counts.count / 2] <= 2)  // while most letters are cited once or twice
  }

  @Test func heavyNoiseLeavesNoDigitTesseractCannotPrint() throws {
    let dir = try generate(40, noise: .heavy)
    defer { try? FileManager.default.removeItem(at: dir) }
    for (path, data) in try contents(dir) where path.hasSuffix(".txt") {
      let text = String(decoding: data, as: UTF8.self)
      #expect(!text.unicodeScalars.contains { "๔๖๗๘๙ำ".unicodeScalars.contains($0) }, "\(path)")
    }
  }

  @Test func zipfRanksStayInRange() {
    var r = SplitMix64(seed: 1)
    for n in [1, 2, 10, 1_000_000] {
      for _ in 0..<1000 {
        let k = r.zipf(n, exponent: 1.15)
        #expect(k >= 0 && k < n)
      }
    }
  }
}
