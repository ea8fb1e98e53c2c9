import Archive
import ArchivePostgres
import Citations
import Foundation

// Lookup latency on archives that are already filled (scripts/postgres-figures.sh makes
// them): `find` by a number typed with Thai digits, and `cited-by` (what cites a letter,
// one step), each over the same random sample of letters, on every archive named.
//
//   ArchiveStoreFigures [--queries N] ARCHIVE…     (a file or postgres://…)

var arguments = Array(CommandLine.arguments.dropFirst())
var count = 2000
if let i = arguments.firstIndex(of: "--queries"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
  count = n
  arguments.removeSubrange(i...(i + 1))
}

func open(_ location: String) throws -> any LetterArchive {
  if PostgresLocation.isPostgres(location) { return try PostgresArchive(url: location, create: false) }
  return try SQLiteArchive(path: location, create: false)
}

func thaiDigits(_ s: String) -> String {
  String(
    String.UnicodeScalarView(
      s.unicodeScalars.map { c in ("0"..."9").contains(c) ? Unicode.Scalar(0x0E50 + c.value - 0x30) ?? c : c }))
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
  guard !sorted.isEmpty else { return .nan }
  return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

/// This thread's CPU time in milliseconds (the machine may be shared: wall time is not the
/// query's cost alone). For PostgreSQL it is the client's share; the server's is not in it.
func threadCPU() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6
}

func measure(_ label: String, _ samples: Int, _ body: (Int) throws -> Void) rethrows -> String {
  for i in 0..<min(samples, 50) { try body(i) }  // warm the caches
  var times: [Double] = []
  var cpu: [Double] = []
  for i in 0..<samples {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadCPU()
    try body(i)
    cpu.append(threadCPU() - cpuStart)
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
  }
  times.sort()
  cpu.sort()
  return String(
    format: "%@ wall p50 %.3f ms  p99 %.3f ms; this process's CPU p50 %.3f ms  p99 %.3f ms, total %.2f s", label,
    percentile(times, 0.5), percentile(times, 0.99), percentile(cpu, 0.5), percentile(cpu, 0.99),
    cpu.reduce(0, +) / 1e3)
}

do {
  for location in arguments {
    let archive = try open(location)
    let letters = try archive.list(LetterFilter()).filter { $0.number != nil }
    var generator = SystemRandomNumberGenerator()
    let sample = (0..<count).compactMap { _ in letters.randomElement(using: &generator) }
    let patterns = sample.compactMap { NumberPattern(thaiDigits($0.number ?? "")) }
    let stats = try archive.statistics()
    let name = PostgresLocation.isPostgres(location) ? "postgres" : "sqlite"
    print("\(name): \(stats.letters) letters, \(stats.citations) citations, \(count) queries each")
    print(try measure("  find    ", patterns.count) { i in _ = try archive.find(patterns[i]) })
    print(
      try measure("  cited-by", sample.count) { i in _ = try archive.walk(from: sample[i].id, .incoming, depth: 1) })
  }
} catch {
  FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
  exit(1)
}
