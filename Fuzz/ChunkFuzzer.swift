// libFuzzer target: bytes → the parser reading them in chunks (LetterParser.parseInChunks),
// with small chunks, a short line limit and reads of odd sizes, so that chunk ends, carried
// letters and cut lines fall everywhere; the records' invariants are checked as in
// ParseFuzzer. A violation traps. Built by scripts/fuzz.sh, not by `swift build`.
import Foundation
import Letters

/// The first byte picks the chunk size (64 B … 8 KiB) and the format (sniffed, plain, markdown).
@_cdecl("LLVMFuzzerTestOneInput")
public func chunkOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let first = Int(bytes.first ?? 0)
  let formats: [InputFormat?] = [nil, .plain, .markdown]
  let body = Array(bytes.dropFirst())
  let options = ChunkOptions(chunkSize: 64 << (first % 8), maxLineBytes: 256, maxCarryBytes: 1024)
  var offset = 0
  var letters: [Letter] = []
  let result = LetterParser().parseInChunks(
    path: "fuzz.txt", sha256: LetterParser.sha256(body), size: body.count, format: formats[(first / 8) % 3],
    options: options,
    read: {
      defer { offset = min(body.count, offset + 97) }
      return Array(body[offset..<min(body.count, offset + 97)])
    },
    emit: { chunk, _ in letters += chunk })
  let lineCount = max(1, body.split(separator: 0x0A, omittingEmptySubsequences: false).count)
  precondition(result.letterCount == letters.count, "every letter emitted is counted")
  for (index, letter) in letters.enumerated() {
    precondition(letter.segment == index, "segments count up from 0 across chunks")
    precondition(letter.lines.start >= 1 && letter.lines.start <= letter.lines.end, "a span is a range")
    precondition(letter.lines.end <= lineCount, "a span lies inside the file")
    precondition(!letter.id.isEmpty, "an id")
    for text in [letter.subject, letter.to, letter.closing, letter.issuer?.name] + letter.body.map(Optional.some) {
      guard let text else { continue }
      precondition(!text.isEmpty && !text.contains("  ") && !text.contains("\n"), "a text value is one collapsed line")
    }
    precondition(
      (try? JSONSerialization.jsonObject(with: Data(LetterJSON.letter(letter).serialized().utf8))) is [String: Any],
      "the record is JSON")
  }
  precondition(!letters.isEmpty || !result.document.warnings.isEmpty, "no letter means a file warning")
  return 0
}
