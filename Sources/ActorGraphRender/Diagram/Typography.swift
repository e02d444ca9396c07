/// Fonts and sizes shared by every part of a diagram.
enum Typography {
    /// Set explicitly on graph, nodes and edges: SVG text is measured with the
    /// font that resolves here, and without it PNG text can come out as boxes.
    /// Installed by `fonts-dejavu-core`.
    static let font = "DejaVu Sans"
    /// Node labels without sizing.
    static let nodeSize = 11.0
    /// Relation labels on edges: small, they are secondary.
    static let edgeSize = 8.0
    /// Bloc titles.
    static let clusterSize = 12.0
    /// The diagram title.
    static let titleSize = 18.0
    /// Text colour for labels and titles: softer than pure black.
    static let ink = "#222222"
}
