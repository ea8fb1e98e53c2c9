import Archive
import ArgumentParser
import Letters

/// `saraban search TEXT` — Thai full-text search.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search subject, addressee, body and issuer (Thai word break); best matches first.",
    discussion: "Every word typed must occur; quotes, *, OR and NEAR are searched as text.")

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "At most this many results.")
  var limit = 20

  @Argument(help: "Words to find.")
  var text: [String]

  func run() throws {
    let store = try archive.open()
    let marks = Console.stdoutIsTerminal && !archive.json ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("[", "]")
    let hits = try store.search(text.joined(separator: " "), limit: limit, highlight: marks)
    if archive.json {
      Console.out(JSONValue.array(hits.map(ReportJSON.hit)).serialized())
      return
    }
    for (n, hit) in hits.enumerated() {
      Console.out("\(n + 1). \(hit.id)  \(hit.date ?? "")  \(Table.truncate(hit.subject ?? "", 60))")
      Console.out("   \(hit.snippet.split(whereSeparator: \.isNewline).joined(separator: " "))")
    }
    if hits.isEmpty { Console.out("no letter contains \(text.joined(separator: " "))") }
  }
}
