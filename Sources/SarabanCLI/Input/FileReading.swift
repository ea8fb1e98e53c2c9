import Foundation
import Letters

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
    var regular = false
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .failure(Failure(description: "is a folder"))
    case S_IFREG:
      if Int(info.st_size) > limit { return .failure(tooLarge(Int(info.st_size), limit: limit)) }
      regular = true
    default: break  // a pipe or a device: read in chunks up to the limit
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(Failure(description: "cannot be read: \(Self.reason(errno))")) }
    if regular {
      defer { close(descriptor) }
      return read(descriptor, size: Int(info.st_size), limit: limit)
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    return read(handle, name: path, limit: limit)
  }

  /// A regular file, read with `read(2)` straight into an array of the size `stat` gave (and
  /// grown if the file grew since): `FileHandle` reads through a 1 MiB `Data` that is then
  /// copied, about 30,000 instructions a file.
  private static func read(_ descriptor: Int32, size: Int, limit: Int) -> Result<[UInt8], Failure> {
    // One byte more than the size, so that the read that finds the end finds no room short.
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: Swift.max(4096, bytes.count))) }
      let n = bytes.withUnsafeMutableBytes { buffer in
        Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(Failure(description: "cannot be read: \(Self.reason(errno))"))
      }
      count += n
      if count > limit { return .failure(tooLarge(nil, limit: limit)) }
    }
    bytes.removeLast(bytes.count - count)
    return .success(bytes)
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

/// A plain-text or markdown file larger than a chunk (แฟ้มใหญ่), parsed in chunks in bounded memory: a
/// first pass hashes it, a second parses it chunk by chunk.
struct ChunkedFile {
  let path: String
  let size: Int
  let options: ChunkOptions
  let format: InputFormat?

  /// The file at `path` when it is a regular file larger than a chunk, in plain text that can
  /// be cut at line ends (see ``LetterParser/canReadInChunks(prefix:path:format:)``); nil when
  /// it is to be read whole (or cannot be read: reading it whole says why).
  static func open(_ path: String, options: ChunkOptions, format: InputFormat?) -> ChunkedFile? {
    guard path != "-" else { return nil }
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > options.chunkSize,
      let handle = FileHandle(forReadingAtPath: path)
    else { return nil }
    defer { try? handle.close() }
    guard let prefix = try? handle.read(upToCount: 64 << 10),
      LetterParser.canReadInChunks(prefix: Array(prefix), path: path, format: format)
    else { return nil }
    return ChunkedFile(path: path, size: Int(info.st_size), options: options, format: format)
  }

  /// Parses the file, handing each chunk's letters to `emit`.
  /// - Throws: `FileReading.Failure` when the file cannot be read to its end.
  func parse(
    _ parser: LetterParser, sha256 known: String? = nil, emit: ([Letter], LetterDocument) throws -> Void
  ) throws -> ChunkedDocument {
    let sha256 = try known ?? self.sha256()
    let handle = try openHandle()
    defer { try? handle.close() }
    return try parser.parseInChunks(
      path: path, sha256: sha256, size: size, format: format, options: options,
      read: {
        do { return try handle.read(upToCount: 1 << 20).map { Array($0) } } catch { throw Self.failure(error) }
      }, emit: emit)
  }

  /// The file's hex SHA-256, read in pieces.
  func sha256() throws -> String {
    var hasher = ContentHasher()
    try forEachPiece { hasher.update($0) }
    return hasher.hex()
  }

  private func openHandle() throws -> FileHandle {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw FileReading.Failure(description: "cannot be read: \(FileReading.reason(errno))")
    }
    return handle
  }

  private func forEachPiece(_ body: ([UInt8]) -> Void) throws {
    let handle = try openHandle()
    defer { try? handle.close() }
    do {
      while let piece = try handle.read(upToCount: 1 << 20), !piece.isEmpty { body(Array(piece)) }
    } catch {
      throw Self.failure(error)
    }
  }

  private static func failure(_ error: any Error) -> FileReading.Failure {
    let code = (error as NSError).code
    return FileReading.Failure(
      description: "cannot be read: \(code > 0 ? FileReading.reason(Int32(code)) : "\(error)")")
  }
}
