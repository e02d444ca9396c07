import ActorGraph
import Foundation

/// Writes the input of `neo4j-admin database import full` (Neo4j 5): a folder
/// with `nodes.csv`, `relationships.csv` and `import.sh`, the exact command.
///
/// nodes.csv: `id:ID(Entity),:LABEL,kind,name,aliases:string[],evidence,<attribute>:string…`
/// — `:LABEL` is `Entity` and the kind's label (`Entity;Country`), the id is
/// also stored as the `id` property, in the `Entity` id space.
/// relationships.csv: `:START_ID(Entity),:END_ID(Entity),:TYPE,type,sign:int,weight:double,evidence`
/// — `:TYPE` in upper snake case (`WITHDRAWS_FROM`), `type` the exact relation type.
/// Evidence is JSON text (Neo4j properties cannot hold maps). Fields are RFC 4180,
/// so line breaks in values need `--multiline-fields=true`; the array delimiter
/// is `;` unless an alias contains one, then the first of `|`, `^`, `~`, U+001F
/// that none contains, and import.sh passes the one chosen. An empty alias
/// list and a missing attribute are empty fields, which Neo4j stores as no property.
public enum Neo4jAdminWriter {
    static let formatName = "neo4j-admin"

    /// Array delimiters in order of preference.
    static let delimiterCandidates: [(character: Unicode.Scalar, option: String)] = [
        (";", ";"), ("|", "|"), ("^", "^"), ("~", "~"), ("\u{1F}", "U+001F"),
    ]

    /// Builds the folder at `url` and renames it into place when complete.
    public static func write(_ graph: Graph, to url: URL) throws(ExportError) {
        try ExportChecks.finiteWeights(graph, format: formatName)
        let delimiter = try arrayDelimiter(for: graph)
        let attributeKeys = AttributeNames.keys(of: graph)
        for key in attributeKeys where key.contains(":") {
            throw .unrepresentable(format: formatName, element: "attribute '\(key)'",
                                   reason: "neo4j-admin headers use ':' for types, so a property name cannot contain one")
        }
        try FolderExport.write(to: url, format: formatName) { folder throws(ExportError) in
            try folder.file("nodes.csv") { writeNodes(graph, attributeKeys: attributeKeys, delimiter: delimiter.character, into: $0) }
            try folder.file("relationships.csv") { writeRelationships(graph, into: $0) }
            try folder.file("import.sh") { $0.text(importScript(delimiterOption: delimiter.option)) }
            try folder.makeExecutable("import.sh")
        }
    }

    /// The first delimiter candidate no alias contains.
    static func arrayDelimiter(for graph: Graph) throws(ExportError) -> (character: Unicode.Scalar, option: String) {
        var used = Set<Unicode.Scalar>()
        let candidates = Set(delimiterCandidates.map(\.character))
        for node in graph.nodes.values {
            for alias in node.aliases {
                for scalar in alias.unicodeScalars where candidates.contains(scalar) { used.insert(scalar) }
            }
        }
        guard let choice = delimiterCandidates.first(where: { !used.contains($0.character) }) else {
            throw .unrepresentable(format: formatName, element: "aliases",
                                   reason: "every array delimiter candidate (; | ^ ~ U+001F) occurs in some alias")
        }
        return choice
    }

    static func importScript(delimiterOption: String) -> String {
        """
        #!/bin/sh
        # Loads this folder into a new Neo4j 5 database (written by ActorGraph; see docs/exports.md).
        # usage: ./import.sh [DATABASE]   default: neo4j. The database must be stopped and empty
        # or not exist yet; for a new name, run CREATE DATABASE <name> afterwards.
        set -eu
        cd "$(dirname "$0")"
        neo4j-admin database import full \\
          --nodes=nodes.csv \\
          --relationships=relationships.csv \\
          --delimiter=',' \\
          --array-delimiter='\(delimiterOption)' \\
          --quote='"' \\
          --multiline-fields=true \\
          --id-type=string \\
          "${1:-neo4j}"

        """
    }

    private static func writeNodes(_ graph: Graph, attributeKeys: [String], delimiter: Unicode.Scalar, into w: ByteWriter) {
        w.text("id:ID(Entity),:LABEL,kind,name,aliases:string[],evidence")
        for key in attributeKeys {
            w.comma()
            w.csv(AttributeNames.column(for: key) + ":string")
        }
        w.newline()
        let separator = String(Character(delimiter))
        let scratch = ByteWriter(format: formatName)
        for node in graph.nodes.values {
            w.csv(node.id)
            w.text(",Entity")
            w.text(separator)
            w.text(CypherNames.label(of: node.kind))
            w.comma()
            w.text(node.kind.rawValue)
            w.comma()
            w.csv(node.name)
            w.comma()
            if !node.aliases.isEmpty { w.csv(node.aliases.joined(separator: separator)) }
            w.comma()
            scratch.reset()
            scratch.jsonEvidence(node.evidence)
            scratch.withBytes { w.csv($0) }
            for key in attributeKeys {
                w.comma()
                if let value = node.attributes[key] { w.csv(value) }
            }
            w.newline()
        }
    }

    private static func writeRelationships(_ graph: Graph, into w: ByteWriter) {
        w.text(":START_ID(Entity),:END_ID(Entity),:TYPE,type,sign:int,weight:double,evidence\n")
        let scratch = ByteWriter(format: formatName)
        for edge in graph.edges.values {
            w.csv(edge.source)
            w.comma()
            w.csv(edge.target)
            w.comma()
            w.text(CypherNames.relationshipType(of: edge.type))
            w.comma()
            w.text(edge.type.rawValue)
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
    /// Header-typed CSVs and the command line for `neo4j-admin database import full`.
    public static let neo4jAdmin = GraphExportFormat(
        name: Neo4jAdminWriter.formatName,
        summary: "neo4j-admin database import: header-typed nodes.csv and relationships.csv, and import.sh",
        producesFolder: true, fileExtension: nil,
        write: { graph, url throws(ExportError) in try Neo4jAdminWriter.write(graph, to: url) })
}
