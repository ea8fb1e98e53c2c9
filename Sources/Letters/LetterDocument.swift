/// The record of one input file: where it came from, the letters in it, file-level warnings.
public struct LetterDocument: Sendable, Equatable {
  /// `saraban/letter@1`
  public static let schema = "saraban/letter@1"

  public struct Source: Sendable, Equatable {
    public var path: String
    /// Hex SHA-256 of the file's bytes.
    public var sha256: String
    public var bytes: Int
    /// `utf-8`, `utf-16le`, `tis-620`, … or nil for binary input.
    public var encoding: String?
  }

  public var source: Source
  public var letters: [Letter]
  public var warnings: [LetterWarning]
}
