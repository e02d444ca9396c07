import ActorGraph

/// What can go wrong when building or writing an HTML report.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An option has a value that cannot work (`top` below 1, no measures).
    case invalidOption(String)
    /// A centrality could not be computed (an iterative measure did not converge).
    case analysis(AnalysisError)
    /// The diagram could not be drawn.
    case render(RenderError)
    /// The page could not be written to `path`.
    case writeFailed(path: String, reason: String)

    /// A one-line explanation that says what to change.
    public var description: String {
        switch self {
        case let .invalidOption(message): return "invalid report option: \(message)"
        case let .analysis(error): return "cannot rank the actors: \(error.description)"
        case let .render(error): return "cannot draw the diagram: \(error.description)"
        case let .writeFailed(path, reason): return "\(path): cannot write: \(reason)"
        }
    }
}
