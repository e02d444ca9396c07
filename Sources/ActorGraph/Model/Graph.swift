import OrderedCollections

/// The relation graph: documents, nodes and edges, merged by identity.
///
/// Nodes merge by id, and by name or alias within one kind ("Macron" joins
/// `person:emmanuel-macron` once that node lists the alias). Edges merge when
/// they have the same source, target and type: their weights add up and their
/// evidence is kept. Insertion order is kept, so output is deterministic.
public struct Graph: Sendable, Equatable {
    /// The documents the graph was built from, by id.
    public private(set) var documents: OrderedDictionary<String, Document> = [:]
    /// The nodes, by id, in the order first added.
    public private(set) var nodes: OrderedDictionary<String, Node> = [:]
    /// The edges, by key, in the order first added.
    public private(set) var edges: OrderedDictionary<EdgeKey, Edge> = [:]
    /// Normalised name → node id, per kind, for merging by alias.
    private var nameIndex: [NodeKind: [String: String]] = [:]

    /// Creates an empty graph.
    public init() {}

    /// Creates a graph from parts; edges to nodes that are not given throw.
    public init(documents: [Document] = [], nodes: [Node], edges: [Edge]) throws(GraphError) {
        for document in documents { add(document) }
        for node in nodes { merge(node) }
        for edge in edges { try merge(edge) }
    }

    /// The number of nodes.
    public var nodeCount: Int { nodes.count }
    /// The number of (merged) edges.
    public var edgeCount: Int { edges.count }

    /// Adds a document record, or fills in the fields an earlier record lacked.
    public mutating func add(_ document: Document) {
        if var known = documents[document.id] {
            known.title = known.title ?? document.title
            known.date = known.date ?? document.date
            known.source = known.source ?? document.source
            known.url = known.url ?? document.url
            documents[document.id] = known
        } else {
            documents[document.id] = document
        }
    }

    /// Merges a node and returns the id it now has in this graph: its own id,
    /// or (when `byName` is true) the id of an existing node of the same kind
    /// that shares a name or alias.
    @discardableResult
    public mutating func merge(_ node: Node, byName: Bool = true) -> String {
        let id = byName ? resolveID(for: node) : node.id
        if var existing = nodes[id] {
            existing.absorb(node)
            nodes[id] = existing
            index(existing)
        } else {
            var copy = node
            copy.id = id
            copy.evidence = EvidenceSet.union([], node.evidence)
            nodes[id] = copy
            index(copy)
        }
        return id
    }

    /// Merges an edge whose endpoints are already nodes of the graph.
    /// - Throws: `GraphError.unknownNode` when an endpoint is missing.
    public mutating func merge(_ edge: Edge) throws(GraphError) {
        guard nodes[edge.source] != nil else { throw .unknownNode(edge.source, edge: edge.key) }
        guard nodes[edge.target] != nil else { throw .unknownNode(edge.target, edge: edge.key) }
        let key = edge.key
        if var existing = edges[key] {
            existing.weight += edge.weight
            existing.evidence = EvidenceSet.union(existing.evidence, edge.evidence)
            edges[key] = existing
        } else {
            var copy = edge
            copy.evidence = EvidenceSet.union([], edge.evidence)
            edges[key] = copy
        }
    }

    /// Merges another graph into this one. Its nodes join nodes of the same id
    /// or name; its edges follow them. A graph whose documents are all known
    /// already changes nothing, so ingesting the same document twice is a no-op.
    public mutating func merge(_ other: Graph) {
        if !other.documents.isEmpty && other.documents.keys.allSatisfy({ documents[$0] != nil }) { return }
        for document in other.documents.values { add(document) }
        var remap: [String: String] = [:]
        for node in other.nodes.values {
            let id = merge(node)
            if id != node.id { remap[node.id] = id }
        }
        for var edge in other.edges.values {
            edge.source = remap[edge.source] ?? edge.source
            edge.target = remap[edge.target] ?? edge.target
            // Both endpoints exist: the other graph's edges only join its own nodes.
            try? merge(edge)
        }
    }

    /// The id of the node with this id, name or alias, if any (of the given kind, when given).
    public func resolve(_ nameOrID: String, kind: NodeKind? = nil) -> String? {
        if let node = nodes[nameOrID], kind == nil || node.kind == kind { return nameOrID }
        let key = NameKey.normalize(nameOrID)
        if let kind { return nameIndex[kind]?[key] }
        for kind in NodeKind.allCases {
            if let id = nameIndex[kind]?[key] { return id }
        }
        return nil
    }

    /// The edges that touch a node, in graph order.
    public func edges(touching id: String) -> [Edge] {
        edges.values.filter { $0.source == id || $0.target == id }
    }

    /// The subgraph induced by the nodes that pass `include`: those nodes and the edges between them.
    public func filtered(_ include: (Node) -> Bool) -> Graph {
        var sub = Graph()
        sub.documents = documents
        for node in nodes.values where include(node) {
            sub.nodes[node.id] = node
            sub.index(node)
        }
        for (key, edge) in edges where sub.nodes[edge.source] != nil && sub.nodes[edge.target] != nil {
            sub.edges[key] = edge
        }
        return sub
    }

    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.documents == rhs.documents && lhs.nodes == rhs.nodes && lhs.edges == rhs.edges
    }

    private func resolveID(for node: Node) -> String {
        if nodes[node.id] != nil { return node.id }
        // Statements are unique utterances: never merged by their wording.
        guard node.kind != .statement, let byName = nameIndex[node.kind] else { return node.id }
        for name in node.names {
            if let id = byName[NameKey.normalize(name)] { return id }
        }
        return node.id
    }

    private mutating func index(_ node: Node) {
        guard node.kind != .statement else { return }
        for name in node.names {
            let key = NameKey.normalize(name)
            guard !key.isEmpty, nameIndex[node.kind, default: [:]][key] == nil else { continue }
            nameIndex[node.kind, default: [:]][key] = node.id
        }
    }
}
