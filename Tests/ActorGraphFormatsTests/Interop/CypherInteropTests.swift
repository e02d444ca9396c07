import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Interoperability: FalkorDB")
struct CypherInteropTests {
    @Test("FalkorDB runs the portable and the FalkorDB Cypher scripts unchanged; counts, labels and properties match",
          arguments: InteropGraph.allCases)
    func falkordb(_ sample: InteropGraph) throws {
        let graph = try sample.graph()
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try PythonInterop.writeExpected(graph, to: dir.path("expected.json"))
        try GraphExportFormat.cypher.write(graph, dir.path("graph.cypher"))
        try GraphExportFormat.cypherFalkorDB.write(graph, dir.path("graph.falkordb.cypher"))
        try PythonInterop.check("check_falkordb.py", [dir.path("expected.json").path, dir.path("graph.cypher").path,
                                                      dir.path("graph.falkordb.cypher").path])
    }
}
