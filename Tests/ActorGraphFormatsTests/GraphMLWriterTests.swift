import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("GraphML writer")
struct GraphMLWriterTests {
    @Test("every field of the hostile graph survives an XML parser", arguments: [false, true])
    func hostileValuesSurvive(hostile: Bool) throws {
        let graph = hostile ? SampleGraphs.hostile() : SampleGraphs.small()
        let root = try XMLTree.parse(try GraphMLWriter.encode(graph))
        #expect(root.name == "graphml")
        #expect(root.attributes["xmlns"] == "http://graphml.graphdrawing.org/xmlns")
        var keyName: [String: String] = [:]
        for key in root.all("key") {
            keyName[key.attributes["id"]!] = key.attributes["attr.name"]!
            #expect(["string", "int", "double"].contains(key.attributes["attr.type"]!))
        }
        func data(_ element: XMLTree) -> [String: String] {
            Dictionary(uniqueKeysWithValues: element.all("data").map { (keyName[$0.attributes["key"]!]!, $0.text) })
        }
        let nodes = root.all("node")
        #expect(nodes.map { $0.attributes["id"]! } == Array(graph.nodes.keys))
        for element in nodes {
            let original = graph.nodes[element.attributes["id"]!]!
            var fields = data(element)
            let kind = fields.removeValue(forKey: "kind"), name = fields.removeValue(forKey: "name")
            let aliases = try JSONText.strings(fields.removeValue(forKey: "aliases"))
            let evidence = try JSONText.evidence(fields.removeValue(forKey: "evidence"))
            let attributes = Dictionary(uniqueKeysWithValues: fields.map { (AttributeNames.attribute(forColumn: $0.key), $0.value) })
            GraphExpectations.expectNode(original, kind: kind, name: name, aliases: aliases, evidence: evidence,
                                         attributes: attributes, in: "graphml")
        }
        let edges = root.all("edge")
        #expect(edges.count == graph.edgeCount)
        for (element, original) in zip(edges, graph.edges.values) {
            let fields = data(element)
            #expect(element.attributes["source"] == original.source && element.attributes["target"] == original.target)
            #expect(fields["type"] == original.type.rawValue)
            GraphExpectations.expectEdge(original, sign: fields["sign"].flatMap { Int($0) }, weight: fields["weight"].flatMap { Double($0) },
                                         evidence: try JSONText.evidence(fields["evidence"]), in: "graphml")
        }
        let graphData = root.child("graph")!.children.filter { $0.name == "data" }
        #expect(graphData.contains { $0.text == "actorgraph/1" })
        let documents = try JSONDecoder().decode([Document].self, from: Data(graphData.first { $0.attributes["key"] == "g_documents" }!.text.utf8))
        #expect(documents == Array(graph.documents.values))
    }

    @Test("an attribute named like a fixed field is written under attr.<name>")
    func reservedAttributeNames() throws {
        let text = String(decoding: try GraphMLWriter.encode(SampleGraphs.hostile()), as: UTF8.self)
        #expect(text.contains("attr.name=\"attr.name\""))
        #expect(text.contains("attr.name=\"attr.attr.kind\""))
        #expect(text.contains("attr.name=\"date of birth\""))
    }
}
