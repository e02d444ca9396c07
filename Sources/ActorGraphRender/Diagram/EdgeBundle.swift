import ActorGraph
import OrderedCollections

/// The relations drawn as one line: same source, same target, same sign.
///
/// An article often states several relations between the same two actors
/// ("the junta rejects, obstructs and expels France"); drawn one by one, their
/// parallel lines and labels pile on top of each other. A bundle is drawn as
/// one line labelled "rejects, obstructs, expels", as thick as their weights
/// together; the tooltip and the SVG classes keep every relation.
struct EdgeBundle: Sendable {
    /// The relations, in the graph's order.
    let edges: [ActorGraph.Edge]

    /// The shared source node id.
    var source: String { edges[0].source }
    /// The shared target node id.
    var target: String { edges[0].target }
    /// The shared sign.
    var sign: Int { edges[0].sign.signum() }
    /// The weights added up.
    var weight: Double { edges.reduce(0) { $0 + $1.weight } }

    /// The bundles of `edges`, in order of each bundle's first relation.
    static func bundles<Edges: Sequence>(of edges: Edges) -> [EdgeBundle] where Edges.Element == ActorGraph.Edge {
        var groups: OrderedDictionary<Key, [ActorGraph.Edge]> = [:]
        for edge in edges {
            groups[Key(source: edge.source, target: edge.target, sign: edge.sign.signum()), default: []].append(edge)
        }
        return groups.values.map(EdgeBundle.init(edges:))
    }

    /// What bundles relations together.
    private struct Key: Hashable {
        let source: String, target: String, sign: Int
    }
}
