import ActorGraph

/// Iteration over a graph's nodes and edges for the writers' hot loops.
///
/// `for edge in graph.edges.values` copies every edge out of the dictionary,
/// retaining and releasing its strings and arrays: for a million edges that
/// was a third of the Cypher export's time. These hand each element to `body`
/// borrowed from the graph's storage instead, in graph order (which is also
/// the order they lie in memory).
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
}
