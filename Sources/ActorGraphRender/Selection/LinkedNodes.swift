import ActorGraph

extension ActorGraph.Graph {
    /// The ids of the nodes that are the source or target of at least one relation.
    var linkedNodeIDs: Set<String> {
        var linked = Set<String>()
        for edge in edges.values {
            linked.insert(edge.source)
            linked.insert(edge.target)
        }
        return linked
    }
}
