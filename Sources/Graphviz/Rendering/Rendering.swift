/// The outcome of one layout rendered to one or more formats.
public struct Rendering: Sendable, Hashable {
    /// The bytes of each requested format.
    public var outputs: [OutputFormat: [UInt8]]
    /// Graphviz's warnings (for example about an unknown attribute value); the render succeeded anyway.
    public var warnings: [String]

    /// Creates a rendering result.
    public init(outputs: [OutputFormat: [UInt8]], warnings: [String] = []) {
        self.outputs = outputs
        self.warnings = warnings
    }

    /// The bytes of one format, or nil when it was not requested.
    public subscript(format: OutputFormat) -> [UInt8]? { outputs[format] }
}
