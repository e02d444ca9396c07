import ActorGraph
import Foundation

/// Writes NetworkX's node-link JSON, the form `networkx.node_link_graph`
/// reads (and d3-force draws, with the `links` spelling).
///
/// ```json
/// {"directed": true, "multigraph": true,
///  "graph": {"format": "actorgraph/1", "documents": [...]},
///  "nodes": [{"id": "country:france", "kind": "country", "name": "France",
///             "aliases": ["Paris"], "evidence": [...], "iso3": "FRA"}],
///  "edges": [{"source": "…", "target": "…", "key": "withdrawsFrom",
///             "type": "withdrawsFrom", "sign": -1, "weight": 1.0, "evidence": [...]}]}
/// ```
/// The edge list is under `edges`, the default of NetworkX ≥ 3.4 (checked with
/// 3.7); NetworkX ≤ 3.3 and d3 read `links`, which the `node-link-d3` format
/// writes. The multigraph key of an edge is its relation type, unique per
/// node pair by the model. Free attributes are node fields named by `AttributeNames`.
public enum NodeLinkWriter {
    /// Under which key the edge list goes.
    public enum EdgesKey: String, Sendable {
        /// `edges`: NetworkX ≥ 3.4's default.
        case edges
        /// `links`: d3 and NetworkX ≤ 3.3.
        case links
    }

    /// Writes the graph to `url` atomically.
    public static func write(_ graph: Graph, to url: URL, edgesKey: EdgesKey = .edges) throws(ExportError) {
        try SingleFileExport.write(graph, to: url, format: "node-link") { write(graph, edgesKey: edgesKey, into: $0) }
    }

    /// The node-link JSON bytes of the graph.
    public static func encode(_ graph: Graph, edgesKey: EdgesKey = .edges) throws(ExportError) -> [UInt8] {
        try SingleFileExport.encode(graph, format: "node-link") { write(graph, edgesKey: edgesKey, into: $0) }
    }

    static func write(_ graph: Graph, edgesKey: EdgesKey, into w: ByteWriter) {
        w.text("{\"directed\":true,\"multigraph\":true,\"graph\":{\"format\":\"actorgraph/1\",\"documents\":")
        w.jsonDocuments(graph.documents.values)
        w.text("},\n\"nodes\":[")
        for (i, node) in graph.nodes.values.enumerated() {
            w.text(i == 0 ? "\n{\"id\":" : ",\n{\"id\":")
            w.jsonString(node.id)
            w.text(",\"kind\":\"")
            w.text(node.kind.rawValue)
            w.text("\",\"name\":")
            w.jsonString(node.name)
            w.text(",\"aliases\":")
            w.jsonStrings(node.aliases)
            w.text(",\"evidence\":")
            w.jsonEvidence(node.evidence)
            for key in node.attributes.keys.sorted() {
                w.byte(UInt8(ascii: ","))
                w.jsonString(AttributeNames.column(for: key))
                w.byte(UInt8(ascii: ":"))
                w.jsonString(node.attributes[key]!)
            }
            w.byte(UInt8(ascii: "}"))
        }
        w.text("],\n\"")
        w.text(edgesKey.rawValue)
        w.text("\":[")
        for (i, edge) in graph.edges.values.enumerated() {
            w.text(i == 0 ? "\n{\"source\":" : ",\n{\"source\":")
            w.jsonString(edge.source)
            w.text(",\"target\":")
            w.jsonString(edge.target)
            w.text(",\"key\":\"")
            w.text(edge.type.rawValue)
            w.text("\",\"type\":\"")
            w.text(edge.type.rawValue)
            w.text("\",\"sign\":")
            w.int(edge.sign)
            w.text(",\"weight\":")
            w.double(edge.weight)
            w.text(",\"evidence\":")
            w.jsonEvidence(edge.evidence)
            w.byte(UInt8(ascii: "}"))
        }
        w.text("]}\n")
    }
}

extension GraphExportFormat {
    /// NetworkX node-link JSON with the edge list under `edges` (NetworkX ≥ 3.4).
    public static let nodeLink = GraphExportFormat(
        name: "node-link",
        summary: "NetworkX node-link JSON, edges under \"edges\" (networkx.node_link_graph, NetworkX ≥ 3.4)",
        producesFolder: false, fileExtension: "json",
        write: { graph, url throws(ExportError) in try NodeLinkWriter.write(graph, to: url, edgesKey: .edges) })

    /// Node-link JSON with the edge list under `links` (d3-force, NetworkX ≤ 3.3).
    public static let nodeLinkD3 = GraphExportFormat(
        name: "node-link-d3",
        summary: "node-link JSON, edges under \"links\" (d3-force; NetworkX ≤ 3.3, or edges=\"links\")",
        producesFolder: false, fileExtension: "json",
        write: { graph, url throws(ExportError) in try NodeLinkWriter.write(graph, to: url, edgesKey: .links) })
}
