import ActorGraph

/// The `actorgraph/1` interchange file, as it is on disk (DESIGN.md, "The interchange format").
struct ActorGraphFile: Codable {
    static let formatName = "actorgraph/1"

    var format: String
    var documents: [Document]
    var nodes: [Node]
    var edges: [Edge]

    init(graph: Graph) {
        format = Self.formatName
        documents = Array(graph.documents.values)
        nodes = Array(graph.nodes.values)
        edges = Array(graph.edges.values)
    }
}
