import ActorGraph
import Graphviz

/// The layout engines a diagram can use (Graphviz's, re-exported so that
/// callers need not import the `Graphviz` module).
public typealias LayoutEngine = Graphviz.LayoutEngine

/// The output formats a diagram can be rendered to (re-exported from `Graphviz`).
public typealias OutputFormat = Graphviz.OutputFormat

/// What to draw and how: which part of the graph, sized and grouped by what.
///
/// Analysis happens elsewhere: the caller passes node sizes (`sizeBy`, for
/// example PageRank scores) and blocs (`clusters`, for example the result of
/// `alliances`) as plain values.
///
/// The selection is applied in this order: `kinds` and `includeStatements`
/// drop nodes; `focus` keeps the ego network within `depth` hops of what
/// remains; `top` keeps the highest-scoring nodes of that; last, nodes left
/// without a relation are dropped unless `showIsolated` (the focus stays).
public struct RenderOptions: Sendable, Hashable {
    /// The layout engine; `dot` by default. Large graphs switch from `dot` to
    /// `sfdp` (see ``largeGraphThreshold``).
    public var layout: LayoutEngine
    /// The output format of ``render(_:options:)``; ``renderFile(_:options:to:)``
    /// takes it from the file extension instead.
    public var format: OutputFormat
    /// A score per node id (a centrality, computed by the caller); nodes are
    /// drawn larger the higher their score. Nodes without a score get the smallest size.
    public var sizeBy: [String: Double]?
    /// Blocs of node ids, drawn as clusters titled "Bloc 1", "Bloc 2", … in
    /// this order (numbering follows the list, also when a bloc has no visible
    /// member). A node in several blocs is drawn in the first.
    public var clusters: [[String]]?
    /// A node id, name or alias: draw only its neighbourhood.
    public var focus: String?
    /// With `focus`: how many hops (edges in either direction) to keep around it; at least 0.
    public var depth: Int
    /// Whether statement nodes are drawn (`--no-statements` sets false).
    public var includeStatements: Bool
    /// Only nodes of these kinds, when given.
    public var kinds: Set<NodeKind>?
    /// Keep only this many nodes, those with the highest `sizeBy` score (by
    /// degree when `sizeBy` is nil); the focus node is always kept.
    public var top: Int?
    /// A title drawn above the diagram.
    public var title: String?
    /// Whether to draw a legend of node kinds and edge signs.
    public var legend: Bool
    /// Whether nodes without any relation in the drawn graph are drawn. Off by
    /// default: a name floating apart says nothing about who acts with whom,
    /// and hiding statements would otherwise leave their speakers' outlets and
    /// topics stranded. The report and the exports keep every node.
    public var showIsolated: Bool
    /// Above this many nodes, `dot` is replaced by `sfdp` (with `overlap=prism`
    /// and straight edges) and edge labels are dropped, so that thousands of
    /// nodes render in seconds. Output is then no longer byte-identical between
    /// renders in one process (Graphviz's sfdp keeps state between calls).
    /// The default, 200, is where bounded dot stops being quick: on random
    /// graphs with two edges per node it took about 3 s of CPU at 200 nodes and
    /// 10 s at 300, while sfdp lays out 2,000 nodes in about 5 s.
    public var largeGraphThreshold: Int

    /// Creates options; every parameter has the documented default.
    public init(
        layout: LayoutEngine = .dot, format: OutputFormat = .svg, sizeBy: [String: Double]? = nil,
        clusters: [[String]]? = nil, focus: String? = nil, depth: Int = 1, includeStatements: Bool = true,
        kinds: Set<NodeKind>? = nil, top: Int? = nil, title: String? = nil, legend: Bool = true,
        showIsolated: Bool = false, largeGraphThreshold: Int = 200
    ) {
        self.layout = layout
        self.format = format
        self.sizeBy = sizeBy
        self.clusters = clusters
        self.focus = focus
        self.depth = depth
        self.includeStatements = includeStatements
        self.kinds = kinds
        self.top = top
        self.title = title
        self.legend = legend
        self.showIsolated = showIsolated
        self.largeGraphThreshold = largeGraphThreshold
    }
}
