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
    /// Found by a bidirectional breadth-first search (`BidirectionalSearch`)
    /// that stops at the first arc joining the two balls, instead of finishing
    /// the level as NetworkX's does, and reads the tree's path off the search
    /// order of the nodes it labelled.
    ///
    /// The labels live in a reused all-zero array (`NodeScratch`), cleared
    /// node by node afterwards, so a query costs only what it visits.
    /// - Complexity: O(n + m) in the worst case; on graphs with small diameter,
    ///   about the arcs of two balls of half the distance.
    func bfsPath(from source: Int, to target: Int) -> [Int]? {
        if source == target { return [source] }
        return scratch.withArrays { label, queues in
            outgoing.offsets.withUnsafeBufferPointer { outOff in
                outgoing.targets.withUnsafeBufferPointer { outAdj in
                    incoming.offsets.withUnsafeBufferPointer { inOff in
                        incoming.targets.withUnsafeBufferPointer { inAdj in
                            BidirectionalSearch(
                                label: label, forward: queues.0, backward: queues.1,
                                forwardStarts: queues.2, backwardStarts: queues.3,
                                outOff: outOff, outAdj: outAdj, inOff: inOff, inAdj: inAdj
                            ).path(from: source, to: target)
                        }
                    }
                }
            }
        }
    }
}
