/// The compact form of a graph that every analysis runs on, built once per
/// analysis: dense node ids `0 ..< nodeCount`, and CSR adjacency with weights
/// and signs (DESIGN.md, "Analysis").
///
/// The *undirected* view is NetworkX's `nx.Graph` of the relations: relations
/// between the same two nodes, whatever their direction and type, merge into
/// one edge whose weight is the sum of theirs. The *directed* view is
/// `nx.DiGraph`: relations with the same source and target merge. A directed
/// index keeps both the out-arcs and the in-arcs.
///
/// - Complexity: building is O(n + m log d) time and O(n + m) memory.
public struct GraphIndex: Sendable {
    /// One relation of an edge list, between dense node ids.
    public struct Link: Sendable, Hashable {
        /// The source node, `0 ..< nodeCount`.
        public var source: Int
        /// The target node, `0 ..< nodeCount`.
        public var target: Int
        /// The strength of the relation (a path measure reads it as a distance `1 / weight`).
        public var weight: Double
        /// −1 hostile, 0 neutral, +1 cooperative.
        public var sign: Int

        /// Creates a relation between two dense node ids.
        public init(source: Int, target: Int, weight: Double = 1, sign: Int = 0) {
            self.source = source
            self.target = target
            self.weight = weight
            self.sign = sign
        }
    }

    /// The number of nodes.
    public let nodeCount: Int
    /// Whether this is the directed view.
    public let isDirected: Bool
    /// The node ids of the graph the index was built from, by dense id (`"0"`, `"1"`… for an edge list).
    public let ids: [String]
    /// Out-arcs; in the undirected view each edge appears in both endpoints' rows.
    let outgoing: Adjacency
    /// In-arcs; the same as `outgoing` in the undirected view.
    let incoming: Adjacency
    /// Reusable per-node arrays for point queries (`shortestPath`).
    let scratch: NodeScratch

    /// The number of edges of the view (merged; an undirected edge counts once).
    public var edgeCount: Int {
        isDirected ? outgoing.arcCount : (outgoing.arcCount - outgoing.loops.count) / 2 + outgoing.loops.count
    }

    /// Builds an index from an edge list between dense ids `0 ..< nodeCount`.
    ///
    /// - Parameters:
    ///   - nodeCount: the number of nodes; nodes without links are isolated.
    ///   - links: the relations; parallel ones merge (weights summed).
    ///   - directed: whether to build the directed view.
    ///   - ids: the name of each node; `"0"`, `"1"`… when nil.
    /// - Throws: `AnalysisError.invalidEdge` when an endpoint is outside `0 ..< nodeCount`.
    public init(nodeCount: Int, links: [Link], directed: Bool, ids: [String]? = nil) throws(AnalysisError) {
        for (i, link) in links.enumerated() {
            guard (0 ..< nodeCount).contains(link.source), (0 ..< nodeCount).contains(link.target) else {
                throw .invalidEdge(index: i, source: link.source, target: link.target, nodeCount: nodeCount)
            }
        }
        self.init(nodeCount: nodeCount, checkedLinks: links, directed: directed, ids: ids)
    }

    /// Builds the index from links whose endpoints are known to be in range.
    init(nodeCount: Int, checkedLinks links: [Link], directed: Bool, ids: [String]?) {
        var tails = [Int32]()
        var heads = [Int32]()
        var weights = [Double]()
        var signs = [Int8]()
        let arcs = directed ? links.count : 2 * links.count
        tails.reserveCapacity(arcs)
        heads.reserveCapacity(arcs)
        weights.reserveCapacity(arcs)
        signs.reserveCapacity(arcs)
        for link in links {
            let sign = Int8(clamping: link.sign.signum())
            tails.append(Int32(link.source))
            heads.append(Int32(link.target))
            weights.append(link.weight)
            signs.append(sign)
            if !directed && link.source != link.target {
                tails.append(Int32(link.target))
                heads.append(Int32(link.source))
                weights.append(link.weight)
                signs.append(sign)
            }
        }
        let outgoing = Adjacency.build(nodeCount: nodeCount, tails: tails, heads: heads, weights: weights, signs: signs)
        let incoming = directed
            ? Adjacency.build(nodeCount: nodeCount, tails: heads, heads: tails, weights: weights, signs: signs)
            : outgoing
        self.init(nodeCount: nodeCount, directed: directed, ids: ids ?? (0 ..< nodeCount).map(String.init),
                  outgoing: outgoing, incoming: incoming)
    }

    init(nodeCount: Int, directed: Bool, ids: [String], outgoing: Adjacency, incoming: Adjacency) {
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.ids = ids
        self.outgoing = outgoing
        self.incoming = incoming
        scratch = NodeScratch(count: nodeCount)
    }

    /// The same graph with every arc reversed (the undirected view is its own reverse).
    var reversed: GraphIndex {
        isDirected
            ? GraphIndex(nodeCount: nodeCount, directed: true, ids: ids, outgoing: incoming, incoming: outgoing)
            : self
    }
}
