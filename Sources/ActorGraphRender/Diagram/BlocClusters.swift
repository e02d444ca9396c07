import Graphviz

/// The cluster a bloc is drawn as: a light rounded box titled "Bloc n".
extension DiagramBuilder {
    /// The empty cluster for bloc `number` (1-based); the caller adds the members.
    static func blocCluster(number: Int) -> Subgraph {
        Subgraph.cluster("bloc\(number)", label: .text("Bloc \(number)"), attributes: [
            "style": "rounded,filled", "fillcolor": "#F6F6F4", "color": "#B8B8B0", "penwidth": 1,
            "fontname": .text(Typography.font), "fontsize": .number(Typography.clusterSize),
            "fontcolor": "#555555", "labeljust": "l", "class": "bloc", "id": .text("bloc\(number)"),
        ])
    }
}
