extension GraphIndex {
    /// Connected components of the undirected view, or weakly connected
    /// components of the directed one (arcs followed both ways): a label per
    /// node, components numbered 0, 1… in the order of their smallest node.
    ///
    /// Matches `nx.connected_components` / `nx.weakly_connected_components`
    /// (as a partition; NetworkX yields sets).
    /// - Complexity: O(n + m), breadth-first search.
    public func componentLabels() -> [Int] {
        let n = nodeCount
        var label = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        let sides = isDirected ? [outgoing, incoming] : [outgoing]
        label.withUnsafeMutableBufferPointer { label in
            queue.withUnsafeMutableBufferPointer { queue in
                var next: Int32 = 0
                for start in 0 ..< n where label[start] < 0 {
                    label[start] = next
                    queue[0] = Int32(start)
                    var head = 0, tail = 1
                    while head < tail {
                        let v = Int(queue[head])
                        head += 1
                        for side in sides {
                            side.offsets.withUnsafeBufferPointer { off in
                                side.targets.withUnsafeBufferPointer { adj in
                                    for e in off[v] ..< off[v + 1] {
                                        let w = Int(adj[e])
                                        if label[w] < 0 {
                                            label[w] = next
                                            queue[tail] = Int32(w)
                                            tail += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                    next += 1
                }
            }
        }
        return label.map(Int.init)
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
        for root in 0 ..< n where index[root] < 0 {
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            path.append((root, outgoing.offsets[root]))
            while let top = path.last {
                let v = top.node
                if top.arc < outgoing.offsets[v + 1] {
                    path[path.count - 1].arc += 1
                    let w = Int(outgoing.targets[top.arc])
                    if index[w] < 0 {
                        index[w] = counter
                        low[w] = counter
                        counter += 1
                        stack.append(w)
                        onStack[w] = true
                        path.append((w, outgoing.offsets[w]))
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
