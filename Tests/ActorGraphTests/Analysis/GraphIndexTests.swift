import Testing
@testable import ActorGraph

/// The index of a relation graph: the views DESIGN.md defines.
@Suite("Graph index and the model")
struct GraphIndexTests {
    static func evidence(_ sentence: Int) -> [Evidence] {
        [Evidence(document: "sha256:test", sentence: sentence, excerpt: "sentence \(sentence)")]
    }

    /// France participates in Barkhane (twice), Barkhane is deployed in Mali,
    /// Mali expels France, Mali supports (is supported by) Wagner; Canada stands alone.
    static func sahel() throws -> Graph {
        try Graph(
            nodes: [
                Node(kind: .country, name: "France"), Node(kind: .mission, name: "Barkhane"),
                Node(kind: .country, name: "Mali"), Node(kind: .organization, name: "Wagner"),
                Node(kind: .country, name: "Canada"),
            ],
            edges: [
                Edge(source: "country:france", target: "mission:barkhane", type: .participatesIn, evidence: evidence(1)),
                Edge(source: "country:france", target: "mission:barkhane", type: .participatesIn, evidence: evidence(2)),
                Edge(source: "mission:barkhane", target: "country:mali", type: .deployedIn, evidence: evidence(3)),
                Edge(source: "country:mali", target: "country:france", type: .expels, evidence: evidence(4)),
                Edge(source: "organization:wagner", target: "country:mali", type: .supports, weight: 3, evidence: evidence(5)),
                Edge(source: "country:france", target: "country:mali", type: .criticizes, evidence: evidence(6)),
            ])
    }

    @Test("the undirected view merges relations between two nodes and sums their weights")
    func undirectedView() throws {
        let graph = try Self.sahel()
        let index = GraphIndex(graph)
        #expect(index.ids == Array(graph.nodes.keys))
        #expect(index.edgeCount == 4)  // France–Barkhane, Barkhane–Mali, Mali–France, Wagner–Mali
        let strength = index.strength()
        #expect(strength == [4, 3, 6, 3, 0])  // France: 2 (Barkhane) + 2 (expels, criticizes)
        let scores = try centrality(.degree, of: graph)
        #expect(scores["country:mali"] == 0.75)
        #expect(scores["country:canada"] == 0)
    }

    @Test("the directed view keeps directions and merges only same-direction relations")
    func directedView() throws {
        let index = GraphIndex(try Self.sahel(), directed: true)
        #expect(index.edgeCount == 5)
        // Mali: in from Barkhane, Wagner and France, out to France.
        #expect(try index.centrality(.degree) == [0.75, 0.5, 1, 0.25, 0])
    }

    @Test("ranking lists actors only by default, highest first, ties by id")
    func ranking() throws {
        let ranked = try rank(.degree, of: try Self.sahel(), limit: 3)
        #expect(ranked.map(\.id) == ["country:mali", "country:france", "organization:wagner"])
        #expect(ranked.map(\.rank) == [1, 2, 3])
        let missions = try rank(.degree, of: try Self.sahel(), kinds: [.mission], limit: nil)
        #expect(missions.map(\.id) == ["mission:barkhane"])
    }

    @Test("the shortest chain of relations carries each edge's evidence")
    func shortestPath() throws {
        let graph = try Self.sahel()
        let hops = try #require(try ShortestPath.find(graph, from: "Wagner", to: "mission:barkhane"))
        #expect(hops.map(\.type) == [.supports, .deployedIn])
        #expect(hops[0].evidence == Self.evidence(5))
        let direct = try #require(try ShortestPath.find(graph, from: "France", to: "Mali"))
        #expect(direct.count == 1 && direct[0].type == .expels)  // the first of two equally strong links
        #expect(try ShortestPath.find(graph, from: "France", to: "Canada") == nil)
        #expect(try ShortestPath.find(graph, from: "France", to: "France") == [])
        #expect(throws: AnalysisError.unknownNode("Atlantis")) { try ShortestPath.find(graph, from: "Atlantis", to: "Mali") }
        // Following directions, Wagner reaches Barkhane only through Mali → France → Barkhane.
        let directed = try #require(try ShortestPath.find(graph, from: "Wagner", to: "Barkhane", directed: true))
        #expect(directed.map(\.type) == [.supports, .expels, .participatesIn])
    }

    @Test("components and core numbers by node id")
    func structureByID() throws {
        let graph = try Self.sahel()
        #expect(Components.connected(graph) == [["country:france", "mission:barkhane", "country:mali", "organization:wagner"],
                                                ["country:canada"]])
        #expect(Components.stronglyConnected(graph).first?.count == 3)
        #expect(coreNumbers(of: graph)["country:mali"] == 2)
    }
}
