/// Maps caller-given scores (a centrality) to node sizes.
///
/// Scores are scaled linearly between the smallest and largest score among
/// the nodes drawn, so the picture uses the whole size range whatever the
/// measure's units. Nodes without a score get the smallest size.
struct NodeSizing: Sendable {
    private let low: Double
    private let high: Double
    private let scores: [String: Double]

    /// Font size bounds in points: readable at the low end, not shouting at the high end.
    static let fontSizes = (min: 10.0, max: 20.0)
    /// Minimum node width bounds in inches (labels can make nodes wider).
    static let widths = (min: 0.9, max: 2.2)

    /// Sizing for `ids` from `scores`; nil scores size every node alike.
    init(scores: [String: Double]?, ids: some Sequence<String>) {
        self.scores = scores ?? [:]
        let present = ids.compactMap { scores?[$0] }.filter(\.isFinite)
        low = present.min() ?? 0
        high = present.max() ?? 0
    }

    /// The node's position in the score range, 0 … 1; 0 without a score, 0.5 when all scores are equal.
    func fraction(of id: String) -> Double {
        guard let score = scores[id], score.isFinite else { return 0 }
        guard high > low else { return 0.5 }
        return (score - low) / (high - low)
    }

    /// Whether any size differs from the default.
    var isActive: Bool { !scores.isEmpty }

    /// The font size for a node.
    func fontSize(of id: String) -> Double {
        Self.fontSizes.min + (Self.fontSizes.max - Self.fontSizes.min) * fraction(of: id)
    }

    /// The minimum width for a node.
    func width(of id: String) -> Double {
        Self.widths.min + (Self.widths.max - Self.widths.min) * fraction(of: id)
    }
}
