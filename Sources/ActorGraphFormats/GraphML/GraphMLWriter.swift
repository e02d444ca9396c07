import ActorGraph
import Foundation

/// Writes a graph as GraphML (graphml.graphdrawing.org), read by NetworkX,
/// igraph, Gephi, yEd, Cytoscape and by ``GraphMLReader``.
///
/// One directed `<graph>`; every node with `kind`, `name`, `aliases` (JSON
/// array text), `evidence` (JSON text, the `actorgraph/1` evidence array) and
/// one string key per free attribute; every edge with `type`, `sign` (`int`),
/// `weight` (`double`) and `evidence`. Parallel edges of different types are
/// separate `<edge>` elements with ids `e0`, `e1`, …. The graph carries the
/// `actorgraph/1` tag and the document records (JSON text). Details in docs/exports.md.
public enum GraphMLWriter {
    /// The format's name in the export table.
    static let formatName = "graphml"

    /// Writes the graph to `url` atomically.
    public static func write(_ graph: Graph, to url: URL) throws(ExportError) {
        try SingleFileExport.write(graph, to: url, format: formatName) { write(graph, into: $0) }
    }

    /// The GraphML bytes of the graph.
    public static func encode(_ graph: Graph) throws(ExportError) -> [UInt8] {
        try SingleFileExport.encode(graph, format: formatName) { write(graph, into: $0) }
    }

    static func write(_ graph: Graph, into w: ByteWriter) {
        typealias Key = GraphMLSchema.Key
        let attributeKeys = AttributeNames.keys(of: graph)
        var keyID: [String: String] = [:]
        for (i, key) in attributeKeys.enumerated() { keyID[key] = Key.attribute(i) }
        let scratch = ByteWriter(format: formatName)

        w.text("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <!-- Written by ActorGraph. aliases, evidence and documents are JSON text; see docs/exports.md. -->

            """)
        func key(_ id: String, _ domain: StaticString, _ name: String, _ type: StaticString) {
            w.text("  <key id=\"")
            w.xml(id)
            w.text("\" for=\"")
            w.text(domain)
            w.text("\" attr.name=\"")
            w.xml(name)
            w.text("\" attr.type=\"")
            w.text(type)
            w.text("\"/>\n")
            if w.hasUnnamedFailure { w.nameUnnamedFailure("attribute name '\(name)'") }
        }
        key(Key.format, "graph", "format", "string")
        key(Key.documents, "graph", "documents", "string")
        key(Key.kind, "node", "kind", "string")
        key(Key.name, "node", "name", "string")
        key(Key.aliases, "node", "aliases", "string")
        key(Key.nodeEvidence, "node", "evidence", "string")
        for (i, attribute) in attributeKeys.enumerated() {
            key(Key.attribute(i), "node", AttributeNames.column(for: attribute), "string")
        }
        key(Key.type, "edge", "type", "string")
        key(Key.sign, "edge", "sign", "int")
        key(Key.weight, "edge", "weight", "double")
        key(Key.edgeEvidence, "edge", "evidence", "string")

        w.text("  <graph id=\"G\" edgedefault=\"directed\">\n")
        w.text("    <data key=\"g_format\">")
        w.text(GraphMLSchema.formatTag)
        w.text("</data>\n    <data key=\"g_documents\">")
        scratch.reset()
        scratch.jsonDocuments(graph.documents.values)
        scratch.withBytes { w.xml($0) }
        w.text("</data>\n")
        if w.hasUnnamedFailure { w.nameUnnamedFailure("documents") }

        graph.forEachNode { _, node in
            w.text("    <node id=\"")
            w.xml(node.id)
            w.text("\">\n      <data key=\"n_kind\">")
            w.name(node.kind)
            w.text("</data>\n      <data key=\"n_name\">")
            w.xml(node.name)
            w.text("</data>\n      <data key=\"n_aliases\">")
            scratch.reset()
            scratch.jsonStrings(node.aliases)
            scratch.withBytes { w.xml($0) }
            w.text("</data>\n      <data key=\"n_evidence\">")
            w.nestedJSONEvidence(node.evidence, in: NestedInXML.self)
            w.text("</data>\n")
            for attribute in node.attributes.keys.sorted() {
                w.text("      <data key=\"")
                w.text(keyID[attribute]!)
                w.text("\">")
                w.xml(node.attributes[attribute]!)
                w.text("</data>\n")
            }
            w.text("    </node>\n")
            if w.hasUnnamedFailure { w.nameUnnamedFailure(ExportChecks.describe(copy node)) }
        }
        graph.forEachEdge { i, edge in
            w.text("    <edge id=\"e")
            w.int(i)
            w.text("\" source=\"")
            w.xml(edge.source)
            w.text("\" target=\"")
            w.xml(edge.target)
            w.text("\">\n      <data key=\"e_type\">")
            w.name(edge.type)
            w.text("</data>\n      <data key=\"e_sign\">")
            w.int(edge.sign)
            w.text("</data>\n      <data key=\"e_weight\">")
            w.double(edge.weight)
            w.text("</data>\n      <data key=\"e_evidence\">")
            w.nestedJSONEvidence(edge.evidence, in: NestedInXML.self)
            w.text("</data>\n    </edge>\n")
            if w.hasUnnamedFailure { w.nameUnnamedFailure(ExportChecks.describe(copy edge)) }
        }
        w.text("  </graph>\n</graphml>\n")
    }
}

extension GraphExportFormat {
    /// GraphML with typed keys; lists and evidence as JSON text (NetworkX, igraph, Gephi, yEd).
    public static let graphml = GraphExportFormat(
        name: GraphMLWriter.formatName,
        summary: "GraphML: typed keys for every field, lists and evidence as JSON text (NetworkX, igraph, Gephi, yEd)",
        producesFolder: false, fileExtension: "graphml",
        write: { graph, url throws(ExportError) in try GraphMLWriter.write(graph, to: url) })
}
