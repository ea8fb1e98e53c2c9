import Archive
import Dispatch
import Foundation
import Letters

/// Files read for `saraban parse`, parsed together on all cores (แยกวิเคราะห์พร้อมกัน) and
/// handed back in the order they were read. Bounded by a file count and by bytes, so a long
/// list of paths is never held in memory at once.
struct ParseBatch {
  /// Enough files to keep every core busy between prints, and few enough bytes to stay small.
  static let maxFiles = 64
  static let maxBytes = 32 << 20

  private(set) var paths: [String] = []
  private var contents: [[UInt8]] = []
  private var bytes = 0

  var isEmpty: Bool { paths.isEmpty }
  var isFull: Bool { paths.count >= Self.maxFiles || bytes >= Self.maxBytes }

  mutating func add(path: String, bytes: [UInt8]) {
    paths.append(path)
    contents.append(bytes)
    self.bytes += bytes.count
  }

  /// A parsed file and the JSON to print for it (a document, or one line a letter).
  struct Parsed: Sendable {
    let path: String
    let document: LetterDocument
    let json: [UInt8]
  }

  /// Every file parsed and written as JSON, in the order added.
  func parse(with parser: LetterParser, format: InputFormat?, jsonl: Bool, pretty: Bool) -> [Parsed] {
    let slots = ConcurrentSlots<Parsed>(count: paths.count)
    let paths = self.paths
    let contents = self.contents
    DispatchQueue.concurrentPerform(iterations: paths.count) { i in
      let document = parser.parse(bytes: contents[i], path: paths[i], format: format)
      let json: [UInt8] =
        jsonl
        ? LetterJSON.utf8Lines(document.letters)
        : LetterJSON.utf8(document, pretty: pretty, terminator: 0x0A)
      slots.set(i, Parsed(path: paths[i], document: document, json: json))
    }
    return slots.items.map { $0! }
  }
}
