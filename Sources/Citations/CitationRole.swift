/// บทบาทของการอ้างถึง — how one letter points at another: the edge kinds of the reference
/// graph.
public enum CitationRole: String, Sendable, Codable, CaseIterable, Hashable {
  /// อ้างถึง — the letter's own reference line.
  case reference
  /// สิ่งที่ส่งมาด้วย — an enclosure that is itself a letter.
  case enclosure
  /// ตามหนังสือ… — a letter cited in the body text.
  case mention
  /// เอกสารแนบท้าย — an annex page and the letter it belongs to.
  case annexOf = "annex_of"
}
