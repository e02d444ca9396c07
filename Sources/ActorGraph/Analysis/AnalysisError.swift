/// What can go wrong in an analysis.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An edge list names a node outside `0 ..< nodeCount`.
    case invalidEdge(index: Int, source: Int, target: Int, nodeCount: Int)
    /// A power iteration (eigenvector, PageRank, Katz) did not reach its tolerance.
    case noConvergence(measure: String, iterations: Int)
    /// A node named by the user is not in the graph.
    case unknownNode(String)
    /// An option has a value the measure cannot use.
    case invalidOption(String)

    /// What went wrong and, where it helps, what to do about it.
    public var description: String {
        switch self {
        case let .invalidEdge(index, source, target, nodeCount):
            return "edge \(index) (\(source) → \(target)) names a node outside 0..<\(nodeCount)"
        case let .noConvergence(measure, iterations):
            return "\(measure) did not converge in \(iterations) iterations; "
                + "on a directed graph try the undirected view, for Katz a smaller alpha"
        case let .unknownNode(name):
            return "no node is named or has the id '\(name)'"
        case let .invalidOption(message):
            return message
        }
    }
}
