/// What a graph and a subgraph have in common: attributes, defaults for the
/// nodes and edges made in it, and its nodes, edges and subgraphs.
///
/// Helpers here let code build either one the same way.
public protocol GraphContent: Sendable {
    /// The attributes of the (sub)graph itself (`label`, `rankdir`, `bgcolor`, …).
    var attributes: Attributes { get set }
    /// Defaults for the nodes created in it, like `node [shape=box]` in DOT.
    var nodeDefaults: Attributes { get set }
    /// Defaults for the edges created in it, like `edge [color=grey]` in DOT.
    var edgeDefaults: Attributes { get set }
    /// The nodes declared in it, in order.
    var nodes: [Node] { get set }
    /// The edges declared in it, in order.
    var edges: [Edge] { get set }
    /// Its subgraphs and clusters, in order.
    var subgraphs: [Subgraph] { get set }
}

extension GraphContent {
    /// Appends a node with the given attributes.
    public mutating func addNode(_ id: String, _ attributes: Attributes = [:]) {
        nodes.append(Node(id, attributes: attributes))
    }

    /// Appends an edge with the given attributes.
    public mutating func addEdge(_ tail: String, _ head: String, _ attributes: Attributes = [:]) {
        edges.append(Edge(tail, head, attributes: attributes))
    }

    /// Every node id declared here or in nested subgraphs, plus edge endpoints, in first-seen order.
    ///
    /// - Complexity: O(*n* + *e*) over the whole nesting.
    public var allNodeIDs: [String] {
        var seen = Set<String>()
        var order: [String] = []
        func visit(_ content: any GraphContent) {
            for subgraph in content.subgraphs { visit(subgraph) }
            for node in content.nodes where seen.insert(node.id).inserted { order.append(node.id) }
            for edge in content.edges {
                if seen.insert(edge.tail).inserted { order.append(edge.tail) }
                if seen.insert(edge.head).inserted { order.append(edge.head) }
            }
        }
        visit(self)
        return order
    }
}
