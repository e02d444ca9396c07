import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Interoperability: Kùzu, rdflib and CSV readers")
struct DatabaseInteropTests {
    @Test("Kùzu loads the kuzu export with its own scripts; counts, values and the top-5 degree actors of `actorgraph top` match",
          arguments: InteropGraph.allCases)
    func kuzu(_ sample: InteropGraph) throws {
        let graph = try sample.graph()
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try PythonInterop.writeExpected(graph, to: dir.path("expected.json"))
        try GraphExportFormat.kuzu.write(graph, dir.path("kuzu"))
        let top = try rank(.degree, of: graph, limit: 5).map(\.id)
        try JSONEncoder().encode(top).write(to: dir.path("top5.json"))
        try PythonInterop.check("check_kuzu.py", [dir.path("expected.json").path, dir.path("kuzu").path, dir.path("top5.json").path])
    }

    @Test("rdflib parses the Turtle, counts exactly the triples written, and finds every value",
          arguments: InteropGraph.allCases)
    func rdflib(_ sample: InteropGraph) throws {
        let graph = try sample.graph()
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try PythonInterop.writeExpected(graph, to: dir.path("expected.json"))
        let triples = try TurtleWriter.write(graph, to: dir.path("graph.ttl"))
        try PythonInterop.check("check_rdf.py", [dir.path("expected.json").path, dir.path("graph.ttl").path, String(triples)])
    }

    @Test("Python's csv module reads the csv, graphframes and neo4j-admin folders with the right headers and values",
          arguments: InteropGraph.allCases)
    func tables(_ sample: InteropGraph) throws {
        let graph = try sample.graph()
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try PythonInterop.writeExpected(graph, to: dir.path("expected.json"))
        try GraphExportFormat.csv.write(graph, dir.path("csv"))
        try GraphExportFormat.graphFrames.write(graph, dir.path("graphframes"))
        try GraphExportFormat.neo4jAdmin.write(graph, dir.path("neo4j-admin"))
        try PythonInterop.check("check_tables.py", [dir.path("expected.json").path, dir.path("csv").path,
                                                    dir.path("graphframes").path, dir.path("neo4j-admin").path])
    }
}
