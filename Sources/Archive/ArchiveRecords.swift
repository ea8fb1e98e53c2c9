import Citations
import Letters

/// แฟ้มนำเข้า — one input to ingest: a path and its bytes, or why it could not be read.
public struct SourceInput: Sendable {
  /// What a reader could get from the path.
  public enum Content: Sendable {
    case bytes([UInt8])
    /// The file could not be read (permission denied, vanished…): recorded as rejected.
    case unreadable(String)
    /// A file too large to hold whole, parsed in chunks (ทีละช่วง) as it is stored.
    case chunks(ChunkedSource)
  }

  public var path: String
  public var content: Content

  public init(path: String, content: Content) {
    self.path = path
    self.content = content
  }
}

/// แฟ้มใหญ่ — a file parsed in chunks while it is stored: each chunk's letters are written in
/// a transaction of their own, so memory holds one chunk whatever the file's size.
public struct ChunkedSource: Sendable {
  /// The file's size in bytes.
  public var size: Int
  /// The hex SHA-256 of the whole file (a first pass over it).
  public var sha256: String
  /// Parses the file, handing each chunk's letters (and the file's record so far) to the closure.
  public var parse: @Sendable (_ emit: ([Letter], LetterDocument) throws -> Void) throws -> ChunkedDocument

  public init(
    size: Int, sha256: String,
    parse: @escaping @Sendable (_ emit: ([Letter], LetterDocument) throws -> Void) throws -> ChunkedDocument
  ) {
    self.size = size
    self.sha256 = sha256
    self.parse = parse
  }
}

/// รายงานการนำเข้า — how an ingest went: this run's counts and the archive's totals after it.
public struct IngestReport: Sendable, Equatable {
  /// Files seen in this run.
  public var files = 0
  /// New files and changed files stored in this run.
  public var stored = 0
  /// Files whose bytes were already in the archive under that path.
  public var unchanged = 0
  /// Files whose path was known with other bytes: their letters were replaced.
  public var replaced = 0
  /// Letter records read from the files stored in this run (copies included).
  public var letters = 0
  /// Citations read from those letters.
  public var citations = 0
  /// Files refused, with the reason.
  public var rejected: [Rejection] = []
  /// Totals in the archive after the run.
  public var totals = ArchiveStatistics()

  public init() {}

  /// A file that was not ingested.
  public struct Rejection: Sendable, Equatable {
    public var path: String
    public var reason: String
  }
}

/// สถิติของคลัง — the archive's size: letters, citations and how many are resolved.
public struct ArchiveStatistics: Sendable, Equatable {
  public var files = 0
  public var rejectedFiles = 0
  /// Distinct letters (a letter present in two files counts once).
  public var letters = 0
  /// Letters found in more than one file.
  public var duplicated = 0
  /// Citations of the letters (from each letter's primary copy).
  public var citations = 0
  /// Citations linked to a letter, exact or OCR-tolerant.
  public var resolved = 0
  /// Of those, links with confidence below 1.
  public var fuzzy = 0
  /// Citations whose letter is not in the archive (or is ambiguous).
  public var unresolved = 0

  public init() {}
}

/// ความคืบหน้า — progress of an ingest, for a progress bar.
public struct IngestProgress: Sendable {
  public var done: Int
  public var total: Int
  public var path: String
}

/// ทะเบียนหนังสือ — a letter as lists show it (one register line).
public struct LetterSummary: Sendable, Equatable {
  /// `canonical@year` or `<sha12>#<segment>`.
  public var id: String
  /// เลขที่ (canonical).
  public var number: String?
  /// ISO date.
  public var date: String?
  /// พ.ศ.
  public var year: Int?
  public var kind: String
  public var urgency: String?
  /// เรื่อง
  public var subject: String?
  /// ส่วนราชการเจ้าของหนังสือ
  public var issuer: String?
  /// Files the letter was found in.
  public var sources: [String]
}

/// ต้นฉบับ — where one copy of a letter lies: file, position, lines.
public struct LetterSource: Sendable, Equatable {
  public var path: String
  public var sha256: String
  public var segment: Int
  public var lines: LineSpan
  /// The copy whose record the archive shows.
  public var primary: Bool
}

/// หนังสือในคลัง — a stored letter in full: its record (citation targets filled) and its sources.
public struct StoredLetter: Sendable {
  public var summary: LetterSummary
  /// The `saraban/letter@1` record; `target`/`confidence` of each citation filled in.
  public var record: JSONValue
  /// Every copy, in path order: the primary one (from the first file by path) first.
  public var sources: [LetterSource]
}

/// หนังสือที่ถูกอ้างถึงแต่ไม่มีในคลัง — a cited letter the archive lacks, and how often it is cited.
public struct UnresolvedGroup: Sendable, Equatable {
  /// `canonical@year` — the placeholder node's id; `office@iso-date` for a letter cited by office and date.
  public var key: String
  public var number: String?
  public var year: Int?
  public var date: String?
  public var count: Int
  /// The letters citing it.
  public var citedBy: [String]
  /// One printed form of the citation.
  public var raw: String
  /// Why it is not linked (not in the archive, ambiguous…).
  public var reason: String?
  /// อาจมีในคลังแล้ว — stored letters that are likely this one under a number OCR misread,
  /// best first (``CopyMatcher/likelyStored(_:among:)``); filled by `unresolved` only. A hint
  /// for the archivist: the citation stays unresolved.
  public var likelyStoredAs: [CopyMatcher.StoredMatch] = []
}

/// ผลการค้นหา — one full-text search result.
public struct SearchHit: Sendable, Equatable {
  public var id: String
  public var number: String?
  public var date: String?
  public var subject: String?
  /// The matching passage with the matched words between the markers.
  public var snippet: String
  /// BM25; smaller is better.
  public var score: Double
}

/// เงื่อนไขการเรียกดู — filters for `list`.
public struct LetterFilter: Sendable, Equatable {
  /// อักษรย่อ: `มท`.
  public var prefix: String?
  public var kind: LetterKind?
  public var urgency: Urgency?
  /// ISO dates, inclusive.
  public var from: String?
  public var to: String?
  public var limit: Int?

  public init(
    prefix: String? = nil, kind: LetterKind? = nil, urgency: Urgency? = nil, from: String? = nil,
    to: String? = nil, limit: Int? = nil
  ) {
    self.prefix = prefix
    self.kind = kind
    self.urgency = urgency
    self.from = from
    self.to = to
    self.limit = limit
  }
}

/// ผลการค้นเลขที่ — what a number query found: letters, and cited numbers the archive lacks.
public struct FindResult: Sendable {
  public var letters: [LetterSummary]
  /// Matching citations with no letter in the archive.
  public var missing: [UnresolvedGroup]
}

/// การอ้างถึงในคลัง — one citation as the archive keeps it (for `export --what citations`).
public struct CitationRow: Sendable, Equatable {
  public var from: String
  public var role: CitationRole
  public var raw: String
  public var number: String?
  public var year: Int?
  public var date: String?
  /// The placeholder key while unresolved: `canonical@year`.
  public var citedKey: String
  public var target: String?
  public var confidence: Double?
  public var status: Resolution.Status
  public var reason: String?
}
