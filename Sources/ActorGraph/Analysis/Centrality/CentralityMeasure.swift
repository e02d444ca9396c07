/// A node centrality `actorgraph top --by MEASURE` can rank by (DESIGN.md,
/// "The command line"). Each follows NetworkX's definition and default
/// normalisation; see the function named in `networkXFunction`.
public enum CentralityMeasure: String, CaseIterable, Codable, Sendable {
    /// Edges at a node over `n − 1` (`nx.degree_centrality`).
    case degree
    /// The summed weight of the edges at a node (`G.degree(weight="weight")`).
    case weightedDegree = "weighted-degree"
    /// Share of shortest paths through a node (`nx.betweenness_centrality`).
    case betweenness
    /// Inverse mean distance, Wasserman–Faust corrected (`nx.closeness_centrality`).
    case closeness
    /// Sum of inverse distances (`nx.harmonic_centrality`).
    case harmonic
    /// Principal eigenvector of the adjacency matrix (`nx.eigenvector_centrality`).
    case eigenvector
    /// Random-surfer stationary distribution (`nx.pagerank`).
    case pagerank
    /// Discounted count of walks (`nx.katz_centrality`).
    case katz

    /// The NetworkX function whose numbers this measure reproduces.
    public var networkXFunction: String {
        switch self {
        case .degree: return "nx.degree_centrality"
        case .weightedDegree: return "G.degree(weight='weight')"
        case .betweenness: return "nx.betweenness_centrality"
        case .closeness: return "nx.closeness_centrality"
        case .harmonic: return "nx.harmonic_centrality"
        case .eigenvector: return "nx.eigenvector_centrality"
        case .pagerank: return "nx.pagerank"
        case .katz: return "nx.katz_centrality"
        }
    }
}

/// How a centrality is computed. The defaults are DESIGN.md's: the
/// undirected simple view, unweighted, NetworkX's normalisations, and tight
/// tolerances for the iterative measures.
public struct CentralityOptions: Sendable, Equatable {
    /// Use the directed view (relations point from source to target).
    public var directed: Bool
    /// Use edge weights: as strengths for degree, eigenvector, PageRank and
    /// Katz; as distances `1/w` for betweenness, closeness and harmonic.
    public var weighted: Bool
    /// Betweenness from this many random source nodes instead of all (at least 2).
    public var samples: Int?
    /// The seed that picks the sampled sources; the same seed gives the same result.
    public var seed: UInt64
    /// Iterative measures stop when the L1 change of a step is below `n · tolerance`.
    public var tolerance: Double
    /// Iterative measures give up (and throw) after this many steps.
    public var maxIterations: Int
    /// PageRank's damping factor.
    public var pagerankAlpha: Double
    /// Katz's attenuation factor; must be below 1/λ_max for the sum to converge.
    public var katzAlpha: Double
    /// Katz's constant term.
    public var katzBeta: Double

    /// Creates options; every parameter has DESIGN.md's default.
    public init(
        directed: Bool = false, weighted: Bool = false, samples: Int? = nil, seed: UInt64 = 42,
        tolerance: Double = 1e-12, maxIterations: Int = 10_000,
        pagerankAlpha: Double = 0.85, katzAlpha: Double = 0.1, katzBeta: Double = 1
    ) {
        self.directed = directed
        self.weighted = weighted
        self.samples = samples
        self.seed = seed
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.pagerankAlpha = pagerankAlpha
        self.katzAlpha = katzAlpha
        self.katzBeta = katzBeta
    }
}

/// One measure's score for every node of a graph, by node id.
///
/// - Parameters:
///   - measure: the centrality.
///   - graph: the relation graph; its index is built once for this call.
///   - options: view, weights, sampling and iteration settings.
/// - Throws: `AnalysisError.noConvergence` when an iterative measure does not
///   converge; `AnalysisError.invalidOption` for a sample count below 2.
/// - Complexity: that of the measure on the graph's index (see `GraphIndex`).
public func centrality(
    _ measure: CentralityMeasure, of graph: Graph, options: CentralityOptions = CentralityOptions()
) throws(AnalysisError) -> [String: Double] {
    let index = GraphIndex(graph, directed: options.directed)
    let scores = try index.centrality(measure, options: options)
    return Dictionary(uniqueKeysWithValues: zip(index.ids, scores))
}

extension GraphIndex {
    /// One measure's score for every node, by dense id. `options.directed` is
    /// ignored: the index's own view is used.
    ///
    /// - Throws: as `centrality(_:of:options:)`.
    public func centrality(_ measure: CentralityMeasure, options: CentralityOptions = CentralityOptions()) throws(AnalysisError) -> [Double] {
        let weighted = options.weighted
        switch measure {
        case .degree:
            return degreeCentrality()
        case .weightedDegree:
            return strength()
        case .betweenness:
            return betweenness(weighted: weighted, pivots: try samplePivots(options))
        case .closeness:
            return closeness(weighted: weighted)
        case .harmonic:
            return harmonic(weighted: weighted)
        case .eigenvector:
            return try eigenvector(weighted: weighted, tolerance: options.tolerance, maxIterations: options.maxIterations)
        case .pagerank:
            return try pageRank(alpha: options.pagerankAlpha, weighted: weighted, tolerance: options.tolerance,
                                maxIterations: options.maxIterations)
        case .katz:
            return try katz(alpha: options.katzAlpha, beta: options.katzBeta, weighted: weighted,
                            tolerance: options.tolerance, maxIterations: options.maxIterations)
        }
    }

    /// The betweenness sources `options.samples` asks for, drawn with `options.seed`; nil for all.
    private func samplePivots(_ options: CentralityOptions) throws(AnalysisError) -> [Int]? {
        guard let k = options.samples else { return nil }
        guard k >= 2 else { throw .invalidOption("betweenness needs at least 2 samples, got \(k)") }
        guard k < nodeCount else { return nil }
        var generator = SeededGenerator(seed: options.seed)
        return generator.sample(k, from: nodeCount)
    }
}
