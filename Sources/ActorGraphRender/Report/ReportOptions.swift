import ActorGraph
import Graphviz

/// What an HTML report shows and how its diagram is drawn.
///
/// The defaults are the page an analyst would publish: the diagram laid out
/// with `dot`, actors sized by PageRank and grouped in their alliance blocs,
/// statements left out of the picture (they are listed with their sentences
/// in the relations table), and the ten most central actors by degree,
/// betweenness, PageRank and eigenvector centrality.
public struct ReportOptions: Sendable, Equatable {
    /// The page title; by default the title of the only document, or a
    /// generic title naming the number of documents.
    public var title: String?
    /// The diagram's layout engine.
    public var layout: LayoutEngine
    /// The centrality that sizes the diagram's nodes and orders the ranking table.
    public var sizeBy: CentralityMeasure
    /// The centralities the ranking table shows, one column each, in this order.
    public var measures: [CentralityMeasure]
    /// How many actors each measure contributes to the ranking table (at least 1).
    public var top: Int
    /// How the blocs are computed.
    public var allianceMethod: AllianceMethod
    /// Whether statement nodes are drawn in the diagram.
    public var diagramStatements: Bool
    /// How centralities are computed (DESIGN.md's defaults).
    public var centrality: CentralityOptions

    /// Creates options; every parameter has the documented default.
    public init(
        title: String? = nil, layout: LayoutEngine = .dot, sizeBy: CentralityMeasure = .pagerank,
        measures: [CentralityMeasure] = [.degree, .betweenness, .pagerank, .eigenvector], top: Int = 10,
        allianceMethod: AllianceMethod = .balance, diagramStatements: Bool = false,
        centrality: CentralityOptions = CentralityOptions()
    ) {
        self.title = title
        self.layout = layout
        self.sizeBy = sizeBy
        self.measures = measures
        self.top = top
        self.allianceMethod = allianceMethod
        self.diagramStatements = diagramStatements
        self.centrality = centrality
    }
}
