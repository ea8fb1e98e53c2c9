import Archive
import ArgumentParser
import Letters
import ThaiText

/// `saraban list` — letters by date, filtered.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List letters by date, filtered by issuer prefix, kind, urgency, dates.")

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "Issuer prefix (อักษรย่อ), e.g. มท.")
  var prefix: String?

  @Option(help: "external, memo, stamped, order, announcement, annex, unknown.")
  var kind: LetterKind?

  @Option(help: "urgent, very_urgent, most_urgent.")
  var urgency: Urgency?

  @Option(help: "From this date: 2021-07-01 or ๑ ก.ค. ๖๔.")
  var from: String?

  @Option(help: "Up to this date, inclusive.")
  var to: String?

  @Option(help: "At most this many letters.")
  var limit: Int?

  func run() throws {
    let filter = LetterFilter(
      prefix: prefix, kind: kind, urgency: urgency, from: try from.map(Self.isoDate), to: try to.map(Self.isoDate),
      limit: limit)
    let letters = try archive.open().list(filter)
    if archive.json {
      Console.out(JSONValue.array(letters.map(ReportJSON.summary)).serialized())
      return
    }
    var table = Table("ID", "DATE", "KIND", "URGENCY", "SUBJECT")
    table.maxWidth = 56
    for l in letters { table.add(l.id, l.date ?? "-", l.kind, l.urgency ?? "", l.subject ?? "-") }
    Console.out(table.render())
    Console.out("\(letters.count) letters")
  }

  /// An ISO date from `2021-07-01` or any Thai date form.
  static func isoDate(_ text: String) throws -> String {
    let ascii = ThaiDigits.ascii(text)
    let parts = ascii.split(separator: "-")
    if parts.count == 3, parts.allSatisfy({ Int($0) != nil }) { return ascii }
    do {
      guard let date = try ThaiDateParser.parse(text).date else { throw UserError("\(text): not a date") }
      return date.iso
    } catch let error as ThaiDateError {
      throw UserError("\(text): \(error)")
    }
  }
}

extension LetterKind: ExpressibleByArgument {}
extension Urgency: ExpressibleByArgument {}
