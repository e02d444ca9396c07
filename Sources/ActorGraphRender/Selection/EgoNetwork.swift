import ActorGraph

/// The ego network of a node: every node within a number of hops, following
/// edges in either direction (who acts on the focus matters as much as whom it acts on).
enum EgoNetwork {
    /// The ids of the nodes at most `depth` edges away from `center`, `center` included.
    ///
    /// - Complexity: O(*n* + *e*): breadth-first search over an adjacency list.
    static func nodes(around center: String, within depth: Int, in graph: ActorGraph.Graph) -> Set<String> {
        var neighbours: [String: [String]] = [:]
        for edge in graph.edges.values {
            neighbours[edge.source, default: []].append(edge.target)
            neighbours[edge.target, default: []].append(edge.source)
        }
        var reached: Set<String> = [center]
        var frontier = [center]
        var hops = 0
        while hops < depth, !frontier.isEmpty {
            var next: [String] = []
            for id in frontier {
                for neighbour in neighbours[id, default: []] where reached.insert(neighbour).inserted {
                    next.append(neighbour)
                }
            }
            frontier = next
            hops += 1
        }
        return reached
    }
}
