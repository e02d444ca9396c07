/// What can go wrong when Graphviz lays out or renders a graph.
///
/// Messages are Graphviz's own, as it reported them (`Error: …`, `Warning: …`).
public enum GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The layout engine is not installed; `available` lists the ones that are.
    case unknownEngine(String, available: [String])
    /// The output format is not installed; `available` lists the ones that are.
    case unknownFormat(String, available: [String])
    /// Graphviz could not start: no context, or no layout plugins registered.
    case unavailable(String)
    /// The graph could not be built (an empty node id, an attribute Graphviz refused).
    case invalidGraph(String)
    /// A label was rejected, typically an HTML-like label that is not well-formed XML.
    case invalidLabel(messages: [String])
    /// Layout failed or reported errors.
    case layoutFailed(engine: String, messages: [String])
    /// Rendering to a format failed or reported errors.
    case renderFailed(format: String, messages: [String])
    /// The output file could not be written; nothing was left at `path`.
    case writeFailed(path: String, reason: String)

    /// A one-line explanation of what went wrong and, where possible, what to do.
    public var description: String {
        switch self {
        case let .unknownEngine(name, available):
            return "unknown Graphviz layout engine '\(name)'; available: \(available.joined(separator: ", "))"
        case let .unknownFormat(name, available):
            return "unknown Graphviz output format '\(name)'; available: \(available.joined(separator: ", "))"
        case let .unavailable(reason):
            return "Graphviz is not usable: \(reason)"
        case let .invalidGraph(reason):
            return "invalid graph: \(reason)"
        case let .invalidLabel(messages):
            return "invalid label: \(Self.join(messages))"
        case let .layoutFailed(engine, messages):
            return "Graphviz layout with '\(engine)' failed: \(Self.join(messages))"
        case let .renderFailed(format, messages):
            return "Graphviz rendering to '\(format)' failed: \(Self.join(messages))"
        case let .writeFailed(path, reason):
            return "cannot write \(path): \(reason)"
        }
    }

    private static func join(_ messages: [String]) -> String {
        messages.isEmpty ? "no message from Graphviz" : messages.joined(separator: "; ")
    }
}
