import ActorGraph
import Foundation

/// A minimal `actorgraph/1` writer for the tests and the evaluation harness
/// (the real writer lives in ActorGraphFormats, which this test target does not
/// depend on). Keys are sorted, so the output is byte-for-byte stable.
enum GraphJSON {
    static func object(_ graph: Graph) -> [String: Any] {
        func evidence(_ e: Evidence) -> [String: Any] {
            var out: [String: Any] = ["document": e.document, "sentence": e.sentence]
            if let s = e.start { out["start"] = s }
            if let x = e.end { out["end"] = x }
            if let t = e.excerpt { out["excerpt"] = t }
            return out
        }
        let documents: [[String: Any]] = graph.documents.values.map { d in
            var out: [String: Any] = ["id": d.id]
            if let t = d.title { out["title"] = t }
            if let t = d.date { out["date"] = t }
            if let t = d.source { out["source"] = t }
            if let t = d.url { out["url"] = t }
            return out
        }
        let nodes: [[String: Any]] = graph.nodes.values.map { n in
            ["id": n.id, "kind": n.kind.rawValue, "name": n.name, "aliases": n.aliases, "attributes": n.attributes,
             "evidence": n.evidence.map(evidence)]
        }
        let edges: [[String: Any]] = graph.edges.values.map { e in
            ["source": e.source, "target": e.target, "type": e.type.rawValue, "sign": e.sign, "weight": e.weight,
             "evidence": e.evidence.map(evidence)]
        }
        return ["format": "actorgraph/1", "documents": documents, "nodes": nodes, "edges": edges]
    }

    static func data(_ graph: Graph) throws -> Data {
        try JSONSerialization.data(withJSONObject: object(graph), options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    }
}
