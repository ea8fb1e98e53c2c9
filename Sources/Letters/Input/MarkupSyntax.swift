/// An HTML tag found in markdown: `<td class="x">`, `</tr>`, `<br/>`, possibly spanning
/// lines.
struct HTMLTag {
  /// The lowercased name.
  var name: [UInt8]
  var isClosing: Bool
  var isSelfClosing: Bool
  /// The index just past the closing `>`.
  var end: Int

  /// Reads a tag at `start` (a `<`); nil when the `<` does not start a tag, or the tag does
  /// not close within `limit` bytes (then the `<` is an ordinary character).
  init?(_ bytes: [UInt8], at start: Int, limit: Int) {
    let stop = min(bytes.count, start + limit)
    var j = start + 1
    isClosing = j < stop && bytes[j] == Byte.slash
    if isClosing { j += 1 }
    guard j < stop, Byte.isLetter(bytes[j]) else { return nil }
    let nameStart = j
    // `<page_number>`: Typhoon OCR's element names hold underscores.
    while j < stop, Byte.isNameByte(bytes[j]) || bytes[j] == Byte.underscore { j += 1 }
    name = bytes[nameStart..<j].map(Byte.lowercased)
    guard j < stop, Byte.isSpace(bytes[j]) || bytes[j] == Byte.slash || bytes[j] == Byte.gt else {
      return nil
    }
    var quote: UInt8?
    var previous = bytes[j]
    while j < stop {
      let c = bytes[j]
      if let open = quote {
        if c == open { quote = nil }
      } else if (c == Byte.quote || c == Byte.apostrophe) && previous == Byte.equals {
        quote = c
      } else if c == Byte.gt {
        isSelfClosing = bytes[j - 1] == Byte.slash
        end = j + 1
        return
      } else if c == Byte.lt {
        return nil
      }
      if !Byte.isSpace(c) { previous = c }
      j += 1
    }
    return nil
  }
}

/// `[text](destination "title")`, or an image when preceded by `!`; on one line.
struct MarkdownLink {
  /// The range of the link text, inside the brackets.
  var text: Range<Int>
  /// The range of the URL, without `<…>` or a title.
  var destination: Range<Int>
  /// The index just past the closing `)`.
  var end: Int

  init?(_ bytes: [UInt8], at start: Int, limit: Int) {
    let stop = min(bytes.count, start + limit)
    var j = start
    var depth = 0
    scan: while j < stop {
      switch bytes[j] {
      case Byte.newline: return nil
      case Byte.backslash:
        // an escaped character is skipped, but a link never runs over a line break
        if j + 1 < stop, bytes[j + 1] == Byte.newline { return nil }
        j += 1
      case Byte.leftBracket: depth += 1
      case Byte.rightBracket:
        depth -= 1
        if depth == 0 { break scan }
      default: break
      }
      j += 1
    }
    guard j + 1 < stop, bytes[j] == Byte.rightBracket, bytes[j + 1] == Byte.leftParen else {
      return nil
    }
    text = (start + 1)..<j
    var p = j + 2
    depth = 1
    scan: while p < stop {
      switch bytes[p] {
      case Byte.newline: return nil
      case Byte.leftParen: depth += 1
      case Byte.rightParen:
        depth -= 1
        if depth == 0 { break scan }
      default: break
      }
      p += 1
    }
    guard p < stop, bytes[p] == Byte.rightParen else { return nil }
    end = p + 1
    let inside = Byte.trimmed(bytes[(j + 2)..<p])
    if inside.first == Byte.lt, let close = inside.firstIndex(of: Byte.gt) {
      destination = (inside.startIndex + 1)..<close
    } else {
      let stopAt = inside.firstIndex(where: Byte.isSpace) ?? inside.endIndex
      destination = inside.startIndex..<stopAt
    }
  }
}

/// Character references in markdown: `&amp;`, `&nbsp;`, `&#3607;`, `&#x0E17;`.
enum HTMLEntities {
  /// Named references LLM OCR output uses; others are left as written.
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
    // a no-break space would hide a word boundary from the parser
    "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ",
    "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "minus": "\u{2212}",
    "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
    "laquo": "\u{00AB}", "raquo": "\u{00BB}", "bull": "\u{2022}", "middot": "\u{00B7}",
    "times": "\u{00D7}", "divide": "\u{00F7}", "deg": "\u{00B0}", "plusmn": "\u{00B1}",
    "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "sect": "\u{00A7}",
    "para": "\u{00B6}", "euro": "\u{20AC}", "baht": "\u{0E3F}",
    "shy": "", "zwsp": "", "zwnj": "", "zwj": "",
  ]

  /// Decodes the reference starting at `start` (an `&`): its UTF-8 and the index past `;`.
  static func decode(_ bytes: [UInt8], at start: Int) -> (bytes: [UInt8], end: Int)? {
    var j = start + 1
    guard j < bytes.count else { return nil }
    if bytes[j] == Byte.hash {
      j += 1
      let hex = j < bytes.count && (bytes[j] == 0x78 || bytes[j] == 0x58)  // x X
      if hex { j += 1 }
      let digitsStart = j
      while j < bytes.count, j - digitsStart < 8,
        hex ? Byte.isHexDigit(bytes[j]) : Byte.isDigit(bytes[j])
      {
        j += 1
      }
      guard j > digitsStart, j < bytes.count, bytes[j] == Byte.semicolon,
        let value = UInt32(
          String(decoding: bytes[digitsStart..<j], as: UTF8.self), radix: hex ? 16 : 10)
      else { return nil }
      let scalar =
        value == 0xA0 ? " " : Unicode.Scalar(value).map { value == 0 ? "\u{FFFD}" : String($0) }
      return (Array((scalar ?? "\u{FFFD}").utf8), j + 1)
    }
    let nameStart = j
    while j < bytes.count, j - nameStart < 32, Byte.isLetter(bytes[j]) || Byte.isDigit(bytes[j]) {
      j += 1
    }
    guard j > nameStart, j < bytes.count, bytes[j] == Byte.semicolon,
      let text = named[String(decoding: bytes[nameStart..<j], as: UTF8.self)]
    else { return nil }
    return (Array(text.utf8), j + 1)
  }
}
