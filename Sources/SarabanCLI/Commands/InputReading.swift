import ArgumentParser
import Foundation

/// How commands get their text: arguments joined by spaces, or standard input when none.
enum InputReading {
  static func text(arguments: [String]) -> String {
    if !arguments.isEmpty { return arguments.joined(separator: " ") }
    let data = FileHandle.standardInput.readDataToEndOfFile()
    return String(decoding: data, as: UTF8.self)
  }

  /// The bytes of a file (at most `limit`), or a one-line error naming it.
  static func bytes(ofFile path: String, limit: Int = ReadLimit.defaultSize.bytes) throws -> [UInt8] {
    switch FileReading.bytes(of: path, limit: limit) {
    case let .success(bytes): return bytes
    case let .failure(failure): throw ValidationError("\(path): \(failure)")
    }
  }

  /// Writes a line to standard output.
  static func printJSON(_ object: Any) throws {
    let data = try JSONSerialization.data(
      withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    Console.write(data, to: .standardOutput)
    Console.write(Data("\n".utf8), to: .standardOutput)
  }
}

/// A failure that is the user's input, not a bug: printed as one line, exit status 1.
struct UserError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
