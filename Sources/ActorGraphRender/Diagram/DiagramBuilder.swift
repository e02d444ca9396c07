import ActorGraph
import Graphviz

/// Turns an actor graph into a Graphviz graph in the ActorGraph visual language.
///
/// - Nodes: shape and colours by kind (``KindStyle``), wrapped labels, size by
///   the caller's scores, SVG `id` = node id and `class` = `kind-<kind>`
///   (Graphviz prefixes `node`), a tooltip with the name, kind and aliases.
/// - Edges: colour and line style by sign, width by weight, the relation type
///   as a small label; SVG class `sign-<sign> rel-<type>`.
/// - Blocs as clusters titled "Bloc 1", … (with dot and fdp, the engines that
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
            policy.graphAttributes(nodeCount: selected.nodeCount))
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
                var cluster = blocCluster(number: index + 1)
                var seen = Set<String>()
                for member in members where seen.insert(member.id).inserted { cluster.nodes.append(style(member)) }
                diagram.subgraphs.append(cluster)
            }
        }
        for node in selected.nodes.values where !(policy.drawsClusters && blocOf[node.id] != nil) {
            diagram.nodes.append(style(node))
        }
        for edge in selected.edges.values {
            diagram.edges.append(styledEdge(edge, in: selected, labelled: !policy.isLarge))
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

    private static func blocCluster(number: Int) -> Subgraph {
        Subgraph.cluster("bloc\(number)", label: .text("Bloc \(number)"), attributes: [
            "style": "rounded,filled", "fillcolor": "#F6F6F4", "color": "#B8B8B0", "penwidth": 1,
            "fontname": .text(Typography.font), "fontsize": .number(Typography.clusterSize),
            "fontcolor": "#555555", "labeljust": "l", "class": "bloc", "id": .text("bloc\(number)"),
        ])
    }

    private static func styledNode(_ node: ActorGraph.Node, sizing: NodeSizing, isFocus: Bool, bloc: Int?)
        -> Graphviz.Node
    {
        let style = KindStyle.of(node.kind)
        var attributes: Graphviz.Attributes = [
            "label": .text(LabelText.label(for: node)),
            "shape": .text(style.shape),
            "fillcolor": .text(style.fill),
            "color": .text(style.stroke),
            "id": .text(node.id),
            "class": .text(
                "kind-\(node.kind.rawValue)" + (bloc.map { " bloc-\($0)" } ?? "") + (isFocus ? " focus" : "")),
            "tooltip": .text(tooltip(for: node)),
        ]
        if node.kind == .statement {
            attributes["fontsize"] = .number(Typography.nodeSize - 1)
        }
        if sizing.isActive {
            attributes["fontsize"] = .number(sizing.fontSize(of: node.id) - (node.kind == .statement ? 1 : 0))
            attributes["width"] = .number(sizing.width(of: node.id))
        }
        if isFocus { attributes["penwidth"] = 3 }
        return Graphviz.Node(node.id, attributes: attributes)
    }

    private static func styledEdge(_ edge: ActorGraph.Edge, in graph: ActorGraph.Graph, labelled: Bool) -> Graphviz.Edge {
        let style = SignStyle.of(sign: edge.sign)
        var attributes: Graphviz.Attributes = [
            "color": .text(style.color),
            "style": .text(style.style),
            "penwidth": .number(SignStyle.penWidth(weight: edge.weight)),
            "id": .text("\(edge.source)->\(edge.target):\(edge.type.rawValue)"),
            "class": .text("sign-\(style.name) rel-\(edge.type.rawValue)"),
            "tooltip": .text(tooltip(for: edge, in: graph)),
        ]
        if labelled {
            attributes["label"] = .text(LabelText.relation(edge.type))
            attributes["fontcolor"] = .text(style.fontColor)
        }
        return Graphviz.Edge(edge.source, edge.target, attributes: attributes)
    }

    private static func tooltip(for node: ActorGraph.Node) -> String {
        var lines = ["\(node.name) (\(node.kind.rawValue))"]
        if node.kind == .statement, let text = node.attributes["text"] { lines.append(text) }
        if !node.aliases.isEmpty { lines.append("also: " + node.aliases.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    private static func tooltip(for edge: ActorGraph.Edge, in graph: ActorGraph.Graph) -> String {
        let source = graph.nodes[edge.source]?.name ?? edge.source
        let target = graph.nodes[edge.target]?.name ?? edge.target
        let weight = edge.weight == 1 ? "" : " (weight \(Graphviz.AttributeValue.number(edge.weight)))"
        return "\(source) \(LabelText.relation(edge.type)) \(target)\(weight)"
    }
}

extension NodeKind {
    /// Kinds in the order the legend lists them: actors first, then missions and statements.
    static let displayOrder: [NodeKind] = [.country, .organization, .person, .mission, .statement]
}
