import Archive
import Citations
import Dispatch
import Foundation
import GRDB
import SeededRandom

/// `archive-latency DB [--samples N] [--candidates N]` — query latency on an archive as an archivist meets it:
/// `find` by a number typed in Thai digits, `cited-by` (find, then the incoming edges), and a
/// ranked Thai full-text `search`, each over N queries drawn at random (fixed seed) after a
/// warm-up. Prints one JSON object: wall milliseconds at p50, p95, p99 and the maximum, and
/// under `cpu` the same for the query thread's CPU time.
@main
struct ArchiveLatency {
  static func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var samples = 1000
    if let i = arguments.firstIndex(of: "--samples"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
      samples = n
      arguments.removeSubrange(i...(i + 1))
    }
    // How many matches search ranks (SQLiteArchive.searchCandidates); 0 ranks every match,
    // as search did before the bound.
    var candidates = SQLiteArchive.defaultSearchCandidates
    if let i = arguments.firstIndex(of: "--candidates"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
      candidates = n == 0 ? .max : n
      arguments.removeSubrange(i...(i + 1))
    }
    guard let path = arguments.first else {
      FileHandle.standardError.write(Data("usage: archive-latency DB [--samples N] [--candidates N]\n".utf8))
      exit(2)
    }
    let archive = try SQLiteArchive(path: path, create: false, searchCandidates: candidates)
    let queue = try DatabaseQueue(
      path: path,
      configuration: {
        var c = Configuration()
        c.readonly = true
        return c
      }())
    var rng = SplitMix64(seed: 42)  // the same queries on every run
    let (letters, maxSeq) = try queue.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0,
        try Int.fetchOne(db, sql: "SELECT max(seq) FROM letter") ?? 0
      )
    }
    // Numbered letters drawn at random, typed in Thai digits.
    var numbers: [(String, Int?)] = []
    try queue.read { db in
      let statement = try db.makeStatement(
        sql: "SELECT number, year FROM letter WHERE seq >= ? AND number IS NOT NULL LIMIT 1")
      while numbers.count < samples + 50 {
        let seq = Int(rng.next() % UInt64(max(1, maxSeq))) + 1
        if let row = try Row.fetchOne(statement, arguments: [seq]) { numbers.append((thai(row[0]), row[1])) }
      }
    }
    let top = try queue.read { db in
      try Row.fetchOne(
        db,
        sql:
          "SELECT target, count(*) AS n FROM citation WHERE target IS NOT NULL GROUP BY target ORDER BY n DESC LIMIT 1")
    }
    let words = ["ปกครอง", "ประเมิน", "ไฟป่า", "งบประมาณ", "ขยะ", "ผู้สูงอายุ", "สงกรานต์", "พัสดุ", "ท่องเที่ยว", "สารบรรณ"]

    func find(_ q: (String, Int?)) throws -> FindResult? {
      guard var pattern = NumberPattern(q.0) else { return nil }
      pattern.year = q.1
      return try archive.find(pattern)
    }
    func citedBy(_ q: (String, Int?)) throws -> Int {
      guard let id = try find(q)?.letters.first?.id else { return 0 }
      return try archive.walk(from: id, .incoming, depth: 1).count
    }
    /// Wall and CPU milliseconds of one query: on a machine busy with other work the wall
    /// clock includes waiting for a core; the thread's CPU time does not.
    var cpuMs: [String: [Double]] = [:]
    var current = ""
    func timed(_ body: () throws -> Void) rethrows -> Double {
      let start = DispatchTime.now().uptimeNanoseconds
      let cpu = threadCPU()
      try body()
      cpuMs[current, default: []].append(threadCPU() - cpu)
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
    for q in numbers.prefix(50) { _ = try citedBy(q) }
    for w in words { _ = try archive.search(w, limit: 20, highlight: ("[", "]")) }
    let queries = Array(numbers.dropFirst(50))
    var findMs: [Double] = []
    var citedMs: [Double] = []
    var searchMs: [Double] = []
    var edges = 0
    current = "find"
    for q in queries { findMs.append(try timed { _ = try find(q) }) }
    current = "cited_by"
    for q in queries { citedMs.append(try timed { edges += try citedBy(q) }) }
    current = "search"
    for k in 0..<max(50, samples / 10) {
      let word = words[k % words.count]
      searchMs.append(try timed { _ = try archive.search(word, limit: 20, highlight: ("[", "]")) })
    }
    current = "top"
    var topJSON = "null"
    if let top, let id: String = top["target"] {
      let n: Int = top["n"]
      let ms = try timed { _ = try archive.walk(from: id, .incoming, depth: 1) }
      topJSON = "{\"id\":\"\(id)\",\"cited_by\":\(n),\"ms\":\(String(format: "%.3f", ms))}"
    }
    print(
      "{\"letters\":\(letters),\"samples\":\(queries.count),\"find\":\(summary(findMs)),\"cited_by\":\(summary(citedMs)),"
        + "\"cited_by_mean_edges\":\(String(format: "%.2f", Double(edges) / Double(max(1, queries.count)))),"
        + "\"cited_by_most_cited\":\(topJSON),\"search\":\(summary(searchMs)),"
        + "\"cpu\":{\"find\":\(summary(cpuMs["find"] ?? [])),\"cited_by\":\(summary(cpuMs["cited_by"] ?? [])),"
        + "\"search\":\(summary(cpuMs["search"] ?? []))}}")
  }

  /// This thread's CPU time in milliseconds.
  static func threadCPU() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
  }

  static func summary(_ values: [Double]) -> String {
    let v = values.sorted()
    func at(_ p: Double) -> String {
      guard !v.isEmpty else { return "null" }
      return String(format: "%.3f", v[min(v.count - 1, Int(Double(v.count - 1) * p + 0.5))])
    }
    return "{\"p50\":\(at(0.5)),\"p95\":\(at(0.95)),\"p99\":\(at(0.99)),\"max\":\(at(1))}"
  }

  /// ASCII digits as Thai digits, the way a number is often typed from a letter.
  static func thai(_ s: String) -> String {
    String(
      String.UnicodeScalarView(
        s.unicodeScalars.map { c in
          ("0"..."9").contains(c) ? Unicode.Scalar(0x0E50 + c.value - 0x30) ?? c : c
        }))
  }
}
