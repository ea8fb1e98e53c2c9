import Foundation

/// Reading an input file's bytes, never more than a limit: the size is looked at before
/// anything is read, and a pipe or standard input is read in chunks that stop past the limit.
enum FileReading {
  /// Why a file's bytes could not be had, in one line.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The bytes of `path` (`-`: standard input), at most `limit` of them.
  static func bytes(of path: String, limit: Int) -> Result<[UInt8], Failure> {
    if path == "-" { return read(FileHandle.standardInput, name: "standard input", limit: limit) }
    var info = stat()
    guard stat(path, &info) == 0 else {
      return .failure(Failure(description: errno == ENOENT ? "no such file" : "cannot be read: \(Self.reason(errno))"))
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .failure(Failure(description: "is a folder"))
    case S_IFREG:
      if Int(info.st_size) > limit { return .failure(tooLarge(Int(info.st_size), limit: limit)) }
    default: break  // a pipe or a device: read in chunks up to the limit
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(Failure(description: "cannot be read: \(Self.reason(errno))")) }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    return read(handle, name: path, limit: limit)
  }

  private static func read(_ handle: FileHandle, name: String, limit: Int) -> Result<[UInt8], Failure> {
    var bytes: [UInt8] = []
    do {
      while true {
        guard let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
        bytes.append(contentsOf: chunk)
        if bytes.count > limit { return .failure(tooLarge(nil, limit: limit)) }
      }
    } catch {
      let code = (error as NSError).code
      return .failure(Failure(description: "cannot be read: \(code > 0 ? Self.reason(Int32(code)) : "\(error)")"))
    }
    return .success(bytes)
  }

  static func tooLarge(_ size: Int?, limit: Int) -> Failure {
    let what =
      size.map { $0 < 1024 ? "\($0) bytes, more than" : "\(ByteSize(bytes: $0)) (\($0) bytes), more than" }
      ?? "more than"
    return Failure(
      description: "too large: \(what) the limit of \(ByteSize(bytes: limit)); raise it with --max-file-size")
  }

  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
