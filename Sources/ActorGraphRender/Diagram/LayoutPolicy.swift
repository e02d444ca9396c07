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
    func graphAttributes(nodeCount: Int) -> Graphviz.Attributes {
        var attributes: Graphviz.Attributes = [:]
        switch engine {
        case .dot:
            // Top to bottom: relation diagrams come out near the page's aspect
            // ratio; left to right made them three times wider than tall.
            attributes["rankdir"] = "TB"
            attributes["newrank"] = true  // ranks across clusters, so blocs do not stack needlessly
            attributes["nodesep"] = 0.35
            attributes["ranksep"] = 0.7
            // Network simplex runs nslimit × nodes iterations: generous for small
            // graphs, tight for big ones, so dot always ends in seconds.
            let limit = max(2, min(100, 20_000 / max(nodeCount, 1)))
            attributes["nslimit"] = .number(Double(limit))
            attributes["nslimit1"] = .number(Double(limit))
            attributes["mclimit"] = nodeCount > 150 ? 0.3 : 1.0
            attributes["searchsize"] = 30
            if nodeCount > 150 { attributes["remincross"] = false }
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
        } else if engine != .dot {
            attributes["splines"] = true
        }
        attributes["outputorder"] = "edgesfirst"  // nodes drawn over edges, labels stay legible
        return attributes
    }
}
