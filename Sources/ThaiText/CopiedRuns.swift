#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the normalizer's output holds its input unchanged, so that the normalized `String`
/// can be put together from slices of the input `String` — which the standard library copies
/// without validating them — with only the repaired bytes between them validated as new
/// UTF-8. (Making the whole output a `String` validated every byte of every file a second
/// time: two of every hundred instructions of parsing.)
///
/// A run is a stretch of the output that stands at a fixed distance from its place in the
/// input: plain runs the transducer copied whole, merged while no repair has lengthened or
/// shortened the text between them. A repair may rewrite bytes in place (a mark moved back,
/// a lone CR made a space, trailing spaces trimmed), so every run is compared with the input
/// before its slice is used, and one that differs is taken as new bytes.
struct CopiedRuns {
  private(set) var runs: [(output: Int, input: Int, count: Int)] = []

  /// `count` bytes of input at `input` were copied to the output at `output`.
  mutating func record(output: Int, input: Int, count: Int) {
    if let last = runs.last, last.output - last.input == output - input, last.output + last.count <= output {
      runs[runs.count - 1].count = output + count - last.output
    } else {
      runs.append((output, input, count))
    }
  }

  /// `String(decoding: output, as: UTF8.self)`, made of `text`'s slices wherever a run still
  /// holds `text`'s bytes (`input` is `text`'s UTF-8).
  ///
  /// A run begins where the transducer copied from, at the start of a character, and ends
  /// after a whole one; while its bytes are the input's, both its ends stand between
  /// characters of the output too, so the bytes between runs decode as they would in the
  /// whole output.
  /// - Complexity: O(n) in the output: a copy, and validation of the bytes outside runs.
  func string(of output: UnsafeBufferPointer<UInt8>, from text: String, input: UnsafeBufferPointer<UInt8>) -> String {
    var result = ""
    result.reserveCapacity(output.count)
    var done = 0
    for run in runs {
      guard run.output >= done, run.output + run.count <= output.count, run.input + run.count <= input.count,
        let out = output.baseAddress, let inp = input.baseAddress, run.count > 0,
        memcmp(out + run.output, inp + run.input, run.count) == 0
      else { continue }
      if run.output > done {
        result += String(decoding: UnsafeBufferPointer(rebasing: output[done..<run.output]), as: UTF8.self)
      }
      let utf8 = text.utf8
      let lower = utf8.index(utf8.startIndex, offsetBy: run.input)
      result += Substring(utf8[lower..<utf8.index(lower, offsetBy: run.count)])
      done = run.output + run.count
    }
    if done < output.count {
      result += String(decoding: UnsafeBufferPointer(rebasing: output[done...]), as: UTF8.self)
    }
    return result
  }
}
