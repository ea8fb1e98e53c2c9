extension LetterParser {
  /// The hex SHA-256 of `bytes`, as `source.sha256` gives it: lets a store tell whether a
  /// file changed before parsing it again.
  public static func sha256(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }
}

/// ลายนิ้วมือของแฟ้ม — the SHA-256 of a file fed in pieces, for a file too large to hold
/// whole: the same hex as ``LetterParser/sha256(_:)`` of the pieces joined.
public struct ContentHasher: Sendable {
  private var hasher = SHA256.Hasher()

  public init() {}

  /// Adds the next bytes.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { hasher.update($0) }
  }

  /// The hex digest of everything added.
  public mutating func hex() -> String { hasher.hex() }
}
