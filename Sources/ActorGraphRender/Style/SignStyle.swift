import Foundation

/// How an edge's sign looks: cooperative green and solid, hostile red and
/// dashed, neutral grey. Style as well as colour, so the difference survives
/// colour-blind readers and black-and-white printing.
struct SignStyle: Sendable {
    /// The line colour.
    let color: String
    /// The label colour: the line's hue, darker, for contrast on white.
    let fontColor: String
    /// The Graphviz line style.
    let style: String
    /// The name used in the legend and in SVG classes.
    let name: String

    /// The style of a sign (−1, 0, +1; other values count by their sign).
    static func of(sign: Int) -> SignStyle {
        if sign > 0 { return SignStyle(color: "#2E9E44", fontColor: "#1F6E30", style: "solid", name: "cooperative") }
        if sign < 0 { return SignStyle(color: "#D62728", fontColor: "#9E1B1C", style: "dashed", name: "hostile") }
        return SignStyle(color: "#9A9A9A", fontColor: "#6B6B6B", style: "solid", name: "neutral")
    }

    /// Pen width for an edge weight: 1.2 for one mention, growing with the
    /// logarithm of the weight (ten mentions should not be ten times as thick), at most 5.
    static func penWidth(weight: Double) -> Double {
        guard weight.isFinite, weight > 1 else { return 1.2 }
        return min(5, 1.2 + 1.1 * log2(weight))
    }
}
