import ActorGraph
import Graphviz

/// The legend: the node kinds drawn (shape and colours) and the edge signs
/// (colour and line style), as one HTML-table node. A node rather than a
/// cluster works with every engine, and keeps its rows in a fixed order.
enum Legend {
    /// The legend node for the kinds and signs present in the diagram.
    static func node(id: String, kinds: [NodeKind], signs: [Int]) -> Graphviz.Node {
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"]
        for kind in kinds {
            let style = KindStyle.of(kind)
            rows.append(
                "<TR><TD BORDER=\"1\" COLOR=\"\(style.stroke)\" BGCOLOR=\"\(style.fill)\" WIDTH=\"30\" HEIGHT=\"14\"></TD>"
                    + "<TD ALIGN=\"LEFT\">\(XMLText.escape(style.title)) (\(style.shape))</TD></TR>")
        }
        for sign in signs {
            let style = SignStyle.of(sign: sign)
            // Box-drawing glyphs in DejaVu Sans: a heavy line, or a dashed one for hostile.
            let line = style.style == "dashed" ? "╍╍╍╍" : "━━━━"
            rows.append(
                "<TR><TD><FONT COLOR=\"\(style.color)\">\(line)</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">\(style.name)\(style.style == "dashed" ? " (dashed)" : "")</TD></TR>")
        }
        let table = "<TABLE BORDER=\"1\" STYLE=\"rounded\" COLOR=\"#BBBBBB\" BGCOLOR=\"#FFFFFF\" "
            + "CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>"
        return Graphviz.Node(id, attributes: [
            "label": .html(table),
            "shape": "none",
            "margin": 0,
            "style": "",
            "fontsize": 10,
            "id": .text(id),
            "class": "legend",
            "tooltip": "Legend",
        ])
    }

    /// A node id for the legend that no graph node uses.
    static func freeID(avoiding ids: some Sequence<String>) -> String {
        let taken = Set(ids)
        var id = "actorgraph:legend"
        var suffix = 2
        while taken.contains(id) {
            id = "actorgraph:legend-\(suffix)"
            suffix += 1
        }
        return id
    }

}
