import Foundation

/// Where a test puts a new archive file.
public enum TemporaryArchive {
  /// A path for a new archive file, in a new temporary folder of its own (SQLite puts its
  /// `-wal` and `-shm` files beside it).
  public static func path() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("saraban-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("archive.sqlite").path
  }
}
