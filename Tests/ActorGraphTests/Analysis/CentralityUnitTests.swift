import Testing
@testable import ActorGraph

/// Measures on graphs small enough to check by hand.
@Suite("Centrality on hand-checked graphs")
struct CentralityUnitTests {
    /// 0 – 1 – 2
    let path = try! GraphIndex(nodeCount: 3, links: [.init(source: 0, target: 1), .init(source: 1, target: 2)], directed: false)
    /// 0 → 1 → 2
    let chain = try! GraphIndex(nodeCount: 3, links: [.init(source: 0, target: 1), .init(source: 1, target: 2)], directed: true)

    @Test("a path's middle node has every shortest path and the best closeness")
    func pathGraph() throws {
        #expect(try path.centrality(.degree) == [0.5, 1, 0.5])
        #expect(try path.centrality(.betweenness) == [0, 1, 0])
        let closeness = try path.centrality(.closeness)
        #expect(agree(closeness[0], 2.0 / 3) && closeness[1] == 1)
        #expect(try path.centrality(.harmonic) == [1.5, 2, 1.5])
    }

    @Test("directed closeness and harmonic count the paths that reach a node")
    func directedChain() throws {
        let closeness = try chain.centrality(.closeness)
        #expect(closeness[0] == 0)
        #expect(agree(closeness[1], 0.5))  // one node at distance 1: (1/1)·(1/2)
        #expect(agree(closeness[2], 2.0 / 3))  // two nodes at distances 1 and 2: (2/3)·(2/2)
        #expect(try chain.centrality(.harmonic) == [0, 1, 1.5])
        #expect(try chain.centrality(.degree) == [0.5, 1, 0.5])
    }

    @Test("a triangle's eigenvector is uniform with unit norm; PageRank sums to one")
    func triangle() throws {
        let triangle = try GraphIndex(nodeCount: 3, links: [.init(source: 0, target: 1), .init(source: 1, target: 2),
                                                           .init(source: 2, target: 0)], directed: false)
        for score in try triangle.centrality(.eigenvector) { #expect(agree(score, 1 / 3.0.squareRoot())) }
        for score in try triangle.centrality(.katz) { #expect(agree(score, 1 / 3.0.squareRoot())) }
        let star = try GraphIndex(nodeCount: 5, links: (1 ... 4).map { .init(source: 0, target: $0) }, directed: false)
        let ranks = try star.centrality(.pagerank)
        #expect(agree(ranks.reduce(0, +), 1))
        #expect(ranks[0] > ranks[1] && agree(ranks[1], ranks[4]))
    }

    @Test("weighted path measures read a weight as a distance 1/w")
    func weightsAreDistances() throws {
        // 0 –(w 1)– 1 –(w 1)– 2 and a direct 0 –(w 0.25)– 2: the detour (length 2) beats the direct tie (length 4).
        let graph = try GraphIndex(nodeCount: 3, links: [.init(source: 0, target: 1), .init(source: 1, target: 2),
                                                        .init(source: 0, target: 2, weight: 0.25)], directed: false)
        #expect(try graph.centrality(.betweenness, options: .init(weighted: true)) == [0, 1, 0])
        #expect(try graph.centrality(.betweenness) == [0, 0, 0])
        #expect(try graph.centrality(.weightedDegree) == [1.25, 2, 1.25])
    }

    @Test("sampling all nodes is exact, the same seed repeats, fewer than 2 samples is refused")
    func sampling() throws {
        let links = (0 ..< 30).map { GraphIndex.Link(source: $0, target: ($0 * 7 + 3) % 30) }
        let graph = try GraphIndex(nodeCount: 30, links: links, directed: false)
        let exact = try graph.centrality(.betweenness)
        #expect(try graph.centrality(.betweenness, options: .init(samples: 30)) == exact)
        let a = try graph.centrality(.betweenness, options: .init(samples: 10, seed: 5))
        let b = try graph.centrality(.betweenness, options: .init(samples: 10, seed: 5))
        #expect(a == b)
        #expect(throws: AnalysisError.self) { try graph.centrality(.betweenness, options: .init(samples: 1)) }
    }

    @Test("Katz diverging past 1/λmax is an error, not numbers")
    func katzDivergence() throws {
        let complete = try GraphIndex(nodeCount: 20, links: (0 ..< 20).flatMap { u in
            (u + 1 ..< 20).map { GraphIndex.Link(source: u, target: $0) }
        }, directed: false)
        #expect(throws: AnalysisError.self) { try complete.centrality(.katz) }  // λmax = 19 > 1/0.1
    }

    @Test("eigenvector on a directed acyclic graph does not converge and says so")
    func eigenvectorOnDAG() throws {
        #expect(throws: AnalysisError.self) { try chain.centrality(.eigenvector, options: .init(maxIterations: 500)) }
    }

    @Test("core numbers and components of a triangle with a tail and an isolated node")
    func structure() throws {
        let graph = try GraphIndex(nodeCount: 5, links: [.init(source: 0, target: 1), .init(source: 1, target: 2),
                                                        .init(source: 2, target: 0), .init(source: 2, target: 3)],
                                   directed: false)
        #expect(graph.coreNumbers() == [2, 2, 2, 1, 0])
        #expect(graph.componentLabels() == [0, 0, 0, 0, 1])
        #expect(chain.stronglyConnectedLabels() == [0, 1, 2])
    }

    @Test("an edge list naming a missing node is refused")
    func invalidEdge() {
        #expect(throws: AnalysisError.invalidEdge(index: 0, source: 0, target: 3, nodeCount: 3)) {
            try GraphIndex(nodeCount: 3, links: [.init(source: 0, target: 3)], directed: false)
        }
    }
}

/// The 256-sources-at-once search against one breadth-first search per node,
/// on graphs large and sparse enough for its push and pull levels and for
/// several batches.
@Suite("Multi-source BFS")
struct MultiSourceBFSTests {
    @Test("batched reach equals one search per source", arguments: [false, true])
    func batchedEqualsSingle(directed: Bool) throws {
        var generator = SeededGenerator(seed: 3)
        let n = 5_000
        var links = (1 ..< n).map { GraphIndex.Link(source: Int.random(in: max(0, $0 - 40) ..< $0, using: &generator), target: $0) }
        links += (0 ..< 200).map { _ in
            GraphIndex.Link(source: Int.random(in: 0 ..< n, using: &generator), target: Int.random(in: 0 ..< n, using: &generator))
        }
        let index = try GraphIndex(nodeCount: n + 20, links: links, directed: directed)  // 20 isolated nodes
        let batched = index.multiSourceReach()
        let single = index.perSource(weighted: false) { traversal in
            var total = 0.0
            for i in 1 ..< traversal.reachedCount { total += traversal.distance(ofReached: i) }
            return total
        }
        let reached = index.perSource(weighted: false) { Double($0.reachedCount) }
        for v in 0 ..< index.nodeCount {
            #expect(batched[v].distanceSum == single[v] && Double(batched[v].reached) == reached[v], "node \(v)")
            if batched[v].distanceSum != single[v] { break }
        }
    }
}
