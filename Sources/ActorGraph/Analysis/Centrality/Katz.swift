extension GraphIndex {
    /// Katz centrality: `x_v = α Σ_{u → v} w(u, v) x_u + β`, the weighted
    /// count of all walks ending at v, a walk of length k discounted by α^k;
    /// scaled to unit Euclidean norm. It exists when α < 1/λ_max.
    ///
    /// Matches `nx.katz_centrality(G, alpha, beta, normalized=True,
    /// weight=None|"weight")`: iteration from the zero vector until the L1
    /// change is below `n · tolerance`.
    ///
    /// Katz, "A new status index derived from sociometric analysis",
    /// Psychometrika 18 (1953).
    /// - Throws: `AnalysisError.noConvergence` when the iteration diverges
    ///   (α ≥ 1/λ_max) or runs out of iterations.
    /// - Complexity: O(m) per iteration.
    func katz(alpha: Double, beta: Double, weighted: Bool, tolerance: Double, maxIterations: Int) throws(AnalysisError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let product = PullProduct(incoming, weighted: weighted)
        var x = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        for iteration in 0 ..< maxIterations {
            product.apply(x, into: &next)
            var change = 0.0
            for v in 0 ..< n {
                next[v] = alpha * next[v] + beta
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            guard change.isFinite && change < 1e300 else {
                throw .noConvergence(measure: "katz", iterations: iteration + 1)
            }
            if change < Double(n) * tolerance {
                var squares = 0.0
                for value in x { squares += value * value }
                let scale = squares > 0 ? 1 / squares.squareRoot() : 1
                return x.map { $0 * scale }
            }
        }
        throw .noConvergence(measure: "katz", iterations: maxIterations)
    }
}
