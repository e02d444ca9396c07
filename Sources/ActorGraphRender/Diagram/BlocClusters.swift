import ActorGraph
import Graphviz

/// The cluster a bloc is drawn as: a light rounded box titled "Bloc n" and
/// the names of its leading members, so that a reader knows which side is
/// which without reading every box ("Bloc 1 · France, Canada").
extension DiagramBuilder {
    /// How many member names a bloc's title carries.
    static let blocTitleNames = 2

    /// The empty cluster for bloc `number` (1-based) whose members, most
    /// central first, are `leaders`; the caller adds the members.
    static func blocCluster(number: Int, leaders: [String]) -> Subgraph {
        let names = leaders.prefix(blocTitleNames).joined(separator: ", ")
        let title = names.isEmpty ? "Bloc \(number)" : "Bloc \(number) · \(names)"
        return Subgraph.cluster("bloc\(number)", label: .text(title), attributes: [
            "style": "rounded,filled", "fillcolor": "#F6F6F4", "color": "#B8B8B0", "penwidth": 1,
            "fontname": .text(Typography.font), "fontsize": .number(Typography.clusterSize),
            "fontcolor": "#555555", "labeljust": "l", "class": "bloc", "id": .text("bloc\(number)"),
        ])
    }

    /// `members` from the most to the least central: by `scores` when given,
    /// else by their number of relations in `graph`; ties by name, then id.
    static func byCentrality(_ members: [ActorGraph.Node], in graph: ActorGraph.Graph, scores: [String: Double]?)
        -> [ActorGraph.Node]
    {
        var degree: [String: Double] = [:]
        if scores == nil {
            let ids = Set(members.map(\.id))
            for edge in graph.edges.values {
                if ids.contains(edge.source) { degree[edge.source, default: 0] += 1 }
                if ids.contains(edge.target) { degree[edge.target, default: 0] += 1 }
            }
        }
        let score = { (id: String) in scores?[id] ?? degree[id] ?? 0 }
        return members.sorted { a, b in
            let (sa, sb) = (score(a.id), score(b.id))
            if sa != sb { return sa > sb }
            return a.name != b.name ? a.name < b.name : a.id < b.id
        }
    }
}
