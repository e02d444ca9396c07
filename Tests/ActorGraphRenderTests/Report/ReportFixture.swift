import ActorGraph

/// A small graph for the report tests, written here so each test can say what it expects.
///
/// It has every kind, every sign, a statement, evidence whose excerpts and
/// titles carry HTML syntax, an actor named like a script injection, and a
/// triangle that no partition can balance (A+B, B+C, A−C), so the blocs
/// section has a tie that cuts across.
enum ReportFixture {
    static let hostileName = "<script>alert(1)</script> & \"x\""
    static let hostileTitle = "Report on <b>\"Allies\"</b> & 'friends'"
    static let document = "sha256:0123"

    static func evidence(_ sentence: Int, _ excerpt: String) -> [Evidence] {
        [Evidence(document: document, sentence: sentence, start: sentence * 10, end: sentence * 10 + 5, excerpt: excerpt)]
    }

    static func graph() throws -> Graph {
        let nodes = [
            Node(id: "country:atlantis", kind: .country, name: "Atlantis"),
            Node(id: "country:lemuria", kind: .country, name: "Lemuria"),
            Node(id: "organization:hostile", kind: .organization, name: hostileName),
            Node(id: "person:o-brien", kind: .person, name: "Pat O'Brien <PM>"),
            Node(id: "mission:sunrise", kind: .mission, name: "Operation <Sunrise>"),
            Node(id: "statement:o-brien-1", kind: .statement, name: "We will stay & fight",
                 attributes: ["text": "We will stay & fight", "quote": "direct"]),
        ]
        let edges = [
            Edge(source: "country:atlantis", target: "organization:hostile", type: .alliedWith,
                 evidence: evidence(1, "Atlantis & the <script> group \"allied\"")),
            Edge(source: "organization:hostile", target: "country:lemuria", type: .supports,
                 evidence: evidence(2, "it backs Lemuria < fully >")),
            Edge(source: "country:atlantis", target: "country:lemuria", type: .opposes,
                 evidence: evidence(3, "Atlantis opposes Lemuria") + evidence(4, "again, 'opposes'")),
            Edge(source: "person:o-brien", target: "country:atlantis", type: .holdsRole, evidence: evidence(5, "Atlantis's PM")),
            Edge(source: "country:atlantis", target: "mission:sunrise", type: .leads, weight: 2, evidence: evidence(6, "leads Sunrise")),
            Edge(source: "person:o-brien", target: "statement:o-brien-1", type: .said, evidence: evidence(7, "\"We will stay & fight\"")),
            Edge(source: "statement:o-brien-1", target: "country:lemuria", type: .about, sign: -1, evidence: evidence(7, "stay & fight")),
        ]
        return try Graph(documents: [Document(id: document, title: hostileTitle, date: "2024-01-02", source: "Wire <A>")],
                         nodes: nodes, edges: edges)
    }
}
