import Foundation
import Testing

@testable import Letters

/// The signature of a real Tesseract page (held-out 805): the name's closing bracket lost,
/// specks above the name and among the positions.
@Suite struct OCRSignatureSpeckTests {
  static let letter = """
    ที พม ๐๕๐๒/ว ๓๑๒๐

    กรมกิจการผู้สูงอายุ

    ๑๐ พฤศจิกายน ๒๕๒๐๕

    เรื่อง การสํารวจข้อมูลศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ
    เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

    จึงเรียนมาเพื่อโปรดพิจารณาดําเนินการต่อไป
    ขอแสดงความนับถือ

    """

  /// (what OCR left between the closing and the positions, the name read)
  @Test(arguments: [
    ("ฒ ณฆ  ๊-%. )\n\n(นางสาวรัชนี ชูชี\n\nขบ\n= ๑๕", "นางสาวรัชนี ชูชี"),
    ("(นางสาวรัชนี ชูชี)", "นางสาวรัชนี ชูชี"),
    ("(นางสาวรัชนี ชูชี", "นางสาวรัชนี ชูชี"),
    ("=%\n(นางสาวรัชนี ชูชี)\n~", "นางสาวรัชนี ชูชี"),
    // The space between given name and family name lost where glyph boxes touch (hOCR of
    // heldout2 401, 608, 809): one word, but a title begins it.
    ("(นางสาวรัชนีชูชี)", "นางสาวรัชนีชูชี"),
    ("(นางสาวรัชนีชูชี", "นางสาวรัชนีชูชี"),
  ])
  func theNameAndPositionsThroughSpecks(between: String, name: String) throws {
    let text = Self.letter + between + "\n\nรองอธิบดี ปฏิบัติราชการแทน\nอธิบดีกรมกิจการผู้สูงอายุ\n\nกองส่งเสริมศักยภาพผู้สูงอายุ\nโทร. ๐ ๒๐๕๒ ๕๓๓๕\n"
    let parsed = LetterParser().parse(bytes: Array(text.utf8), path: "t.txt")
    #expect(parsed.letters.count == 1)
    let letter = try #require(parsed.letters.first)
    #expect(letter.signature?.name == name)
    #expect(letter.signature?.positions == ["รองอธิบดี ปฏิบัติราชการแทน", "อธิบดีกรมกิจการผู้สูงอายุ"])
    #expect(letter.contact.units == ["กองส่งเสริมศักยภาพผู้สูงอายุ"])
    #expect(letter.contact.phones.map(\.number) == ["020525335"])
  }

  /// One word in brackets is a name only when a person's title begins it, a name follows,
  /// and it is not an office whose name begins like a title.
  @Test(arguments: [
    ("(นายวรวุฒิศรีประเสริฐ)", true),
    ("(นางสาวพิมพ์ชนกตั้งวิริยะกุล", true),
    ("(นายอำเภอเมืองยะลา)", false),
    ("(นายกเทศมนตรีตำบลเกาะคา)", false),
    ("(นายก)", false),
    ("(ตามบัญชีแนบท้าย)", false),
  ])
  func oneWordInBrackets(_ line: String, isName: Bool) {
    #expect(SignatureParser.isBracketedName(Array(line.unicodeScalars)) == isName)
  }

  /// A rank alone on its line, then the name in brackets glued into one word (hOCR of 508 and
  /// 907): the signer; one word in brackets under text that is no rank is not.
  @Test(arguments: [
    ("พลโท\n(ณรงค์ฤทธิ์ศักดิ์สิทธิ์)", "พลโท ณรงค์ฤทธิ์ศักดิ์สิทธิ์"),
    ("พลตรี\n\n(ธีรวัฒน์ชัยมงคล)", "พลตรี ธีรวัฒน์ชัยมงคล"),
    ("ตามที่แจ้ง\n(ตามบัญชีแนบท้าย)", nil),
  ] as [(String, String?)])
  func aGluedNameUnderARank(_ foot: String, _ name: String?) throws {
    let text = Self.letter + foot + "\nแม่ทัพภาคที่ ๒\n"
    let letter = try #require(LetterParser().parse(bytes: Array(text.utf8), path: "t.txt").letters.first)
    #expect(letter.signature?.name == name)
  }
}
