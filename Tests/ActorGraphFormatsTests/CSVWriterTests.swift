import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("CSV and GraphFrames writers")
struct CSVWriterTests {
    private func read(_ url: URL) throws -> (header: [String], rows: [[String: String?]]) {
        try CSVReading.records(try String(contentsOf: url, encoding: .utf8))
    }

    @Test("an RFC 4180 reader gets back every field of the hostile graph", arguments: ["csv", "graphframes"])
    func hostileValuesSurvive(formatName: String) throws {
        let graph = SampleGraphs.hostile()
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try GraphExportFormat.named(formatName).write(graph, dir.path("out"))
        let isFrames = formatName == "graphframes"
        let (nodeHeader, nodes) = try read(dir.path("out/\(isFrames ? "vertices" : "nodes").csv"))
        #expect(Array(nodeHeader.prefix(5)) == ["id", "kind", "name", "aliases", "evidence"])
        #expect(nodes.count == graph.nodeCount)
        for row in nodes {
            let original = graph.nodes[row["id"]!!]!
            var attributes: [String: String] = [:]
            for column in nodeHeader.dropFirst(5) {
                if let value = row[column]! { attributes[AttributeNames.attribute(forColumn: column)] = value }
            }
            GraphExpectations.expectNode(original, kind: row["kind"]!, name: row["name"]!,
                                         aliases: try JSONText.strings(row["aliases"]!), evidence: try JSONText.evidence(row["evidence"]!),
                                         attributes: attributes, in: formatName)
        }
        let (edgeHeader, edges) = try read(dir.path("out/edges.csv"))
        let (s, t, type) = isFrames ? ("src", "dst", "relationship") : ("source", "target", "type")
        #expect(edgeHeader == [s, t, type, "sign", "weight", "evidence"])
        #expect(edges.count == graph.edgeCount)
        for (row, original) in zip(edges, graph.edges.values) {
            #expect(row[s]! == original.source && row[t]! == original.target && row[type]! == original.type.rawValue)
            GraphExpectations.expectEdge(original, sign: row["sign"]!.flatMap { Int($0) }, weight: row["weight"]!.flatMap { Double($0) },
                                         evidence: try JSONText.evidence(row["evidence"]!), in: formatName)
        }
        let (_, documents) = try read(dir.path("out/documents.csv"))
        #expect(documents.map { $0["title"]! } == graph.documents.values.map(\.title))
    }
}
