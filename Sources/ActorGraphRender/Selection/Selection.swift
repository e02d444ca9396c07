import ActorGraph

/// Chooses the part of the graph a diagram shows, following ``RenderOptions``:
/// kinds and statements first, then the focus neighbourhood, then the top N,
/// then nodes left without a relation (unless `showIsolated`).
enum Selection {
    /// The induced subgraph to draw, and the focus node's id when there is one.
    ///
    /// - Throws: ``RenderError`` for invalid options or a focus that is unknown or hidden.
    /// - Complexity: O(*n* + *e*) plus O(*n* log *n*) for `top`.
    static func apply(to graph: ActorGraph.Graph, options: RenderOptions) throws(RenderError)
        -> (graph: ActorGraph.Graph, focus: String?)
    {
        guard options.depth >= 0 else { throw .invalidOption("depth must be 0 or more, not \(options.depth)") }
        if let top = options.top, top < 1 { throw .invalidOption("top must be 1 or more, not \(top)") }

        var selected = graph.filtered { node in
            (options.includeStatements || node.kind != .statement) && (options.kinds?.contains(node.kind) ?? true)
        }

        var focusID: String?
        if let focus = options.focus {
            guard let id = graph.resolve(focus) else { throw .unknownFocus(focus) }
            guard selected.nodes[id] != nil else { throw .focusHidden(id, reason: hiddenReason(graph.nodes[id], options)) }
            let keep = EgoNetwork.nodes(around: id, within: options.depth, in: selected)
            selected = selected.filtered { keep.contains($0.id) }
            focusID = id
        }

        if let top = options.top, selected.nodeCount > top {
            let keep = topNodes(top, of: selected, scores: options.sizeBy, always: focusID)
            selected = selected.filtered { keep.contains($0.id) }
        }
        if !options.showIsolated && selected.edgeCount > 0 {
            var linked = selected.linkedNodeIDs
            if let focusID { linked.insert(focusID) }
            if linked.count < selected.nodeCount { selected = selected.filtered { linked.contains($0.id) } }
        }
        return (selected, focusID)
    }

    /// The `count` highest-scoring node ids (ties broken by id, so the choice is
    /// stable), plus `always` when given. Without scores, degree is the score.
    private static func topNodes(_ count: Int, of graph: ActorGraph.Graph, scores: [String: Double]?, always: String?)
        -> Set<String>
    {
        let score: (String) -> Double
        if let scores {
            score = { scores[$0] ?? -Double.infinity }
        } else {
            var degree: [String: Double] = [:]
            for edge in graph.edges.values {
                degree[edge.source, default: 0] += 1
                degree[edge.target, default: 0] += 1
            }
            score = { degree[$0] ?? 0 }
        }
        let ranked = graph.nodes.keys.sorted { a, b in
            let (sa, sb) = (score(a), score(b))
            return sa != sb ? sa > sb : a < b
        }
        var keep = Set(ranked.prefix(count))
        if let always { keep.insert(always) }
        return keep
    }

    private static func hiddenReason(_ node: ActorGraph.Node?, _ options: RenderOptions) -> String {
        guard let node else { return "not in the graph" }
        if node.kind == .statement && !options.includeStatements { return "statements are hidden" }
        return "kind \(node.kind.rawValue) is not among the kinds shown"
    }
}
