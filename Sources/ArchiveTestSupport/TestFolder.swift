import Foundation

/// Folders the tests write in. Every folder is made inside one folder of this test process,
/// which is removed when the process exits: a run of the suite leaves nothing behind in the
/// temporary directory (it used to leave some 2,000 folders, and gigabytes, a run).
public enum TestFolder {
  /// `saraban-tests-<pid>-<random>` in the temporary directory, made on first use, open to
  /// everyone (the command-line tests run the binary as `nobody` too) and removed at exit.
  static let root: URL = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "saraban-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    chmod(root.path, 0o777)
    atexit { try? FileManager.default.removeItem(at: TestFolder.root) }
    return root
  }()

  /// A new empty folder named `prefix-<uuid>`, anyone may write to it.
  public static func new(_ prefix: String) throws -> URL {
    let folder = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    chmod(folder.path, 0o777)
    return folder
  }
}
