/// คำของเครื่องอ่าน — what an LLM-based OCR writes about its answer rather than the page: a
/// sentence introducing it (`Here is the extracted text from the document:`) or a heading it
/// made up over the letter (`# หนังสือราชการ`). Neither is text of the letter.
enum OCRRemark {
  /// Words of such an introduction, lowercased.
  static let introductionWords = ["here is", "here's", "extracted", "transcri", "ocr"]

  /// Headings a model puts over a letter or its parts: the name of the genre, not of this
  /// document (`หนังสือราชการ`), or of a part (`ส่วนหัวของเอกสาร`, `เนื้อความของหนังสือ`,
  /// `ข้อมูลการติดต่อ`); a colon after one allowed.
  static let madeUpHeadings: [[Unicode.Scalar]] = [
    "หนังสือราชการ", "เอกสารราชการ", "ส่วนหัวของเอกสาร", "ส่วนหัวของหนังสือ", "เนื้อความของหนังสือ", "เนื้อความ",
    "เนื้อหา", "เนื้อหาของหนังสือ", "ข้อความ", "ตราประทับและวันที่", "ข้อมูลการติดต่อ", "ส่วนท้าย", "ส่วนท้ายของเอกสาร",
    "ส่วนท้ายของหนังสือ", "ส่วนลงนาม", "Header", "Body", "Signature", "Closing", "Contact", "Approval", "Footer",
  ].map { Array($0.unicodeScalars) }

  static let longestHeading = madeUpHeadings.map(\.count).max() ?? 0

  /// English labels a model translated the letter's own into, or made up, bold at a line's
  /// start (`**Subject:** การเตรียม…`, `**Tel.:** ๐ ๔๓๒๓ ๖๖๓๑`): the Thai label the letter
  /// prints, or "" for one it prints none of (`**Date:**`, `**From:**`, `**Signature:**`),
  /// whose value stands as printed.
  static let englishLabels: [(label: [Unicode.Scalar], thai: String)] = [
    ("No.:", "ที่"), ("No:", "ที่"), ("Number:", "ที่"), ("Letter No.:", "ที่"), ("Subject:", "เรื่อง"), ("To:", "เรียน"),
    ("Attention:", "เรียน"), ("Ref:", "อ้างถึง"), ("Ref.:", "อ้างถึง"), ("Reference:", "อ้างถึง"), ("References:", "อ้างถึง"),
    ("Enclosure:", "สิ่งที่ส่งมาด้วย"), ("Enclosures:", "สิ่งที่ส่งมาด้วย"), ("Attachment:", "สิ่งที่ส่งมาด้วย"),
    ("Attachments:", "สิ่งที่ส่งมาด้วย"), ("Tel.:", "โทร."), ("Tel:", "โทร."), ("Phone:", "โทร."), ("Fax:", "โทรสาร"),
    ("E-mail:", "ไปรษณีย์อิเล็กทรอนิกส์"), ("Email:", "ไปรษณีย์อิเล็กทรอนิกส์"), ("Date:", ""), ("From:", ""),
    ("Urgency:", ""), ("Closing:", ""), ("Signature:", ""), ("Signed:", ""), ("Position:", ""), ("Contact:", ""),
    ("Coordinator:", "ผู้ประสานงาน"), ("Office:", ""), ("Body:", ""),
  ].map { (Array($0.0.unicodeScalars), $0.1) }

  /// The line as the letter prints it, when it opens with an English label a model set
  /// before a Thai value (``englishLabels``): the Thai label and the value; nil for any other
  /// line, for a label with nothing after it, and for a value with no Thai (an e-mail's own
  /// `Subject: Re: meeting`).
  static func withoutEnglishLabel(_ text: String) -> String? {
    guard let first = text.utf8.first, (0x41...0x5A).contains(first), text.utf8.count >= 6 else { return nil }
    let s = Array(text.unicodeScalars)
    for (label, thai) in englishLabels where s.count > label.count + 1 && s.starts(with: label) {
      var i = label.count
      while i < s.count, s[i] == " " { i += 1 }
      // (A phone, a fax, an e-mail address need no Thai: `**Tel.:** 0 4323 6631`.)
      let contact = thai == "โทร." || thai == "โทรสาร" || thai == "ไปรษณีย์อิเล็กทรอนิกส์"
      guard i < s.count, contact || s[i...].contains(where: { (0x0E01...0x0E5B).contains($0.value) }) else { return nil }
      // Nor for an English value with a Thai number in it (`**Reference:** Letter of … No. อว 64.18/1926
      // dated …`): an English letter's own label. (A Thai value with English in it opens in Thai.)
      if !contact, EnglishWords.isLetter(s[i]), Self.latinOutnumbersThai(s[i...]) { return nil }
      var end = s.count
      // The model's English gloss after the value (`ด่วนที่สุด (Most Urgent)`, `(12 November 2025)`).
      if s[end - 1] == ")", let open = s[i..<end].lastIndex(of: "("), open > i, s[(open + 1)..<(end - 1)].allSatisfy({ $0.value < 0x80 }),
        s[(open + 1)..<(end - 1)].contains(where: { (0x41...0x5A).contains($0.value) || (0x61...0x7A).contains($0.value) })
      {
        end = open
        while end > i, s[end - 1] == " " { end -= 1 }
      }
      let value = String(String.UnicodeScalarView(s[i..<end]))
      return thai.isEmpty ? value : thai + " " + value
    }
    return nil
  }

  static func latinOutnumbersThai(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
    var balance = 0
    for c in s {
      if c.value &- 0x0E01 < 0x2E { balance -= 2 } else if EnglishWords.isLetter(c) { balance += 1 }
    }
    return balance > 0
  }

  /// How a model's title over its transcript begins (`เอกสารที่ถอดความ: หนังสือประทับตรา`).
  static let transcriptTitles: Keywords = ["เอกสารที่ถอดความ", "ข้อความที่ถอดจาก"]

  /// Labels a model puts before a part of the letter that prints none (`คำลงท้าย:`
  /// `ขอแสดงความนับถือ`, `ส่วนราชการเจ้าของเรื่อง:` `กอง…`), with their colon.
  /// `หน่วยงาน:`, `ที่อยู่:`: the office and its address as a model listed the header (`- **ที่:** …`).
  static let madeUpLabels: [[Unicode.Scalar]] = [
    "คำลงท้าย:", "ส่วนราชการเจ้าของเรื่อง:", "ข้อความ:", "เนื้อความ:", "ลงชื่อ:", "หน่วยงาน:", "ที่อยู่:",
  ].map {
    Array($0.unicodeScalars)
  }

  /// What a vision model says a hand wrote (`[ลายมือเขียน: ทราบ / มอบ …]`, `[handwritten:
  /// เรียน ผอ.]`): the writing, or nil when the line is no such note.
  static func handwriting(_ s: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
    guard s.count > 8, s.first == "[", s.last == "]" else { return nil }
    for label in handwritingLabels where s.count > label.count + 2 && s[1...].starts(with: label) {
      var i = 1 + label.count
      while i < s.count - 1, s[i] == " " { i += 1 }
      let inner = s[i..<(s.count - 1)]
      return inner.contains("[") || inner.contains("]") || inner.isEmpty ? nil : inner
    }
    return nil
  }

  static let handwritingLabels: [[Unicode.Scalar]] = [
    "ลายมือเขียน:", "ลายมือ:", "เขียนด้วยลายมือ:", "handwritten:", "Handwritten:", "handwriting:", "Handwriting:",
  ].map { Array($0.unicodeScalars) }

  /// `ตำแหน่ง:` before a signer's position (`**ตำแหน่ง:** รองผู้ว่าราชการจังหวัด …`): a label
  /// a model made up, read off the position only (in a body the words may be the letter's).
  static let positionLabel = Array("ตำแหน่ง:".unicodeScalars)

  /// Where the text after a label a model made up begins (past the colon and spaces), or nil
  /// when the line has none or nothing after it.
  static func madeUpLabelEnd(_ s: [Unicode.Scalar]) -> Int? {
    guard let first = s.first, first == "ค" || first == "ส" || first == "ข" || first == "เ" || first == "ล" || first == "ห" || first == "ท"
    else {
      return nil
    }
    for label in madeUpLabels where s.count > label.count + 1 && s.starts(with: label) {
      var i = label.count
      while i < s.count, s[i] == " " { i += 1 }
      return i < s.count ? i : nil
    }
    return nil
  }

  /// Asked of every line: compared scalar by scalar, no string made unless the line ends
  /// with a colon and is ASCII.
  static func isRemark(_ s: [Unicode.Scalar]) -> Bool {
    if s.count >= 12, s.count <= 120, s.last == ":", s.allSatisfy({ $0.value < 0x80 }) {
      let text = String(String.UnicodeScalarView(s)).lowercased()
      return introductionWords.contains { text.contains($0) }
    }
    // `# Official Letter (Transcribed)`, `Below is the full transcription of the scanned
    // document. …`: English about the transcript, whatever it ends with.
    if s.count >= 12, s.count <= 300, s[0].value < 0x80, s.allSatisfy({ $0.value < 0x80 }),
      String(String.UnicodeScalarView(s)).lowercased().utf8Range(of: "transcri") != nil
    {
      return true
    }
    let heading = s.last == ":" ? s.dropLast() : s[...]
    // The headings are short: most lines are longer than all of them.
    if heading.count <= longestHeading, madeUpHeadings.contains(where: { $0.count == heading.count && $0.elementsEqual(heading) }) {
      return true
    }
    return Vocabulary.leading(transcriptTitles, in: s) != nil || isThaiChat(s) || isTranscriberNote(s)
      || isTextBelowNote(s) || isEnglishOffer(s) || isEnglishTranscriberNote(s)
  }

  /// The transcriber's note in English (`Note: the Garuda emblem at the top of the page and the
  /// handwritten signature have been omitted.`): a note about what the page shows.
  static func isEnglishTranscriberNote(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 20, s.count <= 240, s[0] == "N" || s[0] == "*" || s[0] == "(" || s[0] == "[" else { return false }
    // (Most lines that open with a bracket are Thai: a signer's name.)
    guard let first = s.first(where: { $0 != "*" && $0 != "(" && $0 != "[" }), first == "N" || first == "n" || first == "T"
    else { return false }
    let rest = Array(s.drop { $0 == "*" || $0 == "(" || $0 == "[" })
    guard englishNoteLabels.end(in: rest, at: 0) != nil else { return false }
    return notedOmissions.occursAnywhere(in: rest)
  }

  /// A model's offer under its answer (`If you would like this letter translated into Thai or
  /// summarised, just let me know.`): it opens as such offers do, speaks of `me` and of the
  /// transcript.
  static func isEnglishOffer(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 20, s.count <= 240, s[0] == "I" || s[0] == "W" || s[0] == "L" || s[0] == "S",
      englishOffers.end(in: s, at: 0) != nil
    else { return false }
    return speaksOfItself.occursAnywhere(in: s) && transcriptWords.occursAnywhere(in: s)
  }

  static let speaksOfItself: EnglishWords = [" me ", " me.", " me,", "i can ", "i hope "]
  /// What a model's offer is about: the transcript (a letter's own `please contact me` is not).
  static let transcriptWords: EnglishWords = ["translat", "summar", "transcri", "format", "this letter", "this document"]
  static let englishNoteLabels: EnglishWords = ["note:", "note :", "transcriber's note", "transcription note"]
  static let notedOmissions: EnglishWords = ["omitted", "illegible", "not transcribed", "not reproduced", "emblem"]

  static let englishOffers: EnglishWords = [
    "if you would like", "if you'd like", "would you like me", "let me know if", "i can also", "i hope this helps",
    "shall i", "should you need me",
  ]

  /// A model's note that the text below was read off a picture (`ข้อความด้านล่างถอดจากภาพสแกน
  /// เอกสาร และจัดรูปแบบเป็น Markdown`, `ต่อไปนี้คือข้อความที่ถอดได้จากเอกสาร ๒ หน้า`): it speaks of
  /// the text below and of reading it.
  static func isTextBelowNote(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count <= 200, s.first == "ข" || s.first == "ต" else { return false }
    // (The openers first: many lines open with ต, few with these words.)
    let below = Vocabulary.leading(textBelow, in: s) != nil
    guard below || Vocabulary.leading(textFollowing, in: s) != nil else { return false }
    let reads = readingWords.contains { LooseMatch.find($0, in: s) != nil }
    // (`ต่อไปนี้เป็นสรุปผลการถอดบทเรียน…`, lessons drawn, is a letter's sentence: only reading words tell.)
    return reads || below && LooseMatch.find(readOff, in: s) != nil
  }

  static let textBelow: Keywords = ["ข้อความด้านล่าง", "ข้อความข้างล่าง"]
  static let textFollowing: Keywords = ["ต่อไปนี้คือ", "ต่อไปนี้เป็น"]
  static let readOff = Array("ถอด".unicodeScalars)

  /// The transcriber's note under its answer, in Thai (`หมายเหตุ: ข้อความบางส่วนอ่านไม่ชัด …
  /// จึงถอดความตามที่อ่านได้`): a หมายเหตุ about reading the page, which no letter's own note is.
  static func isTranscriberNote(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 12, s.count <= 240, s[0] == "ห", Vocabulary.leading(noteWords, in: s) != nil else { return false }
    return readingWords.contains { LooseMatch.find($0, in: s) != nil }
  }

  static let noteWords: Keywords = ["หมายเหตุ:", "หมายเหตุ :", "หมายเหตุจากผู้ถอดความ", "หมายเหตุผู้ถอดความ"]
  static let readingWords: [[Unicode.Scalar]] = ["อ่านไม่ชัด", "อ่านไม่ออก", "ถอดความ", "ถอดข้อความ", "ถอดได้", "ไม่ได้ถอด", "ในต้นฉบับ", "ตามต้นฉบับ"].map {
    Array($0.unicodeScalars)
  }

  /// A chat model's sentence in Thai about its answer: it opens as an answer or an offer does
  /// (`แน่นอน`, `ด้านล่างนี้คือ`, `นี่คือ`, `หากต้องการให้…`), speaks of the reading (`ถอด`,
  /// `Markdown`, `OCR`, `JSON`…) and speaks politely (`ครับ`, `ค่ะ`) or ends with a colon or
  /// names the reading (`ถอด`) with another such word — no letter's sentence does all three.
  static func isThaiChat(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 8, s.count <= 240, Vocabulary.leading(chatOpeners, in: s) != nil else { return false }
    let subjects = chatSubjects.lazy.filter { LooseMatch.find($0, in: s) != nil }.prefix(2).count
    guard subjects > 0 else { return false }
    // Or, in place of the politeness, the reading named with another of its words
    // (`ต่อไปนี้คือการถอดข้อความจากเอกสาร โดยจัดส่วนหัว…เป็นตาราง`).
    return s.last == ":" || politeParticles.contains(where: { endsWithWord($0, s) })
      || subjects == 2 && transcribing.contains(where: { LooseMatch.find($0, in: s) != nil })
  }

  static let chatOpeners: Keywords = [
    "แน่นอน", "ได้เลย", "ได้ครับ", "ได้ค่ะ", "ด้านล่างนี้", "ข้างล่างนี้", "นี่คือ", "ต่อไปนี้คือ", "หากต้องการ", "หากท่านต้องการ",
    "หวังว่า", "ถอดข้อความ", "ถอดความ",
  ]
  static let chatSubjects: [[Unicode.Scalar]] = [
    "ถอด", "Markdown", "markdown", "OCR", "JSON", "CSV", "ข้อความในเอกสาร", "ข้อความจากเอกสาร", "จัดรูปแบบ",
    "แปลงเป็น", "ไฟล์", "Word", "Excel", "ตาราง",
    // What it offers to do next (`หากต้องการให้สรุปสาระสำคัญหรือจัดทำร่างหนังสือตอบกลับ แจ้งได้เลยครับ`).
    "สรุปสาระสำคัญ", "ร่างหนังสือ",
  ].map { Array($0.unicodeScalars) }
  /// `ถอดข้อความ` (transcribing the text), `ข้อความที่ถอดจากภาพเอกสาร` (the text transcribed
  /// from the image), not `ถอดบทเรียน` (lessons drawn) or `ถอดจากตำแหน่ง` (removed from a post)
  /// of a letter's body.
  static let transcribing = ["ถอดข้อความ", "ถอดจากภาพ", "ถอดจากเอกสาร"].map { Array($0.unicodeScalars) }
  static let politeParticles: [[Unicode.Scalar]] = ["ครับ", "ค่ะ", "คะ"].map { Array($0.unicodeScalars) }

  /// Whether `word` stands in `s` as a word's end (`…แจ้งได้เลยครับ`, `ค่ะ :`): no Thai letter or
  /// mark right after it (`คะแนน` holds `คะ`).
  static func endsWithWord(_ word: [Unicode.Scalar], _ s: [Unicode.Scalar]) -> Bool {
    var from = 0
    while let r = LooseMatch.find(word, in: s, from: from) {
      if r.upperBound == s.count || !(0x0E01...0x0E4E).contains(s[r.upperBound].value) { return true }
      from = r.lowerBound + 1
    }
    return false
  }
}
