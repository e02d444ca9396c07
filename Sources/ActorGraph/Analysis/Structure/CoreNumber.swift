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
        let n = nodeCount
        guard n > 0 else { return [] }
        let sides = isDirected ? [outgoing, incoming] : [outgoing]
        var degree = [Int](repeating: 0, count: n)
        for side in sides {
            for v in 0 ..< n {
                for e in side.arcs(of: v) where Int(side.targets[e]) != v { degree[v] += 1 }
            }
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
        for i in 0 ..< n {
            let v = sorted[i]
            for side in sides {
                for e in side.arcs(of: v) {
                    let u = Int(side.targets[e])
                    guard u != v, degree[u] > degree[v] else { continue }
                    // Move u to the front of its bucket, then shrink its degree.
                    let du = degree[u]
                    let front = binStart[du]
                    let w = sorted[front]
                    if u != w {
                        sorted[position[u]] = w
                        position[w] = position[u]
                        sorted[front] = u
                        position[u] = front
                    }
                    binStart[du] += 1
                    degree[u] -= 1
                }
            }
        }
        return degree
    }
}
