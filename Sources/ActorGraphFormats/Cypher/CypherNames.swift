import ActorGraph

/// The labels and relationship types of the graph-database exports.
///
/// Every node has the label `Entity` (the one the id index or constraint is
/// on) and a label for its kind (`Person`, `Organization`, `Country`,
/// `Mission`, `Statement`). A relationship's type is its relation type in
/// the upper snake case graph databases use (`withdrawsFrom` →
/// `WITHDRAWS_FROM`); the exact relation type is also kept in a `type` property.
enum CypherNames {
    /// The label every node carries.
    static let entityLabel = "Entity"

    /// The label of a kind: `country` → `Country`.
    static func label(of kind: NodeKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    /// The relationship type of a relation type: `withdrawsFrom` → `WITHDRAWS_FROM`.
    static func relationshipType(of type: RelationType) -> String {
        var out = ""
        for ch in type.rawValue {
            if ch.isUppercase { out.append("_") }
            out.append(contentsOf: ch.uppercased())
        }
        return out
    }
}
