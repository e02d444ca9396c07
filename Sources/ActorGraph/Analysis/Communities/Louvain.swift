/// Louvain community detection: repeatedly move single nodes to the
/// neighbouring community that most increases modularity, until no move
/// helps; then collapse each community into one node and start again on that
/// smaller graph, until a level improves modularity by no more than
/// `threshold`.
///
/// Follows `nx.community.louvain_communities(G, weight, resolution=1,
/// threshold=1e-7, seed)`: the same moves and stopping rule, nodes visited in
/// a seeded random order (our generator, not Python's, so the partitions can
/// differ from NetworkX's while reaching the same modularity range).
///
/// Blondel, Guillaume, Lambiotte and Lefebvre, "Fast unfolding of
/// communities in large networks", J. Stat. Mech. (2008) P10008.
/// - Complexity: O(m) per pass over the nodes; in practice a few passes per
///   level and a few levels, so near-linear.
struct Louvain {
    var resolution: Double = 1
    var threshold: Double = 1e-7
    var seed: UInt64 = 42

    /// A community label per node of `graph`, numbered 0, 1… in node order.
    func run(_ graph: WeightedGraph) -> [Int] {
        var membership = Array(0 ..< graph.nodeCount)
        var level = graph
        var generator = SeededGenerator(seed: seed)
        var modularity = level.modularity(labels: Array(0 ..< level.nodeCount), resolution: resolution)
        while true {
            guard let labels = moveNodes(level, using: &generator) else { break }
            let collapsed = Self.collapse(level, labels: labels)
            let improved = collapsed.modularity(labels: Array(0 ..< collapsed.nodeCount), resolution: resolution)
            membership = membership.map { labels[$0] }
            level = collapsed
            if improved - modularity <= threshold { break }
            modularity = improved
        }
        return GraphIndex.renumberedByFirstNode(membership)
    }

    /// One level's local moves; the new labels (0 ..< k), or nil when no node moved.
    private func moveNodes(_ graph: WeightedGraph, using generator: inout SeededGenerator) -> [Int]? {
        let n = graph.nodeCount
        let degree = graph.degrees
        let twiceM = degree.reduce(0, +)
        guard twiceM > 0 else { return nil }
        var community = Array(0 ..< n)
        var total = degree
        var linkWeight = [Double](repeating: 0, count: n)
        var touched = [Int]()
        var order = Array(0 ..< n)
        order.shuffle(using: &generator)
        var movedAtAll = false
        var moved = true
        while moved {
            moved = false
            for v in order {
                let own = community[v]
                let kv = degree[v]
                touched.removeAll(keepingCapacity: true)
                linkWeight[own] = 0
                touched.append(own)
                for e in graph.offsets[v] ..< graph.offsets[v + 1] {
                    let c = community[Int(graph.targets[e])]
                    if linkWeight[c] == 0 && c != own { touched.append(c) }
                    linkWeight[c] += graph.weights[e]
                }
                total[own] -= kv
                // Gain of joining c, up to a factor 1/m common to all c.
                let factor = resolution * kv / twiceM
                var best = own
                var bestGain = linkWeight[own] - factor * total[own]
                for c in touched where c != own {
                    let gain = linkWeight[c] - factor * total[c]
                    if gain > bestGain + 1e-12 * max(1, abs(bestGain)) {
                        best = c
                        bestGain = gain
                    }
                }
                for c in touched { linkWeight[c] = 0 }
                total[best] += kv
                if best != own {
                    community[v] = best
                    moved = true
                    movedAtAll = true
                }
            }
        }
        return movedAtAll ? GraphIndex.renumberedByFirstNode(community) : nil
    }

    /// The graph of communities: one node per label, edge weights summed,
    /// weight inside a community becoming its self-loop.
    static func collapse(_ graph: WeightedGraph, labels: [Int]) -> WeightedGraph {
        let k = (labels.max() ?? -1) + 1
        var members = [[Int]](repeating: [], count: k)
        for (v, c) in labels.enumerated() { members[c].append(v) }
        var offsets = [Int](repeating: 0, count: k + 1)
        var targets = [Int32]()
        var weights = [Double]()
        var loops = [Double](repeating: 0, count: k)
        var accumulated = [Double](repeating: 0, count: k)
        var seen = [Bool](repeating: false, count: k)
        var touched = [Int]()
        for c in 0 ..< k {
            touched.removeAll(keepingCapacity: true)
            for v in members[c] {
                loops[c] += graph.loops[v]
                for e in graph.offsets[v] ..< graph.offsets[v + 1] {
                    let d = labels[Int(graph.targets[e])]
                    if d == c {
                        loops[c] += graph.weights[e] / 2  // each inner edge is seen from both ends
                        continue
                    }
                    if !seen[d] {
                        seen[d] = true
                        touched.append(d)
                    }
                    accumulated[d] += graph.weights[e]
                }
            }
            touched.sort()
            for d in touched {
                targets.append(Int32(d))
                weights.append(accumulated[d])
                accumulated[d] = 0
                seen[d] = false
            }
            offsets[c + 1] = targets.count
        }
        return WeightedGraph(offsets: offsets, targets: targets, weights: weights, loops: loops)
    }
}
