import ActorGraph

/// Checks a graph once, before any byte is written, for values no export can
/// carry faithfully, so no format fails half-way or writes `nan`.
enum ExportChecks {
    /// Throws when an edge weight is not a finite number.
    static func finiteWeights(_ graph: Graph, format: String) throws(ExportError) {
        // Edges borrowed in place: copying each out of the graph retained its strings and evidence.
        var firstBad: Int?
        graph.forEachEdge { i, edge in
            if _slowPath(!edge.weight.isFinite) && firstBad == nil { firstBad = i }
        }
        if let firstBad {
            let edge = graph.edges.values[firstBad]
            throw .unrepresentable(format: format, element: describe(edge), reason: "weight \(edge.weight) is not a finite number")
        }
    }

    /// `edge SOURCE -[type]-> TARGET`, for error messages.
    static func describe(_ edge: Edge) -> String {
        "edge \(edge.source) -[\(edge.type.rawValue)]-> \(edge.target)"
    }

    /// `node ID`, for error messages.
    static func describe(_ node: Node) -> String { "node \(node.id)" }
}
