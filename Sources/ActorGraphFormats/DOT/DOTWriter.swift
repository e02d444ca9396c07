import ActorGraph
import Foundation

/// Writes the graph as Graphviz DOT text (no Graphviz library involved).
///
/// A `digraph`; every id and value is a quoted string escaped as in
/// `ByteWriter.dotString`, so names with quotes, braces, `->`, `//` or DOT
/// keywords stay data. Nodes carry `label` (the name), `kind`, `aliases` and
/// `evidence` (JSON text) and each free attribute as `attr.<key>` (always
/// prefixed, so none can be taken for a Graphviz attribute such as `shape`),
/// plus shape and colour by kind. Edges carry `label` and `type` (the relation),
/// `sign`, `weight`, `evidence`, and colour and style by sign.
public enum DOTWriter {
    static let formatName = "dot"

    /// Writes the graph to `url` atomically.
    public static func write(_ graph: Graph, to url: URL) throws(ExportError) {
        try SingleFileExport.write(graph, to: url, format: formatName) { write(graph, into: $0) }
    }

    /// The DOT bytes of the graph.
    public static func encode(_ graph: Graph) throws(ExportError) -> [UInt8] {
        try SingleFileExport.encode(graph, format: formatName) { write(graph, into: $0) }
    }

    static func write(_ graph: Graph, into w: ByteWriter) {
        let scratch = ByteWriter(format: formatName)
        w.text("// Written by ActorGraph; values are DOT escStrings, lists and evidence JSON text (docs/exports.md).\n")
        w.text("digraph \"actorgraph\" {\n  node [style=filled];\n")
        for node in graph.nodes.values {
            w.text("  ")
            w.dotString(node.id)
            w.text(" [label=")
            w.dotString(node.name)
            w.text(", kind=\"")
            w.text(node.kind.rawValue)
            w.text("\", shape=")
            w.text(DOTStyle.shape(of: node.kind))
            w.text(", fillcolor=\"")
            w.text(DOTStyle.fill(of: node.kind))
            w.text("\", aliases=")
            scratch.reset()
            scratch.jsonStrings(node.aliases)
            scratch.withBytes { w.dotString($0) }
            w.text(", evidence=")
            scratch.reset()
            scratch.jsonEvidence(node.evidence)
            scratch.withBytes { w.dotString($0) }
            for key in node.attributes.keys.sorted() {
                w.text(", ")
                w.dotString("attr." + key)
                w.byte(UInt8(ascii: "="))
                w.dotString(node.attributes[key]!)
            }
            w.text("];\n")
        }
        for edge in graph.edges.values {
            w.text("  ")
            w.dotString(edge.source)
            w.text(" -> ")
            w.dotString(edge.target)
            w.text(" [label=\"")
            w.text(edge.type.rawValue)
            w.text("\", type=\"")
            w.text(edge.type.rawValue)
            w.text("\", sign=\"")
            w.int(edge.sign)
            w.text("\", weight=\"")
            w.double(edge.weight)
            w.text("\", ")
            w.text(DOTStyle.edge(sign: edge.sign))
            w.text(", evidence=")
            scratch.reset()
            scratch.jsonEvidence(edge.evidence)
            scratch.withBytes { w.dotString($0) }
            w.text("];\n")
        }
        w.text("}\n")
    }
}

extension GraphExportFormat {
    /// Graphviz DOT text with the project's shapes and colours.
    public static let dot = GraphExportFormat(
        name: DOTWriter.formatName,
        summary: "Graphviz DOT text: every field as an attribute, shapes by kind, colours by sign",
        producesFolder: false, fileExtension: "dot",
        write: { graph, url throws(ExportError) in try DOTWriter.write(graph, to: url) })
}
