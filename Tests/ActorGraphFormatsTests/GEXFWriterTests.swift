import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("GEXF writer")
struct GEXFWriterTests {
    @Test("the header has the 1.3 namespaces: gexf.net without www, the XSI namespace with it")
    func header() throws {
        let root = try XMLTree.parse(try GEXFWriter.encode(SampleGraphs.small()))
        #expect(root.name == "gexf")
        #expect(root.attributes["xmlns"] == "http://gexf.net/1.3")
        #expect(root.attributes["xmlns:viz"] == "http://gexf.net/1.3/viz")
        #expect(root.attributes["xmlns:xsi"] == "http://www.w3.org/2001/XMLSchema-instance")
        #expect(root.attributes["version"] == "1.3")
        #expect(root.child("meta")?.attributes["lastmodifieddate"] == "2022-02-17")
    }

    @Test("every field of the hostile graph survives an XML parser, with viz colours and sizes")
    func hostileValuesSurvive() throws {
        let graph = SampleGraphs.hostile()
        let root = try XMLTree.parse(try GEXFWriter.encode(graph))
        let graphElement = root.child("graph")!
        var title: [String: String] = [:]
        for attribute in graphElement.all("attribute") { title[attribute.attributes["id"]!] = attribute.attributes["title"]! }
        func values(_ element: XMLTree) -> [String: String] {
            Dictionary(uniqueKeysWithValues: element.all("attvalue").map { (title[$0.attributes["for"]!]!, $0.attributes["value"]!) })
        }
        let nodes = root.all("node")
        #expect(nodes.count == graph.nodeCount)
        for element in nodes {
            let original = graph.nodes[element.attributes["id"]!]!
            var fields = values(element)
            let kind = fields.removeValue(forKey: "kind")
            let aliases = try JSONText.strings(fields.removeValue(forKey: "aliases"))
            let evidence = try JSONText.evidence(fields.removeValue(forKey: "evidence"))
            let attributes = Dictionary(uniqueKeysWithValues: fields.map { (AttributeNames.attribute(forColumn: $0.key), $0.value) })
            GraphExpectations.expectNode(original, kind: kind, name: element.attributes["label"], aliases: aliases,
                                         evidence: evidence, attributes: attributes, in: "gexf")
            #expect(element.child("viz:color") != nil && element.child("viz:size") != nil)
        }
        let edges = root.all("edge")
        #expect(edges.count == graph.edgeCount)
        for (element, original) in zip(edges, graph.edges.values) {
            let fields = values(element)
            #expect(element.attributes["kind"] == original.type.rawValue)
            GraphExpectations.expectEdge(original, sign: fields["sign"].flatMap { Int($0) },
                                         weight: element.attributes["weight"].flatMap { Double($0) },
                                         evidence: try JSONText.evidence(fields["evidence"]), in: "gexf")
        }
    }
}
