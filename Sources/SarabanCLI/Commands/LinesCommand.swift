import ArgumentParser
import Foundation
import Letters
import ThaiText

/// `saraban text lines FILE…` — the lines the parser reads from a file (บรรทัดที่อ่านได้).
///
/// hOCR and ALTO become text only after their words are joined and their blocks laid out;
/// this shows that text, so a person can see why a field was or was not read.
struct LinesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lines",
    abstract: "Print the text lines the parser reads from a file (text, markdown, hOCR, ALTO, PAGE XML).",
    discussion: """
      Each line is printed as its number (the source line; for hOCR and ALTO the line of the
      rebuilt text), a tab and its text; a page break is the line's number and a form feed.
      Exit status 1 when a file cannot be read or is not well-formed hOCR/ALTO/PAGE.
      """)

  @Option(help: "The input format (plain, markdown, hocr, alto, page); detected when absent.")
  var format: InputFormat?

  @Argument(help: "Files to read; - for standard input.")
  var files: [String]

  func run() throws {
    var failed = false
    for path in files {
      do {
        let bytes: [UInt8]
        switch FileReading.bytes(of: path, limit: ReadLimit.defaultSize.bytes) {
        case let .success(read): bytes = read
        case let .failure(failure):
          Console.err("saraban: \(path): \(failure)")
          failed = true
          continue
        }
        let text = try TextDecoder().decode(bytes, as: nil).text
        let format = format ?? InputAdapter.detect(path: path == "-" ? nil : path, text: text)
        var out = ""
        for line in try InputAdapter.lines(from: text, format: format) {
          out += "\(line.number)\t\(line.text)\n"
        }
        Console.write(Data(out.utf8), to: .standardOutput)
      } catch {
        Console.err("saraban: \(path): \(error)")
        failed = true
      }
    }
    if failed { throw ExitCode.failure }
  }
}
