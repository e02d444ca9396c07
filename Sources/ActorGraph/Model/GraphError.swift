/// What can go wrong when putting a graph together.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An edge names a node that the graph does not have.
    case unknownNode(String, edge: EdgeKey)

    public var description: String {
        switch self {
        case let .unknownNode(id, edge):
            return "edge \(edge.source) -[\(edge.type.rawValue)]-> \(edge.target) names unknown node '\(id)'"
        }
    }
}
