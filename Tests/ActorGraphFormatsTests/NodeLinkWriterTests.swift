import ActorGraph
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite("Node-link writer")
struct NodeLinkWriterTests {
    @Test("JSONSerialization reads back every field of the hostile graph", arguments: [NodeLinkWriter.EdgesKey.edges, .links])
    func hostileValuesSurvive(edgesKey: NodeLinkWriter.EdgesKey) throws {
        let graph = SampleGraphs.hostile()
        let object = try JSONSerialization.jsonObject(with: Data(try NodeLinkWriter.encode(graph, edgesKey: edgesKey))) as! [String: Any]
        #expect(object["directed"] as? Bool == true && object["multigraph"] as? Bool == true)
        #expect(object[edgesKey == .edges ? "links" : "edges"] == nil, "only one spelling of the edge list")
        let nodes = object["nodes"] as! [[String: Any]]
        #expect(nodes.count == graph.nodeCount)
        for var fields in nodes {
            let original = graph.nodes[fields.removeValue(forKey: "id") as! String]!
            let kind = fields.removeValue(forKey: "kind") as? String, name = fields.removeValue(forKey: "name") as? String
            let aliases = fields.removeValue(forKey: "aliases") as? [String] ?? []
            let evidence = try JSONDecoder().decode([Evidence].self, from: JSONSerialization.data(withJSONObject: fields.removeValue(forKey: "evidence")!))
            let attributes = Dictionary(uniqueKeysWithValues: fields.map { (AttributeNames.attribute(forColumn: $0.key), $0.value as! String) })
            GraphExpectations.expectNode(original, kind: kind, name: name, aliases: aliases, evidence: evidence,
                                         attributes: attributes, in: "node-link")
        }
        let edges = object[edgesKey.rawValue] as! [[String: Any]]
        #expect(edges.count == graph.edgeCount)
        for (fields, original) in zip(edges, graph.edges.values) {
            #expect(fields["source"] as? String == original.source && fields["target"] as? String == original.target)
            #expect(fields["key"] as? String == original.type.rawValue && fields["type"] as? String == original.type.rawValue)
            let evidence = try JSONDecoder().decode([Evidence].self, from: JSONSerialization.data(withJSONObject: fields["evidence"]!))
            GraphExpectations.expectEdge(original, sign: fields["sign"] as? Int, weight: (fields["weight"] as? NSNumber)?.doubleValue,
                                         evidence: evidence, in: "node-link")
        }
    }
}
