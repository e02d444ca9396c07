import ActorGraph

/// A small graph written for the tests: two countries, a person, a mission,
/// a statement, and hostile, cooperative and neutral relations.
enum SampleGraph {
    static let document = "sha256:" + String(repeating: "c", count: 64)

    static func make() throws -> Graph {
        let e = { (s: Int) in [Evidence(document: document, sentence: s, start: s * 10, end: s * 10 + 5, excerpt: "words \(s)")] }
        return try Graph(
            documents: [Document(id: document, title: "A test \"article\"", date: "2024-01-02", source: "Us")],
            nodes: [
                Node(id: "country:atlantis", kind: .country, name: "Atlantis", aliases: ["Atlantean"],
                     attributes: ["iso3": "ATL"], evidence: e(0)),
                Node(id: "country:lemuria", kind: .country, name: "Lemuria"),
                Node(id: "person:ada-quill", kind: .person, name: "Ada Quill", attributes: ["role": "envoy"]),
                Node(id: "mission:op-lantern", kind: .mission, name: "Operation Lantern"),
                Node(id: "statement:ada-quill-1", kind: .statement, name: "We will leave",
                     attributes: ["text": "We will \"leave\"\nsoon \\ now", "quote": "direct"]),
            ],
            edges: [
                Edge(source: "country:atlantis", target: "country:lemuria", type: .withdrawsFrom, evidence: e(1)),
                Edge(source: "country:atlantis", target: "mission:op-lantern", type: .leads, weight: 2, evidence: e(2)),
                Edge(source: "person:ada-quill", target: "country:atlantis", type: .holdsRole),
                Edge(source: "person:ada-quill", target: "statement:ada-quill-1", type: .said, evidence: e(3)),
                Edge(source: "statement:ada-quill-1", target: "country:lemuria", type: .about, sign: -1, evidence: e(3)),
            ])
    }
}
