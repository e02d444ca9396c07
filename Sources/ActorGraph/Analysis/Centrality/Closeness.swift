extension GraphIndex {
    /// Closeness centrality with Wasserman and Faust's correction for
    /// disconnected graphs: for a node u that r − 1 other nodes can reach,
    /// `C(u) = (r − 1)/Σ d(v, u) · (r − 1)/(n − 1)`, 0 when nothing reaches
    /// it. In a directed view the distance is *to* u (incoming paths).
    ///
    /// Matches `nx.closeness_centrality(G, distance=None|"distance",
    /// wf_improved=True)`; weighted paths read a weight w as a distance 1/w.
    ///
    /// Wasserman and Faust, *Social Network Analysis* (1994), eq. 5.3 ff.
    /// Unweighted views search from 256 sources at once (`MultiSourceBFS`),
    /// weighted ones run Dijkstra from each node (`Traversal`).
    /// - Complexity: n searches, O(n·m) unweighted (divided by up to 256 by
    ///   the batches), O(n·(m + n log n)) weighted; in parallel on all cores.
    func closeness(weighted: Bool) -> [Double] {
        let n = nodeCount
        if !weighted {
            return reversed.multiSourceReach().map { reach in
                let others = Double(reach.reached - 1)
                return reach.distanceSum > 0 && n > 1 ? others / reach.distanceSum * (others / Double(n - 1)) : 0
            }
        }
        return reversed.perSource(weighted: weighted) { traversal in
            let reached = traversal.reachedCount
            var total = 0.0
            for i in 1 ..< max(reached, 1) { total += traversal.distance(ofReached: i) }
            guard total > 0 && n > 1 else { return 0 }
            let others = Double(reached - 1)
            return others / total * (others / Double(n - 1))
        }
    }

    /// Harmonic centrality: `H(u) = Σ_{v ≠ u} 1/d(v, u)`, unreachable nodes
    /// adding 0; in a directed view distances are *to* u. Not normalised.
    ///
    /// Matches `nx.harmonic_centrality(G, distance=None|"distance")`.
    ///
    /// Marchiori and Latora, "Harmony in the small-world", Physica A 285 (2000);
    /// Boldi and Vigna, "Axioms for centrality", Internet Math. 10 (2014).
    /// - Complexity: as `closeness`.
    func harmonic(weighted: Bool) -> [Double] {
        if !weighted { return reversed.multiSourceReach().map(\.inverseSum) }
        return reversed.perSource(weighted: weighted) { traversal in
            var total = 0.0
            for i in 1 ..< max(traversal.reachedCount, 1) { total += 1 / traversal.distance(ofReached: i) }
            return total
        }
    }

    /// Runs one search from every node, in parallel, and collects `value` of each.
    func perSource(weighted: Bool, _ value: @escaping @Sendable (Traversal) -> Double) -> [Double] {
        let n = nodeCount
        let adjacency = outgoing
        let states = ParallelSources.run(
            sources: Array(0 ..< n),
            makeState: { (Traversal(adjacency, weighted: weighted), ScoreStorage(count: n)) },
            body: { state, source in
                state.0.run(from: source, countPaths: false)
                state.1.buffer[source] = value(state.0)
            }
        )
        var result = [Double](repeating: 0, count: n)
        for state in states {
            for v in 0 ..< n where state.1.buffer[v] != 0 { result[v] = state.1.buffer[v] }
        }
        return result
    }
}
