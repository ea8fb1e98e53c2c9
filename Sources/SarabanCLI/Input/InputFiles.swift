import Archive
import Foundation
import Letters

/// The files behind the paths a user gave to `saraban ingest`, and how each is read.
///
/// Folders are walked recursively in name order. Symbolic links are followed, to files and
/// to folders; a folder reached twice (a link loop, or a link to a folder already read) is
/// read once. Hidden entries, README files, records, scripts and the archive's own files are
/// left out by design; what is left out for another reason — a broken link, a folder that
/// cannot be listed, a pipe or a device — is reported, never dropped in silence.
struct InputFiles {
  /// Extensions a folder walk leaves out: records, scripts, databases.
  static let skippedExtensions: Set<String> = ["json", "py", "sh", "sqlite", "sqlite-wal", "sqlite-shm", "db"]

  /// An entry left out, and why.
  struct Skipped: Equatable {
    var path: String
    var reason: String
    /// True when something that may hold letters could not be read (a broken link, a folder
    /// that cannot be listed); false for a note (a link loop, a pipe).
    var isFailure: Bool
  }

  var files: [String] = []
  var skipped: [Skipped] = []

  /// Identity of a file on disk, to know a folder or the archive however it is reached.
  struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(_ path: String, following: Bool = true) {
      var info = stat()
      guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  /// The files to read. Throws a one-line error for a path that does not exist.
  static func collect(_ paths: [String], excluding archive: String) throws -> InputFiles {
    var result = InputFiles()
    let archiveFiles = Set([archive, archive + "-wal", archive + "-shm"].compactMap { FileID($0) })
    var visited: Set<FileID> = []
    for path in paths {
      if path == "-" {
        result.files.append(path)
        continue
      }
      var info = stat()
      guard stat(path, &info) == 0 else {
        if lstat(path, &info) == 0 { throw UserError("\(path): broken symbolic link") }
        throw UserError("\(path): no such file or folder")
      }
      guard info.st_mode & S_IFMT == S_IFDIR else {
        result.files.append(path)
        continue
      }
      let root = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
      var found: [String] = []
      result.walk(root, into: &found, visited: &visited, archive: archiveFiles)
      result.files += found.sorted()
    }
    return result
  }

  /// Walks a folder without recursion (a deep tree cannot exhaust the stack).
  private mutating func walk(
    _ root: String, into found: inout [String], visited: inout Set<FileID>, archive: Set<FileID>
  ) {
    if let id = FileID(root) { visited.insert(id) }
    var folders = [root]
    while let folder = folders.popLast() {
      let names: [String]
      switch Self.names(in: folder) {
      case let .success(list): names = list
      case let .failure(code):
        skipped.append(
          Skipped(
            path: folder, reason: "folder cannot be listed: \(FileReading.reason(code.code.rawValue))", isFailure: true)
        )
        continue
      }
      for name in names.sorted() {
        if name.hasPrefix(".") { continue }
        let path = folder == "/" ? "/" + name : folder + "/" + name
        var link = stat()
        guard lstat(path, &link) == 0 else { continue }  // vanished since listed
        var info = link
        let isLink = link.st_mode & S_IFMT == S_IFLNK
        if isLink, stat(path, &info) != 0 {
          let loop = errno == ELOOP
          skipped.append(
            Skipped(
              path: path, reason: loop ? "symbolic link loop" : "broken symbolic link", isFailure: !loop))
          continue
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
          guard let id = FileID(path) else { continue }
          if visited.contains(id) {
            if isLink {
              skipped.append(Skipped(path: path, reason: "symbolic link to a folder already read", isFailure: false))
            }
            continue
          }
          visited.insert(id)
          folders.append(path)
        case S_IFREG:
          let ext = (name as NSString).pathExtension.lowercased()
          if Self.skippedExtensions.contains(ext) || name.uppercased().hasPrefix("README") { continue }
          if let id = FileID(path), archive.contains(id) { continue }
          found.append(path)
        default:
          skipped.append(Skipped(path: path, reason: "not a regular file (a pipe, socket or device)", isFailure: false))
        }
      }
    }
  }

  /// The entries of a folder (without `.` and `..`), or the errno that stopped the listing.
  static func names(in folder: String) -> Result<[String], POSIXError> {
    guard let dir = opendir(folder) else { return .failure(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return .success(names)
  }

  /// A file's bytes for the archive: a file that cannot be read is rejected with the reason.
  static func read(_ path: String, limit: Int) -> SourceInput {
    switch FileReading.bytes(of: path, limit: limit) {
    case let .success(bytes):
      let name = path == "-" ? "stdin:" + LetterParser.sha256(bytes).prefix(12) : path
      return SourceInput(path: name, content: .bytes(bytes))
    case let .failure(failure):
      return SourceInput(path: path, content: .unreadable(failure.description))
    }
  }
}
