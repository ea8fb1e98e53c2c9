import Archive
import Foundation

/// Corpus/*.txt and small letters made up for a case: the inputs the archive test targets
/// (ArchiveTests on SQLite, ArchiveStoreTests on both stores) share, so both read the same
/// letters.
public enum Corpus {
  /// The repository's root folder (this file is `Sources/ArchiveTestSupport/Corpus.swift`).
  public static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The `Corpus/` folder.
  public static var folder: URL { root.appendingPathComponent("Corpus") }

  /// `Corpus/*.txt`, as `Corpus/NAME` paths with their bytes, sorted by name.
  public static let files: [SourceInput] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
      (try? Data(contentsOf: folder.appendingPathComponent(name))).map {
        SourceInput(path: "Corpus/" + name, content: .bytes([UInt8]($0)))
      }
    }
  }()

  /// The first of ``files`` whose name starts with `prefix` (`"000"` for `Corpus/000_….txt`).
  public static func file(_ prefix: String) -> SourceInput? {
    files.first { $0.path.hasPrefix("Corpus/" + prefix) }
  }

  /// A small external letter the parser reads: number, date, subject, one อ้างถึง.
  public static func letter(
    number: String, date: String, subject: String = "การทดสอบคลังหนังสือ", cites: String? = nil
  ) -> [UInt8] {
    var text = """
      ที่ \(number)
      กรมส่งเสริมการปกครองท้องถิ่น
      ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐

      \(date)

      เรื่อง \(subject)
      เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

      """
    if let cites { text += "อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ \(cites)\n" }
    text += """

      ตามหนังสือที่อ้างถึง กรมส่งเสริมการปกครองท้องถิ่นขอทดสอบระบบ

      ขอแสดงความนับถือ

      (นายทดสอบ ระบบดี)
      อธิบดีกรมส่งเสริมการปกครองท้องถิ่น

      """
    return Array(text.utf8)
  }

  /// `bytes` as an input file at `path`.
  public static func input(_ path: String, _ bytes: [UInt8]) -> SourceInput {
    SourceInput(path: path, content: .bytes(bytes))
  }
}
