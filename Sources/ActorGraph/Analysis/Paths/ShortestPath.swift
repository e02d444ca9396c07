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
    /// search", Machine Intelligence 6, 1971): levels are added from the side
    /// whose frontier has fewer arcs until an arc joins the two balls. With
    /// whole balls of radius F (forward) and B (backward) at that moment, the
    /// distance is F + B + 1, and the path is walked from the source taking
    /// at each step the smallest neighbour that is one step further along a
    /// shortest path: in the forward ball, a node from which the levels lead
    /// on to level F and across to the backward ball's level B (found by a
    /// depth-first search that remembers its answers); in the backward ball,
    /// a node one step closer to the target. So the search stops at the first
    /// meeting instead of finishing the level, as NetworkX's does.
    ///
    /// The labels live in a reused all-zero array (`NodeScratch`), cleared
    /// node by node afterwards, so a query costs only what it visits.
    /// - Complexity: O(n + m) in the worst case; on graphs with small
    ///   diameter, about the arcs of two balls of half the distance.
    func bfsPath(from source: Int, to target: Int) -> [Int]? {
        if source == target { return [source] }
        return scratch.withArrays { label, queues in
            outgoing.offsets.withUnsafeBufferPointer { outOff in
                outgoing.targets.withUnsafeBufferPointer { outAdj in
                    incoming.offsets.withUnsafeBufferPointer { inOff in
                        incoming.targets.withUnsafeBufferPointer { inAdj in
                            Self.bidirectionalPath(
                                from: source, to: target, label: label, forward: queues[0], backward: queues[1],
                                stackNodes: queues[2], stackArcs: queues[3],
                                outOff: outOff, outAdj: outAdj, inOff: inOff, inAdj: inAdj)
                        }
                    }
                }
            }
        }
    }

    /// `bfsPath` on raw buffers: `label` all zero (and left so), the others of node-count capacity.
    private static func bidirectionalPath(
        from source: Int, to target: Int, label: UnsafeMutableBufferPointer<Int32>,
        forward: UnsafeMutableBufferPointer<Int32>, backward: UnsafeMutableBufferPointer<Int32>,
        stackNodes: UnsafeMutableBufferPointer<Int32>, stackArcs: UnsafeMutableBufferPointer<Int32>,
        outOff: UnsafeBufferPointer<Int>, outAdj: UnsafeBufferPointer<Int32>,
        inOff: UnsafeBufferPointer<Int>, inAdj: UnsafeBufferPointer<Int32>
    ) -> [Int]? {
        // label[v]: 0 unseen; −(d + 1) when the backward search reached v at distance d from the
        // target; when the forward search reached v at distance d, d + 1 in the low bits, plus
        // `valid` or `invalid` once known whether v's levels lead on to the backward ball.
        // Each side's queue holds the nodes it labelled, level after level; its frontier is the
        // last level.
        let valid: Int32 = 1 << 29, invalid: Int32 = 1 << 30, distanceBits: Int32 = valid - 1
        var radiusF: Int32 = 0, radiusB: Int32 = 0  // the whole balls' radii
        label[source] = 1
        label[target] = -1
        forward[0] = Int32(source)
        backward[0] = Int32(target)
        var forwardLevel = 0 ..< 1, backwardLevel = 0 ..< 1
        var forwardEnd = 1, backwardEnd = 1
        defer {
            for i in 0 ..< forwardEnd { label[Int(forward[i])] = 0 }
            for i in 0 ..< backwardEnd { label[Int(backward[i])] = 0 }
        }
        var met = false
        search: while !forwardLevel.isEmpty && !backwardLevel.isEmpty {
            var forwardArcs = 0, backwardArcs = 0
            for i in forwardLevel {
                let u = Int(forward[i])
                forwardArcs += outOff[u + 1] - outOff[u]
            }
            for i in backwardLevel {
                let u = Int(backward[i])
                backwardArcs += inOff[u + 1] - inOff[u]
            }
            if forwardArcs <= backwardArcs {
                let seen = radiusF + 2  // label of level F + 1
                for i in forwardLevel {
                    let u = Int(forward[i])
                    for e in outOff[u] ..< outOff[u + 1] {
                        let w = Int(outAdj[e])
                        let l = label[w]
                        if l == 0 {
                            label[w] = seen
                            forward[forwardEnd] = Int32(w)
                            forwardEnd += 1
                        } else if l < 0 {  // an arc from level F to the backward ball (its level B)
                            met = true
                            break search
                        }
                    }
                }
                radiusF += 1
                forwardLevel = forwardLevel.upperBound ..< forwardEnd
            } else {
                let seen = -(radiusB + 2)  // label of backward level B + 1
                for i in backwardLevel {
                    let u = Int(backward[i])
                    for e in inOff[u] ..< inOff[u + 1] {
                        let w = Int(inAdj[e])
                        let l = label[w]
                        if l == 0 {
                            label[w] = seen
                            backward[backwardEnd] = Int32(w)
                            backwardEnd += 1
                        } else if l > 0 {  // an arc from the forward ball (its level F) to level B
                            met = true
                            break search
                        }
                    }
                }
                radiusB += 1
                backwardLevel = backwardLevel.upperBound ..< backwardEnd
            }
        }
        guard met else { return nil }
        let F = radiusF, B = radiusB
        let acrossLabel = -(B + 1)

        /// Whether forward node `start` (distance ≤ F) lies on a shortest path: a depth-first
        /// search along increasing distance to level F, then an arc to the backward level B.
        /// Answers are kept in the labels, so each node and arc is examined once per query.
        func leadsOn(_ start: Int) -> Bool {
            let known = label[start]
            if known & valid != 0 { return true }
            if known & invalid != 0 { return false }
            var top = 0
            stackNodes[0] = Int32(start)
            stackArcs[0] = 0
            while top >= 0 {
                let u = Int(stackNodes[top])
                let here = label[u] & distanceBits  // distance + 1
                var e = outOff[u] + Int(stackArcs[top])
                var descend = -1
                if here == F + 1 {
                    while e < outOff[u + 1] && label[Int(outAdj[e])] != acrossLabel { e += 1 }
                    if e < outOff[u + 1] { descend = -2 }  // found the crossing
                } else {
                    while e < outOff[u + 1] {
                        let w = Int(outAdj[e])
                        e += 1
                        let l = label[w]
                        guard l > 0 && l & distanceBits == here + 1 else { continue }
                        if l & valid != 0 {
                            descend = -2
                            break
                        }
                        if l & invalid == 0 {
                            descend = w
                            break
                        }
                    }
                }
                if descend == -2 {  // every node on the stack leads on through the next one
                    for i in 0 ... top { label[Int(stackNodes[i])] |= valid }
                    return true
                }
                if descend >= 0 {
                    stackArcs[top] = Int32(e - outOff[u])
                    top += 1
                    stackNodes[top] = Int32(descend)
                    stackArcs[top] = 0
                } else {
                    label[u] |= invalid
                    top -= 1
                }
            }
            return false
        }

        let distance = Int(F + B + 1)
        var path = [source]
        path.reserveCapacity(distance + 1)
        var v = source
        for step in 0 ..< distance {
            var e = outOff[v]
            if step < Int(F) {  // the smallest neighbour one level further that leads on
                let next = Int32(step) + 2
                while e < outOff[v + 1] {
                    let w = Int(outAdj[e])
                    let l = label[w]
                    if l > 0 && l & distanceBits == next && leadsOn(w) { break }
                    e += 1
                }
            } else {  // across (level B), then one step closer to the target each time
                let wanted = step == Int(F) ? acrossLabel : -Int32(distance - step)
                while e < outOff[v + 1] && label[Int(outAdj[e])] != wanted { e += 1 }
            }
            precondition(e < outOff[v + 1], "bidirectional search lost its path")
            v = Int(outAdj[e])
            path.append(v)
        }
        return path
    }
}
