import ArgumentParser
import Foundation
import Letters

/// `saraban parse FILE…` — one JSON document per file.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse OCR'd letters (text, markdown, hOCR, ALTO) into JSON records.",
    discussion: """
      Prints one saraban/letter@1 document per file (--jsonl: one letter per line). Exit status 0
      when every file was read, even with warnings; 1 when a file cannot be read.
      """)

  @Flag(help: "One letter per line instead of one document per file.")
  var jsonl = false

  @Flag(help: "Indent the JSON.")
  var pretty = false

  @Option(help: "The input format (plain, markdown, hocr, alto); detected when absent.")
  var format: InputFormat?

  @Argument(help: "Files to parse; - for standard input.")
  var files: [String]

  func run() throws {
    let parser = LetterParser()
    var failed = false
    let out = FileHandle.standardOutput
    for path in files {
      let bytes: [UInt8]
      do {
        bytes = try InputReading.bytes(ofFile: path)
      } catch {
        FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
        failed = true
        continue
      }
      let document = parser.parse(bytes: bytes, path: path, format: format)
      if jsonl {
        for letter in document.letters {
          out.write(Data((LetterJSON.letter(letter).serialized() + "\n").utf8))
        }
      } else {
        out.write(Data((LetterJSON.document(document).serialized(pretty: pretty) + "\n").utf8))
      }
    }
    if failed { throw ExitCode.failure }
  }
}

extension InputFormat: ExpressibleByArgument {}
