extension GraphIndex {
    /// Eigenvector centrality: the principal (left) eigenvector of the
    /// adjacency matrix, `λ x_v = Σ_{u → v} w(u, v) x_u`, scaled to unit
    /// Euclidean norm. In a directed view a node is central when central
    /// nodes point to it.
    ///
    /// Computed exactly as `nx.eigenvector_centrality` does, so that
    /// disconnected and bipartite graphs give its numbers too: power iteration
    /// on `A + I` (the shift makes it converge on bipartite graphs) from the
    /// uniform vector `1/n`, normalising each step, until the L1 change is
    /// below `n · tolerance`.
    ///
    /// Bonacich, "Power and centrality", Am. J. Sociol. 92 (1987).
    /// - Throws: `AnalysisError.noConvergence` after `maxIterations` steps
    ///   (e.g. on directed acyclic graphs, where no such vector exists).
    /// - Complexity: O(m) per iteration.
    func eigenvector(weighted: Bool, tolerance: Double, maxIterations: Int) throws(AnalysisError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let product = PullProduct(incoming, weighted: weighted)
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0 ..< maxIterations {
            product.apply(x, into: &next)
            var squares = 0.0
            for v in 0 ..< n {
                next[v] += x[v]
                squares += next[v] * next[v]
            }
            let norm = squares > 0 ? squares.squareRoot() : 1
            var change = 0.0
            for v in 0 ..< n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw .noConvergence(measure: "eigenvector", iterations: maxIterations)
    }
}
