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
    /// Another program held the write lock for longer than the busy timeout.
    case busy
    /// The disk (or the archive's size limit) is full: the batch was rolled back.
    case full
    /// The file or its folder cannot be written.
    case readOnly
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
