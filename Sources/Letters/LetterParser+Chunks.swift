import ThaiText

/// How a large plain-text file is read in chunks (การอ่านทีละช่วง): the parser holds one chunk,
/// the unfinished letter carried over from the chunk before, and one line at most this long.
public struct ChunkOptions: Sendable, Equatable {
  /// Bytes of text parsed at once; a chunk ends at the first line end past this.
  public var chunkSize: Int
  /// The longest line kept (บรรทัดยาวสุด): the rest of a longer line is left out, with a
  /// `line_too_long` warning.
  public var maxLineBytes: Int
  /// The longest unfinished letter carried into the next chunk; a longer one is cut there.
  public var maxCarryBytes: Int

  /// 4 MiB chunks, 1 MiB lines, 4 MiB of carried letter: about 8 MiB of text held at once.
  public init(chunkSize: Int = 4 << 20, maxLineBytes: Int = 1 << 20, maxCarryBytes: Int? = nil) {
    self.chunkSize = max(1, chunkSize)
    self.maxLineBytes = max(64, maxLineBytes)
    self.maxCarryBytes = maxCarryBytes ?? max(1, chunkSize)
  }
}

/// ผลการอ่านทีละช่วง — what reading a file in chunks made: the file's record without its letters (they went to
/// the `emit` closure as they were read), and how many letters there were.
public struct ChunkedDocument: Sendable {
  /// Source and file-level warnings; `letters` is empty.
  public var document: LetterDocument
  /// Letters emitted.
  public var letterCount: Int
}

extension LetterParser {
  /// Whether a file that begins with `prefix` can be read in chunks (อ่านทีละช่วงได้): plain text or markdown
  /// (not hOCR or ALTO, which need the whole document) in UTF-8, TIS-620 or Windows-874 —
  /// UTF-16 cannot be cut at a newline byte.
  public static func canReadInChunks(prefix: [UInt8], path: String?, format: InputFormat?) -> Bool {
    if let format, format != .plain && format != .markdown { return false }
    if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return false }
    // Decode whole lines only: the prefix may end inside a character.
    let end = prefix.lastIndex(of: Byte.newline).map { $0 + 1 } ?? prefix.count
    guard let decoded = try? TextDecoder().decode(Array(prefix[..<end])) else { return true }  // binary: one warning
    if decoded.encoding == .utf16LE || decoded.encoding == .utf16BE { return false }
    return format != nil || [.plain, .markdown].contains(InputAdapter.detect(path: path, text: decoded.text))
  }

  /// อ่านแฟ้มทีละช่วง — parses a plain-text or markdown file read piece by piece, in chunks cut at blank lines
  /// (or at any line end once a chunk is twice `options.chunkSize`), and hands
  /// each chunk's letters to `emit` as they are read: memory holds a chunk and one
  /// unfinished letter, whatever the file's size.
  ///
  /// The letters are those ``parse(bytes:path:format:sha256:)`` makes of the whole file
  /// (same ids, segments, line numbers, warnings) except: a line longer than
  /// `options.maxLineBytes` is cut (`line_too_long`); a letter longer than
  /// `options.maxCarryBytes` is cut in two; markdown blocks (an HTML comment, a code fence)
  /// that span a blank line at a chunk's end are cut there; citation checks (`citation_mismatch`) see only
  /// the letters before and in the same chunk; the encoding and OCR digit repair are decided
  /// on the first chunk, and so is the format when `format` is nil.
  /// - Parameters:
  ///   - sha256: the file's hash (ids of letters without a number are made from it), from a
  ///     first pass over the file.
  ///   - size: the file's size in bytes, for `source.bytes`.
  ///   - read: the next bytes of the file, or nil (or empty) at its end.
  ///   - emit: each chunk's letters, in file order, with the file's record so far (its source
  ///     and encoding are known from the first letters on).
  /// - Complexity: O(n) in the file's size.
  public func parseInChunks(
    path: String, sha256: String, size: Int, format: InputFormat? = nil, options: ChunkOptions = ChunkOptions(),
    read: () throws -> [UInt8]?, emit: ([Letter], LetterDocument) throws -> Void
  ) rethrows -> ChunkedDocument {
    var state = ChunkState(
      parser: self, sha256: sha256, format: format,
      document: LetterDocument(
        source: .init(path: path, sha256: sha256, bytes: size, encoding: nil), letters: [], warnings: []),
      options: options)
    var lines = LineChunker(options: options)
    while !state.stopped, let bytes = try read(), !bytes.isEmpty {
      for chunk in bytes.withUnsafeBufferPointer({ lines.add($0) }) {
        try state.parse(chunk, last: false, emit: emit)
        if state.stopped { break }
      }
    }
    if !state.stopped { try state.parse(lines.finish(), last: true, emit: emit) }
    return state.finish(longLines: lines.cut, firstLongLine: lines.firstCut)
  }
}

/// A piece of a file cut at a line end.
struct TextChunk {
  var bytes: [UInt8]
  /// The 1-based number of its first line in the file.
  var firstLine: Int
  /// The offset of its first byte in the file.
  var offset: Int
}

/// Cuts bytes into chunks of whole lines, each line at most `maxLineBytes` long.
struct LineChunker {
  let options: ChunkOptions
  private var pending: [UInt8] = []
  private var lineStart = 0
  private var line = 1
  private var chunkLine = 1
  private var offset = 0
  private var chunkOffset = 0
  private var skipping = false
  /// Lines cut, and the first of them.
  private(set) var cut = 0
  private(set) var firstCut: Int?

  init(options: ChunkOptions) {
    self.options = options
    pending.reserveCapacity(min(options.chunkSize, 64 << 20) + 1)
  }

  /// The chunks completed by `input`.
  mutating func add(_ input: UnsafeBufferPointer<UInt8>) -> [TextChunk] {
    var chunks: [TextChunk] = []
    var i = 0
    let n = input.count
    while i < n {
      let newline = UnsafeBufferPointer(rebasing: input[i...]).firstIndex(of: Byte.newline).map { $0 + i }
      if skipping {
        guard let newline else {
          offset += n - i
          break
        }
        offset += newline - i
        i = newline
        skipping = false
      }
      let end = newline ?? n
      let lineLength = pending.count - lineStart
      if lineLength + (end - i) > options.maxLineBytes {
        let take = options.maxLineBytes - lineLength
        pending.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<(i + take)]))
        Self.dropPartialCharacter(&pending, from: lineStart)
        cut += 1
        if firstCut == nil { firstCut = line }
        skipping = true
        offset += take
        i += take
        continue
      }
      guard let newline else {
        pending.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<n]))
        offset += n - i
        break
      }
      pending.append(contentsOf: UnsafeBufferPointer(rebasing: input[i...newline]))
      offset += newline + 1 - i
      i = newline + 1
      line += 1
      let ended = lineStart..<(pending.count - 1)
      lineStart = pending.count
      // A chunk ends at a blank line (markdown blocks end there), or anywhere past twice its size.
      if pending.count >= options.chunkSize,
        pending.count >= 2 * options.chunkSize
          || pending[ended].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
      {
        chunks.append(TextChunk(bytes: pending, firstLine: chunkLine, offset: chunkOffset))
        pending.removeAll(keepingCapacity: true)
        lineStart = 0
        chunkLine = line
        chunkOffset = offset
      }
    }
    return chunks
  }

  /// The last chunk (perhaps empty).
  mutating func finish() -> TextChunk {
    defer { pending = [] }
    return TextChunk(bytes: pending, firstLine: chunkLine, offset: chunkOffset)
  }

  /// A line cut inside a UTF-8 sequence loses the sequence's first bytes too.
  static func dropPartialCharacter(_ bytes: inout [UInt8], from start: Int) {
    var k = bytes.count
    var continuation = 0
    while k > start, continuation < 3, bytes[k - 1] & 0xC0 == 0x80 {
      k -= 1
      continuation += 1
    }
    guard k > start else { return }
    let lead = bytes[k - 1]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    if length > continuation + 1 { bytes.removeSubrange((k - 1)...) }
  }
}

/// The parse of a file read in chunks, between chunks.
struct ChunkState {
  let parser: LetterParser
  let sha256: String
  var format: InputFormat?
  var document: LetterDocument
  let options: ChunkOptions
  var encoding: TextEncoding?
  var tesseract = false
  var first = true
  var stopped = false
  var invalid = 0
  var firstInvalid: Int?
  var controls = 0
  var firstControlLine: Int?
  /// The lines of the last, perhaps unfinished, letter of the chunk before.
  var carry: [Line] = []
  /// The numbers of the lines a bilingual letter's translation took whole (``Translation``).
  var translation: [Int] = []
  /// Whether the chunk before ended at a page's top (``RunTogetherParts``): a chunk's cut is no
  /// page break.
  var atPageTop = true
  var letterCount = 0
  /// Numbered letters read so far, for citation checks.
  var known = CitationChecks.Known()

  mutating func parse(_ chunk: TextChunk, last: Bool, emit: ([Letter], LetterDocument) throws -> Void) rethrows {
    var lines: [Line] = []
    if !chunk.bytes.isEmpty {
      let decoded: DecodedText
      do {
        decoded = try TextDecoder().decode(chunk.bytes, as: encoding)
      } catch {
        document.warnings.append(LetterWarning(.binaryInput, "\(error)", line: nil))
        stopped = true
        return
      }
      if first {
        first = false
        encoding = decoded.encoding
        document.source.encoding = decoded.encoding.rawValue
        if decoded.detected && decoded.encoding != .utf8 {
          document.warnings.append(
            LetterWarning(
              .encodingRepaired, "read as \(decoded.encoding.rawValue): the file does not say its encoding",
              line: nil))
        }
        tesseract = OCRDigits.looksLikeTesseract(decoded.text)
        if format == nil { format = InputAdapter.detect(path: document.source.path, text: decoded.text) }
      }
      if decoded.invalidByteCount > 0 {
        invalid += decoded.invalidByteCount
        if firstInvalid == nil { firstInvalid = chunk.offset + (decoded.firstInvalidOffset ?? 0) }
      }
      // A bilingual letter's English column stands apart by a wide gap until spaces collapse.
      let apart = Translation.apart(text: decoded.text, path: document.source.path, format: format)
      translation += apart.blanked.map { $0 + chunk.firstLine - 1 }
      let (text, repairs) = parser.normalizer.normalize(apart.text)
      if let count = repairs.counts[.controlCharacters], count > 0 {
        controls += count
        if firstControlLine == nil {
          firstControlLine = ControlCharacters.firstLine(in: decoded.text) + chunk.firstLine - 1
        }
      }
      var source = JSONAnswer.lines(format == .markdown ? MarkdownCleaner.lines(from: text) : PlainText.lines(from: text))
      if format == .markdown {
        let (kept, blanked) = Translation.apart(source)
        source = kept
        translation += blanked.map { $0 + chunk.firstLine - 1 }
      }
      let spaced = SpacedColumns(apart.text)
      lines = RunTogetherParts.split(
        LoneLabels.joined(
          source.map { Line(number: $0.number + chunk.firstLine - 1, raw: $0.text, columnGaps: spaced[$0.number],
              cellsIndented: spaced[indented: $0.number])
          }),
        atTop: &atPageTop)
      // The file's running header is found from its first line, in the first chunk.
      if chunk.firstLine == 1 { lines = RunningHeader.blanked(lines) }
    }
    let all = carry.isEmpty ? lines : carry + lines
    carry = []
    let segments = LetterSegmenter.segments(all)
    var read = segments[...]
    if !last, let lastSegment = segments.last {
      let kept = all[lastSegment.range]
      if kept.reduce(0, { $0 + $1.text.utf8.count + 1 }) <= options.maxCarryBytes {
        carry = Array(kept)
        read = segments.dropLast()
      }
    }
    guard !read.isEmpty else { return }
    var letters = parser.letters(
      in: all, segments: read, sha256: sha256, ocrDigits: tesseract, firstSegment: letterCount, known: &known)
    Translation.extend(&letters, over: translation, lines: all)
    letterCount += letters.count
    try emit(letters, document)
  }

  func finish(longLines: Int, firstLongLine: Int?) -> ChunkedDocument {
    var document = document
    if invalid > 0, let encoding {
      document.warnings.append(
        LetterWarning(
          .invalidBytes,
          "\(invalid) invalid byte sequence(s) in \(encoding.rawValue), first at byte \(firstInvalid ?? 0); shown as U+FFFD",
          line: nil))
    }
    if controls > 0 {
      document.warnings.append(
        LetterWarning(
          .controlCharacters,
          "\(controls) control character(s) (NUL, ESC, …) read as spaces, first on line \(firstControlLine ?? 1)",
          line: nil))
    }
    if longLines > 0 {
      document.warnings.append(
        LetterWarning(
          .lineTooLong,
          "\(longLines) line(s) longer than \(options.maxLineBytes) bytes, first line \(firstLongLine ?? 1): the rest of each was left out",
          line: nil))
    }
    if letterCount == 0, !stopped {
      document.warnings.append(LetterWarning(.noLetterFound, "no letter header or body found", line: nil))
    }
    return ChunkedDocument(document: document, letterCount: letterCount)
  }
}
