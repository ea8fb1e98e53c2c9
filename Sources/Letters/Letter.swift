import ThaiText

/// หนังสือ — one letter found in a file: its header, body, closing, signature and the
/// citations it makes. The JSON form is `saraban/letter@1` (`Schemas/letter.schema.json`).
public struct Letter: Sendable, Equatable {
  /// `number.canonical@be_year`, or `<sha256 first 12>#<segment>` without them.
  public var id: String
  /// 0-based position in the file.
  public var segment: Int
  /// 1-based inclusive line span in the source file.
  public var lines: LineSpan
  public var kind: LetterKind
  /// ชั้นความเร็ว
  public var urgency: Urgency?
  /// ชั้นความลับ
  public var secrecy: Secrecy?
  /// ที่ — the letter's number.
  public var number: LetterNumber?
  /// ลงวันที่
  public var date: DateValue?
  /// ส่วนราชการเจ้าของหนังสือ
  public var issuer: Issuer?
  /// เรื่อง
  public var subject: String?
  /// เรียน / ถึง / เสนอ
  public var to: String?
  /// อ้างถึง
  public var references: [Citation]
  /// สิ่งที่ส่งมาด้วย
  public var enclosures: [Enclosure]
  /// Letters cited in the body, and for an annex the letter it belongs to.
  public var mentions: [Citation]
  /// ข้อความ — paragraphs.
  public var body: [String]
  /// คำลงท้าย
  public var closing: String?
  /// ลงชื่อ
  public var signature: Signature?
  /// ส่วนติดต่อ
  public var contact: Contact
  /// ตรารับหนังสือ
  public var received: Receipt?
  public var warnings: [LetterWarning]

  public init(segment: Int, lines: LineSpan) {
    self.id = ""
    self.segment = segment
    self.lines = lines
    self.kind = .unknown
    self.references = []
    self.enclosures = []
    self.mentions = []
    self.body = []
    self.contact = Contact()
    self.warnings = []
  }
}

/// A 1-based inclusive range of source lines.
public struct LineSpan: Sendable, Equatable, Codable {
  public var start: Int
  public var end: Int
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}

/// ชนิดของหนังสือ
public enum LetterKind: String, Sendable, Codable, CaseIterable {
  /// หนังสือภายนอก
  case external
  /// บันทึกข้อความ / หนังสือภายใน
  case memo
  /// หนังสือประทับตรา
  case stamped
  /// คำสั่ง / ระเบียบ / ข้อบังคับ
  case order
  /// ประกาศ / แถลงการณ์ / ข่าว
  case announcement
  /// เอกสารแนบ — an attachment page
  case annex
  case unknown
}

/// ชั้นความเร็ว
public enum Urgency: String, Sendable, Codable, CaseIterable {
  /// ด่วน
  case urgent
  /// ด่วนมาก
  case veryUrgent = "very_urgent"
  /// ด่วนที่สุด
  case mostUrgent = "most_urgent"
}

/// ชั้นความลับ
public enum Secrecy: String, Sendable, Codable, CaseIterable {
  /// ลับ
  case confidential
  /// ลับมาก
  case secret
  /// ลับที่สุด
  case topSecret = "top_secret"
}

/// วันที่ as read: the printed text, its value, and how sure the reading is.
public struct DateValue: Sendable, Equatable {
  public var raw: String
  public var date: ThaiDate?
  /// 1.0 when read as printed; lower when chosen among OCR candidates.
  public var confidence: Double
  /// Other ISO dates the printed digits may stand for.
  public var candidates: [String]

  /// The Buddhist-era year as printed, kept when the date itself cannot exist (๓๑ มิถุนายน).
  public var printedBEYear: Int?
  /// The weekday printed before the date (`วันพฤหัสบดีที่ …`), which `raw` leaves out.
  public var weekday: ThaiWeekday?

  public init(raw: String, date: ThaiDate?, confidence: Double = 1.0, candidates: [String] = []) {
    self.raw = raw
    self.date = date
    self.confidence = confidence
    self.candidates = candidates
  }

  /// A date as the date parser read it; an impossible date keeps its printed year.
  public init(_ match: ThaiDateMatch) {
    let raw = Self.withoutWeekday(match.raw, named: match.weekdayNamed)
    // A letter read for a digit (ด for ๑, ฯ for ๙) is a guess, as a value chosen among readings is.
    self.init(raw: raw, date: match.date, confidence: match.readLetterAsDigit ? OCRDigits.chosenConfidence : 1.0)
    weekday = match.weekdayNamed
    if case let .failure(.invalidDay(_, _, beYear)) = match.result { printedBEYear = beYear }
  }

  /// พ.ศ. of the date, or as printed when the date does not exist.
  public var beYear: Int? { date?.beYear ?? printedBEYear }

  /// A date's printed text without the weekday named before it: from the day (`วันพฤหัสบดีที่ ๑๓ …`
  /// → `๑๓ …`), or past an English weekday and its comma (`Thursday, March 12, 2026` → `March 12,
  /// 2026`).
  static func withoutWeekday(_ raw: String, named weekday: ThaiWeekday?) -> String {
    guard weekday != nil else { return raw }
    let scalars = raw.unicodeScalars
    if let first = scalars.first, first.value < 0x80 {
      return String(scalars.drop { $0.properties.isAlphabetic }.drop { $0 == "," || $0 == " " })
    }
    guard let day = scalars.firstIndex(where: { ThaiDigits.isDigit($0) }) else { return raw }
    return String(scalars[day...])
  }
}

/// ส่วนราชการเจ้าของหนังสือ — the sending office as printed.
public struct Issuer: Sendable, Equatable {
  public var name: String
  public var address: String?
}

/// อ้างถึง / สิ่งที่ส่งมาด้วย / ตามหนังสือ… — a reference to another letter or order.
public struct Citation: Sendable, Equatable {
  public var raw: String
  public var issuer: String?
  public var urgency: Urgency?
  public var number: LetterNumber?
  public var date: DateValue?
  /// Filled by the reference graph, never by the parser.
  public var target: String?
  public var confidence: Double?
}

/// สิ่งที่ส่งมาด้วย — one enclosure.
public struct Enclosure: Sendable, Equatable {
  public var index: Int?
  public var title: String
  public var quantity: String?
  public var letter: Citation?
}

/// ลงชื่อ — the signature block.
public struct Signature: Sendable, Equatable {
  public var name: String
  public var positions: [String]
  /// แทน, รักษาราชการแทน, ปฏิบัติราชการแทน, ทำการแทน, …
  public var acting: String?
}

/// The contact block at the foot of a letter.
public struct Contact: Sendable, Equatable {
  public var units: [String] = []
  public var phones: [Phone] = []
  public var faxes: [Phone] = []
  public var emails: [String] = []
  public var urls: [String] = []
  public var people: [String] = []
  public init() {}
}

/// โทร. / โทรสาร
public struct Phone: Sendable, Equatable {
  public var raw: String
  /// ASCII digits only.
  public var number: String
  /// ต่อ — ASCII.
  public var ext: String?
}

/// ตรารับ — a receipt stamp (เลขรับ, วันที่, เวลา).
public struct Receipt: Sendable, Equatable {
  public var number: String?
  public var date: DateValue?
  public var time: String?
}
