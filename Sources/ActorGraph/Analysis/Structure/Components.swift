extension GraphIndex {
    /// Connected components of the undirected view, or weakly connected
    /// components of the directed one (arcs followed both ways): a label per
    /// node, components numbered 0, 1… in the order of their smallest node.
    ///
    /// Matches `nx.connected_components` / `nx.weakly_connected_components`
    /// (as a partition; NetworkX yields sets).
    ///
    /// Union–find, the root of a set being its smallest node, with path
    /// halving (Tarjan and van Leeuwen, "Worst-case analysis of set union
    /// algorithms", J. ACM 31, 1984); random reads stay in a 4-byte-per-node
    /// array. The directed view takes each arc from its row. The undirected
    /// view, where every edge sits in both endpoints' rows, first links each
    /// node to its first two neighbours, which already joins almost all of a
    /// large component, then reads the remaining arcs only of the nodes
    /// outside the largest set so far (Sutton, Ben-Nun and Barak, "Optimizing
    /// parallel graph connectivity computation via subgraph sampling", IPDPS
    /// 2018): an edge from inside that set to a node outside it is read from
    /// the outside end.
    /// - Complexity: O(m α(n)).
    public func componentLabels() -> [Int] {
        let n = nodeCount
        var parent = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            for v in 0 ..< n { buffer[v] = Int32(v) }
            count = n
        }
        let directed = isDirected
        parent.withUnsafeMutableBufferPointer { parent in
            outgoing.offsets.withUnsafeBufferPointer { off in
                outgoing.targets.withUnsafeBufferPointer { adj in
                    @inline(__always) func root(_ v: Int32) -> Int32 {
                        var v = v
                        while parent[Int(v)] != v {
                            let grandparent = parent[Int(parent[Int(v)])]
                            parent[Int(v)] = grandparent
                            v = grandparent
                        }
                        return v
                    }
                    /// Joins the sets of `a` and `b` under the smaller root; returns that root.
                    @inline(__always) func link(_ a: Int32, _ b: Int32) -> Int32 {
                        let ra = root(a), rb = root(b)
                        if ra < rb {
                            parent[Int(rb)] = ra
                            return ra
                        }
                        parent[Int(ra)] = rb
                        return rb
                    }
                    if directed {
                        for v in 0 ..< n {
                            for e in off[v] ..< off[v + 1] { _ = link(Int32(v), adj[e]) }
                        }
                        return
                    }
                    let sampled = 2
                    for round in 0 ..< sampled {
                        for v in 0 ..< n where off[v] + round < off[v + 1] { _ = link(Int32(v), adj[off[v] + round]) }
                    }
                    // The most frequent root among up to 1,024 evenly spaced nodes.
                    var counts = [Int32: Int]()
                    let stride = max(1, n / 1024)
                    for v in Swift.stride(from: 0, to: n, by: stride) { counts[root(Int32(v)), default: 0] += 1 }
                    guard let largest = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
                    else { return }
                    for v in 0 ..< n {
                        let v32 = Int32(v)
                        // `largest` is a member of that set (its root may change as sets merge; its set only grows).
                        if root(v32) == root(largest) { continue }
                        var e = off[v] + sampled
                        while e < off[v + 1] {
                            _ = link(v32, adj[e])
                            e += 1
                        }
                    }
                }
            }
        }
        // Roots are smallest members, met in increasing order: number them as met.
        var label = [Int](repeating: 0, count: n)
        var next = 0
        for v in 0 ..< n {
            var r = Int(parent[v])
            while parent[r] != Int32(r) { r = Int(parent[r]) }
            if r == v {
                label[v] = next
                next += 1
            } else {
                label[v] = label[r]
            }
        }
        return label
    }

    /// Strongly connected components of the directed view (in the undirected
    /// view, the connected components): a label per node, numbered in the
    /// order of their smallest node.
    ///
    /// Matches `nx.strongly_connected_components` (as a partition).
    ///
    /// Tarjan, "Depth-first search and linear graph algorithms", SIAM J.
    /// Comput. 1 (1972), here without recursion.
    /// - Complexity: O(n + m).
    public func stronglyConnectedLabels() -> [Int] {
        guard isDirected else { return componentLabels() }
        let n = nodeCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack = [Int]()
        var raw = [Int](repeating: -1, count: n)
        var counter = 0
        var components = 0
        // The depth-first path: (node, next arc to look at).
        var path = [(node: Int, arc: Int)]()
        func discover(_ v: Int) {
            index[v] = counter
            low[v] = counter
            counter += 1
            stack.append(v)
            onStack[v] = true
            path.append((v, outgoing.offsets[v]))
        }
        for root in 0 ..< n where index[root] < 0 {
            discover(root)
            while let top = path.last {
                let v = top.node
                if top.arc < outgoing.offsets[v + 1] {
                    path[path.count - 1].arc += 1
                    let w = Int(outgoing.targets[top.arc])
                    if index[w] < 0 {
                        discover(w)
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                path.removeLast()
                if let parent = path.last { low[parent.node] = min(low[parent.node], low[v]) }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[w] = false
                        raw[w] = components
                        if w == v { break }
                    }
                    components += 1
                }
            }
        }
        return Self.renumberedByFirstNode(raw)
    }

    /// Renumbers labels 0, 1… in the order each first appears.
    static func renumberedByFirstNode(_ labels: [Int]) -> [Int] {
        var map = [Int: Int]()
        return labels.map { label in
            if let known = map[label] { return known }
            map[label] = map.count
            return map.count - 1
        }
    }
}
