/// An undirected weighted graph in CSR form with self-loops kept apart: the
/// graph Louvain works on at each level (the input graph, then the graph of
/// its communities).
struct WeightedGraph: Sendable {
    /// `offsets[v] ..< offsets[v + 1]` indexes `v`'s neighbours (self excluded).
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    /// The weight of each node's self-loop (counted once), 0 when none.
    var loops: [Double]

    var nodeCount: Int { loops.count }

    /// The weighted degree of each node; a self-loop counts twice, as in NetworkX.
    var degrees: [Double] {
        (0 ..< nodeCount).map { v in
            var sum = 2 * loops[v]
            for e in offsets[v] ..< offsets[v + 1] { sum += weights[e] }
            return sum
        }
    }

    /// The total edge weight m (each edge once, self-loops once).
    var totalWeight: Double { (degrees.reduce(0, +)) / 2 }

    /// The undirected view of an index, with unit weights unless `weighted`.
    init(_ index: GraphIndex, weighted: Bool) {
        let adjacency = index.outgoing
        let n = index.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets = [Int32]()
        var weights = [Double]()
        var loops = [Double](repeating: 0, count: n)
        targets.reserveCapacity(adjacency.arcCount)
        weights.reserveCapacity(adjacency.arcCount)
        for v in 0 ..< n {
            for e in adjacency.arcs(of: v) {
                let w = weighted ? adjacency.weights[e] : 1
                if Int(adjacency.targets[e]) == v {
                    loops[v] += w
                } else {
                    targets.append(adjacency.targets[e])
                    weights.append(w)
                }
            }
            offsets[v + 1] = targets.count
        }
        self.init(offsets: offsets, targets: targets, weights: weights, loops: loops)
    }

    init(offsets: [Int], targets: [Int32], weights: [Double], loops: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.loops = loops
    }

    /// Modularity of a partition given as a label per node:
    /// `Q = Σ_c [ L_c/m − γ (d_c / 2m)² ]`, L_c the weight inside community c,
    /// d_c the summed degrees of its nodes. 0 for a graph without edges.
    ///
    /// Matches `nx.community.modularity(G, communities, weight, resolution)`
    /// for undirected graphs.
    ///
    /// Newman, "Modularity and community structure in networks", PNAS 103 (2006);
    /// resolution γ from Reichardt and Bornholdt, Phys. Rev. E 74 (2006).
    /// - Complexity: O(n + m).
    func modularity(labels: [Int], resolution: Double = 1) -> Double {
        let degree = degrees
        let m = degree.reduce(0, +) / 2
        guard m > 0 else { return 0 }
        let count = (labels.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: count)
        var total = [Double](repeating: 0, count: count)
        for v in 0 ..< nodeCount {
            let c = labels[v]
            total[c] += degree[v]
            inside[c] += loops[v]
            for e in offsets[v] ..< offsets[v + 1] where labels[Int(targets[e])] == c {
                inside[c] += weights[e] / 2  // each edge is seen from both ends
            }
        }
        var q = 0.0
        for c in 0 ..< count { q += inside[c] / m - resolution * (total[c] / (2 * m)) * (total[c] / (2 * m)) }
        return q
    }
}
