internal import ICUShim

/// การปรับข้อความให้เป็นมาตรฐาน — repairs what OCR and old typing habits do to Thai text.
///
/// Each repair is a ``Step`` the caller can turn off; ``normalize(_:)`` reports how many
/// times each step changed the text. Line breaks are never added or removed (CRLF becomes
/// LF), so line numbers in the output are those of the input.
public struct ThaiNormalizer: Sendable {
  /// One named repair.
  public enum Step: String, Sendable, CaseIterable, Codable, Comparable {
    /// Unicode NFC (canonical composition and mark order).
    case nfc
    /// Drop ZERO WIDTH SPACE/JOINER/NON-JOINER, WORD JOINER, BOM, soft hyphen and the
    /// bidirectional controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI): Thai needs none of them, and
    /// an RLO would show a subject backwards.
    case zeroWidth = "zero_width"
    /// NUL and the other control characters (C0 but tab, line feed, carriage return and form
    /// feed; DEL; C1) become a space: a byte of damage between two words must not join them.
    case controlCharacters = "control_characters"
    /// Thai glyph variants old fonts put in the Private Use Area, which text taken from their
    /// PDFs still carries (U+F700–F71A, Mac U+F884–F89E: marks shifted down or left, ญ ฐ
    /// without their lower part) → the Thai characters they draw.
    case thaiGlyphVariants = "thai_glyph_variants"
    /// เ เ (two sara e) → แ.
    case doubleSaraE = "double_sara_e"
    /// ํ า, ํ + space + า, and ํ + tone + า → ำ (sara am).
    case saraAm = "sara_am"
    /// Stacked marks in typing order: vowel below, vowel above, then tone mark.
    case markOrder = "mark_order"
    /// A mark that is already on the character goes (ที่่ → ที่, ได้้ → ได้): Thai never writes
    /// a mark twice, and text copied from PDFs doubles them. A tone mark again before า is
    /// Tesseract's reading of ำ (น้้า → น้ำ).
    case repeatedMark = "repeated_mark"
    /// A space OCR put between a consonant and its combining mark (ก ่ → ก่).
    case spaceBeforeMark = "space_before_mark"
    /// Runs of spaces (and no-break and other wide spaces, and the line and paragraph
    /// separators U+2028/U+2029, which are not line breaks here) become one space; spaces at
    /// the end of a line go. Tabs stay: they separate table columns.
    case collapseSpaces = "collapse_spaces"
    /// CRLF → LF; a lone CR → a space (line numbers count LF).
    case lineEndings = "line_endings"

    public static func < (a: Step, b: Step) -> Bool {
      (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
  }

  /// What a normalization changed: each step and how many times it applied.
  public struct Report: Sendable, Equatable {
    public internal(set) var counts: [Step: Int] = [:]
    public init() {}
    /// True when the text came out unchanged.
    public var isEmpty: Bool { counts.values.allSatisfy { $0 == 0 } }
    mutating func add(_ step: Step, _ n: Int = 1) { counts[step, default: 0] += n }
  }

  /// The steps this normalizer applies.
  public var steps: Set<Step>

  /// A normalizer applying `steps` (all of them by default).
  public init(steps: Set<Step> = Set(Step.allCases)) { self.steps = steps }

  /// The normalized text and what changed.
  /// - Complexity: O(n) over UTF-8 bytes; NFC through ICU only for text outside Thai and
  ///   ASCII that may not be composed.
  public func normalize(_ text: String) -> (text: String, report: Report) { normalize(text, plainRuns: true) }

  /// `plainRuns: false` takes every byte through the repairs one by one, as the transducer
  /// did before runs were copied whole: the tests compare the two.
  func normalize(_ text: String, plainRuns: Bool) -> (text: String, report: Report) {
    var text = text
    var report = Report()
    var needsICU = false
    var out = ByteOutput(capacity: text.utf8.count)
    defer { out.deallocate() }
    var runs = CopiedRuns()
    let source = text
    var result = text.withUTF8 { input in
      transduce(input, into: &out, report: &report, needsICU: &needsICU, plainRuns: plainRuns, runs: &runs)
      // Every change the transducer makes is counted in the report: with nothing counted,
      // the text is the input. Otherwise the unchanged runs are sliced from it, and only
      // the repaired bytes are validated as UTF-8 again.
      if report.isEmpty && out.count == input.count { return source }
      return runs.string(of: out.bytes, from: source, input: input)
    }
    if steps.contains(.nfc), needsICU, let composed = ICUNormalizer.nfc(result),
      !composed.utf8.elementsEqual(result.utf8)
    {
      report.add(.nfc)
      result = composed
    }
    return (result, report)
  }

  /// The normalized text.
  public func callAsFunction(_ text: String) -> String { normalize(text).text }

  // MARK: - The byte-level transducer

  private func transduce(
    _ input: UnsafeBufferPointer<UInt8>, into out: inout ByteOutput, report: inout Report, needsICU: inout Bool,
    plainRuns: Bool, runs: inout CopiedRuns
  ) {
    let zeroWidth = steps.contains(.zeroWidth)
    let doubleSaraE = steps.contains(.doubleSaraE)
    let saraAm = steps.contains(.saraAm)
    let markOrder = steps.contains(.markOrder)
    let spaceBeforeMark = steps.contains(.spaceBeforeMark)
    let repeatedMark = steps.contains(.repeatedMark)
    let collapse = steps.contains(.collapseSpaces)
    let lineEndings = steps.contains(.lineEndings)
    let nfc = steps.contains(.nfc)
    let controls = steps.contains(.controlCharacters)
    let glyphVariants = steps.contains(.thaiGlyphVariants)

    let count = input.count
    var i = 0

    while i < count {
      // Most of the text is copied as it is: take each run of it in one go (appending byte
      // by byte and testing every repair was most of the transducer's cost).
      let plainEnd =
        plainRuns
        ? Self.plainRunEnd(
          input, from: i, after: out.last, thai: Self.thaiBefore(out, out.count), markOrder: markOrder, nfc: nfc,
          repeatedMark: repeatedMark) : i
      if plainEnd > i {
        runs.record(output: out.count, input: i, count: plainEnd - i)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<plainEnd]))
        i = plainEnd
        if i == count { break }
      }
      let b = input[i]
      // ASCII
      if b < 0x80 {
        i += 1
        switch b {
        case 0x20:
          if collapse, out.last == 0x20 {
            report.add(.collapseSpaces)
            continue
          }
          out.append(b)
        case 0x0D:
          if lineEndings {
            report.add(.lineEndings)
            if i < count, input[i] == 0x0A {
              // CRLF → LF
              if collapse { Self.trimTrailingSpaces(&out, &report) }
              out.append(0x0A)
              i += 1
            } else if out.last != 0x20 {
              // A lone CR becomes a space: lines are counted by LF, and a repair must not
              // move the line numbers the records point at.
              out.append(0x20)
            }
          } else {
            out.append(b)
          }
        case 0x0A:
          if collapse { Self.trimTrailingSpaces(&out, &report) }
          out.append(b)
        case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F:
          guard controls else {
            out.append(b)
            continue
          }
          report.add(.controlCharacters)
          if !(collapse && out.last == 0x20) { out.append(0x20) }
        default:
          out.append(b)
        }
        continue
      }
      // Thai block: E0 B8 80…BF / E0 B9 80…BF; a Thai glyph variant (EF 9C… / EF A2…) is
      // read as the character it draws and goes through the same repairs.
      var variant: UInt8?
      if glyphVariants, b == 0xEF, i + 2 < count { variant = Self.thaiGlyphVariant(input[i + 1], input[i + 2]) }
      if variant != nil || b == 0xE0 && i + 2 < count && (input[i + 1] == 0xB8 || input[i + 1] == 0xB9) {
        let o: UInt8 =
          variant ?? (input[i + 1] == 0xB8 ? input[i + 2] &- 0x80 : input[i + 2] &- 0x80 &+ 0x40)
        if variant != nil { report.add(.thaiGlyphVariants) }
        i += 3
        let isMark = ThaiCharacter.isCombining(o)
        // ก ่ → ก่  (also before ำ, which cannot begin a word)
        if spaceBeforeMark, isMark || o == 0x33, out.last == 0x20,
          let before = Self.thaiBefore(out, out.count - 1),
          ThaiCharacter.isConsonant(before) || ThaiCharacter.isCombining(before)
        {
          out.removeLast()
          report.add(.spaceBeforeMark)
        }
        // เ + เ → แ
        if doubleSaraE, o == 0x40, Self.thaiBefore(out, out.count) == 0x40 {
          Self.setThai(&out, at: out.count, 0x41)
          report.add(.doubleSaraE)
          continue
        }
        // ํ า / ํ ␠ า / ํ tone า → ำ
        if saraAm, o == 0x32 {
          let end = out.count
          if Self.thaiBefore(out, end) == 0x4D {
            Self.setThai(&out, at: end, 0x33)
            report.add(.saraAm)
            continue
          }
          if end >= 4, out[end - 1] == 0x20, Self.thaiBefore(out, end - 1) == 0x4D {
            out.removeLast()
            Self.setThai(&out, at: end - 1, 0x33)
            report.add(.saraAm)
            continue
          }
          if let tone = Self.thaiBefore(out, end), ThaiCharacter.isToneMark(tone),
            Self.thaiBefore(out, end - 3) == 0x4D
          {
            Self.setThai(&out, at: end - 3, tone)
            Self.setThai(&out, at: end, 0x33)
            report.add(.saraAm)
            continue
          }
        }
        // ที่่ → ที่: the mark is already among the marks on this character.
        if isMark, repeatedMark, Self.clusterHasMark(out, o) {
          report.add(.repeatedMark)
          // น้้า → น้ำ: a tone mark again before า is the ํ of ำ, which Tesseract's Thai model
          // cannot read (it has no ำ).
          if ThaiCharacter.isToneMark(o), i + 2 < count, input[i] == 0xE0, input[i + 1] == 0xB8, input[i + 2] == 0xB2 {
            Self.appendThai(&out, 0x33)
            i += 3
          }
          continue
        }
        if isMark, markOrder || nfc {
          // Insert the mark before earlier marks of a higher rank in the same cluster.
          var position = out.count
          let rank = markOrder ? ThaiCharacter.markRank(o) : ThaiCharacter.combiningClass(o)
          if rank > 0 {
            while let previous = Self.thaiBefore(out, position), ThaiCharacter.isCombining(previous) {
              let previousRank =
                markOrder
                ? ThaiCharacter.markRank(previous) : ThaiCharacter.combiningClass(previous)
              if previousRank <= rank || previousRank == 0 { break }
              position -= 3
            }
          }
          if position != out.count {
            out.insert(Self.thaiBytes(o), at: position)
            report.add(markOrder ? .markOrder : .nfc)
            continue
          }
        }
        Self.appendThai(&out, o)
        continue
      }
      // Other multi-byte scalars.
      let length = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : (b >= 0xC0 ? 2 : 1))
      guard i + length <= count else {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<count]))
        break
      }
      var scalar: UInt32 = 0
      switch length {
      case 2: scalar = UInt32(b & 0x1F) << 6 | UInt32(input[i + 1] & 0x3F)
      case 3:
        scalar =
          UInt32(b & 0x0F) << 12 | UInt32(input[i + 1] & 0x3F) << 6
          | UInt32(input[i + 2] & 0x3F)
      case 4:
        scalar =
          UInt32(b & 0x07) << 18 | UInt32(input[i + 1] & 0x3F) << 12
          | UInt32(input[i + 2] & 0x3F) << 6 | UInt32(input[i + 3] & 0x3F)
      default: scalar = UInt32(b)
      }
      if zeroWidth {
        switch scalar {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F, 0x061C, 0x202A...0x202E,
          0x2066...0x2069:
          i += length
          report.add(.zeroWidth)
          continue
        default: break
        }
      }
      if controls, (0x80...0x9F).contains(scalar) {
        i += length
        report.add(.controlCharacters)
        if !(collapse && out.last == 0x20) { out.append(0x20) }
        continue
      }
      if collapse {
        switch scalar {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
          i += length
          if out.last != 0x20 { out.append(0x20) }
          report.add(.collapseSpaces)
          continue
        default: break
        }
      }
      // Punctuation, symbols and the replacement character are always NFC; anything else
      // (Latin with accents, combining marks) is left to ICU.
      let alwaysComposed =
        (0x2010...0x2BFF).contains(scalar) && !(0x20D0...0x20FF).contains(scalar)
      if !alwaysComposed && scalar != 0xFFFD { needsICU = true }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<(i + length)]))
      i += length
    }
    if collapse { Self.trimTrailingSpaces(&out, &report) }
  }

  /// Where the run from `start` of bytes the transducer copies unchanged ends, given the
  /// output's last byte and last Thai character before it: ASCII but CR, LF, control
  /// characters and a second space; Thai characters no repair applies to where they stand —
  /// not after a space (a mark or ำ there is moved onto the consonant), not a second เ, not
  /// า after ํ or a mark, and a mark after another only in the order `markOrder` or `nfc`
  /// keeps and not when the character already has it. Each rule is the transducer's own test, read off the bytes before.
  static func plainRunEnd(
    _ input: UnsafeBufferPointer<UInt8>, from start: Int, after last: UInt8?, thai: UInt8?, markOrder: Bool,
    nfc: Bool, repeatedMark: Bool
  ) -> Int {
    let count = input.count
    // Not optionals: 0 stands for no byte (it is no space), 0xFF for a last character that
    // is not Thai (no Thai offset is above 0x7F, and none of the tests below holds for it).
    let byteBeforeStart = last ?? 0
    let thaiBeforeStart = thai ?? 0xFF
    // The byte and the Thai character before `j` are read back from the input when a test
    // needs them (the run so far is copied as it is), not carried through every step: most
    // characters need neither. Wrapping steps (`&+`): `j` stays below `count`, and overflow
    // checks on every character were a sixth of the loop.
    @inline(__always) func byteBefore(_ j: Int) -> UInt8 { j > start ? input[j &- 1] : byteBeforeStart }
    @inline(__always) func thaiCharacterBefore(_ j: Int) -> UInt8 {
      guard j > start else { return thaiBeforeStart }
      // In the run, a byte of 0x80 or above ends a Thai character: E0 B8/B9 xx.
      let b2 = input[j &- 1]
      return b2 < 0x80 ? 0xFF : Self.thaiOffset(input[j &- 2], b2)
    }
    var j = start
    while j < count {
      let c = input[j]
      if c < 0x80 {
        guard (c >= 0x21 && c <= 0x7E) || c == 0x09 || c == 0x0C || (c == 0x20 && byteBefore(j) != 0x20) else {
          break
        }
        j &+= 1
        continue
      }
      guard c == 0xE0, j &+ 2 < count else { break }
      let c1 = input[j &+ 1]
      guard c1 & 0xFE == 0xB8 else { break }  // B8 or B9
      let o = Self.thaiOffset(c1, input[j &+ 2])
      // Most Thai characters (every consonant) have no rule: one bit test instead of the
      // tests below, which made this scan the normalizer's largest cost.
      if !Self.hasRule(o) {
        j &+= 3
        continue
      }
      let previousThai = thaiCharacterBefore(j)
      let afterSpace = byteBefore(j) == 0x20
      let afterMark = ThaiCharacter.isCombining(previousThai)
      if ThaiCharacter.isCombining(o) {
        // On a consonant or vowel: nothing to do. On another mark: only in order.
        let before = previousThai
        if before == 0xFF { break }
        if afterMark, markOrder || nfc {
          let rank = markOrder ? ThaiCharacter.markRank(o) : ThaiCharacter.combiningClass(o)
          let beforeRank = markOrder ? ThaiCharacter.markRank(before) : ThaiCharacter.combiningClass(before)
          if rank > 0, beforeRank > rank, beforeRank != 0 { break }
        }
        // A mark already on the character: the marks before it in the run are the output's.
        // At the run's start the output's are not read here: the transducer decides.
        if afterMark, repeatedMark {
          var k = j
          var repeated = false
          while true {
            guard k > start else {
              repeated = true
              break
            }
            let p = thaiCharacterBefore(k)
            if !ThaiCharacter.isCombining(p) { break }
            if p == o {
              repeated = true
              break
            }
            k &-= 3
          }
          if repeated { break }
        }
      } else if o == 0x33 {
        if afterSpace { break }
      } else if o == 0x32 {
        if afterSpace || afterMark { break }
      } else if o == 0x40 {
        if previousThai == 0x40 { break }
      }
      j &+= 3
    }
    return j
  }

  /// The offset from U+0E00 of the Thai character E0 `b1` `b2` (`b1` B8 or B9), without a
  /// branch: B9 (bit 0 set) is the upper half, and a last byte of valid UTF-8 (80…BF) holds
  /// the rest in its low six bits.
  @inline(__always) static func thaiOffset(_ b1: UInt8, _ b2: UInt8) -> UInt8 { (b1 & 1) &<< 6 | (b2 & 0x3F) }

  /// The Thai offset (from U+0E00) a glyph variant in the Private Use Area draws, from the
  /// last two bytes of its UTF-8 (after EF), or nil: the Windows variants U+F700–F71A and the
  /// Mac ones U+F884–F89E, as HarfBuzz's Thai fallback shaper lists them.
  static func thaiGlyphVariant(_ b1: UInt8, _ b2: UInt8) -> UInt8? {
    let scalar = 0xF000 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
    switch scalar {
    case 0xF700...0xF71A: return windowsVariants[Int(scalar - 0xF700)]
    case 0xF884...0xF89E: return macVariants[Int(scalar - 0xF884)]
    default: return nil
    }
  }

  /// U+F700…F71A: ฐ without its tail; ิ ี ึ ื shifted left; ่ ้ ๊ ๋ ์ shifted down and left;
  /// ่ ้ ๊ ๋ ์ shifted down; ญ without its tail; ั ํ ็ shifted left; ่ ้ ๊ ๋ ์ shifted left;
  /// ุ ู ฺ lowered.
  static let windowsVariants: [UInt8] = [
    0x10, 0x34, 0x35, 0x36, 0x37, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x0D,
    0x31, 0x4D, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x38, 0x39, 0x3A,
  ]
  /// U+F884…F89E: ั ิ ี ึ ื ็ shifted left; then ่ ้ ๊ ๋ ์ each shifted left, down, and down
  /// and left; ํ shifted left; ญ without its tail; ุ ู ฺ lowered; ฐ without its tail.
  static let macVariants: [UInt8] = [
    0x31, 0x34, 0x35, 0x36, 0x37, 0x47, 0x48, 0x48, 0x48, 0x49, 0x49, 0x49, 0x4A, 0x4A, 0x4A, 0x4B,
    0x4B, 0x4B, 0x4C, 0x4C, 0x4C, 0x4D, 0x0D, 0x38, 0x39, 0x3A, 0x10,
  ]

  /// Whether ``plainRunEnd`` has a rule for the Thai character at offset `o` (below 0x80):
  /// a combining mark (``ThaiCharacter/isCombining(_:)``), ำ, า or เ. A bit of two constant
  /// words (a `static let` table cost a lazy-initialization check a character, more than
  /// the tests it saved): 0x31–0x3A, then 0x40 and 0x47–0x4E. `ThaiNormalizerTests` checks
  /// them against the tests they stand for.
  @inline(__always) static func hasRule(_ o: UInt8) -> Bool {
    // The word by bit 6, the bit by the low six: both straight from the UTF-8 bytes when
    // inlined after ``thaiOffset(_:_:)``.
    let word: UInt64 = o & 0x40 == 0 ? 0x07FE_0000_0000_0000 : 0x7F81
    return (word &>> UInt64(o & 0x3F)) & 1 != 0
  }

  // Free functions over the output buffer (not closures capturing it: a captured `var`
  // costs a dynamic exclusivity check on every byte).

  /// The Thai offset of the scalar ending at output position `end`, or nil.
  @inline(__always) static func thaiBefore(_ out: ByteOutput, _ end: Int) -> UInt8? {
    guard end >= 3, out[end - 3] == 0xE0 else { return nil }
    let b1 = out[end - 2]
    let b2 = out[end - 1]
    if b1 == 0xB8 { return b2 &- 0x80 }
    if b1 == 0xB9 { return b2 &+ 0x40 &- 0x80 }
    return nil
  }

  /// Whether the marks at the end of the output (on the last character) include `o`.
  static func clusterHasMark(_ out: ByteOutput, _ o: UInt8) -> Bool {
    var position = out.count
    while let previous = thaiBefore(out, position), ThaiCharacter.isCombining(previous) {
      if previous == o { return true }
      position -= 3
    }
    return false
  }

  @inline(__always) static func appendThai(_ out: inout ByteOutput, _ o: UInt8) {
    let (a, b, c) = thaiBytes(o)
    out.append(a)
    out.append(b)
    out.append(c)
  }

  /// The UTF-8 of the Thai character at offset `o` from U+0E00.
  @inline(__always) static func thaiBytes(_ o: UInt8) -> (UInt8, UInt8, UInt8) {
    o < 0x40 ? (0xE0, 0xB8, 0x80 + o) : (0xE0, 0xB9, 0x80 + o - 0x40)
  }

  @inline(__always) static func setThai(_ out: inout ByteOutput, at end: Int, _ o: UInt8) {
    if o < 0x40 {
      out[end - 2] = 0xB8
      out[end - 1] = 0x80 + o
    } else {
      out[end - 2] = 0xB9
      out[end - 1] = 0x80 + o - 0x40
    }
  }

  static func trimTrailingSpaces(_ out: inout ByteOutput, _ report: inout Report) {
    var removed = 0
    while let last = out.last, last == 0x20 {
      out.removeLast()
      removed += 1
    }
    if removed > 0 { report.add(.collapseSpaces) }
  }
}

/// Unicode NFC through ICU, for the text the byte transducer cannot decide.
enum ICUNormalizer {
  static func nfc(_ text: String) -> String? {
    let units = Array(text.utf16)
    return units.withUnsafeBufferPointer { source -> String? in
      guard let base = source.baseAddress else { return text }
      var error: Int32 = 0
      if saraban_nfc_is_normalized(base, Int32(source.count), &error) == 1, error <= 0 {
        return text
      }
      guard
        let composed = try? withGrowingUTF16Buffer(
          initialCapacity: source.count + 16,
          {
            dest, capacity, error in
            saraban_nfc(base, Int32(source.count), dest, capacity, &error)
          })
      else { return nil }
      return String(decoding: composed, as: UTF16.self)
    }
  }
}
