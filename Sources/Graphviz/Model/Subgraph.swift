/// A subgraph of a ``Graph``: a group of nodes with its own defaults and,
/// when its name starts with `cluster`, a box drawn around it.
///
/// Clusters are drawn by `dot` (and, partly, `fdp`); the other engines ignore
/// them. Subgraphs nest; a node should belong to at most one cluster per level.
public struct Subgraph: GraphContent, Hashable {
    /// The subgraph's name; two subgraphs with one name are one subgraph.
    public var name: String
    /// The attributes of the subgraph itself (for a cluster: `label`, `style`, `fillcolor`, …).
    public var attributes: Attributes
    /// Defaults for the nodes created in this subgraph.
    public var nodeDefaults: Attributes
    /// Defaults for the edges created in this subgraph.
    public var edgeDefaults: Attributes
    /// The nodes in this subgraph.
    public var nodes: [Node]
    /// The edges declared in this subgraph.
    public var edges: [Edge]
    /// Nested subgraphs.
    public var subgraphs: [Subgraph]

    /// Creates a subgraph named `name`; name it `cluster…` to draw it as a box.
    public init(
        name: String, attributes: Attributes = [:], nodeDefaults: Attributes = [:],
        edgeDefaults: Attributes = [:], nodes: [Node] = [], edges: [Edge] = [], subgraphs: [Subgraph] = []
    ) {
        self.name = name
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// Creates a cluster: a subgraph named `cluster_<id>`, drawn as a box with an optional title.
    public static func cluster(_ id: String, label: AttributeValue? = nil, attributes: Attributes = [:]) -> Subgraph {
        var cluster = Subgraph(name: "cluster_\(id)", attributes: attributes)
        if let label { cluster.attributes["label"] = label }
        return cluster
    }

    /// Whether Graphviz draws this subgraph as a cluster box (its name starts with `cluster`).
    public var isCluster: Bool { name.hasPrefix("cluster") }
}
