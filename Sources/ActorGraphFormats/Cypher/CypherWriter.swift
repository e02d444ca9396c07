import ActorGraph
import Foundation

/// Writes a Cypher script that loads the graph into Neo4j 5, Memgraph or
/// FalkorDB, unchanged, through `cypher-shell -f`, `mgconsole` or any driver
/// (one statement per `;`).
///
/// A script file cannot carry driver parameters and `:param` is cypher-shell
/// only, so each batch is an `UNWIND` over a literal list of maps; the
/// statement text around it is fixed, and every value reaches the database
/// only through `row.…`, inside escaped string literals (`cypherString`).
/// Labels and relationship types cannot be parameters, so rows are grouped:
/// one statement per kind for nodes, per relation type for relationships,
/// at most `batchSize` rows each.
///
/// ```cypher
/// UNWIND [
/// {id: 'country:france', kind: 'country', name: 'France', aliases: ['Paris'], evidence: '[…]', attributes: {`iso3`: 'FRA'}}
/// ] AS row
/// MERGE (n:`Entity`:`Country` {id: row.id})
/// SET n.kind = row.kind, n.name = row.name, n.aliases = row.aliases, n.evidence = row.evidence, n += row.attributes;
/// UNWIND [
/// {source: 'country:france', target: 'country:mali', type: 'withdrawsFrom', sign: -1, weight: 1.0, evidence: '[…]'}
/// ] AS row
/// MATCH (s:`Entity` {id: row.source}) MATCH (t:`Entity` {id: row.target})
/// MERGE (s)-[r:`WITHDRAWS_FROM`]->(t)
/// SET r.type = row.type, r.sign = row.sign, r.weight = row.weight, r.evidence = row.evidence;
/// ```
/// `MERGE` on ids makes the script re-runnable. Evidence is JSON text (Neo4j
/// properties cannot hold maps); aliases are a list of strings.
public enum CypherWriter {
    /// Rows per `UNWIND` statement unless told otherwise.
    public static let defaultBatchSize = 1000

    /// Writes the script to `url` atomically.
    public static func write(
        _ graph: Graph, to url: URL, dialect: CypherDialect = .portable, batchSize: Int = defaultBatchSize
    ) throws(ExportError) {
        try SingleFileExport.write(graph, to: url, format: formatName(dialect)) {
            write(graph, dialect: dialect, batchSize: batchSize, into: $0)
        }
    }

    /// The script's bytes.
    public static func encode(
        _ graph: Graph, dialect: CypherDialect = .portable, batchSize: Int = defaultBatchSize
    ) throws(ExportError) -> [UInt8] {
        try SingleFileExport.encode(graph, format: formatName(dialect)) {
            write(graph, dialect: dialect, batchSize: batchSize, into: $0)
        }
    }

    static func formatName(_ dialect: CypherDialect) -> String {
        dialect == .portable ? "cypher" : "cypher-\(dialect.rawValue)"
    }

    static func write(_ graph: Graph, dialect: CypherDialect, batchSize: Int, into w: ByteWriter) {
        let batchSize = max(1, batchSize)
        w.text("// Written by ActorGraph: ")
        w.int(graph.nodeCount)
        w.text(" nodes, ")
        w.int(graph.edgeCount)
        w.text(" relationships. Every value is inside the UNWIND lists; see docs/exports.md.\n")
        w.text(dialect.schema)

        let kinds = NodeKind.allCases, types = RelationType.allCases
        let attributes = AttributeIdentifiers(AttributeNames.keys(of: graph), format: w.format)

        let nodeBatches = CypherBatches(into: w, groups: kinds.count, batchSize: batchSize) { group in
            "MERGE (n:`Entity`:`\(CypherNames.label(of: kinds[group]))` {id: row.id})\n"
                + "SET n.kind = row.kind, n.name = row.name, n.aliases = row.aliases, n.evidence = row.evidence, n += row.attributes;\n"
        }
        graph.forEachNode { _, node in
            let group = Vocabulary.index(node.kind)
            do {
                let b = nodeBatches.beginRow(group)
                b.text("{id: ")
                b.cypherString(node.id)
                b.text(", kind: '")
                b.name(node.kind)
                b.text("', name: ")
                b.cypherString(node.name)
                b.text(", aliases: [")
                for (j, alias) in node.aliases.enumerated() {
                    if j > 0 { b.text(", ") }
                    b.cypherString(alias)
                }
                b.text("], evidence: ")
                b.cypherEvidence(node.evidence)
                b.text(", attributes: {")
                if !node.attributes.isEmpty {
                    // The graph's keys are sorted, so this is the node's keys in sorted order.
                    var first = true
                    for j in attributes.keys.indices {
                        guard let value = node.attributes[attributes.keys[j]] else { continue }
                        if !first { b.text(", ") }
                        first = false
                        attributes.writeIdentifier(j, into: b)
                        b.text(": ")
                        b.cypherString(value)
                    }
                }
                b.text("}}")
                if b.hasUnnamedFailure { b.nameUnnamedFailure("\(ExportChecks.describe(copy node)) attribute names") }
                nodeBatches.endRow(group, b)
            }
        }
        nodeBatches.finish()

        let edgeBatches = CypherBatches(into: w, groups: types.count, batchSize: batchSize) { group in
            "MATCH (s:`Entity` {id: row.source}) MATCH (t:`Entity` {id: row.target})\n"
                + "MERGE (s)-[r:`\(CypherNames.relationshipType(of: types[group]))`]->(t)\n"
                + "SET r.type = row.type, r.sign = row.sign, r.weight = row.weight, r.evidence = row.evidence;\n"
        }
        graph.forEachEdge { _, edge in
            let group = Vocabulary.index(edge.type)
            do {
                let b = edgeBatches.beginRow(group)
                b.text("{source: ")
                b.cypherString(edge.source)
                b.text(", target: ")
                b.cypherString(edge.target)
                b.text(", type: '")
                b.name(edge.type)
                b.text("', sign: ")
                b.int(edge.sign)
                b.text(", weight: ")
                b.double(edge.weight)
                b.text(", evidence: ")
                b.cypherEvidence(edge.evidence)
                b.text("}")
                edgeBatches.endRow(group, b)
            }
        }
        edgeBatches.finish()
    }
}

/// The backticked property names of the graph's node attributes, escaped
/// once per export instead of once per node.
private struct AttributeIdentifiers {
    /// Every attribute key of the graph, sorted.
    let keys: [String]
    /// `keys[j]`'s identifier bytes, or nil when its name cannot be one (written
    /// through ``ByteWriter/cypherIdentifier(_:)`` then, which records why).
    private let identifiers: [[UInt8]?]

    init(_ keys: [String], format: String) {
        self.keys = keys
        identifiers = keys.map { key in
            let scratch = ByteWriter(format: format)
            scratch.cypherIdentifier(AttributeNames.column(for: key))
            return scratch.hasFailed ? nil : scratch.buffered
        }
    }

    /// Appends `keys[j]` as a property name.
    func writeIdentifier(_ j: Int, into w: ByteWriter) {
        if let identifier = identifiers[j] {
            identifier.withUnsafeBytes { w.bytes($0) }
        } else {
            w.cypherIdentifier(AttributeNames.column(for: keys[j]))
        }
    }
}

extension GraphExportFormat {
    /// The Cypher script that runs unchanged on Neo4j 5, Memgraph and FalkorDB (schema statements as comments).
    public static let cypher = cypherFormat(.portable,
        "Cypher script for Neo4j 5, Memgraph and FalkorDB, unchanged: UNWIND batches per label and type")
    /// The Cypher script with Neo4j 5's uniqueness constraint first.
    public static let cypherNeo4j = cypherFormat(.neo4j, "the cypher script with Neo4j 5's constraint on Entity.id first")
    /// The Cypher script with Memgraph's index and constraint first.
    public static let cypherMemgraph = cypherFormat(.memgraph, "the cypher script with Memgraph's index on Entity.id first")
    /// The Cypher script with FalkorDB's index first.
    public static let cypherFalkorDB = cypherFormat(.falkordb, "the cypher script with FalkorDB's index on Entity.id first")

    private static func cypherFormat(_ dialect: CypherDialect, _ summary: String) -> GraphExportFormat {
        GraphExportFormat(
            name: CypherWriter.formatName(dialect), summary: summary, producesFolder: false, fileExtension: "cypher",
            write: { graph, url throws(ExportError) in try CypherWriter.write(graph, to: url, dialect: dialect) })
    }
}
