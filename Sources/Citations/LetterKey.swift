import ThaiText

/// หนังสือที่อาจถูกอ้างถึง — a letter as the resolver sees it: its id, number and date.
public struct LetterKey: Sendable, Hashable {
  /// `canonical@be_year`, or `<sha12>#<segment>`.
  public var id: String
  public var number: NumberParts
  /// ลงวันที่
  public var date: ThaiDate?
  /// พ.ศ.; from the date, else the number's year suffix.
  public var year: Int?

  public init(id: String, number: NumberParts, date: ThaiDate?, year: Int? = nil) {
    self.id = id
    self.number = number
    self.date = date
    self.year = year ?? date?.beYear ?? number.suffixYear
  }
}
