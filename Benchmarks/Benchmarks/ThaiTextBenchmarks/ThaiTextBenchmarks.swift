import Benchmark
import Foundation
import ThaiText

/// One megabyte (1,000,000 bytes, whole lines) of the real Corpus letters repeated, so that
/// one benchmark iteration = 1 MB of text and the reported throughput (#/s) reads as MB/s.
let megabyte: String = {
  let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus")
  let files = (try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? []
  let text = files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    .compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
  precondition(!text.isEmpty, "Corpus/ not found beside Benchmarks/")
  var out = ""
  while out.utf8.count < 1_000_000 { out += text + "\n" }
  return String(out.utf8.prefix(1_000_000)) ?? out
}()

let megabyteLines: [String] = megabyte.split(separator: "\n").map(String.init)

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
    maxDuration: .seconds(3), maxIterations: 200,
    thresholds: [.throughput: .init(relative: [.p90: 25])])

  Benchmark("digits to ASCII (1 MB)") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(ThaiDigits.ascii(megabyte)) }
  }
  Benchmark("digits to Thai (1 MB)") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(ThaiDigits.thai(megabyte)) }
  }
  Benchmark("normalize, all steps (1 MB)") { benchmark in
    let normalizer = ThaiNormalizer()
    for _ in benchmark.scaledIterations { blackHole(normalizer.normalize(megabyte)) }
  }
  Benchmark("find dates, line by line (1 MB)") { benchmark in
    for _ in benchmark.scaledIterations {
      var count = 0
      for line in megabyteLines { count += ThaiDateParser.matches(in: line).count }
      blackHole(count)
    }
  }
  Benchmark("parse one date (๑๔ กรกฎาคม ๒๕๖๔) ×10,000") { benchmark in
    let dates = (0..<10_000).map { k in ThaiDigits.thai("\(1 + k % 28) กรกฎาคม \(2560 + k % 8)") }
    for _ in benchmark.scaledIterations {
      var valid = 0
      for date in dates where ThaiDateParser.matches(in: date).first?.date != nil { valid += 1 }
      blackHole(valid)
    }
  }
  Benchmark("segment words, ICU dictionary (1 MB)") { benchmark in
    let segmenter = try WordSegmenter()
    for _ in benchmark.scaledIterations {
      var words = 0
      for line in megabyteLines { words += segmenter.utf8Ranges(in: line).count }
      blackHole(words)
    }
  }
  Benchmark("decode UTF-8 (1 MB)") { benchmark in
    let bytes = Array(megabyte.utf8)
    for _ in benchmark.scaledIterations { blackHole(try? TextDecoder().decode(bytes)) }
  }
  Benchmark("decode TIS-620 (1 MB of UTF-8 text)") { benchmark in
    let bytes: [UInt8] = megabyte.unicodeScalars.compactMap { s in
      s.value < 0x80 ? UInt8(s.value) : ((0x0E01...0x0E5B).contains(s.value) ? UInt8(s.value - 0x0E00 + 0xA0) : nil)
    }
    for _ in benchmark.scaledIterations { blackHole(try? TextDecoder().decode(bytes, as: .tis620)) }
  }
  Benchmark("decode UTF-16LE (1 MB of UTF-8 text)") { benchmark in
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in megabyte.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    for _ in benchmark.scaledIterations { blackHole(try? TextDecoder().decode(bytes)) }
  }
}
