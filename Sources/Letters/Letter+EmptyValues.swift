extension Letter {
  /// A field the text gave no words for is absent (`null`), never `""`: the contract's text
  /// values have at least one character. Damaged input (a ส่วนราชการ line of dots only, a
  /// heading that was all markup) reaches here with empty strings; this is the last word.
  mutating func dropEmptyValues() {
    func present(_ text: String?) -> String? {
      guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
      return text
    }
    if let issuer {
      if let name = present(issuer.name) {
        self.issuer = Issuer(name: name, address: present(issuer.address))
      } else {
        self.issuer = present(issuer.address).map { Issuer(name: $0, address: nil) }
      }
    }
    subject = present(subject)
    to = present(to)
    closing = present(closing)
    body.removeAll { present($0) == nil }
    contact.units.removeAll { present($0) == nil }
    if var signature {
      signature.positions.removeAll { present($0) == nil }
      self.signature = signature
    }
  }
}
