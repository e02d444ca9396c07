import Testing
@testable import ActorGraph

/// Louvain and modularity against NetworkX, and Zachary's karate club.
@Suite("Communities")
struct CommunityTests {
    @Test("modularity of NetworkX's Louvain partition equals nx.community.modularity; ours is as good")
    func modularityMatches() throws {
        let graphs = try #require(DifferentialTests.fixture).graphs
        var compared = 0
        var ourTotal = 0.0, theirTotal = 0.0
        for graph in graphs {
            guard let reference = graph.louvain else { continue }
            let index = try graph.index()
            var labels = [Int](repeating: -1, count: graph.n)
            for (c, members) in reference.communities.enumerated() { for v in members { labels[v] = c } }
            let q = index.modularity(labels: labels, weighted: graph.weighted)
            #expect(agree(q, reference.modularity), "\(graph.name): modularity \(q), NetworkX \(reference.modularity)")
            // Both Louvains depend on their random visiting order: compare over ten seeds each.
            var mean = 0.0
            for seed in 0 ..< 10 {
                let ours = index.louvain(weighted: graph.weighted, seed: UInt64(seed))
                #expect(agree(ours.modularity, index.modularity(labels: ours.labels, weighted: graph.weighted)))
                mean += ours.modularity / 10
            }
            #expect(mean >= reference.seedMinimum - 1e-9,
                    "\(graph.name): our Louvain averages \(mean), NetworkX's worst seed \(reference.seedMinimum)")
            ourTotal += mean
            theirTotal += reference.seedMean
            compared += 1
        }
        #expect(compared >= 25)
        #expect(ourTotal >= theirTotal - 0.005 * Double(compared), "mean modularity: ours \(ourTotal), NetworkX \(theirTotal)")
    }

    @Test("the same seed gives the same communities")
    func deterministic() throws {
        let graph = try #require(DifferentialTests.fixture).graphs[0]
        let index = try graph.index()
        #expect(index.louvain(seed: 9).labels == index.louvain(seed: 9).labels)
    }

    @Test("Louvain on Zachary's karate club refines the split into the two clubs")
    func karateClub() throws {
        let karate = try #require(NetworkXReference.load("known", as: KnownFixture.self)).karate
        let index = try GraphIndex(nodeCount: karate.n, links: karate.edges.map { .init(source: $0[0], target: $0[1]) },
                                   directed: false)
        let (labels, modularity) = index.louvain(weighted: false)
        #expect(modularity > 0.40, "modularity \(modularity)")
        // Each community sides with the club most of its members joined; one
        // member may land with the other club, as in most modularity
        // partitions of this network.
        var misplaced = 0
        for c in Set(labels) {
            let members = labels.indices.filter { labels[$0] == c }
            let clubs = Dictionary(grouping: members) { karate.club[$0] }.mapValues(\.count)
            misplaced += members.count - (clubs.values.max() ?? 0)
        }
        #expect(misplaced <= 1, "\(misplaced) members in a community of the other club")
    }

    @Test("the Medici have the highest betweenness of the Florentine families, as in NetworkX")
    func florentineFamilies() throws {
        let florentine = try #require(NetworkXReference.load("known", as: KnownFixture.self)).florentine
        var graph = Graph()
        for name in florentine.names { graph.merge(Node(id: "organization:\(name)", kind: .organization, name: name)) }
        for pair in florentine.edges {
            try graph.merge(Edge(source: "organization:\(pair[0])", target: "organization:\(pair[1])", type: .alliedWith))
        }
        let ranked = try rank(.betweenness, of: graph, limit: 1)
        #expect(ranked.first?.name == "Medici")
        let scores = try centrality(.betweenness, of: graph)
        for (name, expected) in florentine.betweenness {
            #expect(agree(scores["organization:\(name)"] ?? -1, expected), "\(name)")
        }
    }
}

/// The classic data sets, as NetworkX ships them.
struct KnownFixture: Decodable {
    struct Karate: Decodable {
        var n: Int
        var edges: [[Int]]
        var club: [String]
    }

    struct Florentine: Decodable {
        var names: [String]
        var edges: [[String]]
        var betweenness: [String: Double]
    }

    var karate: Karate
    var florentine: Florentine
}
