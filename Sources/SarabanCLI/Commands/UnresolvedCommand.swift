import Archive
import ArgumentParser
import Foundation
import Letters

/// `saraban unresolved` — cited letters the archive does not have.
struct UnresolvedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unresolved", abstract: "Cited letters missing from the archive, most cited first.",
    discussion: """
      A missing number may be in the archive under a number Tesseract misread: when a stored letter's \
      number differs from it only as Tesseract's Thai digits do (๔ ๕ ๘ ๙, ๐ ๒ ๖, ๓ ๗; a dropped digit of the \
      code; one letter of the prefix) and it is dated the day cited (as read or among its OCR date \
      readings; with no date, the same year where known) and one of the two was read with OCR doubt, the row is \
      followed by `maybe stored as ID (confidence: why)`; --json gives each row `likely_stored_as` \
      (id, confidence, reason). The number stays listed: nothing is linked or merged.
      """)

  @OptionGroup var archive: ArchiveOptions

  func run() throws {
    let groups = try archive.open().unresolved()
    if archive.json {
      Console.out(JSONValue.array(groups.map { ReportJSON.group($0, likelyStored: true) }).serialized())
      return
    }
    var table = Table("CITED", "TIMES", "CITED BY", "WHY")
    table.maxWidth = 56
    for g in groups {
      table.add(g.key, "\(g.count)", g.citedBy.joined(separator: ", "), g.reason ?? "")
      for match in g.likelyStoredAs {
        table.note("maybe stored as \(match.id) (\(String(format: "%.2f", match.confidence)): \(match.reason))")
      }
    }
    Console.out(table.render())
    let hinted = groups.filter { !$0.likelyStoredAs.isEmpty }.count
    Console.out(
      "\(groups.count) cited letters missing, \(groups.reduce(0) { $0 + $1.count }) citations"
        + (hinted > 0 ? "; \(hinted) maybe stored under a misread number" : ""))
  }
}
