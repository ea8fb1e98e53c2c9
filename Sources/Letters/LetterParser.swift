import Foundation
import Logging
import ThaiText

/// การอ่านหนังสือ — turns the bytes of an OCR'd file into letter records: decode, adapt the
/// OCR format, normalize, segment, read every letter, check citations against the letters
/// present in the same file.
public struct LetterParser: Sendable {
  public var normalizer: ThaiNormalizer
  public var logger: Logger
  /// วันที่อ่าน — the day the letters are read on. Where OCR leaves a date's year open
  /// (Tesseract's Thai digits), no reading is taken that dates a letter after it, and the
  /// years looked for end with its year. `SARABAN_TODAY` or the clock by default.
  public var today: ThaiDate

  public init(
    normalizer: ThaiNormalizer = ThaiNormalizer(),
    logger: Logger = Logger(label: "saraban.letters"),
    today: ThaiDate = ReadingDay.default
  ) {
    self.normalizer = normalizer
    self.logger = logger
    self.today = today
  }

  /// The record of a file. Never throws for content: unreadable text becomes file warnings.
  /// `sha256`, when the caller has hashed the bytes already (an archive does), is not computed again.
  /// - Complexity: O(n) in the file's size.
  public func parse(bytes: [UInt8], path: String, format: InputFormat? = nil, sha256: String? = nil) -> LetterDocument {
    var document = LetterDocument(
      source: .init(path: path, sha256: sha256 ?? SHA256.hex(bytes), bytes: bytes.count, encoding: nil),
      letters: [], warnings: [])
    if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      document.source.encoding = bytes.isEmpty ? nil : TextEncoding.utf8.rawValue
      document.warnings.append(LetterWarning(.emptyInput, "the file holds no text", line: nil))
      return document
    }
    let decoded: DecodedText
    do {
      decoded = try TextDecoder().decode(bytes)
    } catch {
      document.warnings.append(LetterWarning(.binaryInput, "\(error)", line: nil))
      return document
    }
    document.source.encoding = decoded.encoding.rawValue
    if decoded.detected && decoded.encoding != .utf8 {
      document.warnings.append(
        LetterWarning(
          .encodingRepaired, "read as \(decoded.encoding.rawValue): the file does not say its encoding", line: nil))
    }
    if decoded.invalidByteCount > 0 {
      document.warnings.append(
        LetterWarning(
          .invalidBytes,
          "\(decoded.invalidByteCount) invalid byte sequence(s) in \(decoded.encoding.rawValue), first at byte \(decoded.firstInvalidOffset ?? 0); shown as U+FFFD",
          line: nil))
    }
    let tesseract = OCRDigits.looksLikeTesseract(decoded.text)
    // The English column stands apart by a wide gap until spaces collapse.
    let apart = Translation.apart(text: decoded.text, path: path, format: format)
    var translation = apart.blanked
    let (text, repairs) = normalizer.normalize(apart.text)
    if let controls = repairs.counts[.controlCharacters], controls > 0 {
      let line = ControlCharacters.firstLine(in: decoded.text)
      document.warnings.append(
        LetterWarning(
          .controlCharacters, "\(controls) control character(s) (NUL, ESC, …) read as spaces, first on line \(line)",
          line: nil))
    }
    let kind = format ?? InputAdapter.detect(path: path, text: text)
    var sourceLines: [SourceLine]
    do {
      sourceLines = try InputAdapter.lines(from: text, format: kind)
    } catch {
      document.warnings.append(LetterWarning(.noLetterFound, "\(error)", line: nil))
      return document
    }
    // A model's answer as a JSON object: its lines as the letter prints them.
    if kind == .plain || kind == .markdown { sourceLines = JSONAnswer.lines(sourceLines) }
    // A table's columns stand apart by tabs.
    if kind == .markdown {
      let (lines, blanked) = Translation.apart(sourceLines)
      sourceLines = lines
      translation = (translation + blanked).sorted()
    }
    // hOCR and ALTO hold one glyph cluster per element, so ํ and า meet only once the
    // lines are rebuilt: normalize those lines again.
    let rebuilt = kind == .hocr || kind == .alto || kind == .page
    // A table's columns typed apart with spaces, seen before the spaces collapsed.
    let spaced = rebuilt ? nil : SpacedColumns(apart.text)
    let lines = RunningHeader.blanked(
      RunTogetherParts.split(
        LoneLabels.joined(
          sourceLines.map {
            Line(
              number: $0.number, raw: rebuilt ? normalizer($0.text) : $0.text, columnGaps: spaced?[$0.number] ?? 0,
              cellsIndented: spaced?[indented: $0.number] ?? false)
          })))
    document.letters = letters(in: lines, sha256: document.source.sha256, ocrDigits: tesseract)
    Translation.extend(&document.letters, over: translation, lines: lines)
    if document.letters.isEmpty {
      document.warnings.append(LetterWarning(.noLetterFound, "no letter header or body found", line: nil))
    }
    return document
  }

  /// What OCR leaves after a letter's foot that is no page of text — a page number, a
  /// misread secrecy mark (`๑` / `ลบ`): fewer than 12 Thai letters (72 Latin ones) in all. It
  /// makes no annex.
  static func isScrap(_ lines: ArraySlice<Line>) -> Bool {
    // (An English page's Latin letters count a sixth: a heading left over, `Enclosure: Letter from
    // the Department of Local Administration`, is no page; a page of English text is.)
    var letters = 0
    for line in lines {
      for scalar in line.scalars {
        if (0x0E01...0x0E2E).contains(scalar.value) {
          letters += 6
        } else if EnglishWords.isLetter(scalar) {
          letters += 1
        }
        if letters >= 72 { return false }
      }
    }
    return true
  }

  /// An e-mail's signature under the letter pasted into it: the lines after the `--` (or `-- `)
  /// an e-mail program sets above a signature. No annex.
  static func isMailSignature(_ lines: [Line], _ rest: Range<Int>) -> Bool {
    // (The `--` may close the letter's own lines, as debris after its foot.)
    let around = max(0, rest.lowerBound - 2)..<min(rest.upperBound, rest.lowerBound + 2)
    guard let dashes = around.first(where: { lines[$0].text == "--" }) else { return false }
    return (dashes + 1..<rest.upperBound).first { !lines[$0].isBlank }.map { EnglishLetter.opensLatin(lines[$0].scalars) } ?? false
  }

  /// Letters in normalized lines.
  func letters(in lines: [Line], sha256: String, ocrDigits: Bool = false) -> [Letter] {
    var known = CitationChecks.Known()
    return letters(
      in: lines, segments: LetterSegmenter.segments(lines), sha256: sha256, ocrDigits: ocrDigits, known: &known)
  }

  /// Letters of `segments` of normalized lines; `firstSegment` numbers them after the letters
  /// of the chunks before (a file read in chunks).
  func letters(
    in lines: [Line], segments: some Collection<LetterSegmenter.Segment>, sha256: String, ocrDigits: Bool,
    firstSegment: Int = 0, known: inout CitationChecks.Known
  ) -> [Letter] {
    var letters: [Letter] = []
    var queue = segments.map { ($0.range, $0.kind) }
    var q = 0
    while q < queue.count {
      let (range, kind) = queue[q]
      q += 1
      let result = LetterReader(
        lines: lines, range: range, start: kind, ocrDigits: ocrDigits, boxLayout: BodyParser.isBoxLayout(lines[range])
      )
      .read(segment: firstSegment + letters.count)
      letters.append(result.letter)
      // What follows a letter may be text around it (a post's comments, a web page's footer,
      // a chat's messages up to the next letter), no annex page.
      if let rest = result.rest, !Self.isScrap(lines[rest]), !WrapperText.isWrapper(lines, rest),
        !Self.isMailSignature(lines, rest)
      {
        // (One that signs off is a letter's later page with its header missing.)
        queue.insert((rest, LetterSegmenter.signsOff(lines, rest) ? .headerless : .annex), at: q)
      }
    }
    if ocrDigits {
      PrefixRepair.apply(to: &letters)
      OCRDigitRepair(lines: lines, today: today).apply(to: &letters)
    }
    // A five-digit year suffix no repair made a year is a code and serial after all.
    for index in letters.indices {
      letters[index].forEachNumber { LetterNumberReader.keepingYearSuffixAYear(&$0) }
    }
    // A letter that stops before its closing and signature was cut off (a lost page); so is any
    // record that ends on a page's catchword with no page after it (`/๕.๔ นาง...`).
    let byNumber = letters.contains(where: { $0.signature == nil }) ? LineIndex(lines) : nil
    for index in letters.indices where letters[index].signature == nil {
      let letter = letters[index]
      if [.external, .memo].contains(letter.kind) && letter.closing == nil {
        letters[index].warnings.append(
          LetterWarning(.truncated, "no closing and no signature: the letter seems cut off", line: letter.lines.end))
      } else if let end = byNumber?[letter.lines.end], case let after = lines[(end + 1)...],
        after.contains(where: { $0.furniture?.isContinuation == true }), after.allSatisfy(\.isEmptyish)
      {
        letters[index].warnings.append(
          LetterWarning(.truncated, "the file ends on a page's catchword: the next page is missing", line: letter.lines.end))
      }
    }
    for index in letters.indices {
      if letters[index].kind != .memo { letters[index].body = ModelNumbering.stripped(letters[index].body) }
      letters[index].segment = firstSegment + index
      letters[index].id = Self.id(letters[index], sha256: sha256)
    }
    DateChecks.apply(to: &letters, lines: lines, ocrDigits: ocrDigits, today: today)
    CitationChecks.apply(to: &letters, lines: lines, known: &known)
    for index in letters.indices {
      letters[index].keepContractValues()
      letters[index].warnings.sort { ($0.line ?? 0, $0.code.rawValue) < ($1.line ?? 0, $1.code.rawValue) }
    }
    return letters
  }

  /// `มท 0812/ว 1565@2564`, or `<sha256 first 12>#<segment>`.
  static func id(_ letter: Letter, sha256: String) -> String {
    // The year as printed when the date itself does not exist (`๓๑ มิถุนายน ๒๕๖๘`, a day left
    // blank): the number and its year still name the letter.
    if let number = letter.number, !number.serial.isEmpty, let year = letter.date?.beYear {
      return "\(number.canonical)@\(year)"
    }
    return "\(sha256.prefix(12))#\(letter.segment)"
  }
}
