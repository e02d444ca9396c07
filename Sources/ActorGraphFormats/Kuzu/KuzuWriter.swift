import ActorGraph
import Foundation

/// Writes a folder Kùzu loads with two scripts: `schema.cypher` (the DDL) and
/// `load.cypher` (one `COPY … FROM` per CSV file), run from inside the folder.
///
/// Node tables per kind (`Person`, `Country`, …): `id STRING` (primary key),
/// `kind`, `name`, `aliases` (JSON array text), `evidence` (JSON text) and one
/// STRING column per attribute of that kind. Relationship tables per relation
/// type (`withdrawsFrom`, …) with every FROM/TO pair of kinds that occurs and
/// columns `sign INT64`, `weight DOUBLE`, `evidence STRING`; their CSV files
/// start with the FROM and TO ids.
///
/// The CSV files are RFC 4180, which Kùzu reads by default (its escape is `"`;
/// backslashes are literal). Kùzu reads quoted line breaks only with
/// `PARALLEL=false`, so files that hold one get it. Kùzu reads an empty field,
/// quoted or not, as NULL unless told otherwise, so every COPY names a null
/// marker, `\N` (or `\N1`, `\N2`, … if a value is `\N`), written unquoted for
/// missing attributes: empty strings stay empty strings.
/// Lists are JSON text because Kùzu's CSV list syntax (`[a,b]`) has no escape
/// for a comma or bracket inside an element.
public enum KuzuWriter {
    static let formatName = "kuzu"

    /// Builds the folder at `url` and renames it into place when complete.
    public static func write(_ graph: Graph, to url: URL) throws(ExportError) {
        try ExportChecks.finiteWeights(graph, format: formatName)
        let schema = try KuzuSchema(graph)
        let null = nullMarker(for: graph)
        try FolderExport.write(to: url, format: formatName) { folder throws(ExportError) in
            try folder.file("schema.cypher") { writeSchema(schema, into: $0) }
            var copies: [(table: String, file: String, pair: KuzuSchema.Pair?, multiline: Bool)] = []
            var nodesByKind: [NodeKind: [Node]] = [:]
            for node in graph.nodes.values { nodesByKind[node.kind, default: []].append(node) }
            for table in schema.nodeTables {
                let nodes = nodesByKind[table.kind] ?? []
                let file = KuzuSchema.nodeFile(table)
                try folder.file(file) { writeNodes(nodes, table: table, null: null, into: $0) }
                copies.append((table.name, file, nil, nodes.contains(where: hasLineBreak)))
            }
            var edgesByPair: [KuzuSchema.Pair: [RelationType: [Edge]]] = [:]
            for edge in graph.edges.values {
                let pair = KuzuSchema.Pair(from: graph.nodes[edge.source]!.kind, to: graph.nodes[edge.target]!.kind)
                edgesByPair[pair, default: [:]][edge.type, default: []].append(edge)
            }
            for table in schema.relTables {
                for pair in table.pairs {
                    let edges = edgesByPair[pair]?[table.type] ?? []
                    let file = KuzuSchema.relFile(table, pair)
                    try folder.file(file) { writeRels(edges, into: $0) }
                    copies.append((table.name, file, pair,
                                   edges.contains { CSVEscape.containsLineBreak($0.source) || CSVEscape.containsLineBreak($0.target) }))
                }
            }
            try folder.file("load.cypher") { w in
                w.text("// Run from inside this folder, after schema.cypher (written by ActorGraph; docs/exports.md).\n")
                for copy in copies {
                    w.text("COPY ")
                    w.cypherIdentifier(copy.table)
                    w.text(" FROM ")
                    w.cypherString(copy.file)
                    w.text(" (")
                    if let pair = copy.pair {
                        w.text("from='")
                        w.text(CypherNames.label(of: pair.from))
                        w.text("', to='")
                        w.text(CypherNames.label(of: pair.to))
                        w.text("', ")
                    }
                    w.text("HEADER=true, PARALLEL=")
                    w.text(copy.multiline ? "false" : "true")
                    w.text(", NULL_STRINGS=[")
                    w.cypherString(null)
                    w.text("]);\n")
                }
            }
        }
    }

    /// `\N`, or `\N<n>` for the smallest n such that no id, name or attribute value equals it.
    static func nullMarker(for graph: Graph) -> String {
        var values = Set<String>()
        for node in graph.nodes.values where node.id.hasPrefix("\\N") || node.name.hasPrefix("\\N")
            || node.attributes.values.contains(where: { $0.hasPrefix("\\N") }) {
            values.insert(node.id)
            values.insert(node.name)
            values.formUnion(node.attributes.values)
        }
        var marker = "\\N", n = 0
        while values.contains(marker) {
            n += 1
            marker = "\\N\(n)"
        }
        return marker
    }

    private static func hasLineBreak(_ node: Node) -> Bool {
        CSVEscape.containsLineBreak(node.id) || CSVEscape.containsLineBreak(node.name)
            || node.attributes.values.contains(where: CSVEscape.containsLineBreak)
    }

    private static func writeSchema(_ schema: KuzuSchema, into w: ByteWriter) {
        w.text("// Kùzu schema written by ActorGraph; run before load.cypher.\n")
        for table in schema.nodeTables {
            w.text("CREATE NODE TABLE ")
            w.cypherIdentifier(table.name)
            w.text(" (`id` STRING, `kind` STRING, `name` STRING, `aliases` STRING, `evidence` STRING")
            for key in table.attributeKeys {
                w.text(", ")
                w.cypherIdentifier(AttributeNames.column(for: key))
                w.text(" STRING")
                if w.hasUnnamedFailure { w.nameUnnamedFailure("\(table.name) attribute '\(key)'") }
            }
            w.text(", PRIMARY KEY (`id`));\n")
        }
        for table in schema.relTables {
            w.text("CREATE REL TABLE ")
            w.cypherIdentifier(table.name)
            w.text(" (")
            for pair in table.pairs {
                w.text("FROM `")
                w.text(CypherNames.label(of: pair.from))
                w.text("` TO `")
                w.text(CypherNames.label(of: pair.to))
                w.text("`, ")
            }
            w.text("`sign` INT64, `weight` DOUBLE, `evidence` STRING);\n")
        }
    }

    private static func writeNodes(_ nodes: [Node], table: KuzuSchema.NodeTable, null: String, into w: ByteWriter) {
        w.text("id,kind,name,aliases,evidence")
        for key in table.attributeKeys {
            w.comma()
            w.csv(AttributeNames.column(for: key))
        }
        w.newline()
        let scratch = ByteWriter(format: formatName)
        for node in nodes {
            w.csv(node.id)
            w.comma()
            w.text(node.kind.rawValue)
            w.comma()
            w.csv(node.name)
            w.comma()
            scratch.reset()
            scratch.jsonStrings(node.aliases)
            scratch.withBytes { w.csv($0) }
            w.comma()
            scratch.reset()
            scratch.jsonEvidence(node.evidence)
            scratch.withBytes { w.csv($0) }
            for key in table.attributeKeys {
                w.comma()
                if let value = node.attributes[key] { w.csv(value) } else { w.text(null) }
            }
            w.newline()
        }
    }

    private static func writeRels(_ edges: [Edge], into w: ByteWriter) {
        w.text("from,to,sign,weight,evidence\n")
        let scratch = ByteWriter(format: formatName)
        for edge in edges {
            w.csv(edge.source)
            w.comma()
            w.csv(edge.target)
            w.comma()
            w.int(edge.sign)
            w.comma()
            w.double(edge.weight)
            w.comma()
            scratch.reset()
            scratch.jsonEvidence(edge.evidence)
            scratch.withBytes { w.csv($0) }
            w.newline()
        }
    }
}

extension GraphExportFormat {
    /// Kùzu DDL, CSV files and COPY script.
    public static let kuzu = GraphExportFormat(
        name: KuzuWriter.formatName,
        summary: "Kùzu: schema.cypher (node table per kind, rel table per type), CSV files and load.cypher (COPY FROM)",
        producesFolder: true, fileExtension: nil,
        write: { graph, url throws(ExportError) in try KuzuWriter.write(graph, to: url) })
}
