import ArgumentParser
import Foundation

/// How commands get their text: arguments joined by spaces, or standard input when none.
enum InputReading {
  static func text(arguments: [String]) -> String {
    if !arguments.isEmpty { return arguments.joined(separator: " ") }
    let data = FileHandle.standardInput.readDataToEndOfFile()
    return String(decoding: data, as: UTF8.self)
  }

  /// The bytes of a file, or a one-line error naming it.
  static func bytes(ofFile path: String) throws -> [UInt8] {
    if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ValidationError("\(path): no such file")
    }
    guard !isDirectory.boolValue else { throw ValidationError("\(path): is a directory") }
    // FileHandle reads pipes and /dev/stdin too, where FileManager.contents does not.
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw ValidationError("\(path): cannot be read (permission denied?)")
    }
    defer { try? handle.close() }
    do {
      return [UInt8](try handle.readToEnd() ?? Data())
    } catch {
      throw ValidationError("\(path): cannot be read: \(error.localizedDescription)")
    }
  }

  /// Writes a line to standard output.
  static func printJSON(_ object: Any) throws {
    let data = try JSONSerialization.data(
      withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
  }
}

/// A failure that is the user's input, not a bug: printed as one line, exit status 1.
struct UserError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
