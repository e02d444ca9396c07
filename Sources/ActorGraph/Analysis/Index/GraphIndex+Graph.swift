extension GraphIndex {
    /// Builds the index of a relation graph: node `i` is the graph's `i`-th node
    /// (insertion order), every relation is a link with its weight and sign.
    ///
    /// - Parameter directed: the directed view (`nx.DiGraph`) instead of the
    ///   undirected simple view (`nx.Graph`, parallel relations merged).
    /// - Complexity: O(n + m log d), plus hashing the ids.
    public init(_ graph: Graph, directed: Bool = false) {
        var position = [String: Int](minimumCapacity: graph.nodeCount)
        for (i, id) in graph.nodes.keys.enumerated() { position[id] = i }
        var links = [Link]()
        links.reserveCapacity(graph.edgeCount)
        for edge in graph.edges.values {
            // The model guarantees both endpoints exist (Graph.merge checks them).
            guard let s = position[edge.source], let t = position[edge.target] else { continue }
            links.append(Link(source: s, target: t, weight: edge.weight, sign: edge.sign))
        }
        self.init(nodeCount: graph.nodeCount, checkedLinks: links, directed: directed, ids: Array(graph.nodes.keys))
    }
}
