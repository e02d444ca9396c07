extension GraphIndex {
    /// PageRank: the stationary distribution of a random surfer who follows an
    /// out-edge (chosen in proportion to its weight when `weighted`) with
    /// probability `alpha` and jumps to a uniformly random node otherwise;
    /// from a node without out-edges (dangling) the surfer jumps uniformly.
    /// An undirected edge is followed both ways.
    ///
    /// Matches `nx.pagerank(G, alpha, weight=None|"weight")`, including its
    /// start (uniform) and stopping rule (L1 change below `n · tolerance`);
    /// use a tight tolerance (DESIGN.md: NetworkX's default 1e-6 leaves single
    /// scores several percent off on large graphs).
    ///
    /// Page, Brin, Motwani and Winograd, "The PageRank citation ranking:
    /// bringing order to the web", Stanford tech. report (1999).
    /// - Throws: `AnalysisError.noConvergence` after `maxIterations` steps.
    /// - Complexity: O(n + m) per iteration, about log(tolerance)/log(alpha) iterations.
    func pageRank(alpha: Double, weighted: Bool, tolerance: Double, maxIterations: Int) throws(AnalysisError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        // The out-strength of each node; its inverse turns x into the flow per unit weight.
        var inverseOut = [Double](repeating: 0, count: n)
        for v in 0 ..< n {
            var total = 0.0
            for e in outgoing.arcs(of: v) { total += weighted ? outgoing.weights[e] : 1 }
            inverseOut[v] = total != 0 ? 1 / total : 0
        }
        let dangling = (0 ..< n).filter { inverseOut[$0] == 0 }
        let product = PullProduct(incoming, weighted: weighted)
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var flow = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0 ..< maxIterations {
            var danglingMass = 0.0
            for v in dangling { danglingMass += x[v] }
            for v in 0 ..< n { flow[v] = x[v] * inverseOut[v] }
            product.apply(flow, into: &next)
            let base = alpha * danglingMass * uniform + (1 - alpha) * uniform
            var change = 0.0
            for v in 0 ..< n {
                let value = alpha * next[v] + base
                change += abs(value - x[v])
                next[v] = value
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw .noConvergence(measure: "pagerank", iterations: maxIterations)
    }
}
