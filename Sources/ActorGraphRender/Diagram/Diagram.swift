import Graphviz

/// A diagram ready for Graphviz: the graph in the visual language and the
/// engine to lay it out with (which may differ from the requested one for
/// large graphs, see ``RenderOptions/largeGraphThreshold``).
public struct Diagram: Sendable, Hashable {
    /// The Graphviz graph.
    public var graph: Graphviz.Graph
    /// The layout engine to use.
    public var engine: LayoutEngine

    /// Creates a diagram.
    public init(graph: Graphviz.Graph, engine: LayoutEngine) {
        self.graph = graph
        self.engine = engine
    }
}
