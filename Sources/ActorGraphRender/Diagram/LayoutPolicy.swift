import Graphviz

/// Engine choice and the graph attributes that keep each engine readable and bounded.
///
/// `dot` has no time limit of its own, so it always gets iteration limits
/// scaled to the graph; above the large-graph threshold it is replaced by
/// `sfdp`, which handles thousands of nodes in seconds.
struct LayoutPolicy: Sendable {
    /// The engine that will lay the diagram out.
    let engine: LayoutEngine
    /// Whether the graph counts as large (no edge labels, straight edges).
    let isLarge: Bool

    /// Whether the engine lays clusters out as boxes around their members.
    /// Only dot and fdp do; neato, sfdp, circo and twopi would draw the boxes
    /// anyway, around wherever the members landed, overlapping each other.
    var drawsClusters: Bool { engine == .dot || engine == .fdp }

    /// The policy for `nodeCount` nodes with the requested engine.
    init(requested: LayoutEngine, nodeCount: Int, threshold: Int) {
        isLarge = nodeCount > threshold
        engine = isLarge && requested == .dot ? .sfdp : requested
    }

    /// Graph attributes for the chosen engine.
    ///
    /// dot's budget is measured on random graphs (the worst case: long edges
    /// across many ranks), in a debug build on a shared machine: with default
    /// limits 100 nodes took 11 s and 200 nodes over 3 minutes, nearly all in
    /// network simplex (x-coordinates) and spline routing. The tiers below keep
    /// 200 nodes under 2 s; relation graphs from articles (tens of nodes) keep
    /// full-quality splines.
    func graphAttributes(nodeCount: Int, edgeCount: Int) -> Graphviz.Attributes {
        var attributes: Graphviz.Attributes = [:]
        switch engine {
        case .dot:
            // Top to bottom: relation diagrams come out near the page's aspect
            // ratio; left to right made them three times wider than tall.
            attributes["rankdir"] = "TB"
            attributes["newrank"] = true  // ranks across clusters, so blocs do not stack needlessly
            attributes["nodesep"] = 0.35
            attributes["ranksep"] = 0.7
            // nslimit/nslimit1 cap network simplex at that many iterations per
            // node; dense graphs count by edges as well as nodes.
            let size = max(nodeCount, edgeCount / 2)
            let tier: (limit: Int, mclimit: Double) = size <= 60 ? (20, 1) : size <= 100 ? (5, 1) : (2, 0.3)
            attributes["nslimit"] = .number(Double(tier.limit))
            attributes["nslimit1"] = .number(Double(tier.limit))
            attributes["mclimit"] = .number(tier.mclimit)
            attributes["searchsize"] = 30
            if size > 100 {
                attributes["remincross"] = false
                attributes["splines"] = "line"  // spline routing is the other half of the cost
            }
        case .sfdp:
            attributes["overlap"] = "prism"
            attributes["repulsiveforce"] = 1.2
        default:
            attributes["overlap"] = "prism"
            attributes["sep"] = "+10"
        }
        if isLarge {
            // Spline routing dominates the time of large layouts.
            attributes["splines"] = false
        } else if engine != .dot && attributes["splines"] == nil {
            attributes["splines"] = true
        }
        attributes["outputorder"] = "edgesfirst"  // nodes drawn over edges, labels stay legible
        return attributes
    }
}
