/// A serial with each of its digits replaced by `?`, and with each dropped: the keys under
/// which ``CitationChecks/NearIndex`` finds serials one digit apart.
enum SerialVariants {
  /// For each position of `serial`, in order: the serial with that character replaced by
  /// `?`, and without it.
  ///
  /// Serials are ASCII digits: they are cut on their bytes, where cutting them into
  /// Characters and rebuilding Strings from Character slices was most of the cost of
  /// indexing a file's letters. Anything else (no reader makes it) takes the Character path.
  /// - Complexity: O(n²) in the serial's length (a few digits).
  static func oneDigitApart(_ serial: String) -> [(replaced: String, dropped: String)] {
    let bytes = Array(serial.utf8)
    // Below 0x80 every byte is a Character of its own, but for CR LF.
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return byCharacter(serial) }
    return bytes.indices.map { i in
      let replaced = String(unsafeUninitializedCapacity: bytes.count) { out in
        for k in bytes.indices { out[k] = k == i ? 0x3F : bytes[k] }  // ?
        return bytes.count
      }
      let dropped = String(unsafeUninitializedCapacity: bytes.count - 1) { out in
        var n = 0
        for k in bytes.indices where k != i {
          out[n] = bytes[k]
          n += 1
        }
        return n
      }
      return (replaced, dropped)
    }
  }

  /// The plain rule, on Characters.
  static func byCharacter(_ serial: String) -> [(replaced: String, dropped: String)] {
    let characters = Array(serial)
    return characters.indices.map { i in
      let before = String(characters[..<i])
      let after = String(characters[(i + 1)...])
      return (before + "?" + after, before + after)
    }
  }
}
