import Foundation
import Testing

/// `saraban text lines`: the lines the parser reads, as a person checks why a field of an
/// hOCR page was or was not read.
@Suite struct LinesCLITests {
  @Test func hOCRAndPlainTextGiveTheirLines() throws {
    let folder = try Saraban.temporaryFolder()
    let hocr = """
      <html><body><div class='ocr_page'><p class='ocr_par'>
      <span class='ocr_line' title='bbox 0 0 300 40; x_size 50'><span class='ocrx_word' title='bbox 0 0 20 40'>ด</span><span class='ocrx_word' title='bbox 38 0 58 40'>่</span><span class='ocrx_word' title='bbox 60 0 80 40'>ว</span><span class='ocrx_word' title='bbox 82 0 102 40'>น</span></span>
      </p><p class='ocr_par'><span class='ocr_line' title='bbox 0 50 300 90; x_size 50'><span class='ocrx_word' title='bbox 0 50 20 90'>ที่</span><span class='ocrx_word' title='bbox 60 50 80 90'>มท</span></span></p></div></body></html>
      """
    try Data(hocr.utf8).write(to: folder.appendingPathComponent("page.hocr"))
    try Data("ที่ มท ๐๘๑๒/ว ๑๕๖๕\n\nเรื่อง ทดสอบ\n".utf8).write(to: folder.appendingPathComponent("page.txt"))
    let run = try Saraban.run(["text", "lines", "page.hocr", "page.txt"], in: folder)
    #expect(run.status == 0, "\(run.err)")
    #expect(run.out == "1\tด่วน\n2\t\n3\tที่ มท\n1\tที่ มท ๐๘๑๒/ว ๑๕๖๕\n2\t\n3\tเรื่อง ทดสอบ\n")
  }

  @Test func aMissingOrBrokenFileIsOneLineAndStatusOne() throws {
    let folder = try Saraban.temporaryFolder()
    try Data("<html><body><div class='ocr_page'><span class='ocr_line'>".utf8)
      .write(to: folder.appendingPathComponent("cut.hocr"))
    let run = try Saraban.run(["text", "lines", "nope.txt", "cut.hocr"], in: folder)
    #expect(run.status == 1)
    #expect(run.errLines.count == 2, "\(run.err)")
    #expect(run.errLines.first?.hasPrefix("saraban: nope.txt: ") == true)
    #expect(run.errLines.first?.contains("nope.txt: nope.txt") == false)
    #expect(run.errLines.last?.hasPrefix("saraban: cut.hocr: ") == true)
    #expect(!run.err.contains("Fatal"))
  }
}
