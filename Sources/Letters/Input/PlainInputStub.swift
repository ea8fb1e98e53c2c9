/// One line of text ready for the letter parser, with its 1-based source line number.
public struct SourceLine: Sendable, Equatable {
  public var number: Int
  public var text: String
  public init(number: Int, text: String) {
    self.number = number
    self.text = text
  }
}

public enum InputFormat: String, Sendable, CaseIterable { case plain, markdown, hocr, alto }

public struct InputError: Error, Sendable, CustomStringConvertible {
  public var description: String
}

public enum InputAdapter {
  public static func detect(path: String?, text: String) -> InputFormat { .plain }
  public static func lines(from text: String, format: InputFormat) throws(InputError) -> [SourceLine] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      SourceLine(number: $0.offset + 1, text: String($0.element))
    }
  }
}
