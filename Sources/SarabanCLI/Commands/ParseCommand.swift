import ArgumentParser
import Foundation
import Letters

/// `saraban parse FILE…` — one JSON document per file.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse OCR'd letters (text, markdown, hOCR, ALTO) into JSON records.",
    discussion: """
      Prints one saraban/letter@1 document per file (--jsonl: one letter per line). A file-level
      warning (encoding guessed, invalid bytes, control characters) is also one line on standard
      error. Exit status 0 when every file gave a letter; 1 when a file cannot be read (missing,
      larger than --max-file-size) or holds no letter (empty, binary, malformed hOCR/ALTO) — the
      other files are still parsed, and a file that was read still gets its document.
      """)

  @Flag(help: "One letter per line instead of one document per file.")
  var jsonl = false

  @Flag(help: "Indent the JSON.")
  var pretty = false

  @Option(help: "The input format (plain, markdown, hocr, alto); detected when absent.")
  var format: InputFormat?

  @OptionGroup var limit: ReadLimit

  @Argument(help: "Files to parse; - for standard input.")
  var files: [String]

  func run() throws {
    let parser = LetterParser()
    var failed = false
    let out = FileHandle.standardOutput
    for path in files {
      let bytes: [UInt8]
      switch FileReading.bytes(of: path, limit: limit.bytes) {
      case let .success(read): bytes = read
      case let .failure(failure):
        Console.err("saraban: \(path): \(failure)")
        failed = true
        continue
      }
      let document = parser.parse(bytes: bytes, path: path, format: format)
      if document.letters.isEmpty {
        let reason = document.warnings.map(\.message).joined(separator: "; ")
        Console.err("saraban: \(path): no letter: \(reason.isEmpty ? "no letter header or body found" : reason)")
        failed = true
      } else {
        for warning in document.warnings {
          Console.err("saraban: warning: \(path): \(warning.code.rawValue): \(warning.message)")
        }
      }
      if jsonl {
        for letter in document.letters {
          Console.write(Data((LetterJSON.letter(letter).serialized() + "\n").utf8), to: out)
        }
      } else {
        Console.write(Data((LetterJSON.document(document).serialized(pretty: pretty) + "\n").utf8), to: out)
      }
    }
    if failed { throw ExitCode.failure }
  }
}

extension InputFormat: ExpressibleByArgument {}
