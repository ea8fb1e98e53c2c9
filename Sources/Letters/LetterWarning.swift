/// Something odd about a letter or a file, with a stable code.
public struct LetterWarning: Sendable, Equatable, Codable {
  public var code: Code
  public var message: String
  /// 1-based source line, or nil for a file-level warning.
  public var line: Int?

  public init(_ code: Code, _ message: String, line: Int?) {
    self.code = code
    self.message = message
    self.line = line
  }

  /// Stable codes: new ones may be added, none renamed.
  public enum Code: String, Sendable, Codable, CaseIterable {
    case weekdayMismatch = "weekday_mismatch"
    case dateInvalid = "date_invalid"
    case numberSplit = "number_split"
    case numberWithoutPrefix = "number_without_prefix"
    case citationMismatch = "citation_mismatch"
    case ocrSuspect = "ocr_suspect"
    case ocrDigits = "ocr_digits"
    case encodingRepaired = "encoding_repaired"
    case headerMissing = "header_missing"
    case truncated
    case emptyInput = "empty_input"
    case binaryInput = "binary_input"
    case noLetterFound = "no_letter_found"
    case invalidBytes = "invalid_bytes"
    /// NUL and other control characters (C0, DEL, C1) in the text, read as spaces.
    case controlCharacters = "control_characters"
  }
}
