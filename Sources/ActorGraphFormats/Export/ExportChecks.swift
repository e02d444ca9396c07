import ActorGraph

/// Checks a graph once, before any byte is written, for values no export can
/// carry faithfully, so no format fails half-way or writes `nan`.
enum ExportChecks {
    /// Throws when an edge weight is not a finite number.
    static func finiteWeights(_ graph: Graph, format: String) throws(ExportError) {
        for edge in graph.edges.values where !edge.weight.isFinite {
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
