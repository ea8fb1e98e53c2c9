/// ข้อผิดพลาดของคลัง — why an archive could not be opened or answered: one line for a person.
public struct ArchiveError: Error, Sendable, CustomStringConvertible, Equatable {
  /// What went wrong.
  public enum Code: String, Sendable {
    /// The file does not exist and the command only reads.
    case missing
    /// Not an SQLite file, or damaged.
    case corrupt
    /// An SQLite file of something else.
    case notAnArchive
    /// Written by a newer saraban: its schema has migrations this version does not know.
    case newerSchema
    /// A letter or number that is not in the archive.
    case notFound
    /// Any other database failure.
    case database
  }

  public var code: Code
  public var description: String

  public init(_ code: Code, _ description: String) {
    self.code = code
    self.description = description
  }
}
