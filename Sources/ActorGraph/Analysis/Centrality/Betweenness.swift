extension GraphIndex {
    /// Betweenness centrality: for each node v, the sum over pairs of other
    /// nodes (s, t) of the share of shortest s–t paths that pass through v,
    /// normalised by the number of pairs, `(n − 1)(n − 2)` (undirected and
    /// directed alike, as NetworkX does: the undirected sum counts each pair
    /// twice).
    ///
    /// With `pivots`, only paths from those sources are summed (Brandes and
    /// Pich 2007) and the sum is scaled as `nx.betweenness_centrality` with
    /// `k` does: by `1 / ((k − 1)(n − 2))` for a pivot and `1 / (k(n − 2))`
    /// for any other node.
    ///
    /// Matches `nx.betweenness_centrality(G, k, normalized=True,
    /// weight=None|"distance", endpoints=False)`; weighted paths read an edge
    /// of weight w as a distance 1/w. Sources run in parallel on all cores.
    ///
    /// Brandes, "A faster algorithm for betweenness centrality", J. Math.
    /// Sociol. 25 (2001).
    /// - Complexity: O(k·m) unweighted, O(k·(m + n log n)) weighted, for k
    ///   sources (k = n when exact); O(n) memory per core.
    func betweenness(weighted: Bool, pivots: [Int]? = nil) -> [Double] {
        let n = nodeCount
        let adjacency = outgoing
        let sources = pivots ?? Array(0 ..< n)
        let states = ParallelSources.run(
            sources: sources,
            makeState: { BetweennessWorker(adjacency, weighted: weighted) },
            body: { worker, source in worker.add(source: source) }
        )
        var scores = [Double](repeating: 0, count: n)
        for state in states {
            for v in 0 ..< n { scores[v] += state.scores[v] }
        }
        return Self.rescaleBetweenness(scores, pivots: pivots)
    }

    /// NetworkX's `_rescale` for `normalized=True, endpoints=False`.
    private static func rescaleBetweenness(_ raw: [Double], pivots: [Int]?) -> [Double] {
        let pairs = raw.count - 1
        guard pairs >= 2 else { return raw }
        guard let pivots, pivots.count < raw.count else {
            let scale = 1 / Double(pairs * (pairs - 1))
            return raw.map { $0 * scale }
        }
        let k = Double(pivots.count)
        let pivotScale = 1 / ((k - 1) * Double(pairs - 1))
        let otherScale = 1 / (k * Double(pairs - 1))
        var result = raw.map { $0 * otherScale }
        for p in Set(pivots) { result[p] = raw[p] * pivotScale }
        return result
    }
}

/// One core's share of the betweenness sum: its traversal scratch space and
/// its own accumulator, added up after all sources are done.
private struct BetweennessWorker {
    let traversal: Traversal
    let scores: UnsafeMutableBufferPointer<Double>
    private let storage: ScoreStorage

    init(_ adjacency: Adjacency, weighted: Bool) {
        traversal = Traversal(adjacency, weighted: weighted)
        storage = ScoreStorage(count: adjacency.nodeCount)
        scores = storage.buffer
    }

    mutating func add(source: Int) {
        traversal.run(from: source)
        traversal.accumulateDependencies(into: scores)
    }
}

/// A zeroed buffer of doubles freed with its owner.
final class ScoreStorage {
    let buffer: UnsafeMutableBufferPointer<Double>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: 0)
    }

    deinit { buffer.deallocate() }
}
