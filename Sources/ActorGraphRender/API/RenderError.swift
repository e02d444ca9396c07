import Graphviz

/// What can go wrong when drawing an actor graph.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The focus names no node of the graph (by id, name or alias).
    case unknownFocus(String)
    /// The focus node exists but the options hide it (its kind is filtered out, or it is a hidden statement).
    case focusHidden(String, reason: String)
    /// An option has a value that cannot work (a negative depth, `top` below 1).
    case invalidOption(String)
    /// The output file's extension names no format we can write.
    case unsupportedFileExtension(String)
    /// Graphviz failed; its error says how.
    case graphviz(GraphvizError)

    /// A one-line explanation that says what to change.
    public var description: String {
        switch self {
        case let .unknownFocus(focus):
            return "focus '\(focus)' is not a node id, name or alias of the graph"
        case let .focusHidden(id, reason):
            return "focus node '\(id)' is hidden by the options (\(reason))"
        case let .invalidOption(message):
            return "invalid render option: \(message)"
        case let .unsupportedFileExtension(path):
            return "cannot tell the format of '\(path)'; use a .png, .svg, .pdf or .dot file name"
        case let .graphviz(error):
            return error.description
        }
    }
}
