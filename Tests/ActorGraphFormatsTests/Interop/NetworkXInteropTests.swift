import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Interoperability: NetworkX and Graphviz")
struct NetworkXInteropTests {
    @Test("NetworkX reads GraphML, GEXF and node-link (both spellings) and gets the same nodes, edges and attributes; its GraphML reads back",
          arguments: InteropGraph.allCases)
    func networkx(_ sample: InteropGraph) throws {
        let graph = try sample.graph()
        if sample == .generated { #expect(graph.edgeCount >= 10_000) }
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try PythonInterop.writeExpected(graph, to: dir.path("expected.json"))
        try GraphExportFormat.graphml.write(graph, dir.path("graph.graphml"))
        try GraphExportFormat.gexf.write(graph, dir.path("graph.gexf"))
        try GraphExportFormat.nodeLink.write(graph, dir.path("graph.node-link.json"))
        try GraphExportFormat.nodeLinkD3.write(graph, dir.path("graph.node-link-d3.json"))
        try PythonInterop.check("check_networkx.py", [dir.path("expected.json").path, dir.url.path])
        // And back: the GraphML NetworkX writes from what it read is the same graph to our reader.
        let written = dir.path("networkx.graphml").path
        // NetworkX groups edges by source node, so the order differs; the contents must not — except
        // that NetworkX's pure-Python writer (`write_graphml_xml`, what `write_graphml` is without
        // lxml; check_networkx.py uses it) writes carriage returns raw, which every XML parser reads
        // as line feeds (measured with NetworkX 3.7: its own reader too), where ours uses &#13;.
        if FileManager.default.fileExists(atPath: written) {
            let read = try GraphMLReader.read(path: written)
            #expect(read.documents == graph.documents)
            #expect(read.nodeCount == graph.nodeCount)
            for node in graph.nodes.values {
                #expect(read.nodes[node.id] == Self.xmlLineEnds(node), "networkx.graphml: node \(node.id)")
            }
            #expect(Dictionary(uniqueKeysWithValues: read.edges.map { ($0.key, $0.value) })
                    == Dictionary(uniqueKeysWithValues: graph.edges.map { ($0.key, $0.value) }))
        }
    }

    /// A node as an XML parser returns it after a writer put its carriage returns in raw
    /// (aliases and evidence are JSON text, whose escapes keep them).
    private static func xmlLineEnds(_ node: Node) -> Node {
        func fix(_ s: String) -> String { s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        var copy = node
        copy.name = fix(node.name)
        copy.attributes = node.attributes.mapValues(fix)
        return copy
    }

    @Test("dot parses the DOT export, and gvpr sees the same nodes, edges and values", arguments: InteropGraph.allCases)
    func graphviz(_ sample: InteropGraph) throws {
        let graph = try sample.graph()
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try PythonInterop.writeExpected(graph, to: dir.path("expected.json"))
        try GraphExportFormat.dot.write(graph, dir.path("graph.dot"))
        try PythonInterop.check("check_dot.py", [dir.path("expected.json").path, dir.path("graph.dot").path])
    }
}
