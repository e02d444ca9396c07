import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Interoperability: NetworkX and Graphviz")
struct NetworkXInteropTests {
    @Test("NetworkX reads GraphML, GEXF and node-link (both spellings) and gets the same nodes, edges and attributes",
          arguments: InteropGraph.allCases)
    func networkx(_ sample: InteropGraph) throws {
        let graph = sample.graph
        if sample == .generated { #expect(graph.edgeCount >= 10_000) }
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try PythonInterop.writeExpected(graph, to: dir.path("expected.json"))
        try GraphExportFormat.graphml.write(graph, dir.path("graph.graphml"))
        try GraphExportFormat.gexf.write(graph, dir.path("graph.gexf"))
        try GraphExportFormat.nodeLink.write(graph, dir.path("graph.node-link.json"))
        try GraphExportFormat.nodeLinkD3.write(graph, dir.path("graph.node-link-d3.json"))
        try PythonInterop.check("check_networkx.py", [dir.path("expected.json").path, dir.url.path])
    }

    @Test("dot parses the DOT export, and gvpr sees the same nodes, edges and values", arguments: InteropGraph.allCases)
    func graphviz(_ sample: InteropGraph) throws {
        let graph = sample.graph
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try PythonInterop.writeExpected(graph, to: dir.path("expected.json"))
        try GraphExportFormat.dot.write(graph, dir.path("graph.dot"))
        try PythonInterop.check("check_dot.py", [dir.path("expected.json").path, dir.path("graph.dot").path])
    }
}
