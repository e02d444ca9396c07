import ActorGraph

/// The project's visual language (DESIGN.md, "Rendering") in DOT attribute
/// values, so the exported file renders like `actorgraph render` without it.
enum DOTStyle {
    /// The node shape of a kind.
    static func shape(of kind: NodeKind) -> StaticString {
        switch kind {
        case .country: return "box"
        case .person: return "ellipse"
        case .organization: return "octagon"
        case .mission: return "hexagon"
        case .statement: return "note"
        }
    }

    /// The fill colour of a kind.
    static func fill(of kind: NodeKind) -> StaticString {
        switch kind {
        case .country: return "#d9ead3"
        case .person: return "#cfe2f3"
        case .organization: return "#fce5cd"
        case .mission: return "#ead1dc"
        case .statement: return "#f3f3f3"
        }
    }

    /// The colour and style of an edge sign: cooperative green, hostile red and dashed, neutral grey.
    static func edge(sign: Int) -> StaticString {
        if sign > 0 { return "color=\"#2ca02c\"" }
        if sign < 0 { return "color=\"#d62728\", style=dashed" }
        return "color=\"#969696\""
    }
}
