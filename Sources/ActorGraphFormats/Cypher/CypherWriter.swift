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

        let byKind = graph.nodeIndicesByKind()
        let nodes = graph.nodes.values.elements
        for kind in NodeKind.allCases {
            guard let group = byKind[kind] else { continue }
            for start in stride(from: 0, to: group.count, by: batchSize) {
                writeNodes(group[start..<min(start + batchSize, group.count)], of: nodes, kind: kind, into: w)
            }
        }

        let byType = graph.edgeIndicesByType()
        let edges = graph.edges.values.elements
        for type in RelationType.allCases {
            guard let group = byType[type] else { continue }
            for start in stride(from: 0, to: group.count, by: batchSize) {
                writeEdges(group[start..<min(start + batchSize, group.count)], of: edges, type: type, into: w)
            }
        }
    }

    private static func writeNodes(_ batch: ArraySlice<Int>, of nodes: [Node], kind: NodeKind, into w: ByteWriter) {
        let scratch = ByteWriter(format: w.format)
        func row(_ node: borrowing Node, first: Bool) {
            w.text(first ? "\n{id: " : ",\n{id: ")
            w.cypherString(node.id)
            w.text(", kind: '")
            w.text(node.kind.rawValue)
            w.text("', name: ")
            w.cypherString(node.name)
            w.text(", aliases: [")
            for (j, alias) in node.aliases.enumerated() {
                if j > 0 { w.text(", ") }
                w.cypherString(alias)
            }
            w.text("], evidence: ")
            scratch.reset()
            scratch.jsonEvidence(node.evidence)
            scratch.withBytes { w.cypherString($0) }
            w.text(", attributes: {")
            for (j, key) in node.attributes.keys.sorted().enumerated() {
                if j > 0 { w.text(", ") }
                w.cypherIdentifier(AttributeNames.column(for: key))
                w.text(": ")
                w.cypherString(node.attributes[key]!)
            }
            w.text("}}")
            if w.hasUnnamedFailure { w.nameUnnamedFailure("\(ExportChecks.describe(copy node)) attribute names") }
        }
        w.text("UNWIND [")
        nodes.withUnsafeBufferPointer { nodes in
            for i in batch { row(nodes[i], first: i == batch.first) }
        }
        w.text("\n] AS row\nMERGE (n:`Entity`:")
        w.cypherIdentifier(CypherNames.label(of: kind))
        w.text(" {id: row.id})\n")
        w.text("SET n.kind = row.kind, n.name = row.name, n.aliases = row.aliases, n.evidence = row.evidence, n += row.attributes;\n")
    }

    private static func writeEdges(_ batch: ArraySlice<Int>, of edges: [Edge], type: RelationType, into w: ByteWriter) {
        let scratch = ByteWriter(format: w.format)
        func row(_ edge: borrowing Edge, first: Bool) {
            w.text(first ? "\n{source: " : ",\n{source: ")
            w.cypherString(edge.source)
            w.text(", target: ")
            w.cypherString(edge.target)
            w.text(", type: '")
            w.text(edge.type.rawValue)
            w.text("', sign: ")
            w.int(edge.sign)
            w.text(", weight: ")
            w.double(edge.weight)
            w.text(", evidence: ")
            scratch.reset()
            scratch.jsonEvidence(edge.evidence)
            scratch.withBytes { w.cypherString($0) }
            w.text("}")
        }
        w.text("UNWIND [")
        edges.withUnsafeBufferPointer { edges in
            for i in batch { row(edges[i], first: i == batch.first) }
        }
        w.text("\n] AS row\nMATCH (s:`Entity` {id: row.source}) MATCH (t:`Entity` {id: row.target})\nMERGE (s)-[r:")
        w.cypherIdentifier(CypherNames.relationshipType(of: type))
        w.text("]->(t)\nSET r.type = row.type, r.sign = row.sign, r.weight = row.weight, r.evidence = row.evidence;\n")
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
