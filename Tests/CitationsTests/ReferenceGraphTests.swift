import Citations
import Testing

@Suite struct ReferenceGraphTests {
  static func graph() -> ReferenceGraph {
    var g = ReferenceGraph()
    for id in ["a", "b", "c"] { g.add(.init(id: id, number: id, date: nil, subject: nil, present: true)) }
    g.add(.init(from: "a", to: "b", role: .reference, confidence: 1, raw: "", reason: "exact"))
    g.add(.init(from: "b", to: "c", role: .enclosure, confidence: 0.8, raw: "", reason: "fuzzy"))
    g.add(.init(from: "c", to: "x@2564", role: .mention, confidence: nil, raw: "", reason: nil))
    return g
  }

  @Test func aCitedButMissingLetterBecomesAPlaceholder() throws {
    let g = Self.graph()
    let placeholder = try #require(g.nodes["x@2564"])
    #expect(!placeholder.present)
    #expect(placeholder.number == "x")
  }

  @Test(arguments: [(1, 1), (2, 2), (3, 3), (9, 3)])
  func walkingOutFollowsChainsToTheDepth(_ depth: Int, _ steps: Int) {
    #expect(Self.graph().walk(from: "a", .outgoing, depth: depth).count == steps)
  }

  @Test func walkingInFindsWhatCites() {
    let steps = Self.graph().walk(from: "c", .incoming, depth: 2)
    #expect(steps.map(\.edge.from) == ["b", "a"])
  }

  @Test func aCycleIsWalkedOnce() {
    var g = Self.graph()
    g.add(.init(from: "c", to: "a", role: .mention, confidence: 1, raw: "", reason: nil))
    #expect(g.walk(from: "a", .outgoing, depth: 10).count == 4)
  }
}
