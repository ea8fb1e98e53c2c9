import Archive
import ArgumentParser
import Citations
import Letters

/// `saraban find NUMBER [--year BE]` — letters by number, typed any way.
struct FindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "find",
    abstract: "Find letters by number: มท ๐๘๑๒/ว ๑๕๖๕, 0812/ว1565, ว 1565, with or without ที่ (or No.).",
    discussion: "Parts not typed match anything. Several letters fitting are all listed. Exit 1 when none fits.")

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "The Buddhist-era year (พ.ศ.), e.g. 2564.")
  var year: Int?

  @Argument(help: "The number, in any spacing, Thai or Arabic digits.")
  var number: [String]

  func run() throws {
    let text = number.joined(separator: " ")
    guard var pattern = NumberPattern(text) else {
      throw UserError("\(text): not a letter number (try มท 0812/ว 1565, 0812/ว1565, ว 1565)")
    }
    if let year { pattern.year = year }
    let store = try archive.open()
    let found = try store.find(pattern)
    if archive.json {
      Console.out(
        JSONValue.object([
          ("query", .string(pattern.display)), ("letters", .array(found.letters.map(ReportJSON.summary))),
          ("missing", .array(found.missing.map { ReportJSON.group($0) })),
        ]).serialized())
    } else {
      if found.letters.count > 1 {
        Console.out("\(found.letters.count) letters fit \(pattern.display):")
      }
      if !found.letters.isEmpty { Console.out(Self.table(found.letters).render()) }
      for missing in found.missing {
        Console.out(
          "\(missing.key) is not in the archive; cited \(missing.count)× by \(missing.citedBy.joined(separator: ", "))")
      }
    }
    if found.letters.isEmpty && found.missing.isEmpty {
      throw UserError("no letter \(pattern.display) in the archive")
    }
  }

  static func table(_ letters: [LetterSummary]) -> Table {
    var table = Table("ID", "DATE", "KIND", "SUBJECT", "SOURCES")
    table.maxWidth = 48
    for l in letters {
      table.add(l.id, l.date ?? "-", l.kind, l.subject ?? "-", l.sources.joined(separator: ", "))
    }
    return table
  }
}
