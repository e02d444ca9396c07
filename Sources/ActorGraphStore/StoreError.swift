/// What can go wrong with the embedded store.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The store file.
    public var path: String
    /// What went wrong, and what to do.
    public var message: String

    /// Creates a store error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
