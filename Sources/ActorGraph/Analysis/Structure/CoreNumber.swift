extension GraphIndex {
    /// Core numbers: the core number of a node is the largest k such that it
    /// belongs to the k-core, the largest subgraph in which every node has
    /// degree at least k. In a directed view degree is in-degree plus
    /// out-degree. Self-loops are ignored (NetworkX refuses graphs with them).
    ///
    /// Matches `nx.core_number`.
    ///
    /// Batagelj and Zaversnik, "An O(m) algorithm for cores decomposition of
    /// networks" (2003): bucket sort by degree, then peel the lowest bucket.
    /// - Complexity: O(n + m).
    public func coreNumbers() -> [Int] {
        guard isDirected else { return Self.peel(outgoing.offsets, outgoing.targets) }
        // In- and out-neighbours together; a reciprocal pair counts twice, as in NetworkX's directed degree.
        var links = [Link]()
        links.reserveCapacity(outgoing.arcCount)
        for v in 0 ..< nodeCount {
            for e in outgoing.arcs(of: v) where Int(outgoing.targets[e]) != v {
                links.append(Link(source: v, target: Int(outgoing.targets[e])))
            }
        }
        let both = Self.bothWays(nodeCount, links)
        return Self.peel(both.offsets, both.targets)
    }

    /// Batagelj–Zaversnik on one neighbour list per node (self-loops skipped).
    private static func peel(_ offsets: [Int], _ targets: [Int32]) -> [Int] {
        let n = offsets.count - 1
        guard n > 0 else { return [] }
        var degree = [Int](repeating: 0, count: n)
        for v in 0 ..< n {
            for e in offsets[v] ..< offsets[v + 1] where Int(targets[e]) != v { degree[v] += 1 }
        }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0 ... maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int](repeating: 0, count: n)
        var sorted = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0 ..< n {
            position[v] = fill[degree[v]]
            sorted[position[v]] = v
            fill[degree[v]] += 1
        }
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { adj in
                degree.withUnsafeMutableBufferPointer { degree in
                    binStart.withUnsafeMutableBufferPointer { binStart in
                        position.withUnsafeMutableBufferPointer { position in
                            sorted.withUnsafeMutableBufferPointer { sorted in
                                for i in 0 ..< n {
                                    let v = sorted[i]
                                    let dv = degree[v]
                                    for e in off[v] ..< off[v + 1] {
                                        let u = Int(adj[e])
                                        let du = degree[u]
                                        guard du > dv else { continue }  // also skips self-loops
                                        // Move u to the front of its bucket, then shrink its degree.
                                        let front = binStart[du]
                                        let w = sorted[front]
                                        if u != w {
                                            let pu = position[u]
                                            sorted[pu] = w
                                            position[w] = pu
                                            sorted[front] = u
                                            position[u] = front
                                        }
                                        binStart[du] += 1
                                        degree[u] = du - 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return degree
    }

    /// Neighbour lists with every link in both directions, duplicates kept.
    private static func bothWays(_ n: Int, _ links: [Link]) -> (offsets: [Int], targets: [Int32]) {
        var offsets = [Int](repeating: 0, count: n + 1)
        for link in links {
            offsets[link.source + 1] += 1
            offsets[link.target + 1] += 1
        }
        for v in 0 ..< n { offsets[v + 1] += offsets[v] }
        var cursor = offsets
        var targets = [Int32](repeating: 0, count: offsets[n])
        for link in links {
            targets[cursor[link.source]] = Int32(link.target)
            cursor[link.source] += 1
            targets[cursor[link.target]] = Int32(link.source)
            cursor[link.target] += 1
        }
        return (offsets, targets)
    }
}
