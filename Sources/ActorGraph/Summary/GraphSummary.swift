/// The counts `actorgraph stats` reports: nodes, edges and documents, by kind and by type.
public struct GraphSummary: Codable, Equatable, Sendable {
    /// The number of nodes.
    public var nodes: Int
    /// The number of merged edges.
    public var edges: Int
    /// The number of documents.
    public var documents: Int
    /// Nodes per kind (every kind listed, zero included).
    public var byKind: [String: Int]
    /// Edges per relation type (only types that occur).
    public var byType: [String: Int]

    /// Counts the graph.
    public init(_ graph: Graph) {
        nodes = graph.nodeCount
        edges = graph.edgeCount
        documents = graph.documents.count
        byKind = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0.rawValue, 0) })
        for node in graph.nodes.values { byKind[node.kind.rawValue, default: 0] += 1 }
        byType = [:]
        for edge in graph.edges.values { byType[edge.type.rawValue, default: 0] += 1 }
    }
}
