/// A problem with a user's input file: what is wrong and where.
///
/// Its description is the one-line form every command prints after `error: `:
/// `FILE:LINE: what is wrong` (or `FILE: what is wrong` when no line applies).
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The field (a dotted path such as `relations[3].type`), when one is at fault.
    public var field: String?
    /// What is wrong, and what to do when that is not obvious.
    public var message: String

    /// Creates an input error.
    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let what = field.map { "\($0): \(message)" } ?? message
        // Parsers' messages can span lines; the contract is one line per error.
        return "\(place): \(what)".split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
