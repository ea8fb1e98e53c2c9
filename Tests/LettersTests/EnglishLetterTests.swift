import Foundation
import Testing

@testable import Letters

/// Letters written in English by Thai offices (หนังสือภาษาอังกฤษ): `No.` for ที่, `Subject:` for
/// เรื่อง, the inside address or `Dear …,` for เรียน, `Yours sincerely,` for ขอแสดงความนับถือ, a
/// note verbale's closing sentence, and the OCR damage English text takes.
@Suite struct EnglishLetterTests {
  static func letters(_ text: String, path: String = "t.txt") -> [Letter] { lettersIn(text, path: path) }

  static let universityLetter = """
                                       [Garuda]
    No. อว 0603.07/1234                         Faculty of Engineering
                                                Chiang Mai University
                                                239 Huay Kaew Road, Suthep
                                                Chiang Mai 50200, Thailand

                                     12 March 2026

    Professor Dr. Hans Mueller
    President
    Esslingen University of Applied Sciences
    Kanalstrasse 33, 73728 Esslingen, Germany

    Subject: Renewal of the Memorandum of Understanding

    Reference: Letter of the Faculty of Engineering No. อว 0603.07/998 dated 15 December 2025

    Enclosure: Draft Memorandum of Understanding (2026-2031)

    Dear Professor Mueller,

           With reference to your letter dated 2 January 2026, the Faculty of Engineering,
    Chiang Mai University, is pleased to inform you that the University Council approved
    the renewal of the Memorandum of Understanding on 4 March 2026.

           We would appreciate it if you could review the enclosed draft and return your
    comments by 30 April 2026.

                                     Yours sincerely,

                                     (Associate Professor Dr. Somchai Jaidee)
                                     Dean, Faculty of Engineering
                                     for President, Chiang Mai University

    International Relations Unit
    Tel. +66 5394 2001 ext. 12
    Fax +66 5394 2002
    E-mail: inter.eng@cmu.ac.th
    """

  @Test func aLetterInEnglishFillsEveryField() throws {
    let letters = Self.letters(Self.universityLetter)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.kind == .external)
    #expect(letter.lines == LineSpan(start: 2, end: 38))
    #expect(letter.number?.canonical == "อว 0603.07/1234")
    #expect(letter.date?.raw == "12 March 2026")
    #expect(letter.date?.date?.iso == "2026-03-12")
    #expect(letter.date?.beYear == 2569)
    #expect(letter.issuer == Issuer(name: "Faculty of Engineering", address: "Chiang Mai University 239 Huay Kaew Road, Suthep Chiang Mai 50200, Thailand"))
    #expect(
      letter.to
        == "Professor Dr. Hans Mueller President Esslingen University of Applied Sciences Kanalstrasse 33, 73728 Esslingen, Germany"
    )
    #expect(letter.subject == "Renewal of the Memorandum of Understanding")
    let reference = try #require(letter.references.first)
    #expect(reference.raw == "Letter of the Faculty of Engineering No. อว 0603.07/998 dated 15 December 2025")
    #expect(reference.issuer == "Faculty of Engineering")
    #expect(reference.number?.canonical == "อว 0603.07/998")
    #expect(reference.date?.date?.iso == "2025-12-15")
    #expect(letter.enclosures.map(\.title) == ["Draft Memorandum of Understanding (2026-2031)"])
    #expect(letter.body.count == 2)
    #expect(letter.body.first?.hasPrefix("With reference to your letter dated 2 January 2026, the Faculty") == true)
    #expect(letter.mentions.map(\.raw) == ["your letter dated 2 January 2026"])
    #expect(letter.mentions.first?.number == nil)
    #expect(letter.closing == "Yours sincerely,")
    #expect(
      letter.signature
        == Signature(
          name: "Associate Professor Dr. Somchai Jaidee",
          positions: ["Dean, Faculty of Engineering", "for President, Chiang Mai University"], acting: "for"))
    #expect(letter.contact.units == ["International Relations Unit"])
    #expect(letter.contact.phones == [Phone(raw: "+66 5394 2001 ext. 12", number: "6653942001", ext: "12")])
    #expect(letter.contact.faxes.map(\.number) == ["6653942002"])
    #expect(letter.contact.emails == ["inter.eng@cmu.ac.th"])
    #expect(letter.warnings.isEmpty)
  }

  /// A note verbale: third person, no salutation and no signature; its closing sentence is the
  /// closing, its place and date and its addressee stand at its foot.
  @Test func aNoteVerbale() throws {
    let text = """
                                      @

      No. 0306/2145

              The Ministry of Foreign Affairs of the Kingdom of Thailand presents its
      compliments to the Embassy of the Republic of Korea and has the honour to
      inform the Embassy that the Royal Thai Government has approved the visit.

              With reference to the Embassy's Note No. 112/2026 dated 2 March 2026, the
      Ministry wishes to inform that the programme is attached herewith.

              The Ministry of Foreign Affairs avails itself of this opportunity to renew to
      the Embassy of the Republic of Korea the assurances of its highest consideration.

                                                 [Seal]

                                                 Ministry of Foreign Affairs,
                                                 Bangkok, 12 March 2026

      The Embassy of the Republic of Korea,
      Bangkok
      """
    let letter = try #require(Self.letters(text).first)
    #expect(letter.kind == .external)
    #expect(letter.number?.canonical == "0306/2145")
    #expect(letter.number?.prefix == nil)
    #expect(letter.warnings.map(\.code) == [.numberWithoutPrefix])
    #expect(letter.date?.raw == "12 March 2026")
    #expect(letter.issuer == Issuer(name: "Ministry of Foreign Affairs", address: "Bangkok"))
    #expect(letter.to == "The Embassy of the Republic of Korea, Bangkok")
    #expect(letter.closing?.hasPrefix("The Ministry of Foreign Affairs avails itself") == true)
    #expect(letter.body.count == 2)
    #expect(letter.signature == nil)
    // An embassy numbers its notes serial/year.
    let note = try #require(letter.mentions.first)
    #expect(note.raw == "Note No. 112/2026 dated 2 March 2026")
    #expect(note.number?.serial == "112")
    #expect(note.number?.yearSuffix == "2026")
    #expect(letter.lines.end == 21)
  }

  @Test func aMemorandumWithLabelledFields() throws {
    let text = """
      # MEMORANDUM

      **To:** Director-General, Department of Trade Negotiations
      **From:** International Affairs Division
      **Date:** 5 February 2026
      **Subject:** Preparations for the ASEAN Economic Ministers' Meeting

      1. The Division has received the draft agenda from the ASEAN Secretariat.

      2. Please review the attached documents by 10 February 2026.

      Submitted for your consideration.

      Somsak Wongsa
      Director, International Affairs Division
      """
    let letter = try #require(Self.letters(text, path: "t.md").first)
    #expect(letter.kind == .memo)
    #expect(letter.to == "Director-General, Department of Trade Negotiations")
    #expect(letter.issuer?.name == "International Affairs Division")
    #expect(letter.date?.date?.iso == "2026-02-05")
    #expect(letter.subject == "Preparations for the ASEAN Economic Ministers' Meeting")
    #expect(letter.body.count == 2)
    #expect(letter.closing == "Submitted for your consideration.")
    #expect(letter.signature?.name == "Somsak Wongsa")
    #expect(letter.signature?.positions == ["Director, International Affairs Division"])
    #expect(!letter.warnings.contains { $0.code == .truncated })
  }

  /// The damage real OCR does to an English letter's labels and digits.
  @Test(arguments: [
    ("Subiect: Renewal of the MoU", "Renewal of the MoU"),
    ("SUBJECT : Renewal of the MoU", "Renewal of the MoU"),
    ("Re: Renewal of the MoU", "Renewal of the MoU"),
  ])
  func aDamagedOrOtherSubjectLabel(line: String, value: String) throws {
    let text = Self.universityLetter.replacingOccurrences(
      of: "Subject: Renewal of the Memorandum of Understanding", with: line)
    let letter = try #require(Self.letters(text).first)
    #expect(letter.subject == value)
  }

  @Test(arguments: ["Yours sincere1y,", "Yours faithfully,", "Sincerely yours,", "Best regards,"])
  func courtesyClosings(closing: String) throws {
    let text = Self.universityLetter.replacingOccurrences(of: "Yours sincerely,", with: closing)
    let letter = try #require(Self.letters(text).first)
    #expect(letter.closing == closing)
    #expect(letter.signature?.name == "Associate Professor Dr. Somchai Jaidee")
  }

  /// The date line's forms: a place or a weekday and its comma before a date that has a comma of
  /// its own.
  @Test(arguments: [
    ("Bangkok, March 12, 2026", "March 12, 2026"), ("Thursday, March 12, 2026", "March 12, 2026"),
    ("Date: 12th March 2026", "12th March 2026"), ("Chiang Mai, 12 March 2026.", "12 March 2026"),
  ])
  func dateLines(line: String, raw: String) throws {
    let text = Self.universityLetter.replacingOccurrences(of: "                                 12 March 2026", with: "    " + line)
    let letter = try #require(Self.letters(text).first)
    #expect(letter.date?.raw == raw)
    #expect(letter.date?.date?.iso == "2026-03-12")
    #expect(letter.to?.hasPrefix("Professor Dr. Hans Mueller") == true)
  }

  /// Words that only look like a citation's: a verb `note`, `in order to`, a number whose code opens
  /// with 0 (no serial/year), a cited number wrapped onto a line of the body (no new letter).
  @Test func citationsInTheBody() throws {
    let body = """
             With reference to your letter No. 0504/2026 dated 2 March 2026, please note that the revised
      programme dated 10 March 2026 is enclosed. In order to
      No. 0804/5678, dated 3 March 2026, the Faculty agrees. If you would like further information,
      please do not hesitate to contact me.
      """
    let text = Self.universityLetter.replacingOccurrences(
      of: """
               We would appreciate it if you could review the enclosed draft and return your
        comments by 30 April 2026.
        """, with: body)
    let letters = Self.letters(text)
    #expect(letters.count == 1)
    let letter = try #require(letters.first)
    #expect(letter.mentions.map(\.raw) == ["your letter dated 2 January 2026", "your letter No. 0504/2026 dated 2 March 2026"])
    #expect(letter.mentions.last?.number?.code == "0504")
    #expect(letter.body.last?.hasSuffix("please do not hesitate to contact me.") == true)
  }

  /// Latin letters OCR printed for digits in the number and the date: read, at a chosen
  /// reading's confidence, and warned `ocr_digits` on their line.
  @Test(arguments: [
    ("No. อว O603.07/1234", "12 March 2026", "อว 0603.07/1234", "2026-03-12", 2),
    ("No. อว 0603.07/1234", "March l2, 2026", "อว 0603.07/1234", "2026-03-12", 7),
    ("No. อว 0603.07/1234", "2l March 2026", "อว 0603.07/1234", "2026-03-21", 7),
  ])
  func lettersReadForDigits(number: String, date: String, canonical: String, iso: String, warnedLine: Int) throws {
    let text = Self.universityLetter.replacingOccurrences(of: "No. อว 0603.07/1234", with: number)
      .replacingOccurrences(of: "                                 12 March 2026", with: "                                 " + date)
    let letter = try #require(Self.letters(text).first)
    #expect(letter.number?.canonical == canonical)
    #expect(letter.date?.date?.iso == iso)
    #expect(letter.date?.raw == date)
    #expect(letter.warnings.map(\.code) == [.ocrDigits])
    #expect(letter.warnings.first?.line == warnedLine)
    #expect(min(letter.number?.confidence ?? 1, letter.date?.confidence ?? 1) == OCRDigits.chosenConfidence)
  }

  @Test(arguments: [
    ("Te1. +66 5394 2001", "E-mail: inter.eng@cmu.ac.th"),
    ("Tel: +66 5394 2001", "E-rnail: inter.eng@cmu.ac.th"),
    ("Telephone +66 5394 2001", "E-mai1: inter.eng@cmu.ac.th"),
  ])
  func damagedContactLabels(phone: String, email: String) throws {
    let text = Self.universityLetter.replacingOccurrences(of: "Tel. +66 5394 2001 ext. 12", with: phone)
      .replacingOccurrences(of: "E-mail: inter.eng@cmu.ac.th", with: email)
    let letter = try #require(Self.letters(text).first)
    #expect(letter.contact.phones.map(\.number) == ["6653942001"])
    #expect(letter.contact.emails == ["inter.eng@cmu.ac.th"])
  }

  /// `acting`: the phrase that makes the signer act for another, wherever the line prints it;
  /// `for` inside a title is none.
  @Test(arguments: [
    ("Acting Director-General", "Acting"), ("for Permanent Secretary", "for"),
    ("Deputy Director-General, on behalf of", "on behalf of"), ("Vice Governor, for", "for"),
    ("Vice-President for International Affairs", nil),
  ] as [(String, String?)])
  func actingPhrases(position: String, acting: String?) {
    #expect(EnglishLetterReader.actingPhrase(position) == acting)
  }

  /// A number split after its slash, the serial under the office block's first line.
  @Test func aNumberSplitUnderTheOfficeBlock() throws {
    let text = Self.universityLetter.replacingOccurrences(
      of: """
        No. อว 0603.07/1234                         Faculty of Engineering
                                                    Chiang Mai University
        """,
      with: """
        No. อว 0603.07/                             Faculty of Engineering
            1234                                    Chiang Mai University
        """)
    let letter = try #require(Self.letters(text).first)
    #expect(letter.number?.canonical == "อว 0603.07/1234")
    #expect(letter.number?.raw == "อว 0603.07/ 1234")
    #expect(letter.warnings.map(\.code) == [.numberSplit])
    #expect(letter.issuer?.address?.hasPrefix("Chiang Mai University 239") == true)
  }

  /// A foreign office's own reference is no letter number.
  @Test func aForeignReferenceIsNoNumber() throws {
    let text = Self.universityLetter.replacingOccurrences(of: "No. อว 0603.07/1234", with: "Our Ref.: ES/2026/118")
    let letter = try #require(Self.letters(text).first)
    #expect(letter.number == nil)
    #expect(letter.date?.date?.iso == "2026-03-12")
    #expect(letter.issuer?.name == "Faculty of Engineering")
  }

  /// A Thai covering letter and the English letter it encloses are two records; the English
  /// letter is no translation of the Thai one (its number is its own).
  @Test func aThaiCoverAndTheEnglishLetterItEncloses() throws {
    let cover = """
      ที่ ชม ๐๐๑๗.๒/๒๔๕๙                                 ศาลากลางจังหวัดเชียงใหม่
                                                         ถนนโชตนา เชียงใหม่ ๕๐๓๐๐

                                    ๓ เมษายน ๒๕๖๙

      เรื่อง  ส่งหนังสือเชิญเยือนจังหวัดเชียงใหม่

      เรียน  นายกเทศมนตรีเมืองอุรุมะ

      สิ่งที่ส่งมาด้วย  หนังสือจังหวัดเชียงใหม่ ที่ ชม ๐๐๑๗.๒/๒๔๕๘ ลงวันที่ ๓ เมษายน ๒๕๖๙

                ด้วยจังหวัดเชียงใหม่ขอเชิญท่านเยือนจังหวัดเชียงใหม่ รายละเอียดตามสิ่งที่ส่งมาด้วย

                                   ขอแสดงความนับถือ

                                  (นายสมชาย ใจดี)
                               ผู้ว่าราชการจังหวัดเชียงใหม่

      สำนักงานจังหวัด
      โทร. ๐ ๕๓๑๑ ๒๐๐๙

      """
    let english = Self.universityLetter.replacingOccurrences(of: "No. อว 0603.07/1234", with: "Ref. No. ชม 0017.2/2458")
    let letters = Self.letters(cover + english)
    #expect(letters.count == 2)
    #expect(letters.first?.subject == "ส่งหนังสือเชิญเยือนจังหวัดเชียงใหม่")
    #expect(letters.last?.number?.canonical == "ชม 0017.2/2458")
    #expect(letters.last?.subject == "Renewal of the Memorandum of Understanding")
    #expect(letters.last?.closing == "Yours sincerely,")
  }

  /// What a model says around its transcript in English is no letter and no annex.
  @Test(arguments: [
    "If you would like this letter translated into Thai or summarised, just let me know.",
    "Note: the Garuda emblem at the top of the page and the handwritten signature have been omitted.",
  ])
  func aModelsRemarkUnderTheLetter(remark: String) {
    let letters = Self.letters(Self.universityLetter + "\n\n---\n\n" + remark + "\n", path: "t.md")
    #expect(letters.count == 1)
    #expect(letters.first?.lines.end == 38)
  }

  /// An annex page after an English letter names it as a Thai annex does (`เอกสารแนบท้ายหนังสือ`).
  @Test func anEnglishAnnexNamesItsLetter() throws {
    let text =
      Self.universityLetter + """



                                                  Attachment to Letter No. อว 0603.07/1234
                                                  dated 12 March 2026

                          SCHEDULE OF THE SIGNING CEREMONY

      09.00 hrs.      Registration of guests at the Faculty of Engineering
      10.00 hrs.      Signing of the Memorandum of Understanding by both parties
      """
    let letters = Self.letters(text)
    #expect(letters.count == 2)
    let annex = try #require(letters.last)
    #expect(annex.kind == .annex)
    #expect(annex.mentions.first?.raw == "Letter No. อว 0603.07/1234 dated 12 March 2026")
    #expect(annex.subject == "SCHEDULE OF THE SIGNING CEREMONY")
  }

  /// A Thai letter that only carries English (a quoted e-mail with `Dear …` and `Best
  /// regards,`) is read as a Thai letter.
  @Test func aThaiLetterQuotingAnEnglishMailStaysThai() throws {
    let text = """
      ที่ อว ๖๖๐๓๐๑/๑๑๔๗                                  มหาวิทยาลัยขอนแก่น
                                                         ถนนมิตรภาพ ขอนแก่น ๔๐๐๐๒

                                    ๑๗ กุมภาพันธ์ ๒๕๖๙

      เรื่อง  ขอความอนุเคราะห์ข้อมูล

      เรียน  อธิการบดีมหาวิทยาลัยเชียงใหม่

                ด้วยมหาวิทยาลัยได้รับไปรษณีย์อิเล็กทรอนิกส์จากมหาวิทยาลัยคู่ความร่วมมือ ความว่า

                Dear Colleagues, we would be grateful for the list of participants of the summer school
                held last year, together with their contact details and affiliations.
                Best regards,

                จึงเรียนมาเพื่อโปรดพิจารณา

                                   ขอแสดงความนับถือ

                                  (นายสมชาย ใจดี)
                               รองอธิการบดี ปฏิบัติการแทน
                               อธิการบดีมหาวิทยาลัยขอนแก่น
      """
    let letter = try #require(Self.letters(text).first)
    #expect(letter.subject == "ขอความอนุเคราะห์ข้อมูล")
    #expect(letter.to == "อธิการบดีมหาวิทยาลัยเชียงใหม่")
    #expect(letter.closing == "ขอแสดงความนับถือ")
  }
}
