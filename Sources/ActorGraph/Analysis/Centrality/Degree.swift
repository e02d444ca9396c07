extension GraphIndex {
    /// Degree centrality: the number of edges at a node divided by `n − 1`, the
    /// most it could have; in a directed view, in-degree plus out-degree. A
    /// self-loop counts twice. Graphs of one node score 1.
    ///
    /// Matches `nx.degree_centrality`.
    /// - Complexity: O(n + m).
    func degreeCentrality() -> [Double] {
        let n = nodeCount
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let scale = 1 / Double(n - 1)
        return degrees(weighted: false).map { $0 * scale }
    }

    /// Weighted degree (strength): the sum of the weights of the edges at a
    /// node, in- and out-edges in a directed view; a self-loop counts twice.
    /// Not normalised.
    ///
    /// Matches `G.degree(weight="weight")` in NetworkX.
    /// - Complexity: O(n + m).
    func strength() -> [Double] {
        degrees(weighted: true)
    }

    /// Degrees counted as NetworkX counts them: a self-loop adds 2 to an
    /// undirected degree, and 1 to both the in- and out-degree of a directed one
    /// (it sits in both rows).
    private func degrees(weighted: Bool) -> [Double] {
        var result = [Double](repeating: 0, count: nodeCount)
        for side in isDirected ? [outgoing, incoming] : [outgoing] {
            if weighted {
                for v in 0 ..< nodeCount {
                    var sum = 0.0
                    for e in side.arcs(of: v) { sum += side.weights[e] }
                    result[v] += sum
                }
            } else {
                for v in 0 ..< nodeCount { result[v] += Double(side.offsets[v + 1] - side.offsets[v]) }
            }
        }
        if !isDirected {
            for loop in outgoing.loops { result[loop.node] += weighted ? loop.weight : 1 }
        }
        return result
    }
}
