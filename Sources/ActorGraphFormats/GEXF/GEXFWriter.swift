import ActorGraph
import Foundation

/// Writes GEXF 1.3 (gexf.net), Gephi's format, also read by NetworkX.
///
/// The header uses the 1.3 namespaces without `www.` and the XML Schema
/// instance namespace with it (NetworkX's own 1.3 header gets the latter
/// wrong). Nodes: `label` is the name; attributes `kind`, `aliases` and
/// `evidence` (JSON text) and one string attribute per free attribute.
/// Edges: `kind` and `label` are the relation type (1.3's `kind` is what Gephi
/// groups edges by; NetworkX reads `label`), `weight` the weight; attributes
/// `sign` (integer) and `evidence`. `viz` colours nodes by kind and edges by
/// sign, sizes nodes by degree and thickens edges by weight.
public enum GEXFWriter {
    static let formatName = "gexf"

    /// Writes the graph to `url` atomically.
    public static func write(_ graph: Graph, to url: URL) throws(ExportError) {
        try SingleFileExport.write(graph, to: url, format: formatName) { write(graph, into: $0) }
    }

    /// The GEXF bytes of the graph.
    public static func encode(_ graph: Graph) throws(ExportError) -> [UInt8] {
        try SingleFileExport.encode(graph, format: formatName) { write(graph, into: $0) }
    }

    static func write(_ graph: Graph, into w: ByteWriter) {
        let attributeKeys = AttributeNames.keys(of: graph)
        var attributeID: [String: Int] = [:]
        for (i, key) in attributeKeys.enumerated() { attributeID[key] = i }
        var degree: [String: Int] = [:]
        for edge in graph.edges.values {
            degree[edge.source, default: 0] += 1
            degree[edge.target, default: 0] += 1
        }
        let scratch = ByteWriter(format: formatName)

        w.text("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">

            """)
        w.text("  <meta")
        if let date = graph.documents.values.compactMap(\.date).filter(isISODate).max() {
            w.text(" lastmodifieddate=\"")
            w.text(date)
            w.text("\"")
        }
        w.text(">\n    <creator>ActorGraph</creator>\n")
        w.text("    <description>Relation graph (actorgraph/1); aliases and evidence are JSON text, see docs/exports.md</description>\n")
        w.text("  </meta>\n")
        w.text("  <graph defaultedgetype=\"directed\" idtype=\"string\" mode=\"static\">\n")
        w.text("    <attributes class=\"node\" mode=\"static\">\n")
        w.text("      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n")
        w.text("      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n")
        w.text("      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n")
        for (i, key) in attributeKeys.enumerated() {
            w.text("      <attribute id=\"a")
            w.int(i)
            w.text("\" title=\"")
            w.xml(AttributeNames.column(for: key))
            w.text("\" type=\"string\"/>\n")
            if w.hasUnnamedFailure { w.nameUnnamedFailure("attribute name '\(key)'") }
        }
        w.text("    </attributes>\n")
        w.text("    <attributes class=\"edge\" mode=\"static\">\n")
        w.text("      <attribute id=\"sign\" title=\"sign\" type=\"integer\"/>\n")
        w.text("      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n")
        w.text("    </attributes>\n")

        w.text("    <nodes>\n")
        for node in graph.nodes.values {
            w.text("      <node id=\"")
            w.xml(node.id)
            w.text("\" label=\"")
            w.xml(node.name)
            w.text("\">\n        <attvalues>\n          <attvalue for=\"kind\" value=\"")
            w.text(node.kind.rawValue)
            w.text("\"/>\n          <attvalue for=\"aliases\" value=\"")
            scratch.reset()
            scratch.jsonStrings(node.aliases)
            scratch.withBytes { w.xml($0) }
            w.text("\"/>\n          <attvalue for=\"evidence\" value=\"")
            scratch.reset()
            scratch.jsonEvidence(node.evidence)
            scratch.withBytes { w.xml($0) }
            w.text("\"/>\n")
            for key in node.attributes.keys.sorted() {
                w.text("          <attvalue for=\"a")
                w.int(attributeID[key]!)
                w.text("\" value=\"")
                w.xml(node.attributes[key]!)
                w.text("\"/>\n")
            }
            w.text("        </attvalues>\n")
            colour(GEXFStyle.colour(of: node.kind), into: w)
            w.text("        <viz:size value=\"")
            w.double(GEXFStyle.size(degree: degree[node.id] ?? 0))
            w.text("\"/>\n      </node>\n")
            if w.hasUnnamedFailure { w.nameUnnamedFailure(ExportChecks.describe(node)) }
        }
        w.text("    </nodes>\n    <edges>\n")
        for (i, edge) in graph.edges.values.enumerated() {
            w.text("      <edge id=\"")
            w.int(i)
            w.text("\" source=\"")
            w.xml(edge.source)
            w.text("\" target=\"")
            w.xml(edge.target)
            w.text("\" kind=\"")
            w.text(edge.type.rawValue)
            w.text("\" label=\"")
            w.text(edge.type.rawValue)
            w.text("\" weight=\"")
            w.double(edge.weight)
            w.text("\">\n        <attvalues>\n          <attvalue for=\"sign\" value=\"")
            w.int(edge.sign)
            w.text("\"/>\n          <attvalue for=\"evidence\" value=\"")
            scratch.reset()
            scratch.jsonEvidence(edge.evidence)
            scratch.withBytes { w.xml($0) }
            w.text("\"/>\n        </attvalues>\n")
            colour(GEXFStyle.colour(ofSign: edge.sign), into: w)
            w.text("        <viz:thickness value=\"")
            w.double(edge.weight)
            w.text("\"/>\n")
            if edge.sign < 0 { w.text("        <viz:shape value=\"dashed\"/>\n") }
            w.text("      </edge>\n")
            if w.hasUnnamedFailure { w.nameUnnamedFailure(ExportChecks.describe(edge)) }
        }
        w.text("    </edges>\n  </graph>\n</gexf>\n")
    }

    private static func colour(_ c: GEXFStyle.Colour, into w: ByteWriter) {
        w.text("        <viz:color r=\"")
        w.int(c.r)
        w.text("\" g=\"")
        w.int(c.g)
        w.text("\" b=\"")
        w.int(c.b)
        w.text("\" a=\"1.0\"/>\n")
    }

    /// Whether a date is `YYYY-MM-DD`, the only form `lastmodifieddate` (xsd:date) takes here.
    private static func isISODate(_ date: String) -> Bool {
        let bytes = Array(date.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { i, b in i == 4 || i == 7 || (b >= 48 && b <= 57) }
    }
}

extension GraphExportFormat {
    /// GEXF 1.3 with viz colours and sizes (Gephi, NetworkX).
    public static let gexf = GraphExportFormat(
        name: GEXFWriter.formatName,
        summary: "GEXF 1.3 for Gephi and NetworkX: kinds and signs as attributes, colours and sizes in viz",
        producesFolder: false, fileExtension: "gexf",
        write: { graph, url throws(ExportError) in try GEXFWriter.write(graph, to: url) })
}
