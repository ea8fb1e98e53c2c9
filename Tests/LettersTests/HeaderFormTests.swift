import Foundation
import Letters
import Testing

/// Short letters in each header form a parser meets, OCR damage included.
@Suite struct HeaderFormTests {
  func parse(_ text: String) -> LetterDocument {
    LetterParser().parse(bytes: Array(text.utf8), path: "test.txt")
  }

  static let external = """
    ด่วนที่สุด

    ที่ มท ๐๘๑๒/ว ๑๕๖๕

    กรมส่งเสริมการปกครองท้องถิ่น
    ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐

    ๙ กรกฎาคม ๒๕๖๔

    เรื่อง การคัดเลือกท้องถิ่นอำเภอดีเด่น

    เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

    อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนมาก ที่ มท ๐๘๑๒/ว ๒๗๑ ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๔

    ตามที่กรมส่งเสริมการปกครองท้องถิ่นได้แจ้งไว้ นั้น

    จึงเรียนมาเพื่อโปรดพิจารณา

    ขอแสดงความนับถือ

    (นายประยูร รัตนเสนีย์)
    อธิบดีกรมส่งเสริมการปกครองท้องถิ่น

    กลุ่มพัฒนาระบบบริหาร
    โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๑๒๕๑-๒
    """

  @Test func readsAnExternalLetter() throws {
    let letter = try #require(parse(Self.external).letters.first)
    #expect(letter.kind == .external)
    #expect(letter.urgency == .mostUrgent)
    #expect(letter.number?.canonical == "มท 0812/ว 1565")
    #expect(letter.date?.date?.iso == "2021-07-09")
    #expect(letter.id == "มท 0812/ว 1565@2564")
    #expect(letter.issuer?.name == "กรมส่งเสริมการปกครองท้องถิ่น")
    #expect(letter.issuer?.address == "ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐")
    #expect(letter.subject == "การคัดเลือกท้องถิ่นอำเภอดีเด่น")
    #expect(letter.to == "ผู้ว่าราชการจังหวัด ทุกจังหวัด")
    let reference = try #require(letter.references.first)
    #expect(reference.number?.canonical == "มท 0812/ว 271")
    #expect(reference.urgency == .veryUrgent)
    #expect(reference.issuer == "กรมส่งเสริมการปกครองท้องถิ่น")
    #expect(reference.date?.date?.iso == "2021-02-10")
    #expect(letter.closing == "ขอแสดงความนับถือ")
    #expect(letter.signature?.name == "นายประยูร รัตนเสนีย์")
    #expect(letter.signature?.positions == ["อธิบดีกรมส่งเสริมการปกครองท้องถิ่น"])
    #expect(letter.contact.units == ["กลุ่มพัฒนาระบบบริหาร"])
    #expect(letter.contact.phones.first?.number == "022419000")
    #expect(letter.contact.phones.first?.ext == "1251-2")
    #expect(letter.body == ["ตามที่กรมส่งเสริมการปกครองท้องถิ่นได้แจ้งไว้ นั้น", "จึงเรียนมาเพื่อโปรดพิจารณา"])
  }

  /// The same letter as OCR damages it; each case must still give the same number, date,
  /// subject and reference.
  @Test(arguments: [
    ("ที่ มท", "ที มท"),  // Tesseract drops the tone mark
    ("เรื่อง", "เรือง"),
    ("ลงวันที่", "ลงวันที"),
    ("ด่วนที่สุด", "# ด่วนที่สุด"),  // LLM OCR: a markdown heading
    ("ด่วนที่สุด", "**ด่วนที่สุด**"),
    ("เรียน ผู้ว่า", "เรียน  ผู้ว่า"),  // double space
    ("กรมส่งเสริมการปกครองท้องถิ่น\n", "กรมส่งเสริมการปกครองท้องถิ่น  \n"),  // markdown hard break
    ("ที่ มท ๐๘๑๒/ว ๑๕๖๕", "ที่ มท ๐๘๑๒/ว\n\n๑๕๖๕"),  // number split over lines
    ("ที่ มท ๐๘๑๒/ว ๑๕๖๕", "ที่ มท ๐๘๑๒/\nว ๑๕๖๕"),
    ("เรื่อง การคัดเลือก", "เรื ่อง การคัดเลือก"),  // a space before the tone mark
    ("ขอแสดงความนับถือ", "ขอเเสดงความนับถือ"),  // เเ for แ
  ])
  func ocrVariantsReadTheSame(_ clean: String, _ damaged: String) throws {
    let text = Self.external.replacingOccurrences(of: clean, with: damaged)
    #expect(text != Self.external)
    let letter = try #require(parse(text).letters.first)
    #expect(letter.number?.canonical == "มท 0812/ว 1565")
    #expect(letter.date?.date?.iso == "2021-07-09")
    #expect(letter.subject == "การคัดเลือกท้องถิ่นอำเภอดีเด่น")
    #expect(letter.urgency == .mostUrgent)
    #expect(letter.references.first?.number?.canonical == "มท 0812/ว 271")
    #expect(letter.signature?.name == "นายประยูร รัตนเสนีย์")
  }

  @Test func aSplitNumberIsJoinedAndWarned() throws {
    let text = Self.external.replacingOccurrences(of: "ที่ มท ๐๘๑๒/ว ๑๕๖๕", with: "ที่ มท ๐๘๑๒/ว\n\n๑๕๖๕")
    let letter = try #require(parse(text).letters.first)
    #expect(letter.warnings.map(\.code).contains(.numberSplit))
    #expect(letter.number?.raw == "มท ๐๘๑๒/ว ๑๕๖๕")
  }

  static let memo = """
    บันทึกข้อความ
    ส่วนราชการ.....กองคลัง สำนักงานปลัดกระทรวง โทร ๐ ๒๑๒๗ ๗๐๐๐ ต่อ ๔๕๖๗.........
    ที่.....กค ๐๔๐๕.๓/๕๒๑๘..............วันที่.....๑๖ มกราคม ๒๕๖๗..........
    เรื่อง.....ขออนุมัติเบิกจ่ายเงิน..........
    เสนอ อธิบดีกรมบัญชีกลาง
    ตามที่ได้รับมอบหมาย นั้น
    จึงเสนอมาเพื่อโปรดพิจารณา
    (นางสาวสมใจ ใจดี)
    ผู้อำนวยการกองคลัง
    """

  @Test func readsAMemoOnAPrintedForm() throws {
    let letter = try #require(parse(Self.memo).letters.first)
    #expect(letter.kind == .memo)
    #expect(letter.issuer?.name == "กองคลัง สำนักงานปลัดกระทรวง")
    #expect(letter.contact.phones.first?.number == "021277000")
    #expect(letter.contact.phones.first?.ext == "4567")
    #expect(letter.number?.canonical == "กค 0405.3/5218")
    #expect(letter.date?.date?.iso == "2024-01-16")
    #expect(letter.subject == "ขออนุมัติเบิกจ่ายเงิน")
    #expect(letter.to == "อธิบดีกรมบัญชีกลาง")
    #expect(letter.closing == "จึงเสนอมาเพื่อโปรดพิจารณา")
    #expect(letter.body == ["ตามที่ได้รับมอบหมาย นั้น"])
    #expect(letter.signature?.positions == ["ผู้อำนวยการกองคลัง"])
  }

  @Test(arguments: [
    ("ลับ", Secrecy.confidential), ("ลับมาก", .secret), ("ลับที่สุด", .topSecret), ("# ลับมาก", .secret),
  ])
  func readsSecrecyMarks(_ mark: String, _ secrecy: Secrecy) throws {
    let letter = try #require(parse(mark + "\n" + Self.external).letters.first)
    #expect(letter.secrecy == secrecy)
  }

  @Test(arguments: [
    ("ด่วน", Urgency.urgent), ("ด่วนมาก", .veryUrgent), ("ด่วนที่สุด", .mostUrgent), ("ด่วนทีสุด", .mostUrgent),
  ])
  func readsUrgencyMarks(_ mark: String, _ urgency: Urgency) throws {
    let text = Self.external.replacingOccurrences(of: "ด่วนที่สุด\n", with: mark + "\n")
    let letter = try #require(parse(text).letters.first)
    #expect(letter.urgency == urgency)
  }

  @Test(arguments: [
    ("ครั้งที่ ๔/๒๕๖๖", 0),  // a meeting's number (seed 003)
    ("สัญญาเลขที่ ๑๒/๒๕๖๖ ลงวันที่ ๑ มีนาคม ๒๕๖๖", 0),  // a contract
    ("มาตรา ๑๕ แห่งพระราชบัญญัติ", 0),
    ("โทร ๐ ๒๒๘๓ ๔๖๐๘", 0),
    ("ตามหนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๘๐๘.๒/ว ๑๒๓๔ ลงวันที่ ๑ ตุลาคม ๒๕๖๖ แจ้งว่า", 1),
    ("ตามคำสั่ง บก.ทท. (เฉพาะ) ที่ ๑๑๓๙/๖๖ ลง ๑๔ ธ.ค. ๖๖ และหนังสือ สปท. ที่ กห ๐๓๑๗/๑๒๕๐ ลง ๒๘ ธ.ค. ๖๖", 2),
  ])
  func findsLetterCitationsInTheBodyAndNothingElse(_ sentence: String, _ count: Int) throws {
    let text = Self.external.replacingOccurrences(
      of: "ตามที่กรมส่งเสริมการปกครองท้องถิ่นได้แจ้งไว้ นั้น", with: sentence)
    let letter = try #require(parse(text).letters.first)
    #expect(letter.mentions.count == count, "\(letter.mentions.map(\.raw))")
  }

  @Test func emptyAndBinaryInputGiveNoLetterAndAFileWarning() {
    let empty = LetterParser().parse(bytes: [], path: "empty.txt")
    #expect(empty.letters.isEmpty)
    #expect(empty.warnings.map(\.code) == [.emptyInput])
    let pdf = LetterParser().parse(bytes: Array("%PDF-1.7\n".utf8) + [0, 1, 2], path: "x.pdf")
    #expect(pdf.letters.isEmpty)
    #expect(pdf.warnings.map(\.code) == [.binaryInput])
  }

  @Test func aTIS620FileIsReadAndTheRepairNoted() throws {
    // TIS-620: U+0E01…U+0E5B is byte 0xA1…0xFB
    let bytes: [UInt8] = Self.external.unicodeScalars.map { s in
      s.value < 0x80 ? UInt8(s.value) : UInt8(s.value - 0x0E00 + 0xA0)
    }
    let document = LetterParser().parse(bytes: bytes, path: "old.txt")
    #expect(document.source.encoding == "tis-620")
    #expect(document.warnings.map(\.code) == [.encodingRepaired])
    #expect(document.letters.first?.number?.canonical == "มท 0812/ว 1565")
  }

  @Test func aLetterCutBeforeItsClosingIsWarnedTruncated() throws {
    let cut = Self.external.components(separatedBy: "จึงเรียนมา")[0]
    let letter = try #require(parse(cut).letters.first)
    #expect(letter.warnings.map(\.code).contains(.truncated))
    let whole = try #require(parse(Self.external).letters.first)
    #expect(!whole.warnings.map(\.code).contains(.truncated))
  }
}
