import Testing
import ThaiText

@Suite struct WordSegmenterTests {
  @Test(arguments: [
    ("กรมส่งเสริมการปกครองท้องถิ่น", ["กรม", "เสริม", "การ", "ปกครอง"]),
    ("ขอแสดงความนับถือ", ["ขอ", "แสดง", "ความ", "นับถือ"]),
    ("ผ่านแอปพลิเคชัน Zoom", ["ผ่าน", "แอปพลิเคชัน", "Zoom"]),
  ])
  func splitsThaiIntoDictionaryWords(_ text: String, _ expected: [String]) throws {
    let words = try WordSegmenter().words(in: text)
    // ICU's dictionary splits some compounds (ส่ง|เสริม, ท้อง|ถิ่น); every expected word
    // must appear, and the words must rebuild the text without spaces.
    for word in expected { #expect(words.contains(word), "\(words)") }
    #expect(words.joined() == text.replacingOccurrences(of: " ", with: ""))
  }

  @Test func spacesAndPunctuationAreNotWords() throws {
    let words = try WordSegmenter().words(in: "เรื่อง : การประชุม, (ผ่าน ZOOM)")
    #expect(!words.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty || $0 == ":" })
    #expect(words.contains("ZOOM"))
  }

  @Test func tokenRangesIndexTheUTF8Bytes() throws {
    let text = "ที่ มท ๐๘๑๒ ปกครอง"
    let bytes = Array(text.utf8)
    for token in try WordSegmenter().tokens(in: text) {
      #expect(String(decoding: bytes[token.utf8Range], as: UTF8.self) == token.text)
    }
  }
}

@Suite struct ThaiCollatorTests {
  @Test func sortsAsAThaiDictionary() throws {
    // Leading vowels sort by the consonant after them: เกาะ and ไก่ come under ก.
    let sorted = try ThaiCollator().sorted(["ขวด", "ไก่", "กา", "เกาะ"])
    #expect(sorted == ["กา", "เกาะ", "ไก่", "ขวด"])
  }

  @Test func sortKeysOrderLikeCompare() throws {
    let collator = try ThaiCollator()
    let a = collator.sortKey("กรม")
    let b = collator.sortKey("จังหวัด")
    #expect(a.lexicographicallyPrecedes(b))
    #expect(collator.compare("กรม", "จังหวัด") == -1)
  }
}
