import Foundation
import Testing

@testable import Letters
@testable import ThaiText

/// What reading the twentieth round's change again found (inputs written to break it): each
/// case failed with the change and passes with its fix.
@Suite struct HeldOutEightyReviewTests {
  func parse(_ text: String, path: String = "t.txt") -> [Letter] {
    LetterParser().parse(bytes: Array(text.utf8), path: path).letters
  }

  func letters(_ text: String, path: String = "t.txt") -> [Letter] { parse(text, path: path).filter { $0.kind != .annex } }

  /// A table of cited letters in the body (`| ที่ สธ ๐๔๒๒/ว ๓๗๐๐ | ลงวันที่ … |`), as a pipe table in
  /// plain text, in markdown, and with tabs: the rows cite letters, they begin none.
  @Test(arguments: [("t.txt", Self.tableOfLetters), ("t.md", Self.tableOfLetters), ("t.txt", Self.tableOfLettersTabbed)])
  func aTableOfCitedLetters(_ path: String, _ text: String) {
    let read = letters(text, path: path)
    #expect(read.count == 1)
    #expect(read.first?.signature?.name == "นายแพทย์ปกรณ์ ศิริวัฒนกุล")
  }

  /// A forwarded mail's Thai head (`จาก: … <…@…>`, `ถึง: …@…`) is no radio message's from- and to-box.
  @Test func aMailsThaiHeadIsNoFromBox() throws {
    let letter = try #require(letters(Self.mailHead).first { $0.number?.canonical == "ขก 0017.3/ว 4126" })
    #expect(letter.issuer?.name == "ศาลากลางจังหวัดขอนแก่น")
    #expect(letter.subject == "การเฝ้าระวังอุทกภัย")
  }

  /// A stamped letter's first body line opening with `จาก` is body, not a from-box.
  @Test func aBodyLineOpeningWithFrom() throws {
    let letter = try #require(letters(Self.stampedFrom).first)
    #expect(letter.kind == .stamped)
    #expect(letter.issuer?.name == "ศาลากลางจังหวัดขอนแก่น")
  }

  /// A cited number at a body line's start with `จาก …` under it is a citation, not a message.
  @Test func aCitationAboveABodyLineOpeningWithFrom() {
    #expect(letters(Self.citationAboveFrom).count == 1)
  }

  /// A void `<img src=…>` at the top does not hide the letter down to a later `</img>`.
  @Test func aVoidImageTag() {
    #expect(letters(Self.voidImage, path: "t.md").contains { $0.number?.canonical == "ขก 0017.3/ว 4126" })
  }

  /// `ถอดบทเรียน` (lessons drawn) in a body sentence is no model's chat.
  @Test func lessonsDrawnAreBody() throws {
    #expect(try #require(letters(Self.lessonsDrawn).first).body.count == 3)
  }

  /// `ลงชื่อเข้าร่วมการอบรม` (register to attend) is no signed copy: the memo keeps its closing.
  @Test func registeringIsNoSignature() throws {
    #expect(try #require(letters(Self.register).first).closing == "จึงเรียนมาเพื่อโปรดทราบและแจ้งผู้เกี่ยวข้อง")
  }

  /// `…ตามหนังสือดังกล่าว` / `ที่ สธ … แจ้งให้…`: the number still completes the citation.
  @Test func aLetterAlreadyNamedStillCited() {
    #expect(letters(Self.alreadyNamed).count == 1)
  }

  /// PAGE: a table region named in the reading order keeps its place.
  @Test func aTableRegionInTheReadingOrder() throws {
    let lines = try InputAdapter.lines(from: Self.pageWithTable, format: .page).map(\.text)
    let table = try #require(lines.firstIndex { $0.hasPrefix("ตามที่จังหวัด") })
    let signer = try #require(lines.firstIndex { $0.hasPrefix("(นายสมศักดิ์") })
    #expect(table < signer)
  }

  /// A heading a model wrote without a space after its marks (`##บันทึกข้อความ`) loses them; a
  /// line of hashtags keeps its `#`.
  @Test func headingsAndHashtags() {
    #expect(Line(number: 1, raw: "##บันทึกข้อความ").text == "บันทึกข้อความ")
    #expect(Line(number: 1, raw: "#บันทึกข้อความ").text == "บันทึกข้อความ")
    #expect(Line(number: 1, raw: "#สสจ.ขอนแก่น #รับสมัครงาน").text == "#สสจ.ขอนแก่น #รับสมัครงาน")
  }

  static let tableOfLetters = #"""
  ที่ สธ ๐๔๑๑.๖/ว ๔๑๘๗                                             กรมควบคุมโรค
                                                      ถนนติวานนท์ อำเภอเมืองนนทบุรี
                                                      จังหวัดนนทบุรี ๑๑๐๐๐

                                    ๒๓ ตุลาคม ๒๕๖๘

  เรื่อง  การเฝ้าระวังโรคไข้หวัดใหญ่

  เรียน  นายแพทย์สาธารณสุขจังหวัด ทุกจังหวัด

            ตามที่กรมควบคุมโรคได้แจ้งแนวทางการเฝ้าระวังโรคตามหนังสือดังต่อไปนี้
  | ลำดับ | เลขที่หนังสือ | ลงวันที่ |
  |---|---|---|
  | ที่ สธ ๐๔๒๒/ว ๓๖๑๔ | ลงวันที่ ๒ ตุลาคม ๒๕๖๘ | แนวทาง |
  | ที่ สธ ๐๔๒๒/ว ๓๗๐๐ | ลงวันที่ ๙ ตุลาคม ๒๕๖๘ | แบบรายงาน |

            จึงเรียนมาเพื่อโปรดทราบ

                                          ขอแสดงความนับถือ

                                      (นายแพทย์ปกรณ์ ศิริวัฒนกุล)
                                          อธิบดีกรมควบคุมโรค

  กองโรคติดต่อทั่วไป
  โทร. ๐ ๒๕๙๐ ๓๑๗๗
  """#

  static let tableOfLettersTabbed = #"""
  ที่ สธ ๐๔๑๑.๖/ว ๔๑๘๗                                             กรมควบคุมโรค
                                                      ถนนติวานนท์ อำเภอเมืองนนทบุรี
                                                      จังหวัดนนทบุรี ๑๑๐๐๐

                                    ๒๓ ตุลาคม ๒๕๖๘

  เรื่อง  การเฝ้าระวังโรคไข้หวัดใหญ่

  เรียน  นายแพทย์สาธารณสุขจังหวัด ทุกจังหวัด

            ตามที่กรมควบคุมโรคได้แจ้งแนวทางการเฝ้าระวังโรคตามหนังสือดังต่อไปนี้
  ที่ สธ ๐๔๒๒/ว ๓๖๑๔	ลงวันที่ ๒ ตุลาคม ๒๕๖๘	แนวทาง
  ที่ สธ ๐๔๒๒/ว ๓๗๐๐	ลงวันที่ ๙ ตุลาคม ๒๕๖๘	แบบรายงาน

            จึงเรียนมาเพื่อโปรดทราบ

                                          ขอแสดงความนับถือ

                                      (นายแพทย์ปกรณ์ ศิริวัฒนกุล)
                                          อธิบดีกรมควบคุมโรค

  กองโรคติดต่อทั่วไป
  โทร. ๐ ๒๕๙๐ ๓๑๗๗
  """#

  static let mailHead = #"""
  จาก: สารบรรณ สสจ. <saraban@moph.go.th>
  ถึง: somchai@gmail.com
  ที่ ขก ๐๐๑๗.๓/ว ๔๑๒๖                                   ศาลากลางจังหวัดขอนแก่น
                                                         ถนนหน้าเมือง ขก ๔๐๐๐๐

                                    ๒๓ ตุลาคม ๒๕๖๙

  เรื่อง  การเฝ้าระวังอุทกภัย

  เรียน  นายอำเภอ ทุกอำเภอ

            ตามที่จังหวัดได้แจ้งแนวทาง เมื่อวันที่ ๒ ตุลาคม ๒๕๖๙ ขอให้อำเภอรายงานผลภายในกำหนด
  ที่ ขก ๐๐๑๗.๓/ว ๓๖๑๔ ลงวันที่ ๒ ตุลาคม ๒๕๖๙

            จึงเรียนมาเพื่อโปรดทราบ

                                          ขอแสดงความนับถือ

                                      (นายสมศักดิ์ ใจดี)
                                      ผู้ว่าราชการจังหวัดขอนแก่น
  """#

  static let stampedFrom = #"""
  ด่วนที่สุด
  ที่ ขก ๐๐๑๗.๓/ว ๔๑๒๖                                   ศาลากลางจังหวัดขอนแก่น
                                                         ถนนหน้าเมือง ขก ๔๐๐๐๐

  ถึง  นายอำเภอ ทุกอำเภอ

  จาก สถานการณ์อุทกภัยในพื้นที่จังหวัดขอนแก่น จังหวัดได้จัดตั้งศูนย์ช่วยเหลือผู้ประสบภัย
  ขอให้อำเภอแจ้งเตือนประชาชนในพื้นที่เสี่ยงด้วย

                                            จังหวัดขอนแก่น
                                            ๒๐ ตุลาคม ๒๕๖๙
  สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด
  โทร. ๐ ๔๓๒๓ ๖๓๕๔
  """#

  static let citationAboveFrom = #"""
  ที่ ขก ๐๐๑๗.๓/ว ๔๑๒๖                                   ศาลากลางจังหวัดขอนแก่น
                                                         ถนนหน้าเมือง ขก ๔๐๐๐๐

                                    ๒๓ ตุลาคม ๒๕๖๙

  เรื่อง  การเฝ้าระวังอุทกภัย

  เรียน  นายอำเภอ ทุกอำเภอ

            ตามที่จังหวัดได้แจ้งแนวทาง เมื่อวันที่ ๒ ตุลาคม ๒๕๖๙ ขอให้อำเภอรายงานผลภายในกำหนด
  ที่ ขก ๐๐๑๗.๓/ว ๓๖๑๔ ลงวันที่ ๒ ตุลาคม ๒๕๖๙
  จาก การตรวจสอบพบว่ายังมีอำเภอที่ไม่ได้รายงานผล จึงขอให้เร่งรัดรายงานด้วย

            จึงเรียนมาเพื่อโปรดทราบ

                                          ขอแสดงความนับถือ

                                      (นายสมศักดิ์ ใจดี)
                                      ผู้ว่าราชการจังหวัดขอนแก่น
  """#

  static let voidImage = #"""
  <img src="garuda.png" alt="ตราครุฑ">

  ที่ ขก ๐๐๑๗.๓/ว ๔๑๒๖                                   ศาลากลางจังหวัดขอนแก่น
                                                         ถนนหน้าเมือง ขก ๔๐๐๐๐

                                    ๒๓ ตุลาคม ๒๕๖๙

  เรื่อง  การเฝ้าระวังอุทกภัย

  เรียน  นายอำเภอ ทุกอำเภอ

            ตามที่จังหวัดได้แจ้งแนวทาง เมื่อวันที่ ๒ ตุลาคม ๒๕๖๙ ได้มีหนังสือสั่งการไปแล้ว

            จึงเรียนมาเพื่อโปรดทราบ

                                          ขอแสดงความนับถือ

  <img>ลายมือชื่อ</img>
  (นายสมศักดิ์ ใจดี)
                                      ผู้ว่าราชการจังหวัดขอนแก่น
  """#

  static let lessonsDrawn = #"""
  ที่ สธ ๐๔๑๑.๖/ว ๔๑๘๗                                             กรมควบคุมโรค
                                                      ถนนติวานนท์ อำเภอเมืองนนทบุรี
                                                      จังหวัดนนทบุรี ๑๑๐๐๐

                                    ๒๓ ตุลาคม ๒๕๖๘

  เรื่อง  การเฝ้าระวังโรคไข้หวัดใหญ่

  เรียน  นายแพทย์สาธารณสุขจังหวัด ทุกจังหวัด

            ตามที่กรมควบคุมโรคได้จัดประชุมเชิงปฏิบัติการเมื่อเดือนกันยายน ๒๕๖๘

  ด้านล่างนี้เป็นสรุปผลการถอดบทเรียนการดำเนินงานของแต่ละจังหวัด ตามตารางแนบท้ายหนังสือนี้

            จึงเรียนมาเพื่อโปรดทราบ

                                          ขอแสดงความนับถือ

                                      (นายแพทย์ปกรณ์ ศิริวัฒนกุล)
                                          อธิบดีกรมควบคุมโรค

  กองโรคติดต่อทั่วไป
  โทร. ๐ ๒๕๙๐ ๓๑๗๗
  """#

  static let register = #"""
  บันทึกข้อความ
  ส่วนราชการ  กองคลัง  โทร. ๑๒๓๔
  ที่  ขก ๐๐๑๗.๓/๑๒๓                          วันที่  ๒๐  ตุลาคม  ๒๕๖๙
  เรื่อง  ขอเชิญเข้าร่วมการอบรม

  เรียน  ผู้อำนวยการกองทุกกอง

            ด้วยกองคลังจะจัดการอบรมการใช้งานระบบบัญชี ในวันที่ ๕ พฤศจิกายน ๒๕๖๙
  ลงชื่อเข้าร่วมการอบรม ผ่านระบบออนไลน์
  ภายในวันที่ ๑ พฤศจิกายน ๒๕๖๙

            จึงเรียนมาเพื่อโปรดทราบและแจ้งผู้เกี่ยวข้อง

                                     นายสมชาย ใจดี
                                     ผู้อำนวยการกองคลัง
  """#

  static let alreadyNamed = #"""
  ที่ สธ ๐๔๑๑.๖/ว ๔๑๘๗                                             กรมควบคุมโรค
                                                      ถนนติวานนท์ อำเภอเมืองนนทบุรี
                                                      จังหวัดนนทบุรี ๑๑๐๐๐

                                    ๒๓ ตุลาคม ๒๕๖๘

  เรื่อง  การเฝ้าระวังโรคไข้หวัดใหญ่

  เรียน  นายแพทย์สาธารณสุขจังหวัด ทุกจังหวัด

            ตามที่จังหวัดได้แจ้งแนวทางแล้ว จึงขอให้ดำเนินการตามหนังสือดังกล่าว
  ที่ สธ ๐๔๒๒/ว ๓๖๑๔ แจ้งให้หน่วยงานดำเนินการ บัดนี้ได้ดำเนินการเรียบร้อยแล้ว

            จึงเรียนมาเพื่อโปรดทราบ

                                          ขอแสดงความนับถือ

                                      (นายแพทย์ปกรณ์ ศิริวัฒนกุล)
                                          อธิบดีกรมควบคุมโรค

  กองโรคติดต่อทั่วไป
  โทร. ๐ ๒๕๙๐ ๓๑๗๗
  """#

  static let pageWithTable = #"""
  <?xml version="1.0" encoding="UTF-8"?>
  <PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageFilename="a.png" imageWidth="100" imageHeight="100">
  <ReadingOrder><OrderedGroup id="g"><RegionRefIndexed index="0" regionRef="r1"/><RegionRefIndexed index="1" regionRef="t1"/><RegionRefIndexed index="2" regionRef="r3"/></OrderedGroup></ReadingOrder>
  <TextRegion id="r1"><TextLine id="r1l0"><TextEquiv><Unicode>ที่ ขก ๐๐๑๗.๓/ว ๔๑๒๖</Unicode></TextEquiv></TextLine><TextLine id="r1l1"><TextEquiv><Unicode>ศาลากลางจังหวัดขอนแก่น</Unicode></TextEquiv></TextLine><TextLine id="r1l2"><TextEquiv><Unicode></Unicode></TextEquiv></TextLine><TextLine id="r1l3"><TextEquiv><Unicode>เรื่อง การเฝ้าระวังอุทกภัย</Unicode></TextEquiv></TextLine><TextLine id="r1l4"><TextEquiv><Unicode>เรียน นายอำเภอ ทุกอำเภอ</Unicode></TextEquiv></TextLine></TextRegion><TableRegion id="t1"><TextRegion id="c1"><TextLine id="c1l0"><TextEquiv><Unicode>ตามที่จังหวัดได้แจ้งแนวทางการเฝ้าระวังอุทกภัย ขอให้อำเภอรายงานผล</Unicode></TextEquiv></TextLine></TextRegion></TableRegion><TextRegion id="r3"><TextLine id="r3l0"><TextEquiv><Unicode>จึงเรียนมาเพื่อโปรดทราบ</Unicode></TextEquiv></TextLine><TextLine id="r3l1"><TextEquiv><Unicode>ขอแสดงความนับถือ</Unicode></TextEquiv></TextLine><TextLine id="r3l2"><TextEquiv><Unicode>(นายสมศักดิ์ ใจดี)</Unicode></TextEquiv></TextLine><TextLine id="r3l3"><TextEquiv><Unicode>ผู้ว่าราชการจังหวัดขอนแก่น</Unicode></TextEquiv></TextLine></TextRegion>
  </Page></PcGts>
  """#
}
