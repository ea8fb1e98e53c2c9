import Benchmark
import Foundation
import Letters

/// The Corpus files (real seeds and written letters), parsed as a user's `saraban parse`
/// would. One iteration parses the whole corpus `repeats` times; throughput × corpusBytes
/// × repeats = bytes/s.
let corpusFiles: [(String, [UInt8])] = {
  let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
  return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
    (try? Data(contentsOf: corpus.appendingPathComponent(name))).map { ("Corpus/" + name, [UInt8]($0)) }
  }
}()
let corpusBytes = corpusFiles.reduce(0) { $0 + $1.1.count }
/// About 1 MB of letters per iteration, so that throughput (#/s) reads as MB/s.
let repeats = max(1, 1_000_000 / max(1, corpusBytes))

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
    maxDuration: .seconds(5), maxIterations: 100,
    thresholds: [.throughput: .init(relative: [.p90: 25])])

  Benchmark("parse Corpus to records (≈1 MB: \(corpusFiles.count) files × \(repeats))") { benchmark in
    let parser = LetterParser()
    for _ in benchmark.scaledIterations {
      var letters = 0
      for _ in 0..<repeats {
        for (path, bytes) in corpusFiles { letters += parser.parse(bytes: bytes, path: path).letters.count }
      }
      blackHole(letters)
    }
  }
  Benchmark("citation scan, paragraph by paragraph (≈1 MB)") { benchmark in
    let paragraphs: [String] = corpusFiles.flatMap { String(decoding: $0.1, as: UTF8.self).split(separator: "\n\n") }
      .map(String.init)
    let size = paragraphs.reduce(0) { $0 + $1.utf8.count }
    let times = max(1, 1_000_000 / max(1, size))
    for _ in benchmark.scaledIterations {
      var found = 0
      for _ in 0..<times {
        for paragraph in paragraphs { found += CitationScan.citations(in: paragraph).count }
      }
      blackHole(found)
    }
  }
  Benchmark("parse + JSON (≈1 MB)") { benchmark in
    let parser = LetterParser()
    for _ in benchmark.scaledIterations {
      var size = 0
      for _ in 0..<repeats {
        for (path, bytes) in corpusFiles {
          size += LetterJSON.document(parser.parse(bytes: bytes, path: path)).serialized().utf8.count
        }
      }
      blackHole(size)
    }
  }
}
