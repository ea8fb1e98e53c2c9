import ArgumentParser
import Foundation
import Letters

/// `saraban parse FILE…` — one JSON document per file.
struct ParseCommand: TakesManyPaths {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse OCR'd letters (text, markdown, hOCR, ALTO, PAGE XML) into JSON records.",
    discussion: """
      Prints one saraban/letter@1 document per file (--jsonl: one letter per line). A file-level
      warning (encoding guessed, invalid bytes, control characters) is also one line on standard
      error. Exit status 0 when every file gave a letter; 1 when a file cannot be read (missing;
      hOCR, ALTO or UTF-16 larger than --max-file-size) or holds no letter (empty, binary,
      malformed hOCR/ALTO/PAGE) — the other files are still parsed, and a file that was read still
      gets its document. A plain-text or markdown file larger than --chunk-size is read in chunks, in bounded memory
      and whatever its size: its letters are printed as each chunk is read, a line longer than
      1 MiB is cut (warning line_too_long).
      """)

  @Flag(help: "One letter per line instead of one document per file.")
  var jsonl = false

  @Flag(help: "Indent the JSON.")
  var pretty = false

  @Option(help: "The input format (plain, markdown, hocr, alto, page); detected when absent.")
  var format: InputFormat?

  @OptionGroup var limit: ReadLimit

  @Argument(help: "Files to parse; - for standard input.")
  var files: [String]

  var paths: [String] {
    get { files }
    set { files = newValue }
  }

  static let optionsTakingValues: Set<String> = Set(["--format"]).union(ReadLimit.optionsTakingValues)

  func run() throws {
    let parser = LetterParser()
    var failed = false
    let out = FileHandle.standardOutput
    // Files are read in order, parsed and turned into JSON a batch at a time on all cores,
    // and printed in order: the output is the same as one file after another.
    var batch = ParseBatch()
    func flush() {
      guard !batch.isEmpty else { return }
      for parsed in batch.parse(with: parser, format: format, jsonl: jsonl, pretty: pretty) {
        if !report(parsed.document, path: parsed.path, hasLetters: !parsed.document.letters.isEmpty) { failed = true }
        Console.write(parsed.json, to: out)
      }
      batch = ParseBatch()
    }
    for path in files {
      if let chunked = ChunkedFile.open(path, options: limit.chunks, format: format) {
        flush()
        if !parseInChunks(chunked, parser: parser, out: out) { failed = true }
        continue
      }
      switch FileReading.bytes(of: path, limit: limit.bytes) {
      case let .success(read):
        batch.add(path: path, bytes: read)
        if batch.isFull { flush() }
      case let .failure(failure):
        flush()  // what came before is printed before this file's error
        Console.err("saraban: \(path): \(failure)")
        failed = true
      }
    }
    flush()
    if failed { throw ExitCode.failure }
  }

  /// One file's messages on standard error; false when it gave no letter (a file read in
  /// chunks does not keep its letters in its document, so the caller says).
  private func report(_ document: LetterDocument, path: String, hasLetters: Bool) -> Bool {
    if !hasLetters {
      let reason = document.warnings.map(\.message).joined(separator: "; ")
      Console.err("saraban: \(path): no letter: \(reason.isEmpty ? "no letter header or body found" : reason)")
      return false
    }
    for warning in document.warnings {
      Console.err("saraban: warning: \(path): \(warning.code.rawValue): \(warning.message)")
    }
    return true
  }

  /// A plain-text file larger than `--chunk-size`: letters printed as each chunk is read, the
  /// document's JSON written around them. False when the file gave no letter or broke off.
  func parseInChunks(_ file: ChunkedFile, parser: LetterParser, out: FileHandle) -> Bool {
    let path = file.path
    var opened = false
    var closing = ""
    /// The document's JSON with no letters, cut where they go.
    func frame(_ document: LetterDocument) -> (head: String, tail: String) {
      let json = LetterJSON.document(document).serialized(pretty: pretty)
      guard let key = json.range(of: "\"letters\""), let open = json[key.upperBound...].range(of: "[]") else {
        return (json, "")
      }
      return (String(json[..<open.upperBound].dropLast()), String(json[open.upperBound...]))
    }
    let result: ChunkedDocument
    do {
      result = try file.parse(parser) { letters, document in
        for letter in letters {
          if jsonl {
            out.write(Data((LetterJSON.letter(letter).serialized() + "\n").utf8))
          } else {
            out.write(
              Data(((opened ? "," : frame(document).head) + LetterJSON.letter(letter).serialized(pretty: pretty)).utf8))
            opened = true
          }
        }
      }
    } catch {
      if opened { out.write(Data("]}\n".utf8)) }  // what was printed stays valid JSON
      Console.err("saraban: \(path): \(error)")
      return false
    }
    let document = result.document
    if !jsonl {
      closing = opened ? "]" + frame(document).tail : LetterJSON.document(document).serialized(pretty: pretty)
      out.write(Data((closing + "\n").utf8))
    }
    return report(document, path: path, hasLetters: result.letterCount > 0)
  }
}

extension InputFormat: ExpressibleByArgument {}
