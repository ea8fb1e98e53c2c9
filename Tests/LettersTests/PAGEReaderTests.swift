import Foundation
import Testing

@testable import Letters

/// PAGE XML as Transkribus and eScriptorium export it: regions, lines with their own
/// `TextEquiv`, or only words with theirs; several `TextEquiv`s ranked by `index`.
@Suite struct PAGEReaderTests {
  static func page(_ regions: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
      <Metadata><Creator>Transkribus</Creator></Metadata>
      <Page imageFilename="p1.png" imageWidth="2480" imageHeight="3508">
        <ReadingOrder><OrderedGroup id="ro"><RegionRefIndexed index="0" regionRef="r1"/></OrderedGroup></ReadingOrder>
    \(regions)
      </Page>
    </PcGts>
    """
  }

  static func line(_ text: String) -> String {
    "<TextLine id=\"l\"><Coords points=\"0,0 10,0 10,10 0,10\"/><TextEquiv><Unicode>\(text)</Unicode></TextEquiv></TextLine>"
  }

  static func region(_ lines: [String]) -> String {
    "<TextRegion id=\"r\"><Coords points=\"0,0\"/>" + lines.map(line).joined() + "</TextRegion>"
  }

  @Test func linesOfRegionsAreReadInOrderWithABlankBetweenRegions() throws {
    let xml = Self.page(
      Self.region(["ที่ ศธ ๐๔๐๐๙/ว ๑๘๗๓", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"])
        + Self.region(["เรื่อง  การรักษาความปลอดภัย"]))
    #expect(InputAdapter.detect(path: "scan.xml", text: xml) == .page)
    let lines = try InputAdapter.lines(from: xml, format: .page)
    #expect(
      lines.map(\.text) == ["ที่ ศธ ๐๔๐๐๙/ว ๑๘๗๓", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "", "เรื่อง การรักษาความปลอดภัย"])
    #expect(lines.map(\.number) == [1, 2, 3, 4])
  }

  /// A line with no text of its own takes its words'; of several readings, the lowest index.
  @Test func wordsAndRankedReadings() throws {
    let xml = Self.page(
      """
      <TextRegion id="r1"><TextLine id="l1">
        <Word id="w1"><TextEquiv><Unicode>เรียน</Unicode></TextEquiv></Word>
        <Word id="w2"><TextEquiv><Unicode>ผู้อำนวยการ</Unicode></TextEquiv></Word>
      </TextLine>
      <TextLine id="l2"><TextEquiv index="2"><Unicode>ขอแสดง</Unicode></TextEquiv><TextEquiv index="1"><Unicode>ขอแสดงความนับถือ</Unicode></TextEquiv></TextLine>
      </TextRegion>
      """)
    #expect(try InputAdapter.lines(from: xml, format: .page).map(\.text) == ["เรียน ผู้อำนวยการ", "ขอแสดงความนับถือ"])
  }

  /// A whole letter in PAGE is read like the same letter in text.
  @Test func aLetterInPAGEIsParsed() throws {
    let xml = Self.page(
      Self.region(["ที่ ศธ ๐๔๐๐๙/ว ๑๘๗๓", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"])
        + Self.region(["๕ มกราคม ๒๕๖๗"]) + Self.region(["เรื่อง การรักษาความปลอดภัยแบบทดสอบ"])
        + Self.region(["เรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา ทุกเขต"])
        + Self.region(["ด้วยสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานกำหนดการทดสอบ"])
        + Self.region(["ขอแสดงความนับถือ"]) + Self.region(["(นายวิรัตน์ ชัยมงคล)", "รองเลขาธิการ"]))
    let letter = try #require(LetterParser().parse(bytes: Array(xml.utf8), path: "scan.xml").letters.first)
    #expect(letter.number?.canonical == "ศธ 04009/ว 1873")
    #expect(letter.date?.date?.iso == "2024-01-05")
    #expect(letter.subject == "การรักษาความปลอดภัยแบบทดสอบ")
    #expect(letter.signature?.name == "นายวิรัตน์ ชัยมงคล")
  }

  @Test func malformedPAGEIsAnInputError() {
    #expect(throws: InputError.self) {
      try InputAdapter.lines(from: "<PcGts><Page><TextRegion>", format: .page)
    }
  }
}
