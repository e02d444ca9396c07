import ActorGraph
import Graphviz

/// How one model node is drawn: shape and colours by kind, a wrapped label,
/// its size from the caller's scores, SVG id and classes, a tooltip.
extension DiagramBuilder {
    /// The Graphviz node for a model node; `bloc` is its bloc number, if any.
    static func styledNode(_ node: ActorGraph.Node, sizing: NodeSizing, isFocus: Bool, bloc: Int?)
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

    /// Name and kind, a statement's full text, and the aliases: shown on hover in SVG viewers.
    static func tooltip(for node: ActorGraph.Node) -> String {
        var lines = ["\(node.name) (\(node.kind.rawValue))"]
        if node.kind == .statement, let text = node.attributes["text"] { lines.append(text) }
        if !node.aliases.isEmpty { lines.append("also: " + node.aliases.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
