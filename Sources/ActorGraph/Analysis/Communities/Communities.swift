/// Communities found in a graph and the modularity of the partition.
public struct CommunityResult: Codable, Equatable, Sendable {
    /// The communities, largest first (ties: by first member in graph order);
    /// members in graph order.
    public var communities: [[String]]
    /// `nx.community.modularity` of the partition.
    public var modularity: Double

    /// Creates a result.
    public init(communities: [[String]], modularity: Double) {
        self.communities = communities
        self.modularity = modularity
    }
}

/// Unsigned community detection on the undirected view of a graph.
public enum Communities {
    /// Louvain communities (see `GraphIndex.louvain`): deterministic for a seed.
    ///
    /// - Parameters:
    ///   - graph: the relation graph; its undirected simple view is used.
    ///   - weighted: read relation weights as strengths (NetworkX's default); else every edge weighs 1.
    ///   - resolution: γ in the modularity; above 1 favours smaller communities.
    ///   - seed: fixes the order nodes are visited in.
    /// - Complexity: near-linear in the number of edges.
    public static func louvain(_ graph: Graph, weighted: Bool = true, resolution: Double = 1, seed: UInt64 = 42) -> CommunityResult {
        let index = GraphIndex(graph)
        let (labels, modularity) = index.louvain(weighted: weighted, resolution: resolution, seed: seed)
        return CommunityResult(communities: index.groups(labels), modularity: modularity)
    }
}

extension GraphIndex {
    /// Louvain communities of the undirected view: a label per node (0, 1… by
    /// first node) and the partition's modularity, as `nx.community.modularity`
    /// computes it. A directed index is read as undirected.
    ///
    /// Blondel et al., J. Stat. Mech. (2008) P10008; see `Louvain`.
    /// - Complexity: near-linear in the number of edges.
    public func louvain(weighted: Bool = true, resolution: Double = 1, seed: UInt64 = 42) -> (labels: [Int], modularity: Double) {
        let graph = WeightedGraph(undirectedView, weighted: weighted)
        let labels = Louvain(resolution: resolution, seed: seed).run(graph)
        return (labels, graph.modularity(labels: labels, resolution: resolution))
    }

    /// `nx.community.modularity` of a partition (a label per node) of the undirected view.
    /// - Complexity: O(n + m).
    public func modularity(labels: [Int], weighted: Bool = true, resolution: Double = 1) -> Double {
        WeightedGraph(undirectedView, weighted: weighted).modularity(labels: labels, resolution: resolution)
    }

    /// This index if undirected, else the undirected view of the same links.
    var undirectedView: GraphIndex {
        guard isDirected else { return self }
        var links = [Link]()
        links.reserveCapacity(outgoing.arcCount)
        for v in 0 ..< nodeCount {
            for e in outgoing.arcs(of: v) {
                links.append(Link(source: v, target: Int(outgoing.targets[e]), weight: outgoing.weights[e],
                                  sign: Int(outgoing.signs[e])))
            }
        }
        return GraphIndex(nodeCount: nodeCount, checkedLinks: links, directed: false, ids: ids)
    }
}
