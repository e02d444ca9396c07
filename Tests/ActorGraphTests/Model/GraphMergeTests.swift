import Testing
@testable import ActorGraph

@Suite("Graph merging")
struct GraphMergeTests {
    let doc = "sha256:" + String(repeating: "a", count: 64)

    @Test("nodes merge by id and keep every alias and all evidence")
    func mergeByID() {
        var graph = Graph()
        graph.merge(Node(id: "country:france", kind: .country, name: "France", aliases: ["French"],
                         evidence: [Evidence(document: doc, sentence: 2)]))
        graph.merge(Node(id: "country:france", kind: .country, name: "France", aliases: ["Paris"],
                         attributes: ["iso3": "FRA"], evidence: [Evidence(document: doc, sentence: 1)]))
        let france = graph.nodes["country:france"]
        #expect(graph.nodeCount == 1)
        #expect(france?.aliases == ["French", "Paris"])
        #expect(france?.attributes["iso3"] == "FRA")
        #expect(france?.evidence.map(\.sentence) == [1, 2])
    }

    @Test("a node whose name is another node's alias joins it, within one kind only")
    func mergeByAlias() {
        var graph = Graph()
        graph.merge(Node(id: "person:emmanuel-macron", kind: .person, name: "Emmanuel Macron", aliases: ["Macron"]))
        let id = graph.merge(Node(kind: .person, name: "Macron"))
        #expect(id == "person:emmanuel-macron")
        let other = graph.merge(Node(kind: .organization, name: "Macron"))
        #expect(other == "organization:macron")
        #expect(graph.nodeCount == 2)
    }

    @Test("statements never merge by wording")
    func statementsStayApart() {
        var graph = Graph()
        graph.merge(Node(id: "statement:a", kind: .statement, name: "We agree"))
        graph.merge(Node(id: "statement:b", kind: .statement, name: "We agree"))
        #expect(graph.nodeCount == 2)
    }

    @Test("parallel edges of one type merge, adding weights and keeping evidence")
    func edgesMerge() throws {
        var graph = try Graph(nodes: [Node(kind: .country, name: "France"), Node(kind: .country, name: "Mali")], edges: [])
        try graph.merge(Edge(source: "country:france", target: "country:mali", type: .withdrawsFrom,
                             evidence: [Evidence(document: doc, sentence: 3)]))
        try graph.merge(Edge(source: "country:france", target: "country:mali", type: .withdrawsFrom, weight: 2,
                             evidence: [Evidence(document: doc, sentence: 1), Evidence(document: doc, sentence: 3)]))
        try graph.merge(Edge(source: "country:france", target: "country:mali", type: .opposes))
        #expect(graph.edgeCount == 2)
        let edge = graph.edges[EdgeKey(source: "country:france", target: "country:mali", type: .withdrawsFrom)]
        #expect(edge?.weight == 3)
        #expect(edge?.sign == -1)
        #expect(edge?.evidence.map(\.sentence) == [1, 3])
    }

    @Test("an edge to a missing node is an error naming the node")
    func unknownNode() throws {
        var graph = try Graph(nodes: [Node(kind: .country, name: "France")], edges: [])
        #expect(throws: GraphError.unknownNode("country:mali",
                                               edge: EdgeKey(source: "country:france", target: "country:mali", type: .opposes))) {
            try graph.merge(Edge(source: "country:france", target: "country:mali", type: .opposes))
        }
    }

    @Test("merging a graph whose documents are all known changes nothing")
    func idempotentMerge() throws {
        var fragment = try Graph(documents: [Document(id: doc)],
                                 nodes: [Node(kind: .country, name: "France"), Node(kind: .country, name: "Mali")],
                                 edges: [Edge(source: "country:france", target: "country:mali", type: .opposes)])
        var graph = Graph()
        graph.merge(fragment)
        let once = graph
        graph.merge(fragment)
        #expect(graph == once)
        fragment.add(Document(id: "sha256:" + String(repeating: "b", count: 64)))
        graph.merge(fragment)
        #expect(graph.edges.values.first?.weight == 2)
    }

    @Test("merging remaps edges to the node an alias resolved to")
    func remapOnMerge() throws {
        var graph = try Graph(nodes: [Node(id: "country:france", kind: .country, name: "France", aliases: ["Paris"]),
                                      Node(kind: .country, name: "Mali")], edges: [])
        let other = try Graph(documents: [Document(id: doc)],
                              nodes: [Node(kind: .country, name: "Paris"), Node(kind: .country, name: "Mali")],
                              edges: [Edge(source: "country:paris", target: "country:mali", type: .opposes)])
        graph.merge(other)
        #expect(graph.nodes["country:paris"] == nil)
        #expect(graph.edges[EdgeKey(source: "country:france", target: "country:mali", type: .opposes)] != nil)
    }
}

@Suite("Node ids and names")
struct NodeIDTests {
    @Test("ids are kind:slug with accents folded", arguments: [
        (NodeKind.country, "Côte d’Ivoire", "country:cote-divoire"),
        (.person, "Emmanuel Macron", "person:emmanuel-macron"),
        (.organization, "U.N.", "organization:un"),
        (.mission, "  EUTM  Mali ", "mission:eutm-mali"),
        (.organization, "???", "organization:unnamed"),
    ])
    func slugs(kind: NodeKind, name: String, id: String) {
        #expect(NodeID.make(kind: kind, name: name) == id)
    }

    @Test("names compare without case, dots, accents or a leading 'the'")
    func nameKeys() {
        #expect(NameKey.normalize("The U.N.") == NameKey.normalize("un"))
        #expect(NameKey.normalize("Mali's junta") == NameKey.normalize("malis junta"))
        #expect(NameKey.normalize("Société Générale") == "societe generale")
    }
}
