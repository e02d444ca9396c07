/// One bidirectional breadth-first search for `GraphIndex.bfsPath` (Pohl,
/// "Bi-directional search", Machine Intelligence 6, 1971), on raw buffers
/// lent by `NodeScratch`.
///
/// Levels are added from the side whose frontier has fewer arcs until an arc
/// joins the two balls. With whole balls of radius F (forward) and B
/// (backward) at that moment, the distance is F + B + 1 and every shortest
/// path crosses from forward level F to backward level B.
///
/// The path returned is the breadth-first search tree's (neighbours in id
/// order), which is the shortest path whose sequence of node ids is smallest.
/// A forward BFS lists each level in the order of its nodes' tree paths, so
/// the tree's path to the target runs through the *first* node of forward
/// level F, in search order, that has an arc to backward level B; before it,
/// the tree path to that node (each node's parent is its earliest in-neighbour
/// one level down); after it, the smallest neighbour one backward level down
/// each time. The labels therefore record each node's position in its side's
/// search order, and no node beyond the two balls is looked at.
///
/// - Complexity: O(n + m) in the worst case; on graphs with small diameter,
///   about the arcs of two balls of half the distance, plus the degrees of
///   the path's nodes.
struct BidirectionalSearch {
    /// Per node: 0 unseen; p + 1 when it is `forward[p]`; −(p + 1) when it is `backward[p]`.
    /// All zero before and after a search.
    let label: UnsafeMutableBufferPointer<Int32>
    /// The nodes reached from the source, level after level, each level in search order.
    let forward: UnsafeMutableBufferPointer<Int32>
    /// The nodes reached (against the arcs) from the target, likewise.
    let backward: UnsafeMutableBufferPointer<Int32>
    /// Forward level k is `forward[forwardStarts[k] ..< forwardStarts[k + 1]]`.
    let forwardStarts: UnsafeMutableBufferPointer<Int32>
    /// Backward level k is `backward[backwardStarts[k] ..< backwardStarts[k + 1]]`.
    let backwardStarts: UnsafeMutableBufferPointer<Int32>
    let outOff: UnsafeBufferPointer<Int>, outAdj: UnsafeBufferPointer<Int32>
    let inOff: UnsafeBufferPointer<Int>, inAdj: UnsafeBufferPointer<Int32>

    /// The breadth-first tree's path from `source` to `target` (distinct), or nil.
    func path(from source: Int, to target: Int) -> [Int]? {
        label[source] = 1
        label[target] = -1
        forward[0] = Int32(source)
        backward[0] = Int32(target)
        forwardStarts[0] = 0
        forwardStarts[1] = 1
        backwardStarts[0] = 0
        backwardStarts[1] = 1
        var F = 0, B = 0  // the last whole level of each side
        var forwardEnd = 1, backwardEnd = 1
        defer {
            for i in 0 ..< forwardEnd { label[Int(forward[i])] = 0 }
            for i in 0 ..< backwardEnd { label[Int(backward[i])] = 0 }
        }
        var forwardArcs = FrontierArcs(from: 0), backwardArcs = FrontierArcs(from: 0)
        while true {
            if fewerArcsForward(&forwardArcs, &backwardArcs, F: F, B: B) {
                let level = Int(forwardStarts[F]) ..< Int(forwardStarts[F + 1])
                for i in level {
                    let u = Int(forward[i])
                    for e in outOff[u] ..< outOff[u + 1] {
                        let w = Int(outAdj[e])
                        let l = label[w]
                        if l == 0 {
                            forward[forwardEnd] = Int32(w)
                            forwardEnd += 1
                            label[w] = Int32(forwardEnd)
                        } else if l < 0 {
                            // The first arc across, in search order: u is the path's level-F node.
                            return walk(through: u, forwardRadius: F, backwardRadius: B)
                        }
                    }
                }
                if forwardEnd == level.upperBound { return nil }  // the source's side is exhausted
                F += 1
                forwardStarts[F + 1] = Int32(forwardEnd)
                forwardArcs = FrontierArcs(from: level.upperBound)
            } else {
                let level = Int(backwardStarts[B]) ..< Int(backwardStarts[B + 1])
                for i in level {
                    let u = Int(backward[i])
                    for e in inOff[u] ..< inOff[u + 1] {
                        let w = Int(inAdj[e])
                        let l = label[w]
                        if l == 0 {
                            backward[backwardEnd] = Int32(w)
                            backwardEnd += 1
                            label[w] = -Int32(backwardEnd)
                        } else if l > 0 {
                            let crossing = firstCrossing(
                                forwardRadius: F, backwardLevel: level, known: l, resumingAt: i, arc: e + 1)
                            return walk(through: crossing, forwardRadius: F, backwardRadius: B)
                        }
                    }
                }
                if backwardEnd == level.upperBound { return nil }  // the target's side is exhausted
                B += 1
                backwardStarts[B + 1] = Int32(backwardEnd)
                backwardArcs = FrontierArcs(from: level.upperBound)
            }
        }
    }

    /// The arcs leaving a frontier, summed node by node as far as a comparison needs.
    struct FrontierArcs {
        /// The arcs of the frontier's nodes before `next` (a position in the side's search order).
        var counted = 0
        var next: Int
        init(from start: Int) { next = start }
    }

    /// Whether forward level F has no more arcs than backward level B. Their degrees are summed
    /// in turns, the smaller partial sum first, until one sum is complete and the other has
    /// reached it, so a small frontier is compared with a large one at about twice its cost.
    private func fewerArcsForward(_ f: inout FrontierArcs, _ b: inout FrontierArcs, F: Int, B: Int) -> Bool {
        let forwardEnd = Int(forwardStarts[F + 1]), backwardEnd = Int(backwardStarts[B + 1])
        while true {
            let forwardDone = f.next == forwardEnd, backwardDone = b.next == backwardEnd
            if forwardDone && (backwardDone || b.counted >= f.counted) { return f.counted <= b.counted }
            if backwardDone && b.counted < f.counted { return false }
            if !forwardDone && (backwardDone || f.counted <= b.counted) {
                let u = Int(forward[f.next])
                f.counted += outOff[u + 1] - outOff[u]
                f.next += 1
            } else {
                let u = Int(backward[b.next])
                b.counted += inOff[u + 1] - inOff[u]
                b.next += 1
            }
        }
    }

    /// The first node of forward level F, in search order, with an arc to backward level B,
    /// when the backward search met forward node `known` (a label) while scanning the
    /// in-arcs of `backward[resumingAt]`.
    ///
    /// Two scans take turns, a node each, until one of them settles it: the rest of level B's
    /// in-arcs (once they run out, the smallest forward label met is the answer), and level F
    /// in search order up to the best label met so far (the first with an arc to level B). So
    /// it costs about twice the cheaper of the two: the first when few arcs cross (the rest of
    /// a small level B), the second when many do (a few nodes of a large level F).
    private func firstCrossing(
        forwardRadius F: Int, backwardLevel: Range<Int>, known: Int32, resumingAt start: Int, arc: Int
    ) -> Int {
        var best = known
        var next = start, e = arc  // the rest of level B: arc e of backward[next] on
        var candidate = Int(forwardStarts[F])  // level F in search order
        // The labels of backward level B.
        let low = -Int32(backwardLevel.upperBound), high = -Int32(backwardLevel.lowerBound)
        while candidate + 1 < Int(best) {
            let x = Int(forward[candidate])
            for f in outOff[x] ..< outOff[x + 1] {
                let l = label[Int(outAdj[f])]
                if l >= low && l < high { return x }
            }
            candidate += 1
            guard next < backwardLevel.upperBound else { break }
            let y = Int(backward[next])
            while e < inOff[y + 1] {
                let l = label[Int(inAdj[e])]
                if l > 0 && l < best { best = l }
                e += 1
            }
            next += 1
            if next < backwardLevel.upperBound { e = inOff[Int(backward[next])] }
        }
        return Int(forward[Int(best) - 1])
    }

    /// The path through `crossing`, a node of forward level F with an arc to backward level B:
    /// the tree path to it, then the smallest neighbour one backward level down each time.
    private func walk(through crossing: Int, forwardRadius F: Int, backwardRadius B: Int) -> [Int] {
        var path = [Int](repeating: 0, count: F + B + 2)
        var v = crossing
        for k in stride(from: F, to: 0, by: -1) {
            path[k] = v
            // The parent: the in-neighbour of smallest label on forward level k − 1.
            let low = forwardStarts[k - 1], high = forwardStarts[k]  // its labels: low + 1 ... high
            var parent = Int32.max
            for e in inOff[v] ..< inOff[v + 1] {
                let l = label[Int(inAdj[e])]
                if l > low && l <= high && l < parent { parent = l }
            }
            precondition(parent != .max, "bidirectional search lost the tree path")
            v = Int(forward[Int(parent) - 1])
        }
        path[0] = v
        v = crossing
        for k in stride(from: B, through: 0, by: -1) {
            // The smallest out-neighbour on backward level k, whose labels are low ..< high.
            let low = -backwardStarts[k + 1], high = -backwardStarts[k]
            var e = outOff[v]
            while e < outOff[v + 1] {
                let l = label[Int(outAdj[e])]
                if l >= low && l < high { break }
                e += 1
            }
            precondition(e < outOff[v + 1], "bidirectional search lost its path")
            v = Int(outAdj[e])
            path[F + B + 1 - k] = v
        }
        return path
    }
}
