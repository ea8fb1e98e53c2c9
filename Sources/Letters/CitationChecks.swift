import Foundation
import ThaiText

/// Citations checked against the letters present in the same file: an enclosure or annex
/// that cites `ว ๑๔๖๕ … ๗ กรกฎาคม` while the letter in the file is `ว ๑๕๖๕ … ๙ กรกฎาคม`
/// is an OCR or typing slip (`citation_mismatch`), not a different letter. A cited number
/// read with a letter for a digit (`ทส O3O4/ว 1876`) is warned of here too (`ocr_digits`).
enum CitationChecks {
  /// - Complexity: O(c · s) for c citations with serials of s digits: letters present are
  ///   indexed by number and by each serial with one digit changed or dropped, so a file of
  ///   thousands of letters from one office stays linear.
  static func apply(to letters: inout [Letter], lines: [Line]) {
    var known = Known()
    apply(to: &letters, lines: lines, known: &known)
  }

  /// The same, for a file read in chunks: `known` holds the numbered letters of the chunks
  /// already read (checked against as if they stood before `letters`), and `letters` too on
  /// return — an index kept from chunk to chunk, so that the checks stay linear.
  static func apply(to letters: inout [Letter], lines: [Line], known: inout Known) {
    known.add(letters)
    let (exact, near, present, canonicals) = (known.exact, known.near, known.present, known.canonicals)
    // Made when the first warning needs a line: most files have none.
    var index: LineIndex?
    func line(of citation: Citation, in letter: Letter) -> Int? {
      let byNumber = index ?? LineIndex(lines)
      index = byNumber
      return lineOf(citation, in: letter, lines: lines, index: byNumber)
    }
    func splitLine(of number: LetterNumber, in letter: Letter) -> Int? {
      let byNumber = index ?? LineIndex(lines)
      index = byNumber
      return Self.splitLine(of: number, in: letter, lines: lines, index: byNumber)
    }
    for i in letters.indices {
      // A letter's citations are not checked against the letter itself, nor a copy of it: a
      // letter does not cite itself, and a serial one apart on the same day is a sibling
      // letter of its office (Corpus 1004: ที่ ตช 0026.12/4798 cites 4797 of the same day).
      let ownNumber = letters[i].number?.canonical
      let citations =
        letters[i].enclosures.compactMap(\.letter) + letters[i].mentions + letters[i].references
      for citation in citations {
        guard let number = citation.number else { continue }
        if let start = splitLine(of: number, in: letters[i]),
          !letters[i].warnings.contains(where: { $0.code == .numberSplit && $0.line == start })
        {
          letters[i].warnings.append(LetterWarning(.numberSplit, "the cited number \(number.raw) continues on the next line", line: start))
        }
        if number.letterAsDigit {
          letters[i].warnings.append(.letterAsDigit(number.raw, line: line(of: citation, in: letters[i])))
        }
        let date = citation.date?.date
        if let dates = exact[number.canonical], dates.contains(where: { sameYear($0, date) }) {
          // The same letter cited with another day of its month (`ว ๒๑๓๔ ลงวันที่ ๑๘` for the
          // letter of the 16th in the file): a slip of the date.
          if let date, number.canonical != ownNumber, !dates.contains(where: { $0 == nil || $0 == date }),
            let present = dates.lazy.compactMap({ $0 }).first(where: { sameYear($0, date) && closeDates($0, date) })
          {
            letters[i].warnings.append(
              LetterWarning(
                .citationMismatch,
                "cites \(number.canonical) of \(date.iso) but the letter in this file is dated \(present.iso)",
                line: line(of: citation, in: letters[i])))
          }
          continue
        }
        // the first letter in the file that is near, as a scan in file order would find: by
        // the near index when there are many letters, else by that scan (the index holds
        // every near letter, `CitationChecksTests`)
        let fits: (Int) -> Bool = {
          canonicals[$0] != ownNumber && isNear(present[$0].0, number) && closeDates(present[$0].1, date)
        }
        let nearest =
          present.count > Known.scanLimit
          ? near.candidates(for: number).sorted().first(where: fits) : present.indices.first(where: fits)
        guard let k = nearest else { continue }
        let mismatchLine = line(of: citation, in: letters[i])
        letters[i].warnings.append(
          LetterWarning(
            .citationMismatch,
            "cites \(number.canonical) but the letter in this file is \(canonicals[k])",
            line: mismatchLine))
      }
    }
  }

  /// The numbered letters of a file (those whose number has a serial), with their dates, in
  /// file order, indexed by number and by near number.
  struct Known {
    var exact: [String: [ThaiDate?]] = [:]
    /// The near index of `present`, made once there are more than `scanLimit` letters.
    var near = NearIndex()
    var present: [(LetterNumber, ThaiDate?)] = []
    /// The canonical number of each of `present`, made once (not for every citation).
    var canonicals: [String] = []

    /// Up to this many letters, a citation is checked against each in turn: cheaper than
    /// indexing them (most files hold a few letters; indexing one cost 15,000 instructions,
    /// nine keys of its serial's variants).
    static let scanLimit = 64

    mutating func add(_ letters: [Letter]) {
      for letter in letters {
        guard let number = letter.number, !number.serial.isEmpty else { continue }
        let date = letter.date?.date
        let canonical = number.canonical
        exact[canonical, default: []].append(date)
        present.append((number, date))
        canonicals.append(canonical)
      }
      guard present.count > Self.scanLimit else { return }
      while near.count < present.count { near.add(present[near.count].0, at: near.count) }
    }
  }

  /// Letters by code and serial, and by the serial with one digit replaced (`?`) or dropped:
  /// two serials are a digit apart exactly when they share one of these keys.
  struct NearIndex {
    private var keys: [String: [Int]] = [:]
    /// How many letters were added.
    private(set) var count = 0

    mutating func add(_ number: LetterNumber, at position: Int) {
      count += 1
      let code = number.code ?? ""
      Self.append(position, to: &keys["=" + code + "/" + number.serial, default: []])
      for variant in SerialVariants.oneDigitApart(number.serial) {
        Self.append(position, to: &keys["?" + code + "/" + variant.replaced, default: []])
        Self.append(position, to: &keys["-" + code + "/" + variant.dropped, default: []])
      }
    }

    /// Positions only grow, so a key that already ends with this one got it from another
    /// digit of the same serial (`11` without either digit is `1`): each key holds a letter
    /// once, as a set of keys per letter gave before.
    private static func append(_ position: Int, to list: inout [Int]) {
      if list.last != position { list.append(position) }
    }

    /// Positions of letters whose serial may be one digit from `number`'s (to be checked).
    func candidates(for number: LetterNumber) -> Set<Int> {
      let code = number.code ?? ""
      var found = Set(keys["=" + code + "/" + number.serial] ?? [])  // same serial
      found.formUnion(keys["-" + code + "/" + number.serial] ?? [])  // a digit more in the letter
      for variant in SerialVariants.oneDigitApart(number.serial) {
        found.formUnion(keys["?" + code + "/" + variant.replaced] ?? [])
        found.formUnion(keys["=" + code + "/" + variant.dropped] ?? [])  // a digit fewer in the letter
      }
      return found
    }
  }

  static func sameYear(_ a: ThaiDate?, _ b: ThaiDate?) -> Bool {
    guard let a, let b else { return true }
    return a.year == b.year
  }

  static func closeDates(_ a: ThaiDate?, _ b: ThaiDate?) -> Bool {
    guard let a, let b else { return true }
    return abs(a.dayNumber - b.dayNumber) <= 7
  }

  /// Same prefix and code; serials differing in one digit, or one digit dropped/added.
  static func isNear(_ a: LetterNumber, _ b: LetterNumber) -> Bool {
    guard a.code == b.code, a.prefix == b.prefix || a.prefix == nil || b.prefix == nil else { return false }
    let x = Array(a.serial)
    let y = Array(b.serial)
    if x == y { return true }  // same number, different date: still worth a look
    if x.count == y.count { return zip(x, y).filter { $0 != $1 }.count == 1 }
    if abs(x.count - y.count) == 1 {
      let (long, short) = x.count > y.count ? (x, y) : (y, x)
      for skip in long.indices where Array(long[..<skip] + long[(skip + 1)...]) == short { return true }
    }
    return false
  }

  /// The number of the line a cited number begins on when that line ends inside it and the
  /// next line goes on with it (`ที่ ขก ๐๐๑๗.๓/` then `ว ๑๔๙๗ …`, `ที่ ศธ` then `๐๔๐๐๖/ว ๓๑๕๒`): the
  /// reading joined the two with a space, so the number breaks at one of its spaces. Nil when
  /// the number is first found whole on a line of the letter, or not at all.
  static func splitLine(of number: LetterNumber, in letter: Letter, lines: [Line], index: LineIndex) -> Int? {
    guard let first = index[letter.lines.start], let last = index[letter.lines.end], first < last else { return nil }
    let raw = Array(number.raw.utf8)
    // Where the joined reading may break: at each of its spaces, with a piece on each side.
    let breaks = raw.indices.filter { raw[$0] == 0x20 && $0 > 0 && $0 + 1 < raw.count }
    guard !breaks.isEmpty else { return nil }
    for k in first..<last {
      var text = lines[k].text
      let (whole, splitAt): (Bool, Int?) = text.withUTF8 { t in
        if raw.withUnsafeBufferPointer({ Byte.find($0, in: t, from: 0) }) != nil { return (true, nil) }
        let at = breaks.first { b in
          b <= t.count && memcmp(t.baseAddress! + (t.count - b), raw, b) == 0
        }
        return (false, at)
      }
      if whole { return nil }
      guard let b = splitAt else { continue }
      // The next line with text goes on with the rest.
      guard let next = lines[(k + 1)...last].first(where: { !$0.text.isEmpty }) else { continue }
      var rest = next.text
      let goesOn = rest.withUTF8 { t in
        let tail = raw.count - b - 1
        return tail <= t.count && memcmp(t.baseAddress!, Array(raw[(b + 1)...]), tail) == 0
      }
      if goesOn { return lines[k].number }
    }
    return nil
  }

  /// The line where a citation's number is printed, searched within the letter's span.
  static func lineOf(_ citation: Citation, in letter: Letter, lines: [Line], index: LineIndex) -> Int? {
    guard let raw = citation.number?.raw, let first = index[letter.lines.start], let last = index[letter.lines.end],
      first <= last
    else { return nil }
    let head = String(raw.prefix(12))
    return lines[first...last].first { $0.text.contains(head) }?.number
  }
}
