import Foundation

/// Results written by concurrent workers (`DispatchQueue.concurrentPerform`), each to its own
/// slot, and read once they are all done: a batch's file hashes and parsed files in `ingest`,
/// the parsed files of `saraban parse`.
package final class ConcurrentSlots<Item>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Item?]

  package init(count: Int) { storage = Array(repeating: nil, count: count) }

  package func set(_ index: Int, _ item: Item) { lock.withLock { storage[index] = item } }

  /// Every slot, nil where no worker wrote.
  package var items: [Item?] { lock.withLock { storage } }
}
