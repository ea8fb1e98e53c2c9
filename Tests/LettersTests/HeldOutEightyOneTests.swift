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

  // MARK: hOCR glyph clusters

  /// A line of hOCR words, each `(text, gap before it in px)`, 20 px a character.
  static func hocr(_ lines: [[(String, Int)]], xSize: Int = 65) -> String {
    var body = ""
    for (n, words) in lines.enumerated() {
      var x = 300
      let y = 500 + 80 * n
      var spans = ""
      for (text, gap) in words {
        x += gap
        let width = 20 * text.count
        spans += "<span class='ocrx_word' title='bbox \(x) \(y) \(x + width) \(y + 55); x_wconf 90'>\(text)</span>"
        x += width
      }
      body += "<span class='ocr_line' title=\"bbox 300 \(y) \(x) \(y + 55); x_size \(xSize)\">\(spans)</span>"
    }
    return """
      <html><body><div class='ocr_page' title='bbox 0 0 2480 3508'><div class='ocr_carea'><p class='ocr_par'>\
      \(body)</p></div></div></body></html>
      """
  }

  /// Glyph clusters of several letters (`ขอแสด` `งคว` `าม`) whose boxes touch are pieces of one
  /// word, however long they are: only the gap rule puts a space between them.
  @Test func touchingGlyphClustersOfSeveralLettersAreOneWord() throws {
    let doc = Self.hocr([
      [("ขอแสด", 0), ("งคว", 0), ("าม", 1), ("นับถื", 0), ("อ", 1)],
      [("การเฝ้", 0), ("าร", 1), ("ะวังแล", 0), ("ะแก้ไข", 1), ("ปัญห", 30), ("า", 0)],
    ])
    #expect(try InputAdapter.lines(from: doc, format: .hocr).map(\.text) == ["ขอแสดงความนับถือ", "การเฝ้าระวังและแก้ไข ปัญหา"])
  }

  /// In a line whose glyph boxes mostly touch, a space shows plainly: a gap of 0.9 × the
  /// threshold between letters is one (`กำนัน และ`, 18 px where the threshold is 19.5); between
  /// two digits, whose boxes are narrower than their advance, the threshold stays.
  @Test func inALineOfTouchingGlyphsANarrowerGapIsASpace() throws {
    let doc = Self.hocr([
      [("กำนั", 0), ("น", 1), ("แล", 18), ("ะ", 1), ("ผู้", 0), ("ใหญ่", 1)],
      [("๐", 0), ("๕", 21), ("๓๑", 0), ("๗", 1), ("ก", 30), ("า", 0), ("ร", 1)],
    ])
    #expect(try InputAdapter.lines(from: doc, format: .hocr).map(\.text) == ["กำนัน และผู้ใหญ่", "๐๕๓๑๗ การ"])
  }

  // MARK: The letter's own number

  /// A letter's own number printed without its prefix takes the prefix of the province its
  /// issuer names (as a cited number does), with the `number_without_prefix` warning.
  @Test func ownNumberWithoutPrefixTakesTheIssuersProvince() {
    let text = """
      ที่ ๐๐๑๗.๓/ว ๔๑๒๖                                 ศาลากลางจังหวัดเชียงราย
                                                         ถนนแม่ฟ้าหลวง ชร ๕๗๐๐๐
                                      ๑๗ กุมภาพันธ์ ๒๕๖๘
      เรื่อง การเฝ้าระวังไฟป่า
      เรียน นายอำเภอ ทุกอำเภอ
              จังหวัดเชียงรายขอให้อำเภอดำเนินการ
                                      ขอแสดงความนับถือ
                                   (นายธีรพงศ์ ใจมั่น)
                                ผู้ว่าราชการจังหวัดเชียงราย
      """
    let letter = parse(text).first
    #expect(letter?.number?.prefix == "ชร")
    #expect(letter?.number?.canonical == "ชร 0017.3/ว 4126")
    #expect(letter?.warnings.map(\.code) == [.numberWithoutPrefix])
  }

  // MARK: Signature

  /// A QR code's caption wrapped onto a second line (`สแกนเพื่อดาวน์โหลด` / `ระเบียบวาระการประชุม`),
  /// set in a column beside the signature, is the caption going on, no rank of the signer's.
  @Test func aQRCaptionsSecondLineIsNoRank() {
    let text = """
      ที่ ภก ๕๑๐๐๑/ว ๒๓๘๔                                 องค์การบริหารส่วนจังหวัดภูเก็ต
                                      ๒๒ สิงหาคม ๒๕๖๖
      เรื่อง ขอเชิญประชุม
      เรียน กรรมการ ทุกท่าน
              จึงเรียนมาเพื่อโปรดเข้าร่วมประชุม
                                      ขอแสดงความนับถือ

      สแกนเพื่อดาวน์โหลด
      ระเบียบวาระการประชุม

                                   (นายสุทธิพงษ์ ทองคำ)
                                นายกองค์การบริหารส่วนจังหวัดภูเก็ต
      """
    let letter = parse(text).first
    #expect(letter?.signature?.name == "นายสุทธิพงษ์ ทองคำ")
    // A rank right above the name is still put before it.
    let ranked = parse(text.replacingOccurrences(of: "ระเบียบวาระการประชุม\n\n", with: "\nว่าที่ร้อยตรี\n")).first
    #expect(ranked?.signature?.name == "ว่าที่ร้อยตรี นายสุทธิพงษ์ ทองคำ")
  }
}
