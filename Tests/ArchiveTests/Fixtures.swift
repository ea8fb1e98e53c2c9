import Archive
import ArchiveTestSupport
import Foundation
import Testing

/// Temporary SQLite archives (the Corpus files and made-up letters are `Corpus`, shared
/// with ArchiveStoreTests).
enum Fixtures {
  static func archive() throws -> SQLiteArchive { try SQLiteArchive(path: TemporaryArchive.path()) }

  /// An archive holding all of Corpus/*.txt (built once; tests only read it).
  static let corpusArchive: Result<SQLiteArchive, any Error> = Result {
    let archive = try Fixtures.archive()
    _ = try archive.ingest(Corpus.files, batchSize: 8)
    return archive
  }
}
