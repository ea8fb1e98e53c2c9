extension CopyMatcher {
  /// Numbers indexed by what ``numbersAlike(_:_:)`` compares, so that the ones it may accept
  /// for a number are found by hash lookups instead of comparing each (a serial family holds
  /// thousands of letters; a number fits a handful).
  ///
  /// Digits are keyed by their confusion class (``confusionKey(_:)``): two ASCII codes of one
  /// length are alike exactly when their keys are equal, and a code with one digit dropped is
  /// alike exactly when its key is the other's key less one digit (never a `.`). Each code is
  /// filed under its key and under each key it has with a digit dropped.
  /// A code that is not ASCII (never one the parser reads; Unicode
  /// equivalence would make keys inexact) is compared by ``numbersAlike(_:_:)`` itself.
  package struct NumberNarrowing {
    /// The numbers, with their serials' and year suffixes' keys (nil: not ASCII).
    private var numbers: [NumberParts] = []
    private var serials: [[UInt8]?] = []
    private var yearSuffixes: [[UInt8]?] = []
    /// Each number's prefix as an index into `prefixes` (-1: none), so that numbers compare
    /// prefixes by index, and each distinct pair once.
    private var prefixIndices: [Int] = []
    private var prefixes: [String] = []
    private var prefixIndex: [ExactText: Int] = [:]
    /// The numbers of each code.
    private var byCode: [String?: [Int]] = [:]
    /// The ASCII codes under each key, and under each key with a digit dropped.
    private var codesByKey: [[UInt8]: [String]] = [:]
    private var codesByKeyLessOne: [[UInt8]: [String]] = [:]
    /// The numbers whose codes are not ASCII.
    private var otherCodes: [Int] = []
    /// The numbers whose codes fit each code asked about (numbers of a family share a few
    /// codes).
    private var fittingCode: [String?: [Int]] = [:]

    /// Files `numbers`; ``alike(_:)`` answers with positions in it.
    package init(_ entries: [NumberParts]) {
      numbers = entries
      var keys: [ExactText: [UInt8]?] = [:]
      func key(_ digits: String) -> [UInt8]? {
        if let known = keys[ExactText(digits)] { return known }
        let key = CopyMatcher.confusionKey(digits)
        keys[ExactText(digits)] = key
        return key
      }
      for (index, number) in entries.enumerated() {
        if let code = number.code {
          if byCode[code] == nil, let key = key(code) {
            codesByKey[key, default: []].append(code)
            for shorter in Set(CopyMatcher.keysLessOneDigit(key)) {
              codesByKeyLessOne[shorter, default: []].append(code)
            }
          }
          if key(code) == nil { otherCodes.append(index) }
        }
        byCode[number.code, default: []].append(index)
        if let prefix = number.prefix {
          if let known = prefixIndex[ExactText(prefix)] {
            prefixIndices.append(known)
          } else {
            prefixIndex[ExactText(prefix)] = prefixes.count
            prefixIndices.append(prefixes.count)
            prefixes.append(prefix)
          }
        } else {
          prefixIndices.append(-1)
        }
        serials.append(key(number.serial))
        yearSuffixes.append(number.yearSuffix.flatMap(key))
      }
    }

    /// The positions of the entries whose numbers ``numbersAlike(_:_:)`` accepts against
    /// `number`, in no particular order. A field an entry lacks (an index holds no year suffix)
    /// is not compared, so with entries read from an index this is a superset of the letters
    /// that fit.
    package mutating func alike(_ number: NumberParts) -> [Int] {
      // The numbers whose codes may fit; `exact` when their codes are known to fit.
      var indices: [Int]
      var exact = true
      if let known = fittingCode[number.code] {
        indices = known
      } else if let code = number.code, let key = CopyMatcher.confusionKey(code) {
        // By their keys: the same, or one digit more or less.
        var codes = (codesByKey[key] ?? []) + (codesByKeyLessOne[key] ?? [])
        for shorter in Set(CopyMatcher.keysLessOneDigit(key)) { codes += codesByKey[shorter] ?? [] }
        indices = codes.flatMap { byCode[$0] ?? [] }
        fittingCode[code] = indices
      } else if number.code != nil {
        indices = Array(numbers.indices)
        exact = false
      } else {
        indices = byCode[nil] ?? []
      }
      let serial = CopyMatcher.confusionKey(number.serial)
      let yearSuffix = number.yearSuffix.flatMap(CopyMatcher.confusionKey)
      // Whether each prefix is at most one letter off the number's (0 no, 1 yes, -1 not known).
      let prefix = number.prefix.flatMap { prefixIndex[ExactText($0)] }
      var near = [Int8](repeating: -1, count: prefixes.count)
      var found: [Int] = []
      func fits(_ index: Int) -> Bool {
        guard exact else { return CopyMatcher.numbersAlike(numbers[index], number) != nil }
        // The rest of numbersAlike, without its reasons: the register, the serial and year
        // suffix within their confusion classes, a prefix at most one letter off.
        guard numbers[index].circular == number.circular else { return false }
        if let s = serials[index], let t = serial {
          guard s == t else { return false }
        } else if CopyMatcher.digitsAlike(numbers[index].serial, number.serial, field: "", allowDrop: false) == nil {
          return false
        }
        if let s = numbers[index].yearSuffix, let t = number.yearSuffix, s != t {
          if let s = yearSuffixes[index], let t = yearSuffix {
            guard s == t else { return false }
          } else if CopyMatcher.digitsAlike(s, t, field: "", allowDrop: false) == nil {
            return false
          }
        }
        let p = prefixIndices[index]
        guard p >= 0, let q = number.prefix, p != prefix else { return true }
        if near[p] < 0 {
          near[p] =
            prefixes[p] == q
              || CopyMatcher.editDistance(Array(prefixes[p].unicodeScalars), Array(q.unicodeScalars)) <= 1
            ? 1 : 0
        }
        return near[p] == 1
      }
      for index in indices where fits(index) { found.append(index) }
      if exact, number.code != nil {
        for index in otherCodes where CopyMatcher.numbersAlike(numbers[index], number) != nil {
          found.append(index)
        }
      }
      return found
    }
  }

  /// A string compared and hashed by its UTF-8 bytes (String's `==` is canonical equivalence,
  /// and its hash of Thai text normalizes it first).
  struct ExactText: Hashable {
    var text: String
    init(_ text: String) { self.text = text }
    static func == (a: Self, b: Self) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
    func hash(into hasher: inout Hasher) {
      var text = text
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  /// `digits` as bytes, each digit in a confusion class replaced by a byte for its class (0x80
  /// and up: never ASCII), others kept; nil when `digits` is not printable ASCII. Two ASCII digit strings
  /// are alike under ``digitsAlike(_:_:field:allowDrop:)`` exactly when their keys are equal.
  package static func confusionKey(_ digits: String) -> [UInt8]? {
    var key: [UInt8] = []
    key.reserveCapacity(digits.utf8.count)
    for byte in digits.utf8 {
      guard byte >= 0x20, byte < 0x80 else { return nil }  // "\r\n" is one Character
      key.append(asciiClasses[Int(byte)])
    }
    return key
  }

  /// ``confusionKey(_:)``'s byte for each ASCII byte.
  private static let asciiClasses: [UInt8] = (0..<128).map { byte in
    confusionClass(Character(Unicode.Scalar(UInt8(byte)))).map { UInt8(0x80 + $0) } ?? UInt8(byte)
  }

  /// A key with one digit dropped, each way (never a `.`, as ``digitsAlike(_:_:field:allowDrop:)``).
  static func keysLessOneDigit(_ key: [UInt8]) -> [[UInt8]] {
    key.indices.filter { key[$0] != UInt8(ascii: ".") }.map { Array(key[..<$0] + key[($0 + 1)...]) }
  }
}
