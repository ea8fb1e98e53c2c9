import Archive
import ArgumentParser
import Citations
import Foundation
import Letters

/// `saraban copies` — letters stored twice because OCR misread one copy's number.
struct CopiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "copies",
    abstract: "Letters likely stored twice: an OCR copy whose number was misread beside another copy.",
    discussion: """
      Pairs letters of the same date whose subjects are alike once OCR damage is folded out and whose \
      numbers differ only as Tesseract's Thai digits do (๔ ๕ ๘ ๙, ๐ ๒ ๖, ๓ ๗; a dropped digit; one letter \
      of the prefix). KEPT is the copy read without OCR doubt. Nothing is changed in the archive.
      """)

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "Show pairs with at least this confidence (0–1).")
  var minConfidence: Double = 0.5

  func run() throws {
    let groups = try archive.open().likelyCopies().compactMap { group -> CopyMatcher.Group? in
      var group = group
      group.copies.removeAll { $0.confidence < minConfidence }
      return group.copies.isEmpty ? nil : group
    }
    if archive.json {
      Console.out(JSONValue.array(groups.map(ReportJSON.copies)).serialized())
      return
    }
    var table = Table("KEPT", "LIKELY COPY", "CONF", "WHY")
    table.maxWidth = 60
    for group in groups {
      for (index, copy) in group.copies.enumerated() {
        table.add(index == 0 ? group.kept : "", copy.copy, String(format: "%.2f", copy.confidence), copy.reason)
      }
    }
    Console.out(table.render())
    let copies = groups.reduce(0) { $0 + $1.copies.count }
    Console.out("\(groups.count) letters likely stored more than once (\(copies) likely copies)")
  }
}
