import Foundation
import Archive
import ArgumentParser
import Citations
import Letters

/// `saraban refs NUMBER` — what a letter cites, `--depth N` steps on.
struct RefsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "refs", abstract: "What a letter cites (อ้างถึง, enclosures, mentions, annexes).")

  @OptionGroup var walk: WalkOptions

  func run() throws { try walk.run(.outgoing) }
}

/// `saraban cited-by NUMBER` — what cites a letter (or a cited number the archive lacks).
struct CitedByCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cited-by", abstract: "What cites a letter, `--depth N` steps back.")

  @OptionGroup var walk: WalkOptions

  func run() throws { try walk.run(.incoming) }
}

struct WalkOptions: ParsableArguments {
  @OptionGroup var archive: ArchiveOptions

  @Option(help: "How many citation steps to follow.")
  var depth = 1

  @Option(help: "The Buddhist-era year, when a number is given.")
  var year: Int?

  @Argument(help: "A letter id or number in any form.")
  var number: [String]

  func run(_ direction: ReferenceGraph.Direction) throws {
    let store = try archive.open()
    let start = try LetterLookup.id(
      number.joined(separator: " "), year: year, in: store, allowMissing: direction == .incoming)
    let steps = try store.walk(from: start, direction, depth: max(1, depth))
    var present: [String: LetterSummary?] = [:]
    func summary(_ id: String) throws -> LetterSummary? {
      if let known = present[id] { return known }
      let found = try store.letter(id: id)?.summary
      present[id] = found
      return found
    }
    if archive.json {
      let items = try steps.map { step in
        ReportJSON.step(step, present: try summary(direction == .outgoing ? step.edge.to : step.edge.from) != nil)
      }
      Console.out(JSONValue.object([("start", .string(start)), ("steps", .array(items))]).serialized())
      return
    }
    let head = try summary(start)
    Console.out("\(start)  \(head?.subject ?? (head == nil ? "(not in the archive)" : ""))")
    if steps.isEmpty {
      Console.out(direction == .outgoing ? "  cites nothing" : "  cited by nothing in the archive")
    }
    // Print as a tree: each edge under the letter it was reached from.
    var children: [String: [ReferenceGraph.Step]] = [:]
    for step in steps {
      let parent = direction == .outgoing ? step.edge.from : step.edge.to
      children[parent, default: []].append(step)
    }
    var printed = Set<String>()
    func show(_ id: String, depth: Int) throws {
      for step in children[id] ?? [] where step.depth == depth {
        let other = direction == .outgoing ? step.edge.to : step.edge.from
        let letter = try summary(other)
        let indent = String(repeating: "  ", count: step.depth)
        let arrow = direction == .outgoing ? "→" : "←"
        let what = letter.map { "\($0.date ?? "")  \(Table.truncate($0.subject ?? "", 50))" } ?? "(not in the archive)"
        Console.out(
          "\(indent)\(arrow) \(step.edge.role.rawValue)  \(other)\(RefsOutput.confidence(step.edge.confidence))  \(what)"
        )
        if let reason = step.edge.reason, step.edge.confidence.map({ $0 < 1 }) ?? false {
          Console.out("\(indent)    \(reason)")
        }
        if printed.insert(other).inserted { try show(other, depth: depth + 1) }
      }
    }
    printed.insert(start)
    try show(start, depth: 1)
  }
}

enum RefsOutput {
  /// ` (0.80)` for a doubtful link, nothing for an exact one.
  static func confidence(_ c: Double?) -> String {
    guard let c, c < 1 else { return "" }
    return " (confidence \(String(format: "%.2f", c)))"
  }
}
