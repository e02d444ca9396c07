import ActorGraph

/// Iteration over a graph's nodes and edges for the writers' hot loops.
///
/// `for edge in graph.edges.values` copies every edge out of the dictionary,
/// retaining and releasing its strings and arrays: for a million edges that
/// was a third of the Cypher export's time. These hand each element to `body`
/// borrowed from the graph's storage instead.
extension Graph {
    /// Calls `body` with each node, in graph order, and its position.
    func forEachNode(_ body: (_ index: Int, _ node: borrowing Node) -> Void) {
        nodes.values.elements.withUnsafeBufferPointer { buffer in
            for i in buffer.indices { body(i, buffer[i]) }
        }
    }

    /// Calls `body` with each edge, in graph order, and its position.
    func forEachEdge(_ body: (_ index: Int, _ edge: borrowing Edge) -> Void) {
        edges.values.elements.withUnsafeBufferPointer { buffer in
            for i in buffer.indices { body(i, buffer[i]) }
        }
    }

    /// The positions of the edges grouped by relation type, each group in graph order.
    func edgeIndicesByType() -> [RelationType: [Int]] {
        var groups: [RelationType: [Int]] = [:]
        forEachEdge { i, edge in groups[edge.type, default: []].append(i) }
        return groups
    }

    /// The positions of the nodes grouped by kind, each group in graph order.
    func nodeIndicesByKind() -> [NodeKind: [Int]] {
        var groups: [NodeKind: [Int]] = [:]
        forEachNode { i, node in groups[node.kind, default: []].append(i) }
        return groups
    }
}
