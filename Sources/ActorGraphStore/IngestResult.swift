/// What one ingest changed in the store.
public struct IngestResult: Equatable, Sendable {
    /// Whether the input's documents were all in the store already (then nothing changed).
    public var alreadyPresent: Bool
    /// Documents added.
    public var documents: Int
    /// Nodes added (new ids).
    public var nodes: Int
    /// Edges added (new source, target, type).
    public var edges: Int

    /// Creates an ingest result.
    public init(alreadyPresent: Bool, documents: Int = 0, nodes: Int = 0, edges: Int = 0) {
        self.alreadyPresent = alreadyPresent
        self.documents = documents
        self.nodes = nodes
        self.edges = edges
    }
}
