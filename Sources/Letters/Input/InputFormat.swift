/// The kind of OCR output a file holds (รูปแบบไฟล์ OCR).
public enum InputFormat: String, Sendable, CaseIterable {
  /// Plain text, e.g. Tesseract's `.txt`; a form feed separates pages.
  case plain
  /// Markdown from an LLM-based OCR: headings, bold, HTML tables, page-break comments.
  case markdown
  /// hOCR: XHTML with `ocr_page`, `ocr_line` and `ocrx_word` elements (Tesseract `hocr`).
  case hocr
  /// ALTO XML v2–v4 (`<alto>` with `TextBlock`, `TextLine`, `String`).
  case alto
  /// PAGE XML (`<PcGts>` with `TextRegion`, `TextLine`, `TextEquiv`): Transkribus,
  /// eScriptorium, OCR-D.
  case page

  /// The name used in messages.
  var displayName: String {
    switch self {
    case .plain: "plain text"
    case .markdown: "markdown"
    case .hocr: "hOCR"
    case .alto: "ALTO"
    case .page: "PAGE XML"
    }
  }
}

/// Format guessing: the content of an XML file outranks its extension, the extension
/// outranks markdown sniffing, and plain text is the fallback.
enum FormatSniffer {
  /// How much of the text is looked at; markers of each format show up near the top.
  static let window = 64 * 1024

  static func detect(path: String?, text: String) -> InputFormat {
    // Through the contiguous bytes: `text.utf8.prefix(window)` copies byte by byte. The
    // head is copied into an array for the XML tests only when it starts like XML (with
    // `<`, as `rootElementName` asks): for every other file it was a copy of the file.
    var text = text
    return text.withUTF8 { all in
      let head = UnsafeBufferPointer(rebasing: all.prefix(window))
      if startsLikeXML(head) {
        let bytes = Array(head)
        if let root = rootElementName(bytes) {
          if root == "alto" { return .alto }
          if root == "PcGts" { return .page }
          if containsHOCRClass(bytes) { return .hocr }
        }
      }
      switch path.map(pathExtension) {
      case "hocr": return .hocr
      case "alto": return .alto
      case "md", "markdown", "mdown", "mkd": return .markdown
      default: break
      }
      return looksLikeMarkdown(head) ? .markdown : .plain
    }
  }

  /// Whether the first byte past a byte-order mark and white space is `<`: else
  /// ``rootElementName(_:)`` finds no root.
  static func startsLikeXML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while i < bytes.count, Byte.isSpace(bytes[i]) { i += 1 }
    return i < bytes.count && bytes[i] == Byte.lt
  }

  static func pathExtension(_ path: String) -> String {
    // An ASCII path on its bytes, where every byte is a Character: splitting into Characters
    // cost 30,000 instructions a file.
    if path.utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = Array(path.utf8)
      let start = (bytes.lastIndex(of: Byte.slash) ?? -1) + 1
      guard let dot = bytes[start...].lastIndex(of: 0x2E /* . */), dot != start else { return "" }
      return String(decoding: bytes[(dot + 1)...], as: UTF8.self).lowercased()
    }
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }

  /// The local name of the first element, skipping a BOM, whitespace, the XML declaration,
  /// processing instructions, comments and the DOCTYPE; nil when the text doesn't start
  /// like XML.
  static func rootElementName(_ bytes: [UInt8]) -> String? {
    var i = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    while i < bytes.count {
      while i < bytes.count, Byte.isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count, bytes[i] == Byte.lt else { return nil }
      let rest = bytes[i...]
      if rest.starts(with: Array("<!--".utf8)) {
        guard let end = Byte.find(Array("-->".utf8), in: bytes, from: i + 4) else { return nil }
        i = end + 3
      } else if rest.starts(with: Array("<?".utf8)) || rest.starts(with: Array("<!".utf8)) {
        guard var end = bytes[i...].firstIndex(of: Byte.gt) else { return nil }
        // a DOCTYPE's internal subset `[ <!ENTITY …> ]` has `>`s of its own
        if let open = bytes[i..<end].firstIndex(of: Byte.leftBracket),
          let close = Byte.find(Array("]".utf8), in: bytes, from: open),
          let after = bytes[close...].firstIndex(of: Byte.gt)
        {
          end = after
        }
        i = end + 1
      } else {
        var j = i + 1
        while j < bytes.count, Byte.isNameByte(bytes[j]) || bytes[j] == Byte.colon { j += 1 }
        let qualified = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
        let local = qualified.split(separator: ":").last.map(String.init) ?? qualified
        return local.isEmpty ? nil : local
      }
    }
    return nil
  }

  static func containsHOCRClass(_ bytes: [UInt8]) -> Bool {
    ["ocr_page", "ocr_line", "ocrx_word", "ocr_carea", "ocr_par"].contains {
      Byte.find(Array($0.utf8), in: bytes, from: 0) != nil
    }
  }

  /// Markers an LLM's markdown leaves and a plain OCR text almost never has.
  static func looksLikeMarkdown(_ bytes: [UInt8]) -> Bool {
    // On the buffer: an array's subscript checks its bounds at every byte of 64 KiB.
    bytes.withUnsafeBufferPointer(looksLikeMarkdown)
  }

  static func looksLikeMarkdown(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // One pass: only `*`, `<`, `]` and `|` can begin an inline marker, so other bytes are
    // skipped without comparing (a byte-wise search per marker made this 10 % of parsing).
    var i = Byte.firstIndex(ofAny: (0x2A, Byte.lt, 0x5D, 0x7C), in: bytes, from: 0)
    while i < bytes.count {
      let b = bytes[i]
      for marker in inlineMarkers where marker[0] == b && matchesLowercased(marker, bytes, at: i) {
        return true
      }
      i = Byte.firstIndex(ofAny: (0x2A, Byte.lt, 0x5D, 0x7C), in: bytes, from: i + 1)
    }
    // Line starts: a code fence or an ATX heading (`# `…`###### `).
    i = 0
    while i < bytes.count {
      var j = i
      while j < bytes.count, bytes[j] == Byte.space || bytes[j] == Byte.tab { j += 1 }
      if j + 2 < bytes.count, bytes[j] == bytes[j + 1], bytes[j] == bytes[j + 2],
        bytes[j] == 0x60 || bytes[j] == 0x7E
      {
        return true
      }
      var hashes = 0
      while j + hashes < bytes.count, bytes[j + hashes] == Byte.hash { hashes += 1 }
      if (1...6).contains(hashes), j + hashes < bytes.count,
        bytes[j + hashes] == Byte.space || bytes[j + hashes] == Byte.tab
      {
        return true
      }
      // next line
      i = Byte.firstIndex(ofAny: (Byte.newline, Byte.newline, Byte.newline, Byte.newline), in: bytes, from: i) + 1
    }
    return false
  }

  static let inlineMarkers: [[UInt8]] = [
    "**", "<table", "<!--", "<figure", "<br", "<img", "](", "<http://", "<https://", "|---",
    "| ---", "|:--",
  ].map { Array($0.utf8) }

  static func matchesLowercased(_ marker: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i + marker.count <= bytes.count else { return false }
    for k in 0..<marker.count where Byte.lowercased(bytes[i + k]) != marker[k] { return false }
    return true
  }
}
