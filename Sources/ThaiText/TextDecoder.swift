internal import ICUShim

/// A character encoding Thai OCR files come in.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
  case utf8 = "utf-8"
  case utf16LE = "utf-16le"
  case utf16BE = "utf-16be"
  /// มอก. ๖๒๐ — the Thai national single-byte standard.
  case tis620 = "tis-620"
  /// Windows code page 874: TIS-620 plus € … ‘ ’ “ ” • – — in 0x80–0x9F.
  case windows874 = "windows-874"

  /// For single-byte encodings, the bytes the standard leaves unassigned.
  var undefinedBytes: ((UInt8) -> Bool)? {
    switch self {
    case .tis620: { (0x80...0xA0).contains($0) || (0xDB...0xDE).contains($0) || $0 >= 0xFC }
    case .windows874:
      {
        (0x81...0x84).contains($0) || (0x86...0x90).contains($0) || (0x98...0x9F).contains($0)
          || (0xDB...0xDE).contains($0) || $0 >= 0xFC
      }
    default: nil
    }
  }

  /// The ICU converter name.
  var icuName: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf16LE: "UTF-16LE"
    case .utf16BE: "UTF-16BE"
    case .tis620: "TIS-620"
    case .windows874: "windows-874-2000"
    }
  }
}

/// Text decoded from a file's bytes, with how it was read.
public struct DecodedText: Sendable {
  public var text: String
  public var encoding: TextEncoding
  /// The file began with a byte-order mark (removed from `text`).
  public var hadBOM: Bool
  /// The encoding was detected, not given by a BOM or the caller.
  public var detected: Bool
  /// Byte sequences that are invalid in `encoding`; each became U+FFFD.
  public var invalidByteCount: Int
  /// Byte offset of the first invalid sequence.
  public var firstInvalidOffset: Int?
}

/// Why bytes cannot be read as text.
public enum TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// PDF, PNG, ZIP… or a file mostly of control bytes.
  case binary(kind: String)
  /// ICU could not open or run the converter.
  case converter(String)

  public var description: String {
    switch self {
    case let .binary(kind): "binary data (\(kind)), not text"
    case let .converter(reason): "cannot decode: \(reason)"
    }
  }
}

/// การถอดรหัสอักขระ — reads UTF-8 (with or without BOM), UTF-16 (with BOM, or detected
/// without), TIS-620 and Windows-874, detecting the encoding when the file does not say.
public struct TextDecoder: Sendable {
  public init() {}

  /// Decodes `bytes`, in `encoding` when given, else detected.
  public func decode(_ bytes: [UInt8], as encoding: TextEncoding? = nil) throws(TextDecodingError)
    -> DecodedText
  {
    try bytes.withUnsafeBufferPointer { buffer throws(TextDecodingError) in
      try decode(buffer, as: encoding)
    }
  }

  /// Decodes a buffer of bytes.
  public func decode(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding? = nil)
    throws(TextDecodingError) -> DecodedText
  {
    // Byte-order marks.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return utf8(UnsafeBufferPointer(rebasing: bytes[3...]), bom: true, detected: false)
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return try icu(UnsafeBufferPointer(rebasing: bytes[2...]), .utf16LE, bom: true, detected: false)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return try icu(UnsafeBufferPointer(rebasing: bytes[2...]), .utf16BE, bom: true, detected: false)
    }
    if let encoding {
      return encoding == .utf8
        ? utf8(bytes, bom: false, detected: false)
        : try icu(bytes, encoding, bom: false, detected: false)
    }
    if let utf16 = Self.sniffUTF16(bytes) {
      return try icu(bytes, utf16, bom: false, detected: true)
    }
    if let kind = Self.binaryKind(bytes) {
      // Many control bytes, but flawless UTF-8 with Thai in it: text with NULs and escapes
      // sprinkled in (they become spaces), not a binary file.
      let check = UTF8Validation(bytes)
      let thaiText = kind == Self.controlBytesKind && check.invalidCount == 0 && check.thaiSequences > 0
      if !thaiText { throw .binary(kind: kind) }
    }
    // Flawless UTF-8, the usual case: the standard library validates it once as it makes the
    // String, and our own pass (which counts damage) is left for damaged text.
    if let text = String(validating: bytes, as: UTF8.self) {
      return DecodedText(
        text: text, encoding: .utf8, hadBOM: false, detected: true, invalidByteCount: 0, firstInvalidOffset: nil)
    }
    let check = UTF8Validation(bytes)
    // Valid UTF-8, or UTF-8 with a few damaged bytes (a truncated copy): Thai in UTF-8 is
    // E0 B8/B9 xx, which single-byte Thai text almost never produces by chance.
    if check.invalidCount == 0 || check.thaiSequences > check.invalidCount * 4 {
      return utf8(bytes, bom: false, detected: true, check: check)
    }
    let windows = bytes.contains { (0x80...0x9F).contains($0) }
    let decoded = try icu(bytes, windows ? .windows874 : .tis620, bom: false, detected: true)
    // Neither UTF-8 nor a Thai single-byte text: compressed or encrypted bytes have few
    // enough control bytes to pass above, but leave about one byte in ten undefined in
    // Windows-874, where damaged Thai text has a handful.
    if decoded.invalidByteCount >= 8, decoded.invalidByteCount * 50 > bytes.count {
      let share = decoded.invalidByteCount * 100 / max(1, bytes.count)
      throw .binary(kind: "no text encoding fits: \(share) % of the bytes are invalid in UTF-8 and in TIS-620")
    }
    return decoded
  }

  /// `check`: the validation of these very bytes when detection has made it already (one
  /// pass over the file, not two).
  private func utf8(
    _ bytes: UnsafeBufferPointer<UInt8>, bom: Bool, detected: Bool, check: UTF8Validation? = nil
  ) -> DecodedText {
    let check = check ?? UTF8Validation(bytes)
    return DecodedText(
      text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, hadBOM: bom,
      detected: detected, invalidByteCount: check.invalidCount,
      firstInvalidOffset: check.firstInvalid.map { $0 + (bom ? 3 : 0) })
  }

  private func icu(
    _ bytes: UnsafeBufferPointer<UInt8>, _ encoding: TextEncoding, bom: Bool, detected: Bool
  ) throws(TextDecodingError) -> DecodedText {
    guard let base = bytes.baseAddress, bytes.count > 0 else {
      return DecodedText(
        text: "", encoding: encoding, hadBOM: bom, detected: detected, invalidByteCount: 0,
        firstInvalidOffset: nil)
    }
    var invalid: Int32 = 0
    var first: Int32 = -1
    var units: [UInt16]
    do {
      units = try withGrowingUTF16Buffer(initialCapacity: bytes.count + 1) { dest, capacity, error in
        saraban_decode(
          encoding.icuName, base, Int32(bytes.count), dest, capacity, &invalid, &first, &error)
      }
    } catch {
      throw .converter("\(encoding.rawValue): \(error)")
    }
    if let undefined = encoding.undefinedBytes, units.count == bytes.count {
      // ICU maps TIS-620's unassigned bytes to private-use characters; they are damage,
      // so count them and show them as U+FFFD. One byte is one UTF-16 unit here.
      for (i, byte) in bytes.enumerated() where undefined(byte) {
        units[i] = 0xFFFD
        if first < 0 { first = Int32(i) }
        invalid += 1
      }
    }
    let offset = bom ? 2 : 0
    return DecodedText(
      text: String(decoding: units, as: UTF16.self), encoding: encoding, hadBOM: bom,
      detected: detected, invalidByteCount: Int(invalid),
      firstInvalidOffset: first >= 0 ? Int(first) + offset : nil)
  }

  /// UTF-16 without a BOM: in a sample, one byte of each pair is almost always 0x00 (ASCII)
  /// or 0x0E (Thai). Single-byte text (UTF-8, TIS-620) almost never holds those bytes, so
  /// Thai alone, with no space or line break, is UTF-16 too.
  static func sniffUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
    let n = min(bytes.count, 4096) & ~1
    guard n >= 8 else { return nil }
    var evenHigh = 0
    var oddHigh = 0
    // Eight bytes a step past words with no 00 or 0E byte (all of a UTF-8 file): they count
    // nothing. Words start at even offsets, so a byte keeps its parity.
    let raw = UnsafeRawPointer(bytes.baseAddress)
    var i = 0
    while i < n {
      if let raw, i + 8 <= n {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if Self.hasZeroByte(w) | Self.hasZeroByte(w ^ (Self.ones &* 0x0E)) == 0 {
          i += 8
          continue
        }
      }
      let a = bytes[i]
      let b = bytes[i + 1]
      if b == 0x00 || b == 0x0E { oddHigh += 1 }
      if a == 0x00 || a == 0x0E { evenHigh += 1 }
      i += 2
    }
    let pairs = n / 2
    if oddHigh * 10 >= pairs * 9, evenHigh * 10 >= pairs * 9 { return nil }  // NULs, or 0E 0E…
    if oddHigh * 10 >= pairs * 9 { return .utf16LE }
    if evenHigh * 10 >= pairs * 9 { return .utf16BE }
    return nil
  }

  /// The kind of a binary file by its magic bytes, or by its share of control bytes.
  static func binaryKind(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    for (kind, prefix) in magic where bytes.starts(with: prefix) { return kind }
    let n = min(bytes.count, 8192)
    guard n > 0 else { return nil }
    var control = 0
    // Eight bytes a step past words with no byte below 0x20: most words of text.
    let raw = UnsafeRawPointer(bytes.baseAddress)
    var i = 0
    while i < n {
      if let raw, i + 8 <= n, Self.hasByteBelow20(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) == 0 {
        i += 8
        continue
      }
      let b = bytes[i]
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
      i += 1
    }
    return control * 10 > n ? controlBytesKind : nil
  }

  // Eight bytes at once, as Letters' `WordScan` (which explains the arithmetic): a borrow
  // sets a high bit only above a byte that is zero (or below the limit).
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080
  @inline(__always) private static func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
  @inline(__always) private static func hasByteBelow20(_ w: UInt64) -> UInt64 { (w &- ones &* 0x20) & ~w & highs }

  /// Magic bytes of binary formats, made once (not for every file).
  static let magic: [(String, [UInt8])] = [
    ("PDF", Array("%PDF".utf8)), ("PNG", [0x89, 0x50, 0x4E, 0x47]),
    ("ZIP", [0x50, 0x4B, 0x03, 0x04]), ("GIF", Array("GIF8".utf8)),
    ("JPEG", [0xFF, 0xD8, 0xFF]), ("gzip", [0x1F, 0x8B]), ("TIFF", [0x49, 0x49, 0x2A, 0x00]),
    ("TIFF", [0x4D, 0x4D, 0x00, 0x2A]), ("ELF", [0x7F, 0x45, 0x4C, 0x46]),
    ("SQLite", Array("SQLite format 3".utf8)),
  ]

  /// The kind of a file without magic bytes that holds over 10 % control bytes.
  static let controlBytesKind = "control bytes"
}

/// One pass over bytes that counts invalid UTF-8 sequences and valid Thai ones.
struct UTF8Validation {
  var invalidCount = 0
  var firstInvalid: Int?
  var thaiSequences = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      var length = 0
      var lowest: UInt8 = 0x80
      var highest: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        lowest = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        highest = 0x9F
      case 0xF0:
        length = 4
        lowest = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        highest = 0x8F
      default: length = 0
      }
      var valid = length > 0 && i + length <= n
      if valid {
        for k in 1..<length {
          let c = bytes[i + k]
          let (lo, hi) = k == 1 ? (lowest, highest) : (UInt8(0x80), UInt8(0xBF))
          if c < lo || c > hi {
            valid = false
            break
          }
        }
      }
      if valid {
        if b == 0xE0, bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9 { thaiSequences += 1 }
        i += length
      } else {
        if firstInvalid == nil { firstInvalid = i }
        invalidCount += 1
        i += 1
        while i < n, bytes[i] & 0xC0 == 0x80 { i += 1 }
      }
    }
  }
}
