import Foundation
import Citations
import Letters

/// การส่งออก — writes an archive in one of the ``ExportFormat``s, streaming text to `write`.
public struct Exporter {
  public var archive: any LetterArchive
  /// The day the export is made (OAI-PMH `responseDate`, `datestamp`), ISO `YYYY-MM-DD`.
  public var today: String

  public init(archive: any LetterArchive, today: String) {
    self.archive = archive
    self.today = today
  }

  /// Writes the export; `write` receives consecutive pieces of the output text.
  public func export(
    _ format: ExportFormat, content: ExportContent = .letters, write: @escaping (String) throws -> Void
  )
    throws
  {
    switch format {
    case .json:
      var first = true
      try write("[")
      try archive.forEachLetter { letter in
        try write((first ? "\n" : ",\n") + letter.record.serialized())
        first = false
      }
      try write(first ? "]\n" : "\n]\n")
    case .jsonl:
      try archive.forEachLetter { try write($0.record.serialized() + "\n") }
    case .csv:
      if content == .citations {
        try CSVExport.citations(try archive.citations(), write: write)
      } else {
        try CSVExport.letters(archive, write: write)
      }
    case .dcXML:
      try DublinCoreExport(archive: archive, today: today).write(write)
    case .graphJSON:
      try write(GraphExport.json(try archive.graph()).serialized() + "\n")
    case .dot:
      try write(GraphExport.dot(try archive.graph()))
    case .graphml:
      try GraphExport.graphML(try archive.graph(), write: write)
    }
  }
}
