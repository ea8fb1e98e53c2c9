import Testing
import ThaiText

@testable import Letters

/// The byte-level shortcuts of the fifth speed round agree with the plain rules they stand
/// for, on random text of Thai letters (ภ and ท end in A0 and 97: bytes the scans look for),
/// marks, Thai and ASCII digits, spaces, tabs, no-break spaces, form feeds, emphasis marks and
/// other scripts (ṙ is E1 B9 99: a Thai digit's last two bytes after another lead byte).
@Suite struct FifthRoundScansTests {
  static let pieces = [
    "ก", "น", "ท", "ภ", "ุ", "่", "้", "ู", "ั", "๐", "๙", "0", "9", " ", "  ", "\t", "\u{A0}", "\u{0C}", "*", "_",
    "a", "ṙ", "é", "-", ".", "ลับ", "ที่",
  ]

  static func texts(seed: Int, count: Int = 400) -> [String] {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    return (0..<count).map { _ in (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined() }
  }

  @Test(arguments: 0..<8)
  func digitScanFindsTheDigitsTheScalarsHave(_ seed: Int) {
    for text in Self.texts(seed: seed) {
      #expect(DigitScan.containsDigit(text) == text.unicodeScalars.contains(where: ThaiDigits.isDigit), "\(text)")
    }
  }

  /// What `keepContractValues` returns unchanged is what collapsing and NFC leave unchanged.
  @Test(arguments: 0..<8)
  func contractFormHoldsOnlyForValuesLeftAsTheyAre(_ seed: Int) {
    for text in Self.texts(seed: seed) {
      let form = Letter.contractForm(text)
      #expect(form.marksInOrder == Letter.thaiMarksInOrder(text))
      if form.collapsed, form.marksInOrder == true {
        #expect(!text.isEmpty && text.collapsingSpaces() == text && Letter.nfc(text) == text, "\(text)")
      }
    }
  }

  /// A line's text is its raw text without form feeds, collapsed and stripped of markup,
  /// whether or not the first pass saw anything to collapse.
  @Test(arguments: 0..<8)
  func lineTextIsTheCollapsedRawText(_ seed: Int) {
    for raw in Self.texts(seed: seed) {
      let withoutFormFeeds = String(decoding: raw.utf8.filter { $0 != 0x0C }, as: UTF8.self)
      #expect(Line(number: 1, raw: raw).text == Line.stripped(withoutFormFeeds.collapsingSpaces()), "\(raw)")
    }
  }

  @Test func everyIssuedWordHasTheIssuedMark() {
    for scalars in Vocabulary.issuedAt.scalars + Vocabulary.issuedOn.scalars {
      #expect(scalars.contains(Vocabulary.issuedMark) && !LooseMatch.droppable(Vocabulary.issuedMark))
    }
  }

  @Test func secrecyMarksAreTakenOffTheEndOnly() {
    #expect(CitationReader.withoutSecrecyMark("กรม ลับ") == "กรม")
    #expect(CitationReader.withoutSecrecyMark("กรม ลับมาก") == "กรม")
    #expect(CitationReader.withoutSecrecyMark("กรม ลับที่สุด") == "กรม")
    #expect(CitationReader.withoutSecrecyMark("กรม ลับ่") == "กรม ลับ่")
    #expect(CitationReader.withoutSecrecyMark(" ลับ") == "")
    #expect(CitationReader.withoutSecrecyMark("ลับ") == "ลับ")
  }
}
