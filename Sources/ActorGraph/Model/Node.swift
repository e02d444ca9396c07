/// An entity of the relation graph: an actor, a mission or a statement.
///
/// Its `id` is stable and readable, `kind:slug` (`country:france`); `name` is
/// the display name and `aliases` the other names it goes by ("Paris" for
/// France in a political sense). Statements keep their text in
/// `attributes["text"]` and whether the quote was direct or indirect in
/// `attributes["quote"]`.
public struct Node: Hashable, Sendable {
    /// The stable id, `kind:slug`.
    public var id: String
    /// What the node is.
    public var kind: NodeKind
    /// The display name.
    public var name: String
    /// Other names, in the order first seen, without the display name.
    public var aliases: [String]
    /// Free attributes: `iso3`, `role`, `text`, `quote`, dates …
    public var attributes: [String: String]
    /// Where the node was seen.
    public var evidence: [Evidence]

    /// Creates a node; `aliases` loses the display name and duplicates.
    public init(
        id: String, kind: NodeKind, name: String, aliases: [String] = [],
        attributes: [String: String] = [:], evidence: [Evidence] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = []
        self.attributes = attributes
        self.evidence = evidence
        addAliases(aliases)
    }

    /// Creates a node whose id is derived from its kind and name (`NodeID.make`).
    public init(
        kind: NodeKind, name: String, aliases: [String] = [], attributes: [String: String] = [:],
        evidence: [Evidence] = []
    ) {
        self.init(id: NodeID.make(kind: kind, name: name), kind: kind, name: name, aliases: aliases,
                  attributes: attributes, evidence: evidence)
    }

    /// All the names of the node: the display name first, then the aliases.
    public var names: [String] { [name] + aliases }

    /// Adds names not yet known (compared case-insensitively), keeping their order.
    public mutating func addAliases<S: Sequence>(_ more: S) where S.Element == String {
        // Nothing to add: skip normalizing the names (statements have long ones).
        if more.underestimatedCount == 0, more.first(where: { _ in true }) == nil { return }
        var seen = Set(names.map { NameKey.normalize($0) })
        for alias in more {
            let key = NameKey.normalize(alias)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            aliases.append(alias)
        }
    }

    /// Folds another description of the same entity into this one: new aliases,
    /// attributes this node lacks, and all evidence.
    public mutating func absorb(_ other: Node) {
        addAliases(other.names)
        for (key, value) in other.attributes where attributes[key] == nil {
            attributes[key] = value
        }
        evidence = EvidenceSet.union(evidence, other.evidence)
    }
}
