import Foundation
import Testing

/// `saraban unresolved` names a stored letter that is likely a missing one under a misread
/// number, in the table and in `--json`, and keeps the number listed.
@Suite struct UnresolvedCLITests {
  /// Tesseract's page of Corpus/000: the ministry's มท ๐๘๑๒/ว ๑๕๖๕ read as มท ๐๕๑๒/ว ๑๕๐๕.
  static let ocrCopy = "Corpus/ocr/000_645d0e619560a029.light.txt"

  static let citing = """
    ที่ มท ๐๘๑๒/ว ๒๐๐๐
    กรมส่งเสริมการปกครองท้องถิ่น
    ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐

    ๑๒ กรกฎาคม ๒๕๖๔

    เรื่อง การทดสอบคลังหนังสือ
    เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

    อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๒/ว ๑๕๖๕ ลงวันที่ ๙ กรกฎาคม ๒๕๖๔

    ตามหนังสือที่อ้างถึง กรมส่งเสริมการปกครองท้องถิ่นขอทดสอบระบบ

    ขอแสดงความนับถือ

    (นายทดสอบ ระบบดี)
    อธิบดีกรมส่งเสริมการปกครองท้องถิ่น

    """

  static func archiveFolder() throws -> URL {
    let folder = try Saraban.temporaryFolder()
    try Data(contentsOf: Saraban.root.appendingPathComponent(ocrCopy)).write(
      to: folder.appendingPathComponent("ocr.txt"))
    try Data(citing.utf8).write(to: folder.appendingPathComponent("citing.txt"))
    let run = try Saraban.run(["ingest", "ocr.txt", "citing.txt"], in: folder)
    #expect(run.status == 0, "\(run.err)")
    return folder
  }

  @Test func theTableNamesTheLikelyStoredCopyUnderTheMissingRow() throws {
    let folder = try Self.archiveFolder()
    let run = try Saraban.run(["unresolved"], in: folder)
    #expect(run.status == 0, "\(run.err)")
    let lines = run.out.split(separator: "\n").map(String.init)
    let row = try #require(lines.firstIndex { $0.hasPrefix("มท 0812/ว 1565@2564 ") }, "\(run.out)")
    #expect(lines[row + 1].hasPrefix("  maybe stored as มท 0512/ว 1505@2564 (0."), "\(run.out)")
    #expect(lines[row + 1].contains("serial 1505 / 1565"), "\(run.out)")
    #expect(lines.last?.hasSuffix("; 1 maybe stored under a misread number") == true, "\(run.out)")
  }

  @Test func jsonGivesLikelyStoredAsOnEveryRow() throws {
    let folder = try Self.archiveFolder()
    let run = try Saraban.run(["unresolved", "--json"], in: folder)
    #expect(run.status == 0, "\(run.err)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
    #expect(rows.allSatisfy { $0["likely_stored_as"] is [Any] })
    let row = try #require(rows.first { $0["key"] as? String == "มท 0812/ว 1565@2564" })
    let matches = try #require(row["likely_stored_as"] as? [[String: Any]])
    #expect(matches.count == 1)
    #expect(matches.first?["id"] as? String == "มท 0512/ว 1505@2564")
    let confidence = try #require(matches.first?["confidence"] as? Double)
    #expect(confidence > 0.5 && confidence < 1)
    #expect((matches.first?["reason"] as? String)?.contains("OCR confusion") == true)
    #expect(Set(matches.first?.keys.map { $0 } ?? []) == ["id", "confidence", "reason"])
  }
}
