import ActorGraph

/// How a node kind looks: the shape and colours of the visual language
/// (DESIGN.md, "Rendering"). Fills are light so black text stays readable;
/// borders are the same hue, darker, so kinds stay apart in grey-scale prints.
struct KindStyle: Sendable {
    /// The Graphviz shape.
    let shape: String
    /// The fill colour.
    let fill: String
    /// The border colour.
    let stroke: String
    /// The name shown in the legend.
    let title: String

    /// The style of a kind.
    static func of(_ kind: NodeKind) -> KindStyle {
        switch kind {
        case .country: return KindStyle(shape: "box", fill: "#DCEAF7", stroke: "#2F6DB5", title: "Country")
        case .person: return KindStyle(shape: "ellipse", fill: "#FDE7CF", stroke: "#C2661B", title: "Person")
        case .organization: return KindStyle(shape: "octagon", fill: "#E8E0F4", stroke: "#6B4FA0", title: "Organization")
        case .mission: return KindStyle(shape: "hexagon", fill: "#FFF3BF", stroke: "#A88600", title: "Mission")
        case .statement: return KindStyle(shape: "note", fill: "#F3F3F1", stroke: "#8C8C88", title: "Statement")
        }
    }
}
