import ArgumentParser
import Foundation

/// A size in bytes as a person types it: `65536`, `64K`, `64M`, `1G` (binary units; a
/// trailing `B`, `iB` and lower case are accepted).
struct ByteSize: Sendable, Equatable, ExpressibleByArgument, CustomStringConvertible {
  var bytes: Int

  init(bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    var text = argument.trimmingCharacters(in: .whitespaces).uppercased()
    for suffix in ["IB", "B"] where text.hasSuffix(suffix) && text.count > suffix.count {
      text.removeLast(suffix.count)
      break
    }
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
    var multiplier = 1
    if let last = text.last, let unit = units[last] {
      multiplier = unit
      text.removeLast()
    }
    guard let value = Int(text), value > 0 else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
    guard !overflow else { return nil }
    bytes = product
  }

  /// `64 MiB`, `1.5 GiB`, `100 bytes`.
  var description: String {
    let units = [(1 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
    for (size, name) in units where bytes >= size {
      let value = Double(bytes) / Double(size)
      let shown = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
      return "\(shown) \(name)"
    }
    return "\(bytes) bytes"
  }
}
