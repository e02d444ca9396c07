import ActorGraph

/// The names under which a node's free attributes (`Node.attributes`) travel
/// as keys, columns or properties beside the fixed fields.
///
/// An attribute keeps its own name (`iso3`, `role`, `text`) unless that name is
/// one of the fixed fields (`id`, `kind`, `name`, `aliases`, `evidence`,
/// compared case-insensitively, because Kùzu column names are) or already
/// starts with `attr.`; then it is written as `attr.<name>`. Readers strip one
/// `attr.` prefix, so every attribute name survives the round trip.
enum AttributeNames {
    /// The prefix that marks an attribute whose own name is taken.
    static let prefix = "attr."
    /// The fixed node fields that attributes must not shadow.
    static let reserved: Set<String> = ["id", "kind", "name", "aliases", "evidence"]

    /// The column (key, property) name of an attribute.
    static func column(for key: String) -> String {
        reserved.contains(key.lowercased()) || key.hasPrefix(prefix) ? prefix + key : key
    }

    /// The attribute a column (key, property) name stands for.
    static func attribute(forColumn column: String) -> String {
        column.hasPrefix(prefix) ? String(column.dropFirst(prefix.count)) : column
    }

    /// Every attribute key used by the graph's nodes, sorted, so columns come in a stable order.
    static func keys(of graph: Graph) -> [String] {
        var keys = Set<String>()
        graph.forEachNode { _, node in
            if !node.attributes.isEmpty { keys.formUnion(node.attributes.keys) }
        }
        return keys.sorted()
    }

    /// Every attribute key used by the given nodes, sorted, so columns come in a stable order.
    static func keys<S: Sequence>(of nodes: S) -> [String] where S.Element == Node {
        var keys = Set<String>()
        for node in nodes { keys.formUnion(node.attributes.keys) }
        return keys.sorted()
    }
}
