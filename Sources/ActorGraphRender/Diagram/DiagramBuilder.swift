import ActorGraph
import Graphviz

/// Turns an actor graph into a Graphviz graph in the ActorGraph visual language.
///
/// - Nodes: shape and colours by kind (``KindStyle``), wrapped labels, size by
///   the caller's scores, SVG `id` = node id and `class` = `kind-<kind>`
///   (Graphviz prefixes `node`), a tooltip with the name, kind and aliases.
/// - Edges: colour and line style by sign, width by weight, the relation type
///   as a small label; SVG class `sign-<sign> rel-<type>`. Relations with the
///   same source, target and sign share one line (``EdgeBundle``).
/// - Blocs as clusters titled "Bloc 1 · France, Canada", … (with dot and fdp, the engines that
///   lay clusters out; with the others bloc membership is the SVG class
///   `bloc-<n>` only), a legend, a title.
///
/// The output depends only on the input: node and edge order follow the
/// graph's insertion order, so the same graph and options give the same bytes.
public enum DiagramBuilder {
    /// The Graphviz graph for `graph` under `options`.
    ///
    /// - Throws: ``RenderError`` for invalid options or an unknown or hidden focus.
    public static func diagram(for graph: ActorGraph.Graph, options: RenderOptions) throws(RenderError) -> Graphviz.Graph {
        try plan(for: graph, options: options).graph
    }

    /// The Graphviz graph and the engine to lay it out with (large graphs switch from `dot` to `sfdp`).
    ///
    /// - Throws: ``RenderError`` for invalid options or an unknown or hidden focus.
    /// - Complexity: O(*n* + *e*) after selection.
    public static func plan(for graph: ActorGraph.Graph, options: RenderOptions) throws(RenderError) -> Diagram {
        let (selected, focus) = try Selection.apply(to: graph, options: options)
        let policy = LayoutPolicy(
            requested: options.layout, nodeCount: selected.nodeCount, threshold: options.largeGraphThreshold)
        let sizing = NodeSizing(scores: options.sizeBy, ids: selected.nodes.keys)

        var diagram = Graphviz.Graph(name: "actorgraph", directed: true)
        diagram.attributes = baseAttributes(title: options.title).merging(
            policy.graphAttributes(nodeCount: selected.nodeCount, edgeCount: selected.edgeCount))
        diagram.nodeDefaults = [
            "fontname": .text(Typography.font), "fontsize": .number(Typography.nodeSize),
            "fontcolor": .text(Typography.ink), "style": "filled", "penwidth": 1.2, "margin": "0.14,0.07",
        ]
        diagram.edgeDefaults = [
            "fontname": .text(Typography.font), "fontsize": .number(Typography.edgeSize), "arrowsize": 0.7,
        ]

        // A node in several blocs belongs to the first that lists it.
        var blocOf: [String: Int] = [:]
        for (index, bloc) in (options.clusters ?? []).enumerated() {
            for id in bloc where selected.nodes[id] != nil && blocOf[id] == nil { blocOf[id] = index + 1 }
        }
        let style = { (node: ActorGraph.Node) in
            styledNode(node, sizing: sizing, isFocus: node.id == focus, bloc: blocOf[node.id])
        }
        if policy.drawsClusters {
            // Clusters first, so that each member is declared inside its cluster.
            for (index, bloc) in (options.clusters ?? []).enumerated() {
                let members = bloc.compactMap { id in blocOf[id] == index + 1 ? selected.nodes[id] : nil }
                guard !members.isEmpty else { continue }
                // Countries and organizations name a side better than the people who speak for it.
                let ranked = byCentrality(members.filter { $0.kind != .statement }, in: selected, scores: options.sizeBy)
                let leaders = ranked.filter { $0.kind == .country || $0.kind == .organization }
                    + ranked.filter { $0.kind != .country && $0.kind != .organization }
                var cluster = blocCluster(number: index + 1, leaders: leaders.map(\.name))
                var seen = Set<String>()
                for member in members where seen.insert(member.id).inserted { cluster.nodes.append(style(member)) }
                diagram.subgraphs.append(cluster)
            }
        }
        for node in selected.nodes.values where !(policy.drawsClusters && blocOf[node.id] != nil) {
            diagram.nodes.append(style(node))
        }
        for bundle in EdgeBundle.bundles(of: selected.edges.values) {
            diagram.edges.append(styledEdge(bundle, in: selected, labelled: !policy.isLarge))
        }

        if options.legend && selected.nodeCount > 0 {
            let kinds = NodeKind.displayOrder.filter { kind in selected.nodes.values.contains { $0.kind == kind } }
            let signs = [1, -1, 0].filter { sign in selected.edges.values.contains { $0.sign.signum() == sign } }
            diagram.nodes.append(Legend.node(id: Legend.freeID(avoiding: selected.nodes.keys), kinds: kinds, signs: signs))
        }
        return Diagram(graph: diagram, engine: policy.engine)
    }

    private static func baseAttributes(title: String?) -> Graphviz.Attributes {
        var attributes: Graphviz.Attributes = [
            "fontname": .text(Typography.font), "bgcolor": "white", "pad": 0.3, "charset": "UTF-8",
        ]
        if let title, !title.isEmpty {
            attributes["label"] = .text(title)
            attributes["labelloc"] = "t"
            attributes["fontsize"] = .number(Typography.titleSize)
            attributes["fontcolor"] = .text(Typography.ink)
        }
        return attributes
    }
}

extension NodeKind {
    /// Kinds in the order the legend lists them: actors first, then missions and statements.
    static let displayOrder: [NodeKind] = [.country, .organization, .person, .mission, .statement]
}
