import ArchiveTestSupport
import Dispatch
import Foundation
import GRDB
import Testing

@testable import Archive

/// Two ingests and several readers on one archive at once, each through its own connection
/// pool as separate programs would: no error, and the archive ends as a single ingest makes it.
@Suite struct ConcurrencyTests {
  static func inputs(_ range: ClosedRange<Int>) -> [SourceInput] {
    range.map { k in
      SourceInput(
        path: "generated/\(k).txt",
        content: .bytes(
          Corpus.letter(
            number: "มท ๐๘๑๐/ว \(k)", date: "๑ สิงหาคม ๒๕๖๕", subject: "การทดสอบพร้อมกัน \(k)",
            cites: "มท ๐๘๑๐/ว \(k + 1) ลงวันที่ ๑ สิงหาคม ๒๕๖๕")))
    }
  }

  /// What must not depend on who stored what first.
  static func contents(_ path: String) throws -> [String] {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
      try String.fetchAll(db, sql: "SELECT path || ' ' || sha256 || ' ' || status FROM source_file ORDER BY path")
        + String.fetchAll(db, sql: "SELECT id FROM letter ORDER BY id")
        + String.fetchAll(
          db,
          sql: """
            SELECT c.letter_id || ' ' || s.path || ' ' || c.segment FROM letter_copy c JOIN source_file s ON s.id = c.source_id
            ORDER BY 1
            """)
        + String.fetchAll(
          db,
          sql: """
            SELECT s.path || ' ' || c.role || ' ' || c.ordinal || ' ' || c.cited_key || ' ' || coalesce(c.target, '-')
            FROM citation c JOIN letter_copy l ON l.id = c.copy_id JOIN source_file s ON s.id = l.source_id ORDER BY 1
            """)
    }
  }

  @Test func twoIngestsAndFourReadersAtOnceLoseNothing() throws {
    let first = Corpus.files + Self.inputs(1...60)
    let second = Self.inputs(30...100) + Corpus.files.reversed()
    let reference = try TemporaryArchive.path()
    _ = try SQLiteArchive(path: reference).ingest(first + second, batchSize: 16)

    let path = try TemporaryArchive.path()
    _ = try SQLiteArchive(path: path)  // created before the race, as a first ingest would
    let errors = ErrorLog()
    let writing = DispatchGroup()
    let done = DoneFlag()
    // Threads of their own: the global queue has as many threads as cores, and the readers'
    // loops would hold them while the ingests waited for one.
    func spawn(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
      group.enter()
      Thread {
        body()
        group.leave()
      }.start()
    }
    for (k, inputs) in [first, second].enumerated() {
      spawn(writing) {
        do {
          _ = try SQLiteArchive(path: path).ingest(inputs, batchSize: 8 + 5 * k)
        } catch {
          errors.add("ingest \(k): \(error)")
        }
      }
    }
    let reading = DispatchGroup()
    let reads = Counter()
    for k in 0..<4 {
      spawn(reading) {
        do {
          let archive = try SQLiteArchive(path: path, create: false)
          repeat {
            switch k {
            case 0: _ = try archive.statistics()
            case 1: _ = try archive.search("ทดสอบ", limit: 10, highlight: ("[", "]"))
            case 2: _ = try archive.unresolved()
            default: _ = try archive.list(LetterFilter())
            }
            reads.increment()
          } while !done.value
        } catch {
          errors.add("reader \(k): \(error)")
        }
      }
    }
    writing.wait()
    done.set()
    reading.wait()
    #expect(errors.all.isEmpty, "\(errors.all)")
    #expect(reads.value >= 4)
    #expect(try Self.contents(path) == Self.contents(reference))
    try SQLiteArchive(path: path).checkSearchIndex()
  }
}

final class ErrorLog: @unchecked Sendable {
  private let lock = NSLock()
  private var errors: [String] = []
  func add(_ e: String) { lock.withLock { errors.append(e) } }
  var all: [String] { lock.withLock { errors } }
}

final class DoneFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var done = false
  func set() { lock.withLock { done = true } }
  var value: Bool { lock.withLock { done } }
}

final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var n = 0
  func increment() { lock.withLock { n += 1 } }
  var value: Int { lock.withLock { n } }
}
