// libFuzzer target: bytes → decode → normalize → parse → JSON, with the record's invariants
// checked; a violation traps, so libFuzzer keeps the input as a crasher. Built by
// scripts/fuzz.sh (swiftc -sanitize=fuzzer,address), not by `swift build`.
import Foundation
import Letters

/// The first byte picks how the rest is read: as a `.txt` (format sniffed), or as markdown,
/// hOCR or ALTO regardless of its content.
@_cdecl("LLVMFuzzerTestOneInput")
public func parseOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let formats: [InputFormat?] = [nil, nil, nil, .markdown, .hocr, .alto, .plain]
  let format = bytes.first.map { formats[Int($0) % formats.count] } ?? nil
  let document = LetterParser().parse(bytes: Array(bytes.dropFirst()), path: "fuzz.txt", format: format)
  let lineCount = max(1, bytes.dropFirst().split(separator: 0x0A, omittingEmptySubsequences: false).count)
  for (index, letter) in document.letters.enumerated() {
    precondition(letter.segment == index, "segments count up from 0")
    precondition(letter.lines.start >= 1 && letter.lines.start <= letter.lines.end, "a span is a range")
    if format == nil || format == .plain || format == .markdown {
      precondition(letter.lines.end <= lineCount, "a span lies inside the file")
    }
    precondition(!letter.id.isEmpty, "an id")
    for text in [letter.subject, letter.to, letter.closing, letter.issuer?.name] + letter.body.map(Optional.some) {
      guard let text else { continue }
      precondition(!text.isEmpty && !text.contains("  ") && !text.contains("\n"), "a text value is one collapsed line")
    }
    if let number = letter.number { precondition(!number.serial.isEmpty, "a number has a serial") }
  }
  precondition(!document.letters.isEmpty || !document.warnings.isEmpty, "no letter means a file warning")
  let json = LetterJSON.document(document).serialized()
  precondition((try? JSONSerialization.jsonObject(with: Data(json.utf8))) is [String: Any], "the record is JSON")
  return 0
}
