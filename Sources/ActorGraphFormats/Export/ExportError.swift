/// What can go wrong when writing a graph to a file or a folder.
///
/// Every case names the path or the graph element concerned, so the command
/// line can print `error: PATH: what is wrong` and the user knows what to fix.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file-system call failed: what was attempted, on which path, and the system's reason.
    case io(path: String, operation: String, reason: String)
    /// The target exists and is not something an export may replace
    /// (a file where a folder goes, or a folder that an earlier export did not write).
    case refusesToReplace(path: String, reason: String)
    /// A value cannot be written in this format (for example a control
    /// character in XML 1.0, or a non-finite weight in JSON); `element` says
    /// which node, edge or document holds it.
    case unrepresentable(format: String, element: String, reason: String)
    /// No export format has this name; `known` lists the names there are.
    case unknownFormat(String, known: [String])

    public var description: String {
        switch self {
        case let .io(path, operation, reason):
            return "\(path): cannot \(operation): \(reason)"
        case let .refusesToReplace(path, reason):
            return "\(path): not replaced: \(reason)"
        case let .unrepresentable(format, element, reason):
            return "\(format): \(element): \(reason)"
        case let .unknownFormat(name, known):
            return "unknown export format '\(name)'; known formats: \(known.joined(separator: ", "))"
        }
    }
}
