import Foundation

/// `saraban-corpus` — writes a deterministic synthetic corpus of Thai government letters
/// (คลังหนังสือจำลอง) with the records the parser should make of them.
@main
struct SarabanCorpus {
  static func main() {
    do {
      let options = try CorpusOptions(arguments: Array(CommandLine.arguments.dropFirst()))
      let started = Date()
      let (files, letters, bytes) = try CorpusWriter(options: options).run()
      let seconds = Date().timeIntervalSince(started)
      FileHandle.standardError.write(
        Data(
          "\(options.out): \(letters) letters in \(files) files, \(bytes) bytes, noise \(options.noise.rawValue) (\(String(format: "%.1f", seconds)) s)\n"
            .utf8))
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      exit(error is CorpusError && "\(error)".hasPrefix("usage") ? 0 : 1)
    }
  }
}
