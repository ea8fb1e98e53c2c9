/// ตรวจสอบคลัง — an archive that can say what is wrong with it (`saraban check`).
///
/// Kept apart from ``LetterArchive`` so that the storage protocol stays as it is; every store
/// saraban ships conforms.
public protocol ArchiveCheck {
  /// What is wrong with the archive, one line each; empty when it is sound.
  func check() throws -> [String]
}

extension SQLiteArchive: ArchiveCheck {}
