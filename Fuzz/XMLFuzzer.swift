// libFuzzer target: text → the hOCR, ALTO and PAGE readers (libxml2 with network, DTD loading and
// entity expansion off). Lines are numbered 1…n and one line each; an error is one line.
import Letters

@_cdecl("LLVMFuzzerTestOneInput")
public func readOneXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for format in [InputFormat.hocr, .alto, .page] {
    do {
      let lines = try InputAdapter.lines(from: text, format: format)
      precondition(lines.map(\.number) == Array(1..<(lines.count + 1)), "lines are numbered 1…n")
      precondition(!lines.contains { $0.text.contains("\n") }, "a line is one line")
    } catch {
      precondition(!error.description.contains("\n"), "an error is one line")
    }
  }
  return 0
}
