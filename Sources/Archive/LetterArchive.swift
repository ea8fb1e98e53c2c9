import Citations
import Letters

/// คลังหนังสือ — what an archive of letters does, whatever stores it.
///
/// ``SQLiteArchive`` is the embedded store; a PostgreSQL store for a ministry-wide archive
/// is an adapter behind the same protocol.
public protocol LetterArchive: AnyObject {
  /// Parses and stores files, one transaction per batch; idempotent by content hash.
  func ingest(
    _ inputs: some Sequence<SourceInput>, batchSize: Int, progress: (IngestProgress) -> Void
  ) throws -> IngestReport

  /// Counts of files, letters and citations.
  func statistics() throws -> ArchiveStatistics

  /// The letter with this id (`มท 0812/ว 1565@2564`), or nil.
  func letter(id: String) throws -> StoredLetter?

  /// Letters (and missing cited letters) whose number fits the pattern.
  func find(_ pattern: NumberPattern) throws -> FindResult

  /// The citations leaving (`outgoing`) or reaching (`incoming`) a node.
  func edges(of id: String, _ direction: ReferenceGraph.Direction) throws -> [ReferenceGraph.Edge]

  /// Cited letters the archive does not have, most cited first, each with the stored letters
  /// likely to be it under an OCR-misread number (``UnresolvedGroup/likelyStoredAs``).
  func unresolved() throws -> [UnresolvedGroup]

  /// Ranked full-text search; a typed query never reaches the engine as syntax.
  func search(_ text: String, limit: Int, highlight: (String, String)) throws -> [SearchHit]

  /// Letters matching the filter, by date.
  func list(_ filter: LetterFilter) throws -> [LetterSummary]

  /// Every letter in id order, one at a time (exports stream).
  func forEachLetter(_ body: (StoredLetter) throws -> Void) throws

  /// Every citation of every letter (primary copies).
  func citations() throws -> [CitationRow]

  /// The whole reference graph.
  func graph() throws -> ReferenceGraph
}

extension LetterArchive {
  /// Follows citations `depth` steps from `id`.
  public func walk(from id: String, _ direction: ReferenceGraph.Direction, depth: Int) throws -> [ReferenceGraph.Step] {
    try ReferenceGraph.walk(from: id, direction, depth: depth) { try edges(of: $0, direction) }
  }
}
