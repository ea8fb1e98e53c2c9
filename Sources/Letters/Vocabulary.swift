import ThaiText

/// The words that mark the parts of a Thai letter (ระเบียบงานสารบรรณ), matched loosely so
/// that OCR that drops tone marks (`ที`, `เรือง`, `ลงวันที`) still matches.
enum Vocabulary {
  static let number: Keywords = ["ที่"]
  /// `เรอง`: Tesseract lost เรื่อง's vowel above with its tone mark.
  static let subject: Keywords = ["เรื่อง", "เรอง"]
  /// The addressee's salutation: `เรียน`, a stamped letter's `ถึง`, a memo's `เสนอ`; and the
  /// forms of the ระเบียบงานสารบรรณ for a prime minister or president (`กราบเรียน`) and for a
  /// monk (`นมัสการ`).
  /// `เรยน`: Tesseract lost เรียน's vowel above (a vowel, which a loose match does not drop).
  /// (A monk addresses a layperson with `เจริญพร`.)
  static let to: Keywords = ["เรียน", "ถึง", "เสนอ", "กราบเรียน", "นมัสการ", "เรยน", "เจริญพร"]
  /// A radio message's from-box label (จาก), before its sender.
  static let fromBox: Keywords = ["จาก"]
  /// The titles over a radio message's form (วิทยุในราชการ, แบบข่าวราชการ).
  static let messageFormTitles: Keywords = ["วิทยุในราชการ", "วิทยุสื่อสาร", "(วิทยุสื่อสาร)", "แบบข่าวราชการ", "ข่าวราชการ"]
  /// `อ้างฤึง`: Tesseract's ฤ for ถ.
  static let references: Keywords = ["อ้างถึง", "อ้างฤึง"]
  static let enclosures: Keywords = ["สิ่งที่ส่งมาด้วย", "สิ่งทีส่งมาด้วย"]
  static let memoTitle: Keywords = ["บันทึกข้อความ"]
  /// `ส่วนราซการ`: Tesseract read ช as ซ (one stroke more).
  static let memoUnit: Keywords = ["ส่วนราชการ", "ส่วนราซการ"]
  static let memoDate: Keywords = ["วันที่"]
  static let orderTitles: Keywords = ["คำสั่ง", "ระเบียบ", "ข้อบังคับ"]
  static let announcementTitles: Keywords = ["ประกาศ", "แถลงการณ์", "ข่าวประชาสัมพันธ์", "ข่าว"]
  /// ว่าด้วย: what a regulation or bylaw is about, under its title (`ระเบียบกรม… ว่าด้วย…`).
  static let regarding: Keywords = ["ว่าด้วย"]
  /// The year under a title (`พ.ศ. ๒๕๖๘`).
  static let era: Keywords = ["พ.ศ."]
  /// ฉบับที่: a press release's or statement's issue number (`ฉบับที่ 312/2568`).
  static let issueNumber: Keywords = ["ฉบับที่"]
  /// `ณ` before a date that names its weekday (`ประกาศ ณ วันพฤหัสบดีที่ …`).
  static let issuedAt: Keywords = ["สั่ง ณ ", "ประกาศ ณ ", "ให้ไว้ ณ "]
  static let issuedOn: Keywords = ["สั่ง ณ วันที่", "ประกาศ ณ วันที่", "ให้ไว้ ณ วันที่", "ณ วันที่"]
  /// ณ, which every word of `issuedAt` and `issuedOn` has (and OCR does not drop): a line
  /// without it is not searched for them.
  static let issuedMark: Unicode.Scalar = "ณ"
  /// Words that open the last lines of a body: a closing sentence, or a date's year set alone.
  static let bodyTails: Keywords = ["จึง", "พ.ศ.", "ณ วันที่"]
  /// Who else receives a copy, noted at a letter's foot (`สำเนาส่ง ท้องถิ่นจังหวัด…`).
  static let copiesTo: Keywords = ["สำเนาส่ง", "สำเนาเรียน", "สำเนาถึง", "สำเนาแจ้ง", "การแจกจ่าย"]
  static let annexTitles: Keywords = [
    "เอกสารแนบท้าย", "เอกสารแนบ", "กำหนดการ", "บัญชีแนบท้าย", "รายละเอียดแนบท้าย", "แนบท้ายหนังสือ",
  ]
  /// A meeting's agenda (`ระเบียบวาระการประชุม`), and the word its items open with (`วาระที่ ๑ …`).
  static let agendaTitle: Keywords = ["ระเบียบวาระการประชุม"]
  static let agendaItem: Keywords = ["วาระที่"]
  /// A military annex's title word (`ผนวก ก ประกอบหนังสือ…`, `อนุผนวก ๑ ประกอบผนวก ก…`).
  static let militaryAnnexWords: Keywords = ["อนุผนวก", "ผนวก"]
  /// Titles that begin an annex page when they stand at the top of a new page.
  /// (And the pages a letter sends that are no letters: a certificate, a receipt, minutes.)
  static let pageTitles: Keywords = [
    "บัญชีรายชื่อ", "บัญชี", "รายชื่อ", "ตาราง", "แบบรายงาน", "แผนที่", "เกียรติบัตร", "วุฒิบัตร", "ใบเสร็จรับเงิน",
    "รายงานการประชุม",
  ]
  /// A form's title (`แบบ ๕๓๐๐`, `แบบคำขอ…`, `ใบสมัคร…`, `แบบตอบรับ`): a short line at the top of a
  /// new page begins an annex page.
  static let formTitles: Keywords = ["แบบ", "ใบสมัคร", "ใบตอบรับ", "ใบคำขอ"]
  /// The line under an annex page's title that names its letter.
  static let annexOwnerLines: Keywords = ["แนบท้ายหนังสือ"]
  /// The line over an annex page's title that names the announcement it belongs to.
  static let announcementOwnerLines: Keywords = ["แนบท้ายประกาศ", "เอกสารแนบท้ายประกาศ"]
  /// คำลงท้าย: to most (`ขอแสดงความนับถือ`), after `กราบเรียน` (`…อย่างยิ่ง`), to a monk
  /// (`ขอนมัสการด้วยความเคารพ`).
  static let courtesyClosings: Keywords = [
    "ขอแสดงความนับถืออย่างสูง", "ขอแสดงความนับถือ", "ด้วยความนับถือ", "ขอนมัสการด้วยความเคารพ",
    "กราบเรียนมาด้วยความเคารพอย่างสูง", "ด้วยความเคารพ", "ขอเจริญพร",
  ]
  /// A memo's closing sentence; written without จึง as well (`เรียนมาเพื่อโปรดทราบ`).
  static let memoClosings: Keywords = [
    "จึงเรียนมาเพื่อ", "จึงเสนอมาเพื่อ", "จึงเรียนมา", "จึงเสนอ", "จึงแจ้งมาเพื่อ", "เรียนมาเพื่อ", "เสนอมาเพื่อ",
  ]
  /// Words a body's first paragraph opens with; a header field never continues into one.
  static let bodyOpeners: Keywords = [
    "ตามที่", "ตามหนังสือ", "ด้วย", "อนุสนธิ", "เนื่องด้วย", "เนื่องจาก", "ข้าพเจ้า", "ในการนี้",
    "ตามคำสั่ง", "ตามระเบียบ",
  ]
  /// Words the body of an order, regulation or announcement opens with.
  static let titledBodyOpeners: Keywords = bodyOpeners + ["โดยที่", "อาศัยอำนาจ", "เพื่อ"]
  /// Words a body paragraph opens with: a line after a page break that starts with one
  /// starts a paragraph.
  static let paragraphOpeners: Keywords =
    courtesyClosings + memoClosings + bodyOpeners + [
      "ตาม", "จึง", "ทั้งนี้", "อนึ่ง", "บัดนี้", "โดยที่", "อย่างไรก็ตาม", "อย่างไรก็ดี", "นอกจากนี้", "ดังนั้น",
    ]
  /// What a subject opening a paragraph goes on with (`กรมสรรพสามิตขอเรียนว่า`).
  static let openingPredicates: Keywords = ["ขอเรียน", "ขอแจ้ง", "พิจารณาแล้ว"]
  /// Words a paragraph's last sentence ends with.
  static let sentenceEnds: Keywords = [
    "นั้น", "ดังนี้", "ดังต่อไปนี้", "ต่อไป", "ด้วย", "ยิ่ง", "แล้ว", "ทราบ", "พิจารณา", "อนุมัติ", "ถือปฏิบัติ",
    "เป็นสำคัญ", "โดยด่วน", "โดยเคร่งครัด", "เป็นพระคุณ", "ขอบคุณ",
  ]
  static let phones: Keywords = ["โทรศัพท์มือถือ", "โทรศัพท์", "โทร.", "โทร", "Tel.", "Tel", "มือถือ"]
  static let faxes: Keywords = ["โทรสาร", "Fax.", "Fax", "แฟกซ์"]
  static let emails: Keywords = ["ไปรษณีย์อิเล็กทรอนิกส์", "E-mail", "e-mail", "Email", "email", "อีเมล์", "อีเมล"]
  static let coordinators: Keywords = ["ผู้ประสานงาน", "ผู้ติดต่อ"]
  static let websites: Keywords = ["เว็บไซต์", "เว็บไซท์", "Website", "website", "URL"]
  /// Contact lines with no field of their own (a LINE ID, a QR code to scan, a page).
  static let otherContacts: Keywords = [
    "LINE ID", "Line ID", "LINE", "Line", "ไลน์", "QR Code", "QR code", "QR", "Facebook", "เฟซบุ๊ก", "[QR",
  ]
  static let receipt: Keywords = ["เลขที่รับ", "เลขรับ", "ทะเบียนรับ", "รับที่"]
  static let acting: Keywords = [
    "รักษาราชการแทน", "ปฏิบัติราชการแทน", "ปฏิบัติหน้าที่แทน", "ปฏิบัติการแทน", "ปฏิบัติงานแทน", "ทำการแทน", "รักษาการแทน",
    "รักษาการในตำแหน่ง", "แทน",
  ]
  /// Words a superior's endorsement under a letter's signature opens with (การเกษียนหนังสือ).
  /// `ชอบ`: a head's approval written short (`- ชอบ ลงนามแล้ว`); `เสนอ ผบ.ทร. …`: the note that
  /// sends the memo on to a higher head.
  static let endorsements: Keywords = [
    "ความเห็น", "เห็นควร", "เห็นชอบ", "- เห็นชอบ", "ทราบ", "อนุมัติ", "- อนุมัติ", "เรียน ผอ.", "- ทราบ", "สำเนาถูกต้อง",
    "ชอบ ", "- อนุญาต", "อนุญาต", "เสนอ ",
  ]
  /// A certificate's title alone on its line (หนังสือรับรอง), or a certificate's kind of it.
  static func isCertificateTitle(_ s: [Unicode.Scalar]) -> Bool {
    // `หนังสือรับรอง`, or what it certifies run on (`หนังสือรับรองผู้ประสบอุทกภัย`): a short
    // title, no date or number in it.
    guard s.count <= 50, let (_, end) = Vocabulary.leading(certificateTitles, in: s) else { return false }
    return end == s.count || s.count <= 50 && !s.contains(where: ThaiDigits.isDigit) && !s.contains(" ")
  }
  static let certificateTitles: Keywords = ["หนังสือรับรอง", "ใบรับรอง"]
  /// A receiving office's routing notes: the system's heading, or the note to the head.
  static let routingOpeners: Keywords = ["การดำเนินการในระบบ", "การปฏิบัติในระบบ", "เรียน"]
  /// How a routing note under `เรียน …` opens: a dash item or what it is for.
  static let noteOpeners: Keywords = ["-", "เพื่อ"]
  /// `คำสั่ง` alone on its line (a heading of the endorsement, not an order's title).
  static let endorsementOrders: Keywords = ["คำสั่ง"]
  /// Words an address line begins with (`ศาลากลางจังหวัด…` is not one: it names the office).
  static let addressWords: Keywords = [
    "ถนน", "ซอย", "ตำบล", "แขวง", "อำเภอ", "เขต", "เลขที่", "หมู่", "จังหวัด", "กรุงเทพ",
  ]
  /// Words an office's name begins with.
  static let officeWords: Keywords = [
    "สำนักงาน", "สำนัก", "กรม", "กระทรวง", "กอง", "ศูนย์", "โรงเรียน", "โรงพยาบาล", "มหาวิทยาลัย", "องค์การ",
    "เทศบาล", "สถานี", "ที่ว่าการ", "ศาล", "การไฟฟ้า", "การประปา", "จังหวัด", "อำเภอ", "คณะ", "วิทยาลัย",
    "สถานเอกอัครราชทูต", "สถานกงสุล",
  ]
  /// How the name on a letterhead with no ที่ begins: organisations that write to offices.
  static let letterheadWords: Keywords = [
    "มูลนิธิ", "บริษัท", "สมาคม", "ห้างหุ้นส่วน", "สหกรณ์", "ชมรม", "สภา", "สถาบัน", "สำนักงาน", "วัด",
    // A village headman's or a kamnan's office (`ที่ทำการผู้ใหญ่บ้าน…`), which writes with no ที่ line.
    "ที่ทำการ",
  ]
  /// Bodies that announce and are not offices by name (`ประกาศคณะกรรมการค่าจ้าง`, `ประกาศธนาคาร…`).
  static let announcingBodies: Keywords = [
    "คณะกรรมการ", "ธนาคาร", "สภา", "สถาบัน", "องค์กร", "การรถไฟ", "การท่องเที่ยว", "แขวงทางหลวง", "นายทะเบียน", "สหกรณ์",
  ]
  /// The label a contact block's unit line may print (`ส่วนราชการเจ้าของเรื่อง กลุ่ม…`).
  static let ownerLabels: Keywords = ["ส่วนราชการเจ้าของเรื่อง"]
  /// Unit words that begin a contact block's unit lines.
  static let units: Keywords = ["กอง", "กลุ่ม", "ฝ่าย", "งาน", "ศูนย์", "ส่วน", "สำนัก", "แผนก", "ภาควิชา", "คณะ"]
  /// Titles before a person's name.
  static let personTitles: Keywords = [
    "นางสาว", "นาย", "นาง", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ดร.", "ผศ.", "รศ.", "ศ.",
    "พล.", "พ.", "ร.", "จ.", "ส.", "พ.ต.", "ร.ต.",
  ]

  // Combinations matched on every line, built once.
  static let listFields: Keywords = enclosures + references + subject + to
  static let citingFields: Keywords = enclosures + references
  static let headerFields: Keywords = subject + to + references + enclosures + memoUnit + number + memoDate
  static let paragraphStarts: Keywords = courtesyClosings + memoClosings + bodyOpeners
  static let titles: Keywords = orderTitles + announcementTitles
  static let contactLabels: Keywords = phones + faxes + emails + coordinators + websites + otherContacts
  static let continuations: Keywords = ["ลงวันที่", "ลงวันที", "จำนวน"]
  static let quantity: Keywords = ["จำนวน"]
  static let letterWord: Keywords = ["หนังสือ"]
  static let extensions: Keywords = ["ต่อ", "ext.", "Ext."]

  /// (urgency/secrecy word, value) longest first.
  static let urgencies: [(String, Urgency)] = [
    ("ด่วนที่สุด", .mostUrgent), ("ด่วนมาก", .veryUrgent), ("ด่วน", .urgent),
  ]
  static let secrecies: [(String, Secrecy)] = [
    ("ลับที่สุด", .topSecret), ("ลับมาก", .secret), ("ลับ", .confidential),
  ]
  /// The scalars of `urgencies` and `secrecies`, made once (`marks` tries them at every
  /// position of every short line).
  static let urgencyScalars: [([Unicode.Scalar], Urgency)] = urgencies.map { (Array($0.0.unicodeScalars), $0.1) }
  static let secrecyScalars: [([Unicode.Scalar], Secrecy)] = secrecies.map { (Array($0.0.unicodeScalars), $0.1) }

  /// The keyword of `keywords` the line starts with (loosely), and where it ends; from
  /// scalar `start` on, the end counted from there (as in a copy of `s[start...]`, which
  /// the caller need not make).
  ///
  /// The first scalar's test is inlined where this is called: most lines start with no
  /// keyword's first scalar, and a call for that test alone cost twice the test (the keywords
  /// are tried in ``leadingKeyword(_:in:at:)``).
  @inline(__always)
  static func leading(_ keywords: Keywords, in s: [Unicode.Scalar], at start: Int = 0) -> (String, Int)? {
    guard start < s.count, keywords.firstBits & Keywords.bit(s[start]) != 0 else { return nil }
    return leadingKeyword(keywords, in: s, at: start)
  }

  /// ``leading(_:in:at:)`` once the first scalar's bit is in `keywords.firstBits`.
  private static func leadingKeyword(_ keywords: Keywords, in s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
    let first = s[start]
    // By index, and first scalars compared from their own array: a `zip` of the words and
    // their scalars copied (retained) both for every keyword tried on every line.
    for k in keywords.firsts.indices where keywords.firsts[k] == first {
      if let end = LooseMatch.end(of: keywords.scalars[k], in: s, at: start) { return (keywords.words[k], end - start) }
    }
    return nil
  }

  /// Like `leading`, but the keyword must stand as a word: followed by a space, a colon,
  /// dots, a digit, or the end (so that `เรียนรู้` is not `เรียน`). Inlined, as `leading` is:
  /// most lines are turned away on their first scalar.
  @inline(__always)
  static func field(_ keywords: Keywords, in s: [Unicode.Scalar]) -> (String, Int)? {
    guard let (keyword, end) = leading(keywords, in: s) else { return nil }
    if end == s.count { return (keyword, end) }
    let next = s[end]
    if next == " " || next == ":" || next == "." || next == "\t" || next == "…" || next == "," || next == "_" {
      return (keyword, end)
    }
    return nil
  }

  /// The text after a field keyword: separators (spaces, `:`, dotted leaders) skipped.
  static func value(after end: Int, in s: [Unicode.Scalar]) -> String {
    Self.stripLeaders(String(scalars: s[valueStart(after: end, in: s)...]))
  }

  /// `value(after:in:)` where `s` is the end of `line`'s scalars (the line, or the line
  /// without its leading debris): the value is cut from the line's text, not encoded again.
  static func value(after end: Int, in s: [Unicode.Scalar], of line: Line) -> String {
    Self.stripLeaders(line.text.copyOfTrailing(s[valueStart(after: end, in: s)...]))
  }

  private static func valueStart(after end: Int, in s: [Unicode.Scalar]) -> Int {
    var i = end
    while i < s.count, s[i] == " " || s[i] == ":" || s[i] == "." || s[i] == "\t" || s[i] == "…" || s[i] == ","
      || s[i] == "_"
    {
      i += 1
    }
    return i
  }

  /// Dotted fill-in leaders of printed forms (`.....กองคลัง.....`, three dots or more, or `…`;
  /// Tesseract reads them as runs of dots, commas and underscores, `.....,.......`, `___,`)
  /// become one space; one or two dots (`พ.ศ.`, `ก.ค.`) and a comma (`45,000`) stay.
  /// - Complexity: O(n) over UTF-8 bytes (header values pass here; a `String.UnicodeScalarView`
  ///   built scalar by scalar made it 4 % of parsing).
  static func stripLeaders(_ text: String) -> String {
    var text = text
    // Most values have no leader — dots come one or two at a time (`พ.ศ.`, `ก.ค.`), and
    // most values have none: nothing to strip, and no new String to build and validate again.
    if !text.withUTF8(hasLeaders) { return text.collapsingSpaces() }
    let bytes: [UInt8] = text.withUTF8 { input in
      var out: [UInt8] = []
      out.reserveCapacity(input.count)
      var i = 0
      while i < input.count {
        let end = leaderRunEnd(input, from: i)
        if end == i {
          out.append(input[i])
          i += 1
          continue
        }
        if isLeader(input, i..<end), !endsWithEraMark(out) {
          if let last = out.last, last != 0x20 { out.append(0x20) }
        } else {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<end]))
        }
        i = end
      }
      return out
    }
    return String(decoding: bytes, as: UTF8.self).collapsingSpaces()
  }

  /// `พ.ศ.` (and a space) at the end of `out`: the dots after it are a draft's year left blank
  /// (`ร่างข้อบัญญัติ… พ.ศ. ....`), printed so, not a form's leader.
  static func endsWithEraMark(_ out: [UInt8]) -> Bool {
    let era: [UInt8] = [0xE0, 0xB8, 0x9E, 0x2E, 0xE0, 0xB8, 0xA8, 0x2E]
    let trimmed = out.last == 0x20 ? out.dropLast() : out[...]
    return trimmed.count >= era.count && trimmed.suffix(era.count).elementsEqual(era)
  }

  /// Where the run of leader characters (`.` `,` `_` `…`) from `i` ends (`i` when none is there).
  @inline(__always) static func leaderRunEnd(_ input: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    var j = i
    while j < input.count {
      let b = input[j]
      if b == 0x2E || b == 0x2C || b == 0x5F {
        j += 1
      } else if b == 0xE2, j + 2 < input.count, input[j + 1] == 0x80, input[j + 2] == 0xA6 {
        j += 3
      } else {
        break
      }
    }
    return j
  }

  /// Whether the run of leader characters `run` is a leader: a `…`, or three characters or
  /// more not all commas.
  static func isLeader(_ input: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> Bool {
    var characters = 0
    var commas = 0
    var k = run.lowerBound
    while k < run.upperBound {
      if input[k] == 0xE2 { return true }
      if input[k] == 0x2C { commas += 1 }
      characters += 1
      k += 1
    }
    return characters >= 3 && commas < characters
  }

  /// Whether `stripLeaders` has anything to strip: a leader (``isLeader(_:_:)``). Other text
  /// comes out of it byte for byte as it went in.
  /// - Complexity: O(n) over UTF-8 bytes, eight at a time past bytes that are none of
  ///   `.` `,` `_` and E2.
  static func hasLeaders(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = Byte.firstIndex(ofAny: (0x2E, 0xE2, 0x2C, 0x5F), in: input, from: 0)
    while i < input.count {
      let end = leaderRunEnd(input, from: i)
      if end > i, isLeader(input, i..<end) { return true }
      i = Byte.firstIndex(ofAny: (0x2E, 0xE2, 0x2C, 0x5F), in: input, from: max(end, i + 1))
    }
    return false
  }

  /// Past spaces and dotted leaders: `ที่.....กค …`.
  static func skipLeaders(_ s: [Unicode.Scalar], _ i: Int) -> Int {
    var j = i
    while j < s.count, s[j] == " " || s[j] == "\t" || s[j] == "." || s[j] == "…" || s[j] == ":" || s[j] == ","
      || s[j] == "_"
    {
      j += 1
    }
    return j
  }

  /// A line made only of urgency and secrecy words.
  /// A mark OCR damaged at the head of a letter, alone on its line: a space inside it
  /// (`ด่วน มาก`), or one letter misread in a mark of six letters or more (`ค่วนที่สุด`; a
  /// shorter word one letter from `ด่วน` — `ส่วน`, `ด้วย` — is too likely a word of its own).
  static func damagedMarks(_ s: [Unicode.Scalar]) -> (Urgency?, Secrecy?)? {
    guard s.count <= 20 else { return nil }
    if s.contains(" ") { return marks(s.filter { $0 != " " }) }
    let letters = DamagedClosing.skeleton(s)
    for (word, value) in longUrgencySkeletons where OneEdit.apart(letters, word) { return (value, nil) }
    for (word, value) in longSecrecySkeletons where OneEdit.apart(letters, word) { return (nil, value) }
    return nil
  }

  /// The marks of six scalars or more, as ``DamagedClosing/skeleton(_:)`` letters (made once).
  static let longUrgencySkeletons = urgencyScalars.filter { $0.0.count >= 6 }.map {
    (DamagedClosing.skeleton($0.0), $0.1)
  }
  static let longSecrecySkeletons = secrecyScalars.filter { $0.0.count >= 6 }.map {
    (DamagedClosing.skeleton($0.0), $0.1)
  }

  /// The office's stamp on its own file copy (`สำเนาคู่ฉบับ`, `สำเนา`), alone on a line above
  /// the letter: it marks the copy, it says nothing of the letter.
  static func isFileCopyStamp(_ s: [Unicode.Scalar]) -> Bool {
    fileCopyStamps.contains { $0.count == s.count && $0 == s }
  }
  static let fileCopyStamps: [[Unicode.Scalar]] = ["สำเนาคู่ฉบับ", "สำเนา"].map { Array($0.unicodeScalars) }

  /// The urgency and secrecy a marks line prints (`ด่วนที่สุด`, `ลับ`, `ด่วนมาก ลับมาก`), or nil
  /// when the line is not one. A form's rows of boxes (`☐ ด่วนที่สุด ☑ ด่วนมาก`, markdown's
  /// `[ ] ลับ [x] ลับมาก`, labelled `ชั้นความเร็ว` / `ชั้นความลับ`): only a ticked word counts,
  /// and a row with nothing ticked is still a marks line, (nil, nil).
  static func marks(_ s: [Unicode.Scalar]) -> (Urgency?, Secrecy?)? {
    guard !s.isEmpty else { return nil }
    // A form's row that opens with its label (`ความเร่งด่วน ด่วนที่สุด   ชั้นความลับ ....`): its
    // labels are read wherever they stand, and a blank's dots after them.
    let labelled = (s[0] == "ช" || s[0] == "ค") && markLabels.contains { LooseMatch.end(of: $0, in: s, at: 0) != nil }
    guard s.count <= 30 || s.count <= 120 && (labelled || mayStartBoxRow(s[0]) && hasBox(s)) else { return nil }
    var i = 0
    var urgency: Urgency?
    var secrecy: Secrecy?
    var unticked = false
    var boxes = false
    while i < s.count {
      if s[i] == " " || s[i] == "\t" || s[i] == "|" || s[i] == "," || s[i] == "*" || s[i] == ":"
        || labelled && (s[i] == "." || s[i] == "\u{2026}")
      {
        i += 1
        continue
      }
      if let (ticked, end) = box(s, at: i) {
        unticked = !ticked
        boxes = true
        i = end
        continue
      }
      var matched = false
      for (word, value) in urgencyScalars {
        if let end = LooseMatch.end(of: word, in: s, at: i) {
          if !unticked { urgency = value }
          unticked = false
          i = end
          matched = true
          break
        }
      }
      if !matched {
        for (word, value) in secrecyScalars {
          if let end = LooseMatch.end(of: word, in: s, at: i) {
            if !unticked { secrecy = value }
            unticked = false
            i = end
            matched = true
            break
          }
        }
      }
      if !matched, labelled || boxes || hasBox(s) {
        for label in markLabels {
          if let end = LooseMatch.end(of: label, in: s, at: i) {
            i = end
            matched = true
            break
          }
        }
      }
      if !matched { return nil }
    }
    if urgency == nil && secrecy == nil { return boxes ? (nil, nil) : nil }
    return (urgency, secrecy)
  }

  /// A form's labels for its rows of boxes.
  static let markLabels: [[Unicode.Scalar]] = ["ชั้นความเร็ว", "ชั้นความลับ", "ชั้นความด่วน", "ความเร่งด่วน"].map {
    Array($0.unicodeScalars)
  }

  /// A box at `i` — `☐` (empty), `☑ ☒`, or markdown's `[ ]`, `[x]`, `[X]`, `[/]`, `[✓]` — whether
  /// it is ticked, and where it ends.
  static func box(_ s: [Unicode.Scalar], at i: Int) -> (ticked: Bool, end: Int)? {
    switch s[i] {
    case "\u{2610}", "\u{25A1}": return (false, i + 1)
    case "\u{2611}", "\u{2612}", "\u{25A0}": return (true, i + 1)
    case "[":
      guard i + 2 < s.count, s[i + 2] == "]" else { return nil }
      switch s[i + 1] {
      case " ": return (false, i + 3)
      case "x", "X", "/", "\u{2713}", "\u{2714}": return (true, i + 3)
      default: return nil
      }
    default: return nil
    }
  }

  static func hasBox(_ s: [Unicode.Scalar]) -> Bool { s.indices.contains { box(s, at: $0) != nil } }

  /// Whether a row of boxes can start with `c` (a box, a label, a mark word, markup): most
  /// long lines cannot, and are not searched for boxes.
  @inline(__always) static func mayStartBoxRow(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "\u{2610}", "\u{2611}", "\u{2612}", "\u{25A0}", "\u{25A1}", "[", "ช", "ด", "ล", "*", "|": true
    default: false
    }
  }
}

/// A list of keywords with their scalars computed once (matching runs on every line).
struct Keywords: ExpressibleByArrayLiteral, Sendable {
  let words: [String]
  let scalars: [[Unicode.Scalar]]
  /// Each word's first scalar (nil for an empty word, which matches nothing), to pass over
  /// words quickly.
  let firsts: [Unicode.Scalar?]
  /// Bit `value % 64` set for each word's first scalar: a line whose first scalar has no bit
  /// here starts with none of the words, and is turned away without trying each word (most
  /// lines, for most keyword sets; Thai letters E01–E2E fall on distinct bits).
  let firstBits: UInt64

  init(_ words: [String]) {
    self.words = words
    self.scalars = words.map { Array($0.unicodeScalars) }
    self.firsts = scalars.map(\.first)
    self.firstBits = firsts.reduce(0) { bits, first in first.map { bits | Keywords.bit($0) } ?? bits }
  }

  /// `scalar`'s bit in ``firstBits``.
  @inline(__always) static func bit(_ scalar: Unicode.Scalar) -> UInt64 { 1 &<< UInt64(scalar.value & 63) }

  init(arrayLiteral words: String...) { self.init(words) }

  static func + (a: Keywords, b: Keywords) -> Keywords { Keywords(a.words + b.words) }
}
