/// A node's place in a centrality ranking (`actorgraph top`).
public struct RankedNode: Codable, Hashable, Sendable {
    /// 1 for the highest score.
    public var rank: Int
    /// The node id.
    public var id: String
    /// The node's display name.
    public var name: String
    /// The node's kind.
    public var kind: NodeKind
    /// The score.
    public var score: Double

    /// Creates a ranking entry.
    public init(rank: Int, id: String, name: String, kind: NodeKind, score: Double) {
        self.rank = rank
        self.id = id
        self.name = name
        self.kind = kind
        self.score = score
    }
}

/// The nodes of the given kinds with the highest scores of a measure,
/// computed on the whole graph (a measure is not recomputed on the subset).
///
/// Ties are ordered by id, so the same graph always gives the same list.
/// - Parameters:
///   - measure: the centrality to rank by.
///   - graph: the relation graph.
///   - options: how the measure is computed.
///   - kinds: the kinds to list; actors (persons, organizations, countries) by default.
///   - limit: the most entries to return; nil for all.
/// - Throws: as `centrality(_:of:options:)`.
public func rank(
    _ measure: CentralityMeasure, of graph: Graph, options: CentralityOptions = CentralityOptions(),
    kinds: Set<NodeKind> = Set(NodeKind.allCases.filter(\.isActor)), limit: Int? = 10
) throws(AnalysisError) -> [RankedNode] {
    let scores = try centrality(measure, of: graph, options: options)
    let chosen = graph.nodes.values.filter { kinds.contains($0.kind) }
    let sorted = chosen.sorted { a, b in
        let sa = scores[a.id] ?? 0, sb = scores[b.id] ?? 0
        return sa != sb ? sa > sb : a.id < b.id
    }
    let kept = limit.map { Array(sorted.prefix(max(0, $0))) } ?? sorted
    return kept.enumerated().map { i, node in
        RankedNode(rank: i + 1, id: node.id, name: node.name, kind: node.kind, score: scores[node.id] ?? 0)
    }
}
