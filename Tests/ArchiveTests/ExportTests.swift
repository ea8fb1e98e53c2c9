import Archive
import ArchiveTestSupport
import Foundation
import Testing

/// Every export format on the Corpus archive.
@Suite struct ExportTests {
  func export(_ format: ExportFormat, _ content: ExportContent = .letters) throws -> [UInt8] {
    let archive = try Fixtures.corpusArchive.get()
    var out: [UInt8] = []
    try Exporter(archive: archive, today: "2024-06-01").export(format, content: content) { out += Array($0.utf8) }
    return out
  }

  @Test func dublinCoreRecordsValidateAgainstTheOAIDCSchema() throws {
    let xml = try export(.dcXML)
    let schema = Corpus.root.appendingPathComponent("Schemas/oai_dc.xsd").path
    let errors = try XMLSchemaValidator(schemaPath: schema).errors(in: xml, element: "dc")
    #expect(errors.isEmpty, "\(errors.prefix(5))")
    let text = String(decoding: xml, as: UTF8.self)
    #expect(text.contains("xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""))
    #expect(text.contains("xmlns:dc=\"http://purl.org/dc/elements/1.1/\""))
    #expect(text.contains("<dc:relation>มท 0812/ว 1565@2564</dc:relation>"))
  }

  @Test func theValidatorCatchesAnInvalidRecord() throws {
    let bad = """
      <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:title>ok</dc:title><dc:heading>not a DC element</dc:heading>
      </oai_dc:dc>
      """
    let schema = Corpus.root.appendingPathComponent("Schemas/oai_dc.xsd").path
    #expect(!(try XMLSchemaValidator(schemaPath: schema).errors(in: Array(bad.utf8))).isEmpty)
  }

  @Test func graphJSONHasNodesAndEdges() throws {
    let object = try JSONSerialization.jsonObject(with: Data(try export(.graphJSON))) as? [String: Any]
    let nodes = try #require(object?["nodes"] as? [[String: Any]])
    let edges = try #require(object?["edges"] as? [[String: Any]])
    #expect(nodes.allSatisfy { Set($0.keys) == ["id", "number", "date", "subject", "present"] })
    #expect(edges.allSatisfy { Set($0.keys) == ["from", "to", "role", "confidence"] })
    let ids = Set(nodes.compactMap { $0["id"] as? String })
    #expect(edges.allSatisfy { ids.contains($0["from"] as? String ?? "") && ids.contains($0["to"] as? String ?? "") })
    #expect(nodes.contains { $0["present"] as? Bool == false })
  }

  @Test(arguments: [ExportContent.letters, .citations])
  func csvStartsWithAByteOrderMark(_ content: ExportContent) throws {
    let csv = try export(.csv, content)
    #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let lines = String(decoding: csv, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count > 10)
  }

  @Test func jsonlIsOneRecordPerLetter() throws {
    let lines = String(decoding: try export(.jsonl), as: UTF8.self).split(separator: "\n")
    let letters = try Fixtures.corpusArchive.get().statistics().letters
    #expect(lines.count == letters)
    for line in lines {
      #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
    }
    let array = try JSONSerialization.jsonObject(with: Data(try export(.json))) as? [Any]
    #expect(array?.count == letters)
  }

  @Test func graphMLAndDotAreWritten() throws {
    let graphml = String(decoding: try export(.graphml), as: UTF8.self)
    #expect(graphml.contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""))
    #expect(graphml.contains("edgedefault=\"directed\""))
    let dot = String(decoding: try export(.dot), as: UTF8.self)
    #expect(dot.hasPrefix("digraph saraban {"))
    #expect(dot.contains("\"อต 0023.6/ว 5/66@2564\" -> \"มท 0812/ว 1565@2564\""))
  }
}
