/// อีเมลที่ส่งต่อหนังสือ — a letter pasted into an e-mail: the mail's header block
/// (`From:` / `Date:` / `Subject:` / `To:`, `---------- Forwarded message ---------`) and its
/// greeting above the letter, its sender's signature after `--` below it. Neither is the letter.
enum MailWrapper {
  /// How a line of a mail's header block begins.
  static let headerLines = [
    "From:", "Date:", "Subject:", "To:", "Cc:", "Sent:", "---------- Forwarded message", "-----Original Message-----",
  ]
  static let headerWords = Keywords(headerLines)

  /// Whether the file opens as a mail: two header lines among its first twelve lines with text,
  /// or a reply's attribution line among them.
  static func isMail(_ lines: [Line]) -> Bool {
    var seen = 0
    var headers = 0
    for line in lines where !line.isBlank {
      if Vocabulary.leading(headerWords, in: line.scalars) != nil { headers += 1 }
      // A reply's attribution of the quoted mail (`ในวันที่ พ. 12 มี.ค. 2568 เวลา 16:20 … เขียนว่า:`,
      // `On Wed, Mar 12, 2025 … wrote:`).
      if attributionEnds.contains(where: { line.text.hasUTF8Suffix($0) }) { return true }
      // A mail printed from a web client: its page banner (`17/3/69 14:22   Gmail - <subject>`).
      if seen == 0, line.text.utf8Range(of: printBanner) != nil { return true }
      seen += 1
      if headers >= 2 { return true }
      if seen >= 12 { break }
    }
    return false
  }

  /// What a web mail client prints at the top of a printed mail, before its subject.
  static let printBanner = "Gmail - "

  /// How a mail client ends the line that attributes the mail it quotes.
  static let attributionEnds = ["เขียนว่า:", "wrote:"]

  /// The line `--` that opens the sender's signature, after line `from`; nil when there is none.
  static func signatureStart(_ lines: [Line], after from: Int) -> Int? {
    (from..<lines.count).first { lines[$0].scalars == ["-", "-"] }
  }
}
