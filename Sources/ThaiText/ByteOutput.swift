/// The normalizer's output buffer: bytes written through a pointer, without the uniqueness
/// and capacity checks of `Array.append` on every byte (a third of the transducer's cost).
/// Sized to the input, which the repairs never lengthen; it grows all the same if one does.
/// The owner calls ``deallocate()``.
struct ByteOutput {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = Swift.max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  func deallocate() { base.deallocate() }

  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  var last: UInt8? { count > 0 ? base[count - 1] : nil }

  subscript(i: Int) -> UInt8 {
    get { base[i] }
    set { base[i] = newValue }
  }

  @inline(__always) mutating func append(_ byte: UInt8) {
    if count == capacity { grow(count + 1) }
    base[count] = byte
    count += 1
  }

  mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
    if count + bytes.count > capacity { grow(count + bytes.count) }
    if let from = bytes.baseAddress { (base + count).update(from: from, count: bytes.count) }
    count += bytes.count
  }

  @inline(__always) mutating func removeLast() { count -= 1 }

  /// Inserts `inserted` bytes at `position`, moving what follows.
  mutating func insert(_ inserted: (UInt8, UInt8, UInt8), at position: Int) {
    if count + 3 > capacity { grow(count + 3) }
    (base + position + 3).update(from: base + position, count: count - position)
    base[position] = inserted.0
    base[position + 1] = inserted.1
    base[position + 2] = inserted.2
    count += 3
  }

  private mutating func grow(_ needed: Int) {
    let bigger = Swift.max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
    moved.update(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = bigger
  }
}
