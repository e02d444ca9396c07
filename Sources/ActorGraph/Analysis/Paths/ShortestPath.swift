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
    /// The nodes of a path with the fewest arcs from `source` to `target`, or nil.
    /// - Complexity: O(n + m).
    func bfsPath(from source: Int, to target: Int) -> [Int]? {
        var parent = [Int](repeating: -1, count: nodeCount)
        parent[source] = source
        var queue = [source]
        var head = 0
        while head < queue.count, parent[target] < 0 {
            let v = queue[head]
            head += 1
            for e in outgoing.arcs(of: v) {
                let w = Int(outgoing.targets[e])
                if parent[w] < 0 {
                    parent[w] = v
                    queue.append(w)
                }
            }
        }
        guard parent[target] >= 0 else { return nil }
        var path = [target]
        while path[path.count - 1] != source { path.append(parent[path[path.count - 1]]) }
        return path.reversed()
    }
}
