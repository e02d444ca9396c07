import ActorGraph
import Graphviz

/// How relations are drawn: colour and line style by sign, width by weight,
/// the relation as a small label, SVG id and classes, a tooltip. Parallel
/// relations of one sign share a line (``EdgeBundle``).
extension DiagramBuilder {
    /// The Graphviz edge for a bundle of relations; `labelled` is false for large graphs.
    ///
    /// The SVG id is `source->target:type` for one relation, with the types
    /// joined by `+` for several; the classes are `sign-<sign>` and one
    /// `rel-<type>` per relation.
    static func styledEdge(_ bundle: EdgeBundle, in graph: ActorGraph.Graph, labelled: Bool) -> Graphviz.Edge {
        let style = SignStyle.of(sign: bundle.sign)
        let types = bundle.edges.map(\.type.rawValue)
        var attributes: Graphviz.Attributes = [
            "color": .text(style.color),
            "style": .text(style.style),
            "penwidth": .number(SignStyle.penWidth(weight: bundle.weight)),
            "id": .text("\(bundle.source)->\(bundle.target):\(types.joined(separator: "+"))"),
            "class": .text((["sign-\(style.name)"] + types.map { "rel-\($0)" }).joined(separator: " ")),
            "tooltip": .text(bundle.edges.map { tooltip(for: $0, in: graph) }.joined(separator: "\n")),
        ]
        if labelled {
            let names = bundle.edges.map { LabelText.relation($0.type) }
            attributes["label"] = .text(LabelText.wrap(names.joined(separator: ", "), width: LabelText.relationWidth))
            attributes["fontcolor"] = .text(style.fontColor)
        }
        return Graphviz.Edge(bundle.source, bundle.target, attributes: attributes)
    }

    /// "France withdraws from Mali (weight 4)": shown on hover in SVG viewers.
    static func tooltip(for edge: ActorGraph.Edge, in graph: ActorGraph.Graph) -> String {
        let source = graph.nodes[edge.source]?.name ?? edge.source
        let target = graph.nodes[edge.target]?.name ?? edge.target
        let weight = edge.weight == 1 ? "" : " (weight \(Graphviz.AttributeValue.number(edge.weight)))"
        return "\(source) \(LabelText.relation(edge.type)) \(target)\(weight)"
    }
}
