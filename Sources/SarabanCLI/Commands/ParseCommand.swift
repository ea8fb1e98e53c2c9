import ArgumentParser

struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse", abstract: "Parse OCR'd letters into JSON records.")
  func run() throws {}
}
