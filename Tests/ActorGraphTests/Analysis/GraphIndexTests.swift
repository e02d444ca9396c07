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

    @Test("shortest paths on the index: fewest arcs, the breadth-first tree's among equals")
    func indexShortestPath() throws {
        // Two routes of two hops from 0 to 3 (through 1 or 2); 4 is isolated.
        let index = try GraphIndex(nodeCount: 5, links: [.init(source: 0, target: 2), .init(source: 0, target: 1),
                                                        .init(source: 2, target: 3), .init(source: 1, target: 3)],
                                   directed: false)
        #expect(index.shortestPath(from: 0, to: 3) == [0, 1, 3])
        #expect(index.shortestPath(from: 3, to: 0) == [3, 1, 0])
        #expect(index.shortestPath(from: 2, to: 2) == [2])
        #expect(index.shortestPath(from: 0, to: 4) == nil)
        #expect(index.shortestPath(from: 0, to: 5) == nil)
        let directed = try GraphIndex(nodeCount: 3, links: [.init(source: 0, target: 1), .init(source: 1, target: 2)],
                                      directed: true)
        #expect(directed.shortestPath(from: 0, to: 2) == [0, 1, 2])
        #expect(directed.shortestPath(from: 2, to: 0) == nil)
    }

    @Test("components of random graphs equal a breadth-first labelling, numbered by smallest node")
    func componentsOfRandomGraphs() throws {
        var generator = SeededGenerator(seed: 9)
        for trial in 0 ..< 60 {
            let n = trial < 50 ? Int.random(in: 1 ... 400, using: &generator) : 5_000
            let m = Int.random(in: 0 ... 2 * n, using: &generator)
            let links = (0 ..< m).map { _ in
                GraphIndex.Link(source: Int.random(in: 0 ..< n, using: &generator),
                                target: Int.random(in: 0 ..< n, using: &generator))
            }
            var neighbours = [[Int]](repeating: [], count: n)
            for link in links {
                neighbours[link.source].append(link.target)
                neighbours[link.target].append(link.source)
            }
            var expected = [Int](repeating: -1, count: n)
            var next = 0
            for start in 0 ..< n where expected[start] < 0 {
                expected[start] = next
                var queue = [start]
                var head = 0
                while head < queue.count {
                    let v = queue[head]
                    head += 1
                    for w in neighbours[v] where expected[w] < 0 {
                        expected[w] = next
                        queue.append(w)
                    }
                }
                next += 1
            }
            for directed in [false, true] {
                let index = try GraphIndex(nodeCount: n, links: links, directed: directed)
                #expect(index.componentLabels() == expected, "trial \(trial), n \(n), m \(m), directed \(directed)")
            }
        }
    }

    @Test("the bidirectional shortest path is the breadth-first tree's, on random graphs")
    func shortestPathsOfRandomGraphs() throws {
        var generator = SeededGenerator(seed: 4)
        for trial in 0 ..< 80 {
            let n = Int.random(in: 1 ... 200, using: &generator)
            let m = Int.random(in: 0 ... 3 * n, using: &generator)
            let links = (0 ..< m).map { _ in
                GraphIndex.Link(source: Int.random(in: 0 ..< n, using: &generator),
                                target: Int.random(in: 0 ..< n, using: &generator))
            }
            for directed in [false, true] {
                let sorted = ShortestPathTests.neighbours(n, links, directed: directed)
                let index = try GraphIndex(nodeCount: n, links: links, directed: directed)
                for _ in 0 ..< 10 {
                    let s = Int.random(in: 0 ..< n, using: &generator), t = Int.random(in: 0 ..< n, using: &generator)
                    let expected = ShortestPathTests.treePath(sorted, from: s, to: t)
                    #expect(index.shortestPath(from: s, to: t) == expected,
                            "trial \(trial), directed \(directed), \(s) → \(t)")
                }
            }
        }
    }
}

