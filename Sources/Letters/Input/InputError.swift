/// Why an OCR file cannot be turned into lines (อ่านไฟล์ไม่ได้), e.g.
/// `hOCR: not well-formed XML at line 3: Opening and ending tag mismatch: span line 2 and p`.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: String, Sendable, Equatable {
    /// libxml2 rejected the document (not well-formed, nested too deep, an entity loop…).
    case malformedXML = "malformed-xml"
    /// The text is larger than libxml2 can take in one buffer (2 GiB).
    case tooLarge = "too-large"
    /// libxml2 could not allocate a parser.
    case parserUnavailable = "parser-unavailable"
  }

  /// The format the text was read as.
  public var format: InputFormat
  public var code: Code
  /// The line of the source text where the reader stopped, when known.
  public var line: Int?
  /// The reader's own words (libxml2's message, trimmed).
  public var reason: String

  public init(format: InputFormat, code: Code, line: Int? = nil, reason: String) {
    self.format = format
    self.code = code
    self.line = line
    self.reason = reason
  }

  public var description: String {
    let what =
      switch code {
      case .malformedXML: "not well-formed XML"
      case .tooLarge: "document too large"
      case .parserUnavailable: "cannot create an XML parser"
      }
    let place = line.map { " at line \($0)" } ?? ""
    let oneLine = reason.split(whereSeparator: \.isNewline).joined(separator: " ")
    let detail = oneLine.isEmpty ? "" : ": \(oneLine)"
    return "\(format.displayName): \(what)\(place)\(detail)"
  }
}
