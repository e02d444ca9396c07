/// The shortest chain of relations between two nodes, for `actorgraph path`:
/// "how is X linked to Y?", with the sentence behind each link.
public enum ShortestPath {
    /// The fewest relations leading from one node to another, each an edge of
    /// the graph with its evidence.
    ///
    /// The search is breadth-first over the undirected view (a relation links
    /// its two nodes whatever its direction) unless `directed`; edges keep the
    /// direction they have in the graph. Among parallel relations between two
    /// consecutive nodes the strongest (then the first in graph order) is
    /// given; among equally short chains, the one through earlier nodes.
    ///
    /// - Parameters:
    ///   - graph: the relation graph.
    ///   - from: the id, name or alias of the first node.
    ///   - to: the id, name or alias of the last node.
    ///   - directed: follow relations only from source to target.
    /// - Returns: the edges in order from `from` to `to`; `[]` when they are
    ///   the same node; nil when no chain links them.
    /// - Throws: `AnalysisError.unknownNode` when a name matches no node.
    /// - Complexity: O(n + m).
    public static func find(_ graph: Graph, from: String, to: String, directed: Bool = false) throws(AnalysisError) -> [Edge]? {
        guard let start = graph.resolve(from) else { throw .unknownNode(from) }
        guard let goal = graph.resolve(to) else { throw .unknownNode(to) }
        let index = GraphIndex(graph, directed: directed)
        guard let s = index.ids.firstIndex(of: start), let t = index.ids.firstIndex(of: goal) else { return nil }
        guard let nodes = index.bfsPath(from: s, to: t) else { return nil }
        var hops: [Edge] = []
        for (u, v) in zip(nodes, nodes.dropFirst()) {
            let a = index.ids[u], b = index.ids[v]
            let candidates = graph.edges.values.filter {
                ($0.source == a && $0.target == b) || (!directed && $0.source == b && $0.target == a)
            }
            guard let strongest = candidates.max(by: { $0.weight < $1.weight }) else { return nil }
            // `max(by:)` keeps the last of equal maxima; we want the first.
            hops.append(candidates.first { $0.weight == strongest.weight } ?? strongest)
        }
        return hops
    }
}

extension GraphIndex {
    /// The nodes of a path with the fewest arcs from `source` to `target`
    /// (both included), following out-arcs; among equally short paths, the
    /// breadth-first search tree's (neighbours taken in id order). `[source]`
    /// when they are the same node; nil when no path exists or an id is out
    /// of range. The search stops as soon as it meets `target`.
    ///
    /// What `ShortestPath.find` runs on the index of a graph.
    /// - Complexity: O(n + m).
    public func shortestPath(from source: Int, to target: Int) -> [Int]? {
        guard (0 ..< nodeCount).contains(source), (0 ..< nodeCount).contains(target) else { return nil }
        return bfsPath(from: source, to: target)
    }

    /// The nodes of a path with the fewest arcs from `source` to `target`, or
    /// nil: the breadth-first search tree's path, which is the shortest path
    /// whose sequence of node ids is smallest (compared from the source).
    ///
    /// Found by a bidirectional breadth-first search (Pohl, "Bi-directional
    /// search", Machine Intelligence 6, 1971): whole levels are added, from
    /// the side whose frontier has fewer arcs, until a level meets the other
    /// side's ball. If the forward ball has radius a and the backward one b
    /// when they first meet, the distance is a + b and the meeting nodes are
    /// exactly the nodes at position a of the shortest paths. The nodes at
    /// positions below a are marked back from them along in-arcs; then the
    /// path is walked from the source, taking at each step the smallest
    /// neighbour one step further along a shortest path (marked in the
    /// forward ball, one step closer to the target in the backward ball).
    /// - Complexity: O(n + m) in the worst case; on graphs with small
    ///   diameter, about the arcs of two balls of half the distance.
    func bfsPath(from source: Int, to target: Int) -> [Int]? {
        if source == target { return [source] }
        // label[v]: 0 unseen; d + 1 when the forward search reached v at distance d (plus `onPath`
        // once v is known to lie on a shortest path); −(d + 1) when the backward search reached
        // v at distance d from the target.
        let onPath: Int32 = 1 << 30
        var label = [Int32](repeating: 0, count: nodeCount)
        var a: Int32 = 0, b: Int32 = 0
        var meeting = [Int32]()
        label.withUnsafeMutableBufferPointer { label in
            outgoing.offsets.withUnsafeBufferPointer { outOff in
                outgoing.targets.withUnsafeBufferPointer { outAdj in
                    incoming.offsets.withUnsafeBufferPointer { inOff in
                        incoming.targets.withUnsafeBufferPointer { inAdj in
                            label[source] = 1
                            label[target] = -1
                            var forward: [Int32] = [Int32(source)], backward: [Int32] = [Int32(target)]
                            var next = [Int32]()
                            while meeting.isEmpty && !forward.isEmpty && !backward.isEmpty {
                                var forwardArcs = 0, backwardArcs = 0
                                for u in forward { forwardArcs += outOff[Int(u) + 1] - outOff[Int(u)] }
                                for u in backward { backwardArcs += inOff[Int(u) + 1] - inOff[Int(u)] }
                                next.removeAll(keepingCapacity: true)
                                if forwardArcs <= backwardArcs {
                                    let seen = a + 2, met = a + 2 + onPath  // labels of level a + 1
                                    for u in forward {
                                        for e in outOff[Int(u)] ..< outOff[Int(u) + 1] {
                                            let w = Int(outAdj[e])
                                            let l = label[w]
                                            if l == 0 {
                                                label[w] = seen
                                                next.append(Int32(w))
                                            } else if l < 0 {  // in the backward ball, at distance b from the target
                                                label[w] = met
                                                meeting.append(Int32(w))
                                            }
                                        }
                                    }
                                    a += 1
                                    swap(&forward, &next)
                                } else {
                                    let seen = -(b + 2)  // label of backward level b + 1
                                    for u in backward {
                                        for e in inOff[Int(u)] ..< inOff[Int(u) + 1] {
                                            let w = Int(inAdj[e])
                                            let l = label[w]
                                            if l == 0 {
                                                label[w] = seen
                                                next.append(Int32(w))
                                            } else if l > 0 && l < onPath {  // in the forward ball, at distance a
                                                label[w] = l + onPath
                                                meeting.append(Int32(w))
                                            }
                                        }
                                    }
                                    b += 1
                                    swap(&backward, &next)
                                }
                            }
                            // Mark the forward ball's nodes on shortest paths, level a − 1 down to 1.
                            var marked = meeting
                            var level = a
                            while level > 1 && !marked.isEmpty {
                                next.removeAll(keepingCapacity: true)
                                for x in marked {
                                    for e in inOff[Int(x)] ..< inOff[Int(x) + 1] {
                                        let u = Int(inAdj[e])
                                        if label[u] == level {  // distance level − 1, not yet marked
                                            label[u] = level + onPath
                                            next.append(Int32(u))
                                        }
                                    }
                                }
                                swap(&marked, &next)
                                level -= 1
                            }
                        }
                    }
                }
            }
        }
        guard !meeting.isEmpty else { return nil }
        var path = [source]
        path.reserveCapacity(Int(a + b) + 1)
        var v = source
        // Forward: the smallest neighbour marked one level further; then the smallest one step closer to the target.
        for step in 0 ..< Int(a + b) {
            let wanted = step < Int(a) ? Int32(step) + 2 + onPath : -(a + b - Int32(step))
            guard let e = outgoing.arcs(of: v).first(where: { label[Int(outgoing.targets[$0])] == wanted }) else {
                preconditionFailure("bidirectional search lost its path")
            }
            v = Int(outgoing.targets[e])
            path.append(v)
        }
        return path
    }
}
