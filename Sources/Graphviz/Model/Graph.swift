/// A Graphviz graph as a Swift value: directed or not, strict or not, with
/// attributes, node and edge defaults, nodes, edges, subgraphs and clusters.
///
/// It is a plain `Sendable` value; nothing touches Graphviz until it is
/// rendered, when ``Renderer`` builds a throw-away C graph from it under the
/// process-wide lock. Node and edge order is kept, so the same value always
/// renders to the same bytes (with `dot`, `neato`, `circo`, `twopi`; see
/// ``LayoutEngine`` about `fdp` and `sfdp`).
///
/// ```swift
/// var graph = Graph(directed: true)
/// graph.attributes["rankdir"] = "LR"
/// graph.nodeDefaults["shape"] = "box"
/// graph.addNode("a", ["label": "Alpha"])
/// graph.addEdge("a", "b", ["color": "red"])
/// let svg = try Renderer().render(graph, engine: .dot, format: .svg)
/// ```
///
/// # Large graphs
/// `dot` has no time limit of its own: network simplex and crossing
/// minimisation can run for minutes on a few thousand nodes. Bound it with
/// graph attributes, for example `nslimit`, `nslimit1` (network-simplex
/// iterations × nodes), `mclimit` (crossing-minimisation scale, e.g. `0.2`),
/// `searchsize`, `remincross = false` and `splines = false`; or lay out large
/// graphs with `sfdp` and `overlap = "prism"`. No in-process timeout is
/// possible: Graphviz has no cancellation, so for untrusted input run the
/// render in a child process and kill it on timeout.
public struct Graph: GraphContent, Hashable {
    /// The graph's name (shown as the SVG `<title>`).
    public var name: String
    /// Whether edges have a direction (`digraph`) or not (`graph`).
    public var isDirected: Bool
    /// Whether parallel edges and self-loops merge into one (`strict`).
    public var isStrict: Bool
    /// The attributes of the graph itself (`label`, `rankdir`, `fontname`, `nslimit`, …).
    public var attributes: Attributes
    /// Defaults for every node, like `node [...]` in DOT.
    public var nodeDefaults: Attributes
    /// Defaults for every edge, like `edge [...]` in DOT.
    public var edgeDefaults: Attributes
    /// The nodes declared at the top level, in order.
    public var nodes: [Node]
    /// The edges declared at the top level, in order.
    public var edges: [Edge]
    /// The subgraphs and clusters, in order.
    public var subgraphs: [Subgraph]

    /// Creates a graph; by default a non-strict directed graph named `G`.
    public init(
        name: String = "G", directed: Bool = true, strict: Bool = false, attributes: Attributes = [:],
        nodeDefaults: Attributes = [:], edgeDefaults: Attributes = [:], nodes: [Node] = [], edges: [Edge] = [],
        subgraphs: [Subgraph] = []
    ) {
        self.name = name
        self.isDirected = directed
        self.isStrict = strict
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }
}
