/// กราฟการอ้างอิง — letters and the citations between them.
///
/// Nodes are the letters in the archive plus placeholders for letters that are cited but
/// missing (`present == false`, id `canonical@year`). Edges keep their role, the raw
/// citation and the resolver's confidence, so a person can review doubtful links.
public struct ReferenceGraph: Sendable {
  /// A letter, or a placeholder for a cited letter the archive lacks.
  public struct Node: Sendable, Hashable, Codable {
    public var id: String
    /// The canonical number, when known.
    public var number: String?
    /// ISO date.
    public var date: String?
    /// เรื่อง
    public var subject: String?
    /// False for a placeholder.
    public var present: Bool

    public init(id: String, number: String?, date: String?, subject: String?, present: Bool) {
      self.id = id
      self.number = number
      self.date = date
      self.subject = subject
      self.present = present
    }
  }

  /// One citation: `from` cites `to`.
  public struct Edge: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
    public var role: CitationRole
    /// Nil for an unresolved citation (its `to` is a placeholder).
    public var confidence: Double?
    /// The citation as printed.
    public var raw: String
    /// Why the resolver linked (or did not link) it.
    public var reason: String?

    public init(from: String, to: String, role: CitationRole, confidence: Double?, raw: String, reason: String?) {
      self.from = from
      self.to = to
      self.role = role
      self.confidence = confidence
      self.raw = raw
      self.reason = reason
    }
  }

  /// Which way a walk follows edges.
  public enum Direction: String, Sendable, CaseIterable {
    /// What a letter cites (`saraban refs`).
    case outgoing
    /// What cites a letter (`saraban cited-by`).
    case incoming
  }

  /// One edge reached by a walk, and how many steps from the start.
  public struct Step: Sendable, Hashable {
    public var depth: Int
    public var edge: Edge
  }

  public private(set) var nodes: [String: Node] = [:]
  public private(set) var edges: [Edge] = []
  private var outgoingIndex: [String: [Int]] = [:]
  private var incomingIndex: [String: [Int]] = [:]

  public init() {}

  /// Adds or replaces a node; a present letter replaces its placeholder.
  public mutating func add(_ node: Node) {
    if let existing = nodes[node.id], existing.present, !node.present { return }
    nodes[node.id] = node
  }

  /// Adds an edge, and a placeholder for its target when the graph has no such node.
  public mutating func add(_ edge: Edge) {
    if nodes[edge.to] == nil {
      let number = edge.to.split(separator: "@", maxSplits: 1).first.map(String.init)
      nodes[edge.to] = Node(id: edge.to, number: number, date: nil, subject: nil, present: false)
    }
    outgoingIndex[edge.from, default: []].append(edges.count)
    incomingIndex[edge.to, default: []].append(edges.count)
    edges.append(edge)
  }

  /// Nodes sorted by id (stable output).
  public var sortedNodes: [Node] { nodes.values.sorted { $0.id < $1.id } }

  /// The edges leaving or reaching `id`.
  public func edges(of id: String, _ direction: Direction) -> [Edge] {
    let index = direction == .outgoing ? outgoingIndex[id] : incomingIndex[id]
    return (index ?? []).map { edges[$0] }
  }

  /// Breadth-first walk from `start` up to `depth` steps, each edge reported once.
  public func walk(from start: String, _ direction: Direction, depth: Int) -> [Step] {
    Self.walk(from: start, direction, depth: depth) { id in edges(of: id, direction) }
  }

  /// The same walk over any edge source (a database answers `neighbours` one node at a time).
  /// - Complexity: O(V + E) over the part of the graph reached.
  public static func walk(
    from start: String, _ direction: Direction, depth: Int, neighbours: (String) throws -> [Edge]
  ) rethrows -> [Step] {
    var steps: [Step] = []
    var visited: Set<String> = [start]
    var frontier = [start]
    var level = 1
    while level <= depth, !frontier.isEmpty {
      var next: [String] = []
      for id in frontier {
        for edge in try neighbours(id) {
          steps.append(Step(depth: level, edge: edge))
          let other = direction == .outgoing ? edge.to : edge.from
          if visited.insert(other).inserted { next.append(other) }
        }
      }
      frontier = next
      level += 1
    }
    return steps
  }
}
