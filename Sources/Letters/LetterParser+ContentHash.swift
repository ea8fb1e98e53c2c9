extension LetterParser {
  /// The hex SHA-256 of `bytes`, as `source.sha256` gives it: lets a store tell whether a
  /// file changed before parsing it again.
  public static func sha256(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }
}
