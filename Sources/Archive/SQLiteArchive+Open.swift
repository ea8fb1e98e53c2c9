import Foundation
import GRDB

extension SQLiteArchive {
  /// Opens the pool read-write; for a query (`writable` false) on a file this process cannot
  /// write — a read-only file, folder or disk — opens it read-only instead.
  static func openPool(path: String, configuration: Configuration, writable: Bool) throws -> (DatabasePool, Bool) {
    do {
      return (try DatabasePool(path: path, configuration: configuration), false)
    } catch let error as DatabaseError
      where !writable && [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode)
      && FileManager.default.fileExists(atPath: path)
    {
      var readOnly = configuration
      readOnly.readonly = true
      do {
        return (try DatabasePool(path: path, configuration: readOnly), true)
      } catch let second as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(second.resultCode) {
        // A WAL archive is read through its -shm file, which SQLite must be able to create.
        throw ArchiveError(
          .readOnly,
          "\(path) is read-only and so is its folder: SQLite cannot create \(path)-shm to read it; copy the archive somewhere writable"
        )
      }
    }
  }
}
