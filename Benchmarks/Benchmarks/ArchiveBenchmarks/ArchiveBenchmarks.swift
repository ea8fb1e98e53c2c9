import Archive
import Benchmark
import Citations
import Foundation

/// Lookups on an archive: `SARABAN_BENCH_DB` (e.g. made by `scripts/archive-figures.sh`),
/// else one built from Corpus/*.txt. One iteration = one query; the queries cycle through
/// every letter number in the archive, typed as an archivist would (Thai digits, spaces).
let archive: SQLiteArchive = {
  let env = ProcessInfo.processInfo.environment["SARABAN_BENCH_DB"] ?? ""
  if !env.isEmpty, let opened = try? SQLiteArchive(path: env, create: false) { return opened }
  let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus")
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("saraban-bench-\(getpid()).sqlite").path
  guard let created = try? SQLiteArchive(path: path) else { fatalError("cannot create \(path)") }
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".txt") }
  let inputs = names.sorted().compactMap { name in
    (try? Data(contentsOf: corpus.appendingPathComponent(name))).map {
      SourceInput(path: "Corpus/" + name, content: .bytes([UInt8]($0)))
    }
  }
  _ = try? created.ingest(inputs, batchSize: 64)
  return created
}()

/// `มท ๐๘๑๒/ว ๑๕๖๕`-style strings for every numbered letter, with the year.
let queries: [(typed: String, year: Int?)] = {
  let letters = (try? archive.list(LetterFilter())) ?? []
  return letters.compactMap { l in l.number.map { (thaiDigits($0), l.year) } }
}()

func thaiDigits(_ s: String) -> String {
  String(String.UnicodeScalarView(s.unicodeScalars.map { c in
    ("0"..."9").contains(c) ? Unicode.Scalar(0x0E50 + c.value - 0x30) ?? c : c
  }))
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput],
    maxDuration: .seconds(10), maxIterations: 1000,
    thresholds: [.wallClock: .init(relative: [.p90: 50])])

  Benchmark("find NUMBER (typed, Thai digits; \(queries.count) numbers)", configuration: .init(scalingFactor: .one)) {
    benchmark in
    var n = 0
    for _ in benchmark.scaledIterations {
      let q = queries[n % max(1, queries.count)]
      n += 1
      guard var pattern = NumberPattern(q.typed) else { continue }
      pattern.year = q.year
      blackHole(try? archive.find(pattern))
    }
  }

  Benchmark("search WORD (ranked, 20 hits with snippets)", configuration: .init(scalingFactor: .one)) { benchmark in
    let words = ["ปกครอง", "ประเมิน", "ไฟป่า", "งบประมาณ", "ขยะ", "ผู้สูงอายุ", "สงกรานต์", "พัสดุ"]
    var n = 0
    for _ in benchmark.scaledIterations {
      blackHole(try? archive.search(words[n % words.count], limit: 20, highlight: ("[", "]")))
      n += 1
    }
  }
  Benchmark("cited-by NUMBER (find + incoming edges)", configuration: .init(scalingFactor: .one)) { benchmark in
    var n = 0
    for _ in benchmark.scaledIterations {
      let q = queries[n % max(1, queries.count)]
      n += 1
      guard var pattern = NumberPattern(q.typed) else { continue }
      pattern.year = q.year
      guard let id = (try? archive.find(pattern))?.letters.first?.id else { continue }
      blackHole(try? archive.walk(from: id, .incoming, depth: 1))
    }
  }
}
