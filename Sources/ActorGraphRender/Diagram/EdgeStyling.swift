import ActorGraph
import Graphviz

/// How one model edge is drawn: colour and line style by sign, width by
/// weight, the relation as a small label, SVG id and classes, a tooltip.
extension DiagramBuilder {
    /// The Graphviz edge for a model edge; `labelled` is false for large graphs.
    static func styledEdge(_ edge: ActorGraph.Edge, in graph: ActorGraph.Graph, labelled: Bool) -> Graphviz.Edge {
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

    /// "France withdraws from Mali (weight 4)": shown on hover in SVG viewers.
    static func tooltip(for edge: ActorGraph.Edge, in graph: ActorGraph.Graph) -> String {
        let source = graph.nodes[edge.source]?.name ?? edge.source
        let target = graph.nodes[edge.target]?.name ?? edge.target
        let weight = edge.weight == 1 ? "" : " (weight \(Graphviz.AttributeValue.number(edge.weight)))"
        return "\(source) \(LabelText.relation(edge.type)) \(target)\(weight)"
    }
}
