import Testing
@testable import ActorGraph

/// Every measure against NetworkX on generated graphs (directed and undirected,
/// weighted and not, with isolated nodes and several components).
@Suite("Differential tests against NetworkX")
struct DifferentialTests {
    static let fixture = NetworkXReference.load("differential", as: DifferentialFixture.self)

    @Test("the fixture has at least 50 graphs of every kind")
    func fixtureCoversTheCases() throws {
        let graphs = try #require(Self.fixture).graphs
        #expect(graphs.count >= 50)
        #expect(graphs.contains { $0.directed && $0.weighted })
        #expect(graphs.contains { !$0.directed && !$0.weighted })
        #expect(graphs.contains { $0.components.count > 1 })
        #expect(graphs.contains { g in g.components.contains { $0.count == 1 } })
    }

    @Test("every centrality equals NetworkX's to 1e-6", arguments: CentralityMeasure.allCases)
    func centralityMatches(_ measure: CentralityMeasure) throws {
        let graphs = try #require(Self.fixture).graphs
        var compared = 0
        for graph in graphs {
            guard let expected = graph.measures[measure.rawValue] ?? nil else { continue }
            let index = try graph.index()
            var options = CentralityOptions(directed: graph.directed, weighted: graph.weighted)
            options.katzAlpha = graph.katzAlpha
            let ours = try index.centrality(measure, options: options)
            for v in 0 ..< graph.n where !agree(ours[v], expected[v]) {
                Issue.record("\(graph.name) \(measure.rawValue) node \(v): ours \(ours[v]), NetworkX \(expected[v])")
                break
            }
            compared += 1
        }
        #expect(compared >= 50, "\(measure.rawValue) compared on \(compared) graphs only")
    }

    @Test("sampled betweenness from NetworkX's pivots is scaled as NetworkX scales it")
    func sampledBetweennessMatches() throws {
        let graphs = try #require(Self.fixture).graphs
        var compared = 0
        for graph in graphs {
            guard let sample = graph.sampledBetweenness else { continue }
            let ours = try graph.index().betweenness(weighted: graph.weighted, pivots: sample.pivots)
            for v in 0 ..< graph.n where !agree(ours[v], sample.scores[v]) {
                Issue.record("\(graph.name) sampled betweenness node \(v): ours \(ours[v]), NetworkX \(sample.scores[v])")
                break
            }
            compared += 1
        }
        #expect(compared >= 40)
    }

    @Test("components, strong components and core numbers equal NetworkX's")
    func structureMatches() throws {
        for graph in try #require(Self.fixture).graphs {
            let index = try graph.index()
            #expect(canonicalPartition(index.componentLabels()) == graph.components, "\(graph.name) components")
            #expect(canonicalPartition(index.stronglyConnectedLabels()) == graph.strongComponents,
                    "\(graph.name) strongly connected components")
            #expect(index.coreNumbers() == graph.core, "\(graph.name) core numbers")
        }
    }
}
