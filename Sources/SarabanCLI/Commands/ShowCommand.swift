import Archive
import ArgumentParser
import Letters

/// `saraban show ID` — one letter in full.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one letter: its record, its sources and its links.")

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "The Buddhist-era year, when a number is given.")
  var year: Int?

  @Argument(help: "A letter id (มท 0812/ว 1565@2564) or number.")
  var id: [String]

  func run() throws {
    let store = try archive.open()
    let key = try LetterLookup.id(id.joined(separator: " "), year: year, in: store)
    guard let letter = try store.letter(id: key) else { throw UserError("no letter \(key) in the archive") }
    if archive.json {
      Console.out(ReportJSON.stored(letter).serialized(pretty: true))
      return
    }
    let r = letter.record
    var lines: [String] = []
    func field(_ name: String, _ value: String?) {
      if let value, !value.isEmpty { lines.append(name.padding(toLength: 10, withPad: " ", startingAt: 0) + value) }
    }
    field("id", letter.summary.id)
    field("number", Self.text(r, "number", "raw"))
    field("date", Self.text(r, "date", "raw").map { "\($0) (\(letter.summary.date ?? "?"))" })
    field("kind", letter.summary.kind)
    field("urgency", letter.summary.urgency)
    field("issuer", letter.summary.issuer)
    field("subject", letter.summary.subject)
    field("to", Self.text(r, "to"))
    field("signed", Self.text(r, "signature", "name"))
    for source in letter.sources {
      field(
        "source",
        "\(source.path) #\(source.segment) lines \(source.lines.start)–\(source.lines.end)\(source.primary ? "" : " (copy)")"
      )
    }
    for edge in try store.edges(of: key, .outgoing) {
      field("cites", "\(edge.role.rawValue) → \(edge.to)\(RefsOutput.confidence(edge.confidence))")
    }
    for edge in try store.edges(of: key, .incoming) {
      field("cited by", "\(edge.from) (\(edge.role.rawValue))\(RefsOutput.confidence(edge.confidence))")
    }
    Console.out(lines.joined(separator: "\n"))
  }

  /// A string at a path in the record (`"number", "raw"`).
  static func text(_ value: JSONValue, _ path: String...) -> String? {
    var current = value
    for key in path {
      guard case let .object(fields) = current, let next = fields.first(where: { $0.0 == key })?.1 else { return nil }
      current = next
    }
    if case let .string(s) = current { return s }
    return nil
  }
}
