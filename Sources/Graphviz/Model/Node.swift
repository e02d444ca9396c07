/// A node of a ``Graph``: a name unique in the graph, and its attributes.
///
/// The `id` is the node's name for Graphviz; it is passed through the C API,
/// so it needs no DOT quoting and may hold any text. Without a `label`
/// attribute Graphviz shows the id.
public struct Node: Hashable, Sendable {
    /// The node's unique name in the graph.
    public var id: String
    /// The node's own attributes; they override the graph's node defaults.
    public var attributes: Attributes

    /// Creates a node.
    public init(_ id: String, attributes: Attributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}
