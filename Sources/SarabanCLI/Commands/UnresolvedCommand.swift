import Archive
import ArgumentParser
import Letters

/// `saraban unresolved` — cited letters the archive does not have.
struct UnresolvedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unresolved", abstract: "Cited letters missing from the archive, most cited first.")

  @OptionGroup var archive: ArchiveOptions

  func run() throws {
    let groups = try archive.open().unresolved()
    if archive.json {
      Console.out(JSONValue.array(groups.map(ReportJSON.group)).serialized())
      return
    }
    var table = Table("CITED", "TIMES", "CITED BY", "WHY")
    table.maxWidth = 56
    for g in groups {
      table.add(g.key, "\(g.count)", g.citedBy.joined(separator: ", "), g.reason ?? "")
    }
    Console.out(table.render())
    Console.out("\(groups.count) cited letters missing, \(groups.reduce(0) { $0 + $1.count }) citations")
  }
}
