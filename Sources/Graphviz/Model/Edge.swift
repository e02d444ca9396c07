/// An edge of a ``Graph``, from `tail` to `head` (node ids), with its attributes.
///
/// An edge whose endpoints are not declared as nodes creates them, as in DOT.
/// In a non-strict graph two edges between the same nodes are drawn twice
/// unless they share a `key`; in a strict graph they are one edge.
public struct Edge: Hashable, Sendable {
    /// The id of the node the edge starts from.
    public var tail: String
    /// The id of the node the edge points to.
    public var head: String
    /// An optional name that identifies the edge among parallel edges.
    public var key: String?
    /// The edge's own attributes; they override the graph's edge defaults.
    public var attributes: Attributes

    /// Creates an edge.
    public init(_ tail: String, _ head: String, key: String? = nil, attributes: Attributes = [:]) {
        self.tail = tail
        self.head = head
        self.key = key
        self.attributes = attributes
    }
}
