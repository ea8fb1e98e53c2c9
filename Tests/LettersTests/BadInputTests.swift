import Foundation
import Letters
import Testing

/// Every kind of bad input an archive meets, made from a clean letter in the test: the parser
/// never crashes, reads the same letter through the damage when the text survives, and says
/// what it met in one file-level warning.
@Suite struct BadInputTests {
  static let clean = Array(HeaderFormTests.external.utf8)

  enum Outcome: Sendable {
    /// The same letter as the clean text: id, subject and signer.
    case sameLetter
    /// A letter whose text keeps the noise (nothing dropped silently): these strings are in it.
    case letterKeeping([String])
    /// No letter.
    case none
  }

  /// A kind of damage, and what the parser should make of it.
  struct Damage: Sendable, CustomTestStringConvertible {
    var name: String
    /// The file-level warning expected (nil: none).
    var warning: LetterWarning.Code?
    /// What is left of the letter.
    var outcome: Outcome
    var make: @Sendable ([UInt8]) -> [UInt8]
    var testDescription: String { name }
  }

  /// Replaces one space in every `every` with `noise`, and ends every line with `lineEnd`.
  static func sprinkle(_ bytes: [UInt8], every: Int, _ noise: String, lineEnd: String = "") -> [UInt8] {
    let text = String(decoding: bytes, as: UTF8.self)
    var out = ""
    var spaces = 0
    for c in text {
      if c == " " {
        spaces += 1
        out += spaces % every == 0 ? noise : " "
      } else if c == "\n" {
        out += lineEnd + "\n"
      } else {
        out.append(c)
      }
    }
    return Array(out.utf8)
  }

  static let damages: [Damage] = [
    Damage(name: "empty file", warning: .emptyInput, outcome: .none) { _ in [] },
    Damage(name: "only white space", warning: .emptyInput, outcome: .none) { _ in Array(" \n\t\r\n  \n".utf8) },
    Damage(name: "PDF", warning: .binaryInput, outcome: .none) {
      Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n<< /Type /Catalog >>\nstream\n".utf8) + [0x78, 0x9C, 0, 1, 2, 0xFF] + $0
    },
    Damage(name: "PNG", warning: .binaryInput, outcome: .none) {
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + $0
    },
    Damage(name: "ZIP (a .docx)", warning: .binaryInput, outcome: .none) {
      [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0] + Array("word/document.xml".utf8) + $0
    },
    Damage(name: "random bytes", warning: .binaryInput, outcome: .none) { _ in
      var state: UInt64 = 7
      return (0..<4096).map { _ in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return UInt8(truncatingIfNeeded: state >> 40)
      }
    },
    Damage(name: "UTF-8 cut in the middle of a character", warning: .invalidBytes, outcome: .sameLetter) {
      var bytes = $0 + Array("ต่อ".utf8)
      bytes.removeLast(2)
      return bytes
    },
    Damage(name: "invalid UTF-8 bytes between words", warning: .invalidBytes, outcome: .sameLetter) {
      var spaces = 0
      return $0.flatMap { b -> [UInt8] in
        guard b == 0x20 else { return [b] }
        spaces += 1
        return spaces % 5 == 0 ? [0x20, 0xFF, 0xC3, 0x20] : [b]
      }
    },
    Damage(name: "TIS-620 with no declaration", warning: .encodingRepaired, outcome: .sameLetter) {
      String(decoding: $0, as: UTF8.self).unicodeScalars.map { s in
        s.value < 0x80 ? UInt8(s.value) : UInt8(s.value - 0x0E00 + 0xA0)
      }
    },
    Damage(name: "UTF-16LE without BOM", warning: .encodingRepaired, outcome: .sameLetter) {
      String(decoding: $0, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    },
    Damage(name: "UTF-16BE without BOM", warning: .encodingRepaired, outcome: .sameLetter) {
      String(decoding: $0, as: UTF8.self).utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    },
    Damage(name: "NUL bytes between words and at line ends", warning: .controlCharacters, outcome: .sameLetter) {
      sprinkle($0, every: 3, "\u{0}", lineEnd: "\u{0}")
    },
    Damage(
      name: "NUL, ESC and BEL in every space (over 10 % control bytes)", warning: .controlCharacters,
      outcome: .sameLetter
    ) {
      sprinkle($0, every: 1, " \u{0}\u{1B}\u{7}\u{0}\u{1B}\u{7}\u{0}\u{1B}\u{7} ", lineEnd: "\u{0}\u{0}\u{0}\u{0}")
    },
    Damage(name: "control characters (BEL, ESC, VT, DEL, C1)", warning: .controlCharacters, outcome: .sameLetter) {
      sprinkle($0, every: 2, " \u{7}\u{1B}\u{0B}\u{7F}\u{85}\u{9B} ", lineEnd: "\u{1B}\u{0}")
    },
    Damage(name: "bidi controls (LRM, RLM, RLO, PDF, isolates)", warning: nil, outcome: .sameLetter) {
      sprinkle($0, every: 2, "\u{200F} \u{202E}", lineEnd: "\u{202C}\u{2066}\u{2069}\u{200E}")
    },
    Damage(name: "right-to-left words", warning: nil, outcome: .letterKeeping(["שלום", "مرحبا"])) {
      sprinkle($0, every: 4, " שלום مرحبا ")
    },
    Damage(name: "emoji", warning: nil, outcome: .letterKeeping(["😀", "👍🏽", "🇹🇭", "✅️"])) {
      sprinkle($0, every: 3, " 😀 👍🏽 🇹🇭 👩‍👩‍👧 ✅️ ")
    },
  ]

  @Test(arguments: damages)
  func badInputGivesTheLetterOrAFileWarning(_ damage: Damage) throws {
    let parser = LetterParser()
    let original = try #require(parser.parse(bytes: Self.clean, path: "clean.txt").letters.first)
    let bytes = damage.make(Self.clean)
    let document = parser.parse(bytes: bytes, path: "damaged.txt")
    let codes = document.warnings.map(\.code)
    if let warning = damage.warning {
      #expect(codes.contains(warning), "\(damage.name): \(document.warnings)")
      #expect(document.warnings.allSatisfy { !$0.message.contains("\n") })
    } else {
      #expect(codes.isEmpty, "\(damage.name): \(document.warnings)")
    }
    let json = LetterJSON.document(document).serialized()
    switch damage.outcome {
    case .sameLetter:
      let letter = try #require(document.letters.first, "\(damage.name)")
      #expect(letter.id == original.id, "\(damage.name)")
      #expect(letter.subject == original.subject, "\(damage.name)")
      #expect(letter.signature?.name == original.signature?.name, "\(damage.name)")
    case let .letterKeeping(noise):
      #expect(!document.letters.isEmpty, "\(damage.name)")
      for word in noise { #expect(json.contains(word), "\(damage.name): \(word) dropped") }
    case .none:
      #expect(document.letters.isEmpty, "\(damage.name)")
    }
    // Whatever came in, the record is JSON and holds no raw control character.
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    let controls = document.letters.flatMap { [$0.subject, $0.to] + $0.body.map(Optional.some) }
      .compactMap { $0 }.joined().unicodeScalars.filter { $0.properties.generalCategory == .control }
    #expect(controls.isEmpty, "\(damage.name): \(controls.map { String($0.value, radix: 16) })")
  }

  /// Compressed or encrypted bytes (uniform noise) are binary, never a letter of garbage: a
  /// file with too few control bytes to look binary still decodes in no encoding without
  /// many invalid bytes. (7 in 300 were read as Windows-874 "annexes" and stored.)
  @Test(arguments: 0..<10)
  func uniformNoiseIsNeverALetter(_ seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 11
    for _ in 0..<30 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      let count = 1 + Int((state >> 33) % 20_000)
      let bytes = (0..<count).map { _ -> UInt8 in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return UInt8(truncatingIfNeeded: state >> 40)
      }
      let document = LetterParser().parse(bytes: bytes, path: "noise.bin")
      #expect(document.letters.isEmpty, "\(count) bytes: \(document.warnings.map(\.message))")
      #expect(document.warnings.map(\.code) == [.binaryInput])
    }
  }

  /// Thai with no space or line break in UTF-16 has no 0x00 byte at all: it is still text.
  @Test(arguments: [true, false])
  func thaiOnlyUTF16WithoutBOMIsText(_ littleEndian: Bool) throws {
    let text = "กรมส่งเสริมการปกครองท้องถิ่น"
    let bytes = text.utf16.flatMap {
      littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)]
    }
    let document = LetterParser().parse(bytes: bytes, path: "utf16.txt")
    #expect(document.source.encoding == (littleEndian ? "utf-16le" : "utf-16be"))
    #expect(!document.warnings.map(\.code).contains(.binaryInput))
  }
}
