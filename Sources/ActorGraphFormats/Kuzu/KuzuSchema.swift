import ActorGraph

/// The Kùzu tables of a graph: one node table per kind present, with that
/// kind's attribute columns, and one relationship table per relation type
/// present, with every FROM/TO pair of kinds it joins.
struct KuzuSchema {
    /// A node table: its kind and its free attribute keys, sorted.
    struct NodeTable {
        let kind: NodeKind
        let attributeKeys: [String]
        var name: String { CypherNames.label(of: kind) }
    }

    /// A relationship table: its type and the kind pairs it joins, in first-seen order.
    struct RelTable {
        let type: RelationType
        var pairs: [Pair]
        var name: String { type.rawValue }
    }

    /// A FROM/TO pair of node kinds.
    struct Pair: Hashable {
        let from: NodeKind
        let to: NodeKind
    }

    let nodeTables: [NodeTable]
    let relTables: [RelTable]

    /// The schema of a graph.
    /// - Throws: `ExportError.unrepresentable` when two attribute names of one kind
    ///   differ only in case (Kùzu column names are case-insensitive).
    init(_ graph: Graph) throws(ExportError) {
        var nodesByKind: [NodeKind: [Node]] = [:]
        for node in graph.nodes.values { nodesByKind[node.kind, default: []].append(node) }
        var tables: [NodeTable] = []
        for kind in NodeKind.allCases {
            guard let nodes = nodesByKind[kind] else { continue }
            let keys = AttributeNames.keys(of: nodes)
            var seen: [String: String] = [:]
            for key in keys {
                let folded = AttributeNames.column(for: key).lowercased()
                if let other = seen[folded] {
                    throw .unrepresentable(format: "kuzu", element: "\(kind.rawValue) attributes '\(other)' and '\(key)'",
                                           reason: "Kùzu column names ignore case, so these two would be one column")
                }
                seen[folded] = key
            }
            tables.append(NodeTable(kind: kind, attributeKeys: keys))
        }
        nodeTables = tables

        var rels: [RelationType: RelTable] = [:]
        var seenPairs = Set<[Int]>()
        for edge in graph.edges.values {
            let from = graph.nodes[edge.source]!.kind, to = graph.nodes[edge.target]!.kind
            let pair = Pair(from: from, to: to)
            let key = [RelationType.allCases.firstIndex(of: edge.type)!, NodeKind.allCases.firstIndex(of: from)!,
                       NodeKind.allCases.firstIndex(of: to)!]
            guard seenPairs.insert(key).inserted else { continue }
            rels[edge.type, default: RelTable(type: edge.type, pairs: [])].pairs.append(pair)
        }
        relTables = RelationType.allCases.compactMap { rels[$0] }
    }

    /// The CSV file of a node table.
    static func nodeFile(_ table: NodeTable) -> String { "nodes-\(table.name).csv" }

    /// The CSV file of one FROM/TO pair of a relationship table.
    static func relFile(_ table: RelTable, _ pair: Pair) -> String {
        "rels-\(table.name)-\(CypherNames.label(of: pair.from))-\(CypherNames.label(of: pair.to)).csv"
    }
}
