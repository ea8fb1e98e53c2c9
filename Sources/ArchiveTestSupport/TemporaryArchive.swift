import Foundation

/// Where a test puts a new archive file.
public enum TemporaryArchive {
  /// A path for a new archive file, in a new temporary folder of its own (SQLite puts its
  /// `-wal` and `-shm` files beside it), removed when the tests end.
  public static func path() throws -> String {
    try TestFolder.new("archive").appendingPathComponent("archive.sqlite").path
  }
}
