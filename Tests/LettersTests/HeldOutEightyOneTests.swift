import Foundation
import Testing

@testable import Letters

/// What the twenty-first round of held-out letters (8100–8107: Tesseract hOCR with glyph
/// clusters of several letters, PAGE XML whose regions are listed out of reading order, a
/// signature in a column of its own beside a QR code's caption) showed the readers and the
/// parser missing.
@Suite struct HeldOutEightyOneTests {
  func parse(_ text: String, path: String = "t.txt") -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  // MARK: PAGE XML reading order

  static func region(_ id: String, _ lines: [String]) -> String {
    "<TextRegion id=\"\(id)\"><Coords points=\"0,0 10,0 10,10 0,10\"/>"
      + lines.map { "<TextLine id=\"\(id)l\"><TextEquiv><Unicode>\($0)</Unicode></TextEquiv></TextLine>" }.joined()
      + "</TextRegion>"
  }

  /// Regions written in another order than they are read: `ReadingOrder`'s `RegionRefIndexed`
  /// (by `index`) gives the order; a region it does not name comes after, in document order.
  @Test func pageRegionsFollowTheReadingOrder() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
        <Page imageFilename="p1.png" imageWidth="2480" imageHeight="3508">
          <ReadingOrder><OrderedGroup id="ro">
            <RegionRefIndexed index="1" regionRef="b"/>
            <RegionRefIndexed index="0" regionRef="a"/>
            <RegionRefIndexed index="2" regionRef="c"/>
          </OrderedGroup></ReadingOrder>
          \(Self.region("c", ["เรื่อง การขึ้นทะเบียนแรงงาน"]))
          \(Self.region("z", ["เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด"]))
          \(Self.region("b", ["กรมการจัดหางาน"]))
          \(Self.region("a", ["ที่ รง ๐๓๐๔/ว ๘๗๔"]))
        </Page>
      </PcGts>
      """
    #expect(
      try InputAdapter.lines(from: xml, format: .page).map(\.text) == [
        "ที่ รง ๐๓๐๔/ว ๘๗๔", "", "กรมการจัดหางาน", "", "เรื่อง การขึ้นทะเบียนแรงงาน", "",
        "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด",
      ])
  }

}
