/// The command line of `saraban-corpus`.
struct CorpusOptions: Sendable {
  var letters = 1000
  var seed: UInt64 = 1
  var noise = OCRNoise.Level.none
  var out = ""
  var lettersPerFile = 4

  static let usage = """
    usage: saraban-corpus --letters N --seed S --noise none|light|heavy --out DIR [--letters-per-file K]

    Writes N synthetic Thai government letters (every kind, real office prefixes and provinces,
    Thai and Arabic digits, K letters a file, a citation network whose ministry circulars are
    cited with Zipf-skewed popularity) to DIR/letters/, and the records the parser should make
    of them to DIR/truth.jsonl (one letter a line). The same arguments give the same bytes.
    """

  init(arguments: [String]) throws {
    var i = 0
    func value(_ name: String) throws -> String {
      i += 1
      guard i < arguments.count else { throw CorpusError("\(name) needs a value\n\n\(Self.usage)") }
      return arguments[i]
    }
    while i < arguments.count {
      let argument = arguments[i]
      switch argument {
      case "--letters":
        guard let n = Int(try value(argument)), n > 0 else { throw CorpusError("--letters takes a positive number") }
        letters = n
      case "--seed":
        guard let s = UInt64(try value(argument)) else { throw CorpusError("--seed takes a number") }
        seed = s
      case "--noise":
        let text = try value(argument)
        guard let level = OCRNoise.Level(rawValue: text) else {
          throw CorpusError("--noise is none, light or heavy, not \(text)")
        }
        noise = level
      case "--out":
        out = try value(argument)
      case "--letters-per-file":
        guard let k = Int(try value(argument)), k > 0 else {
          throw CorpusError("--letters-per-file takes a positive number")
        }
        lettersPerFile = k
      case "-h", "--help":
        throw CorpusError(Self.usage)
      default:
        throw CorpusError("unknown argument \(argument)\n\n\(Self.usage)")
      }
      i += 1
    }
    if out.isEmpty { throw CorpusError("--out DIR is required\n\n\(Self.usage)") }
  }
}
