import Archive
import Foundation
import Testing

/// Temporary archives and the Corpus files.
enum Fixtures {
  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  static var corpus: URL { root.appendingPathComponent("Corpus") }

  /// `Corpus/*.txt`, as `Corpus/NAME` paths with their bytes.
  static let corpusFiles: [SourceInput] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
      (try? Data(contentsOf: corpus.appendingPathComponent(name))).map {
        SourceInput(path: "Corpus/" + name, content: .bytes([UInt8]($0)))
      }
    }
  }()

  static func corpusFile(_ prefix: String) -> SourceInput? {
    corpusFiles.first { $0.path.hasPrefix("Corpus/" + prefix) }
  }

  /// A fresh archive file in a new temporary folder.
  static func temporaryPath() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("saraban-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("archive.sqlite").path
  }

  static func archive() throws -> SQLiteArchive { try SQLiteArchive(path: temporaryPath()) }

  /// An archive holding all of Corpus/*.txt (built once; tests only read it).
  static let corpusArchive: Result<SQLiteArchive, any Error> = Result {
    let archive = try Fixtures.archive()
    _ = try archive.ingest(corpusFiles, batchSize: 8)
    return archive
  }

  /// A small external letter the parser reads: number, date, subject, one อ้างถึง.
  static func letter(number: String, date: String, subject: String = "การทดสอบคลังหนังสือ", cites: String? = nil)
    -> [UInt8]
  {
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
}
