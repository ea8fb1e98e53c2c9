/// การค้นหาการอ้างถึง — every letter citation in a piece of text (`ตามหนังสือ… ที่ มท ๐๘๑๒/ว
/// ๑๔๖๕ ลงวันที่ ๗ กรกฎาคม ๒๕๖๔`), read the way the parser reads a letter's body: a number
/// after a standalone ที่ that has a prefix or a date, so `ครั้งที่ ๔/๒๕๖๖` stays prose.
public enum CitationScan {
  /// The citations in `text`, in order.
  /// - Complexity: O(n) in the length of `text`.
  public static func citations(in text: String) -> [Citation] {
    CitationReader.find(in: text, strict: true).map(\.citation)
  }
}
