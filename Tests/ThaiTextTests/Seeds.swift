import Foundation
import Testing

/// The real letters in `Corpus/`, found from this file's path.
enum Seeds {
  static var corpus: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Corpus")
  }

  static func files() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "txt" && $0.lastPathComponent.hasPrefix("00") }
      .sorted { $0.path < $1.path }
  }

  static func text(_ prefix: String) throws -> String {
    let url = try #require(try files().first { $0.lastPathComponent.hasPrefix(prefix) })
    return try String(contentsOf: url, encoding: .utf8)
  }
}
