/// What can go wrong when reading a lexicon file.
public enum LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// A line is malformed; `line` is one-based.
    case malformed(file: String, line: Int, reason: String)
    /// The built-in lexicon is missing from the module's resources.
    case missingResources

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read lexicon: \(reason)"
        case let .malformed(file, line, reason):
            return "\(file):\(line): \(reason)"
        case .missingResources:
            return "the built-in lexicon (Lexicon/*.tsv) is missing from the ActorGraphExtraction resources"
        }
    }
}
