import ArgumentParser
import Foundation
import Letters
import ThaiText

/// `saraban text …` — the Thai text layer on its own.
struct TextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text",
    abstract: "The Thai text layer on its own: digits, dates, normalization, words, encodings.",
    subcommands: [
      DigitsCommand.self, DateCommand.self, NormalizeCommand.self, SegmentCommand.self,
      SortCommand.self, DecodeCommand.self, LinesCommand.self,
    ]
  )
}

struct DigitsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "digits", abstract: "Convert Thai digits (๐–๙) to Arabic or back.")

  @Option(help: "arabic (๐๘๑๒ → 0812) or thai (0812 → ๐๘๑๒).")
  var to: ThaiDigits.Target = .arabic

  @Argument(help: "Text to convert; standard input when absent.")
  var text: [String] = []

  func run() {
    let input = InputReading.text(arguments: text)
    print(ThaiDigits.convert(input, to: to), terminator: text.isEmpty ? "" : "\n")
  }
}

extension ThaiDigits.Target: ExpressibleByArgument {}

struct DateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "date",
    abstract: "Read a Thai date and print it as JSON (ISO date, BE year, weekday check).",
    discussion: "Exit status 1 when no date is found or the date cannot exist (๓๑ เมษายน).")

  @Argument(help: "The date text, e.g. \"วันจันทร์ที่ ๑๔ กรกฎาคม ๒๕๖๔\"; standard input when absent.")
  var text: [String] = []

  @Flag(help: "Print every date found in the text, one JSON object per line.")
  var all = false

  func run() throws {
    let input = InputReading.text(arguments: text).trimmingCharacters(in: .whitespacesAndNewlines)
    let matches = ThaiDateParser.matches(in: input)
    guard let first = matches.first else { throw UserError("no date found in: \(input)") }
    // One write per 64 KB, not per date: `--all` on a long text prints many lines.
    var out: [UInt8] = []
    for match in all ? matches : [first] {
      out += Self.json(match).serialized().utf8
      out.append(0x0A)
      if out.count >= 1 << 16 {
        Console.write(Data(out), to: .standardOutput)
        out.removeAll(keepingCapacity: true)
      }
    }
    Console.write(Data(out), to: .standardOutput)
    if !all, case let .failure(error) = first.result { throw UserError(error.description) }
  }

  /// The date as JSON, keys sorted (``JSONValue`` sorts them, as the record writer does).
  static func json(_ match: ThaiDateMatch) -> JSONValue {
    var object: [(String, JSONValue)] = [("raw", .string(match.raw)), ("form", .string(match.form.rawValue))]
    switch match.result {
    case let .success(date):
      object += [
        ("valid", .bool(true)), ("iso", .string(date.iso)), ("be_year", .int(date.beYear)),
        ("weekday", .string(date.weekday.englishName.lowercased())),
        (
          "formatted",
          .object([
            ("full", .string(date.formatted(.full))), ("abbreviated", .string(date.formatted(.abbreviated))),
            ("numeric", .string(date.formatted(.numeric, digits: .arabic))),
          ])
        ),
      ]
    case let .failure(error):
      object += [("valid", .bool(false)), ("error", .string(error.description))]
    }
    object.append(("weekday_named", match.weekdayNamed.map { .string($0.englishName.lowercased()) } ?? .null))
    object.append(("weekday_matches", match.weekdayMatches.map(JSONValue.bool) ?? .null))
    return .object(object)
  }
}

struct NormalizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "Repair OCR'd Thai: NFC, zero-width, เเ→แ, ํา→ำ, mark order, spaces.",
    discussion: "Steps: \(ThaiNormalizer.Step.allCases.map(\.rawValue).joined(separator: ", ")).")

  @Option(name: .customLong("skip"), help: "A step to leave out (repeatable).")
  var skipped: [ThaiNormalizer.Step] = []

  @Flag(help: "Print the repairs made (step=count) to standard error.")
  var report = false

  @Argument(help: "Text to normalize; standard input when absent.")
  var text: [String] = []

  func run() {
    let input = InputReading.text(arguments: text)
    let normalizer = ThaiNormalizer(steps: Set(ThaiNormalizer.Step.allCases).subtracting(skipped))
    let (output, repairs) = normalizer.normalize(input)
    print(output, terminator: text.isEmpty ? "" : "\n")
    if report {
      let line = repairs.counts.sorted { $0.key < $1.key }.filter { $0.value > 0 }
        .map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: " ")
      Console.write(Data("repairs: \(line.isEmpty ? "none" : line)\n".utf8), to: .standardError)
    }
  }
}

extension ThaiNormalizer.Step: ExpressibleByArgument {}

struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment", abstract: "Split Thai text into words (ICU dictionary), one line in, one line out.")

  @Option(help: "What goes between words.")
  var separator = "|"

  @Argument(help: "Text to segment; standard input when absent.")
  var text: [String] = []

  func run() throws {
    let segmenter = try WordSegmenter()
    let input = InputReading.text(arguments: text)
    var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    for line in lines {
      print(segmenter.words(in: line).joined(separator: separator))
    }
  }
}

struct SortCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sort", abstract: "Sort lines in Thai dictionary order (ICU collation).")

  @Argument(help: "Lines to sort; standard input when absent.")
  var text: [String] = []

  func run() throws {
    let lines =
      text.isEmpty
      ? InputReading.text(arguments: []).split(separator: "\n").map(String.init) : text
    for line in try ThaiCollator().sorted(lines) { print(line) }
  }
}

struct DecodeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decode",
    abstract: "Decode a file (UTF-8/16, TIS-620, Windows-874; detected) and print it as UTF-8.",
    discussion: "How it was read goes to standard error. Exit status 1 for binary or unreadable files.")

  @Option(help: "Read as this encoding instead of detecting it.")
  var encoding: TextEncoding?

  @Argument(help: "Files to decode; - for standard input.")
  var files: [String]

  func run() throws {
    var failed = false
    for path in files {
      do {
        let bytes = try InputReading.bytes(ofFile: path)
        let decoded = try TextDecoder().decode(bytes, as: encoding)
        Console.write(Data(decoded.text.utf8), to: .standardOutput)
        var note = "\(path): \(decoded.encoding.rawValue)"
        if decoded.hadBOM { note += ", BOM" }
        if decoded.detected { note += " (detected)" }
        if decoded.invalidByteCount > 0 {
          note +=
            ", \(decoded.invalidByteCount) invalid byte sequence(s), first at byte \(decoded.firstInvalidOffset ?? 0)"
        }
        Console.write(Data("\(note)\n".utf8), to: .standardError)
      } catch let error as TextDecodingError {
        Console.write(Data("Error: \(path): \(error)\n".utf8), to: .standardError)
        failed = true
      }
    }
    if failed { throw ExitCode.failure }
  }
}

extension TextEncoding: ExpressibleByArgument {}
