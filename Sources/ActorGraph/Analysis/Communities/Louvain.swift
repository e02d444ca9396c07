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
/// - Complexity: O(m) per sweep of the nodes; with the queue of
///   `moveNodes`, a few sweeps' worth per level and a few levels: near-linear.
struct Louvain {
    var resolution: Double = 1
    var threshold: Double = 1e-7
    /// A level stops sweeping when a round of moves gains no more than this,
    /// or than 1% of what its first round gained (Blondel et al.'s own code
    /// stops passes below 1e-6; random graphs otherwise go on for dozens of
    /// rounds of vanishing gains).
    var roundThreshold: Double = 1e-6
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
    ///
    /// Nodes wait in a queue, first all of them in random order; a node that
    /// moves puts back those of its neighbours that are not queued and not in
    /// its new community (the "fast local move" of Traag, Waltman and van Eck,
    /// "From Louvain to Leiden", Sci. Rep. 9, 2019; Ozaki, Tezuka and Inaba,
    /// 2016), so stable regions are not swept again and again. When the queue
    /// runs dry, every node is queued again, until a round gains little
    /// (`roundThreshold`; a round without moves gains nothing).
    private func moveNodes(_ graph: WeightedGraph, using generator: inout SeededGenerator) -> [Int]? {
        let n = graph.nodeCount
        let degree = graph.degrees
        let twiceM = degree.reduce(0, +)
        guard twiceM > 0 else { return nil }
        var community = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            for v in 0 ..< n { buffer[v] = Int32(v) }
            count = n
        }
        var total = degree
        var linkWeight = [Double](repeating: 0, count: n)
        var touched = [Int32]()
        var queue = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            for v in 0 ..< n { buffer[v] = Int32(v) }
            count = n
        }
        queue.shuffle(using: &generator)
        let order = queue
        var queued = [Bool](repeating: true, count: n)
        var movedAtAll = false
        graph.offsets.withUnsafeBufferPointer { off in
            graph.targets.withUnsafeBufferPointer { adj in
                graph.weights.withUnsafeBufferPointer { wt in
                    community.withUnsafeMutableBufferPointer { community in
                        total.withUnsafeMutableBufferPointer { total in
                            linkWeight.withUnsafeMutableBufferPointer { linkWeight in
                                queued.withUnsafeMutableBufferPointer { queued in
                                    // A ring buffer: at most n nodes are queued at once.
                                    var head = 0
                                    var size = n
                                    // A round starts with every node queued; another round follows
                                    // while the last one still gained more than `threshold`.
                                    var roundGain = 0.0
                                    var firstRoundGain = -1.0
                                    while true {
                                        if size == 0 {
                                            if firstRoundGain < 0 { firstRoundGain = roundGain }
                                            guard roundGain > max(roundThreshold, 0.01 * firstRoundGain) else { break }
                                            roundGain = 0
                                            for i in 0 ..< n {
                                                queue[i] = order[i]
                                                queued[Int(order[i])] = true
                                            }
                                            head = 0
                                            size = n
                                        }
                                        let v = Int(queue[head])
                                        head = head + 1 == n ? 0 : head + 1
                                        size -= 1
                                        queued[v] = false
                                        let own = Int(community[v])
                                        let kv = degree[v]
                                        touched.removeAll(keepingCapacity: true)
                                        for e in off[v] ..< off[v + 1] {
                                            let c = Int(community[Int(adj[e])])
                                            if linkWeight[c] == 0 { touched.append(Int32(c)) }
                                            linkWeight[c] += wt[e]
                                        }
                                        total[own] -= kv
                                        // Gain of joining c, up to a factor 1/m common to all c.
                                        let factor = resolution * kv / twiceM
                                        let stayGain = linkWeight[own] - factor * total[own]
                                        var best = own
                                        var bestGain = stayGain
                                        for c32 in touched {
                                            let c = Int(c32)
                                            guard c != own else { continue }
                                            let gain = linkWeight[c] - factor * total[c]
                                            if gain > bestGain + 1e-12 * max(1, abs(bestGain)) {
                                                best = c
                                                bestGain = gain
                                            }
                                        }
                                        for c in touched { linkWeight[Int(c)] = 0 }
                                        total[best] += kv
                                        guard best != own else { continue }
                                        community[v] = Int32(best)
                                        movedAtAll = true
                                        roundGain += 2 * (bestGain - stayGain) / twiceM
                                        for e in off[v] ..< off[v + 1] {
                                            let w = Int(adj[e])
                                            if !queued[w] && Int(community[w]) != best {
                                                queued[w] = true
                                                var tail = head + size
                                                if tail >= n { tail -= n }
                                                queue[tail] = Int32(w)
                                                size += 1
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return movedAtAll ? GraphIndex.renumberedByFirstNode(community.map(Int.init)) : nil
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
