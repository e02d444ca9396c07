import ActorGraph

/// The actors' centralities for the report: a full ranking per measure, and
/// the rows of the table (every actor in the top N of at least one measure).
struct RankingTable {
    /// The measures shown as columns, in order.
    let measures: [CentralityMeasure]
    /// The measure that orders the rows (the diagram's sizing measure).
    let primary: CentralityMeasure
    /// The row ids: actors in the top `top` of any shown measure, ordered by
    /// their rank in `primary`.
    let rows: [String]
    /// Per measure, the actors' 1-based rank and score, by id.
    private let entries: [CentralityMeasure: [String: RankedNode]]
    /// Per measure, the highest score among actors (for bar lengths).
    private let maxima: [CentralityMeasure: Double]
    /// Per measure, the actor ids by rank.
    private let order: [CentralityMeasure: [String]]

    /// Ranks the graph's actors by every measure in `options.measures` and by `options.sizeBy`.
    ///
    /// - Throws: ``ReportError/analysis(_:)`` when a measure does not converge.
    /// - Complexity: that of the measures (betweenness: O(*n*·*e*)).
    init(graph: Graph, options: ReportOptions) throws(ReportError) {
        var measures: [CentralityMeasure] = []
        for measure in options.measures where !measures.contains(measure) { measures.append(measure) }
        self.measures = measures
        primary = options.sizeBy
        var entries: [CentralityMeasure: [String: RankedNode]] = [:]
        var maxima: [CentralityMeasure: Double] = [:]
        var order: [CentralityMeasure: [String]] = [:]
        for measure in measures + [options.sizeBy] where order[measure] == nil {
            let ranking: [RankedNode]
            do {
                ranking = try rank(measure, of: graph, options: options.centrality, limit: nil)
            } catch {
                throw .analysis(error)
            }
            entries[measure] = Dictionary(uniqueKeysWithValues: ranking.map { ($0.id, $0) })
            maxima[measure] = ranking.map(\.score).filter(\.isFinite).max() ?? 0
            order[measure] = ranking.map(\.id)
        }
        var chosen = Set<String>()
        for measure in measures { chosen.formUnion(order[measure]?.prefix(options.top) ?? []) }
        rows = (order[options.sizeBy] ?? []).filter { chosen.contains($0) }
        self.entries = entries
        self.maxima = maxima
        self.order = order
    }

    /// An actor's rank and score by a measure.
    func entry(_ id: String, _ measure: CentralityMeasure) -> RankedNode? { entries[measure]?[id] }

    /// The highest score of a measure among actors.
    func maximum(_ measure: CentralityMeasure) -> Double { maxima[measure] ?? 0 }

    /// The ids of the `count` highest-ranked actors by a measure, skipping actors whose score is 0.
    func leaders(of measure: CentralityMeasure, count: Int) -> [String] {
        (order[measure] ?? []).prefix(count).filter { (entries[measure]?[$0]?.score ?? 0) > 0 }
    }

    /// A measure's name as a column title: "PageRank", "Betweenness".
    static func title(of measure: CentralityMeasure) -> String {
        switch measure {
        case .degree: return "degree"
        case .weightedDegree: return "weighted degree"
        case .betweenness: return "betweenness"
        case .closeness: return "closeness"
        case .harmonic: return "harmonic closeness"
        case .eigenvector: return "eigenvector"
        case .pagerank: return "PageRank"
        case .katz: return "Katz"
        }
    }

    /// What a measure says about an actor, in plain words.
    static func meaning(of measure: CentralityMeasure) -> String {
        switch measure {
        case .degree: return "the share of the other nodes it is tied to"
        case .weightedDegree: return "how many times its relations were stated"
        case .betweenness: return "how often it lies on the shortest path between two others (a broker)"
        case .closeness: return "how near it is, on average, to everyone it can reach"
        case .harmonic: return "the sum of its inverse distances to the others"
        case .eigenvector: return "how well it is tied to nodes that are themselves well tied"
        case .pagerank: return "where a random walk along the relations spends its time"
        case .katz: return "how many walks, short ones counting most, reach it"
        }
    }
}
