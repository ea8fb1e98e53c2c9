import Citations
import Foundation
import Letters

/// Comma-separated values (RFC 4180, CRLF) with a UTF-8 byte-order mark.
enum CSVExport {
  static let bom = "\u{FEFF}"

  static func row(_ cells: [String?]) -> String {
    cells.map { cell in
      guard let cell else { return "" }
      if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      }
      return cell
    }.joined(separator: ",") + "\r\n"
  }

  static func letters(_ archive: any LetterArchive, write: (String) throws -> Void) throws {
    var cites: [String: [String]] = [:]
    var citedBy: [String: Int] = [:]
    for c in try archive.citations() {
      let to = c.target ?? c.citedKey
      cites[c.from, default: []].append(to)
      citedBy[to, default: 0] += 1
    }
    try write(
      bom
        + row([
          "id", "number", "number_raw", "date", "year", "kind", "urgency", "secrecy", "issuer", "subject", "to",
          "signer", "cites", "cited_by", "sources",
        ]))
    try archive.forEachLetter { letter in
      let r = letter.record
      let s = letter.summary
      try write(
        row([
          s.id, s.number, r["number"]?["raw"]?.string, s.date, s.year.map(String.init), s.kind, s.urgency,
          r["secrecy"]?.string, s.issuer, s.subject, r["to"]?.string, r["signature"]?["name"]?.string,
          (cites[s.id] ?? []).joined(separator: "; "), String(citedBy[s.id] ?? 0),
          letter.sources.map(\.path).joined(separator: "; "),
        ]))
    }
  }

  static func citations(_ rows: [CitationRow], write: (String) throws -> Void) throws {
    try write(
      bom
        + row(["from", "role", "raw", "number", "year", "date", "cited", "target", "confidence", "status", "reason"]))
    for c in rows {
      try write(
        row([
          c.from, c.role.rawValue, c.raw, c.number, c.year.map(String.init), c.date, c.citedKey, c.target,
          c.confidence.map { String($0) }, c.status.rawValue, c.reason,
        ]))
    }
  }
}
