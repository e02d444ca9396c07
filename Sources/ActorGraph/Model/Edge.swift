/// A typed, signed, weighted relation between two nodes, with its evidence.
public struct Edge: Hashable, Sendable {
    /// The id of the node the relation goes from.
    public var source: String
    /// The id of the node the relation goes to.
    public var target: String
    /// The relation type, from the closed vocabulary.
    public var type: RelationType
    /// −1 hostile, 0 neutral, +1 cooperative.
    public var sign: Int
    /// How many times (or how strongly) the relation was stated; merging adds weights.
    public var weight: Double
    /// Every place the relation was stated.
    public var evidence: [Evidence]

    /// Creates an edge; the sign defaults to the type's polarity.
    public init(
        source: String, target: String, type: RelationType, sign: Int? = nil, weight: Double = 1,
        evidence: [Evidence] = []
    ) {
        self.source = source
        self.target = target
        self.type = type
        self.sign = sign ?? type.polarity.rawValue
        self.weight = weight
        self.evidence = evidence
    }

    /// The identity under which parallel statements of one relation merge.
    public var key: EdgeKey { EdgeKey(source: source, target: target, type: type) }
}

/// The identity of an edge: its endpoints and its type.
public struct EdgeKey: Hashable, Sendable, Comparable {
    /// The source node id.
    public var source: String
    /// The target node id.
    public var target: String
    /// The relation type.
    public var type: RelationType

    /// Creates an edge key.
    public init(source: String, target: String, type: RelationType) {
        self.source = source
        self.target = target
        self.type = type
    }

    public static func < (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
        (lhs.source, lhs.target, lhs.type.rawValue) < (rhs.source, rhs.target, rhs.type.rawValue)
    }
}
