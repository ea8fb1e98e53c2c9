import Dispatch
import Foundation
import ThaiText

/// `peer-kernels TASK FILE [RUNS]` — saraban's text layer in-process on the same input file
/// as a peer library gets (Benchmarks/peers/peers.py): the file is read first, then the task
/// runs RUNS times (default 3) and the fastest CPU time is printed as JSON, with a count of
/// what it produced so the work cannot be skipped.
///
/// Tasks: `digits` (Thai → Arabic), `normalize`, `dates` (one date a line), `segment`
/// (words of each line, as strings).
@main
struct PeerKernels {
  static func main() throws {
    let arguments = CommandLine.arguments
    guard arguments.count >= 3 else {
      FileHandle.standardError.write(Data("usage: peer-kernels digits|normalize|dates|segment FILE [RUNS]\n".utf8))
      exit(2)
    }
    let task = arguments[1]
    let text = try String(contentsOfFile: arguments[2], encoding: .utf8)
    let runs = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3
    let lines = text.split(separator: "\n").map(String.init)
    let segmenter = try WordSegmenter()
    let normalizer = ThaiNormalizer()
    var best = Double.infinity
    var output = 0
    for _ in 0..<runs {
      let start = cpuSeconds()
      switch task {
      case "digits":
        output = ThaiDigits.ascii(text).utf8.count
      case "normalize":
        output = normalizer.normalize(text).text.utf8.count
      case "dates":
        output = 0
        for line in lines where ThaiDateParser.matches(in: line).first?.date != nil { output += 1 }
      case "segment":
        output = 0
        for line in lines { output += segmenter.words(in: line).count }
      default:
        FileHandle.standardError.write(Data("unknown task \(task)\n".utf8))
        exit(2)
      }
      best = min(best, cpuSeconds() - start)
    }
    print("{\"task\":\"\(task)\",\"cpu_s\":\(best),\"output\":\(output)}")
  }

  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
      + Double(usage.ru_stime.tv_usec) / 1e6
  }
}
