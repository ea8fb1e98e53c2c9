import Foundation
import Letters
import SeededRandom

/// ผู้เขียนคลังจำลอง — writes a corpus to a folder, file by file, streaming: letters go
/// to `letters/NNNN/NNNNNNN.txt` (a thousand files a folder), their truth to `truth.jsonl`
/// as each file is written, so memory holds one file whatever the corpus size.
struct CorpusWriter {
  let options: CorpusOptions
  let plan: LetterPlan
  let composer: LetterComposer
  let noise: OCRNoise

  init(options: CorpusOptions) {
    self.options = options
    plan = LetterPlan(seed: options.seed, count: options.letters, perFile: options.lettersPerFile)
    composer = LetterComposer(plan: plan)
    noise = OCRNoise(level: options.noise)
  }

  /// Writes everything; returns (files, letters, bytes).
  func run(progress: (Int, Int) -> Void = { _, _ in }) throws -> (files: Int, letters: Int, bytes: Int) {
    let out = URL(fileURLWithPath: options.out)
    try FileManager.default.createDirectory(
      at: out.appendingPathComponent("letters"), withIntermediateDirectories: true)
    guard let truth = fopen(out.appendingPathComponent("truth.jsonl").path, "w") else {
      throw CorpusError("cannot write \(out.path)/truth.jsonl")
    }
    defer { fclose(truth) }
    var files = 0
    var bytes = 0
    var folder = -1
    var j = 0
    while j < plan.count {
      let end = min(plan.count, j + plan.perFile)
      if files / 1000 != folder {
        folder = files / 1000
        try FileManager.default.createDirectory(
          at: out.appendingPathComponent("letters/\(Self.padded(folder, 4))"), withIntermediateDirectories: true)
      }
      let relative = "letters/\(Self.padded(folder, 4))/\(Self.padded(files, 7)).txt"
      let (text, records) = file(letters: j..<end, path: relative)
      let data = Array(text.utf8)
      let sha = LetterParser.sha256(data)
      // fopen, not FileManager.createFile: that writes atomically (a temporary file and a
      // rename per letter file), which costs more than generating the text.
      guard let handle = fopen(out.appendingPathComponent(relative).path, "w") else {
        throw CorpusError("cannot write \(relative)")
      }
      let written = data.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
      fclose(handle)
      guard written == data.count else { throw CorpusError("cannot write \(relative)") }
      for var record in records {
        if record.id == nil { record.id = "\(sha.prefix(12))#\(record.segment)" }
        fputs(record.json + "\n", truth)
      }
      bytes += data.count
      files += 1
      j = end
      progress(j, plan.count)
    }
    let manifest = """
      {"generator":"saraban-corpus","letters":\(plan.count),"seed":\(options.seed),"noise":"\(options.noise.rawValue)",\
      "letters_per_file":\(plan.perFile),"files":\(files),"bytes":\(bytes)}

      """
    try Data(manifest.utf8).write(to: out.appendingPathComponent("manifest.json"))
    return (files, plan.count, bytes)
  }

  /// One file's text and the truth of its letters.
  func file(letters range: Range<Int>, path: String) -> (String, [TruthRecord]) {
    var r = SplitMix64(seed: plan.seed, index: range.lowerBound, stream: 6)
    var page = 1
    var text = "\n"
    var records: [TruthRecord] = []
    for (segment, j) in range.enumerated() {
      var (lines, truth) = composer.compose(j)
      truth.file = path
      truth.segment = segment
      records.append(truth)
      lines = noise.apply(lines, page: &page, &r)
      if segment > 0 { text += "\n\n" }
      text += lines.joined(separator: "\n") + "\n"
    }
    return (text, records)
  }

  static func padded(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }
}

/// A one-line reason the generator stopped.
struct CorpusError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
