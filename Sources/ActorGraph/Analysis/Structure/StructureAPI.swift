/// Connected components of a relation graph, as lists of node ids.
///
/// Components are sorted largest first (ties: by their first node in graph
/// order); members keep the graph's node order.
public enum Components {
    /// The connected components of the undirected view (`nx.connected_components`).
    /// - Complexity: O(n + m).
    public static func connected(_ graph: Graph) -> [[String]] {
        let index = GraphIndex(graph)
        return index.groups(index.componentLabels())
    }

    /// The weakly connected components of the directed view (`nx.weakly_connected_components`).
    /// - Complexity: O(n + m).
    public static func weaklyConnected(_ graph: Graph) -> [[String]] {
        let index = GraphIndex(graph, directed: true)
        return index.groups(index.componentLabels())
    }

    /// The strongly connected components of the directed view (`nx.strongly_connected_components`).
    /// - Complexity: O(n + m).
    public static func stronglyConnected(_ graph: Graph) -> [[String]] {
        let index = GraphIndex(graph, directed: true)
        return index.groups(index.stronglyConnectedLabels())
    }
}

/// The core number of every node (`nx.core_number`): the largest k such that
/// the node is in the k-core. See `GraphIndex.coreNumbers()`.
///
/// - Parameter directed: count in- plus out-degree in the directed view.
/// - Complexity: O(n + m).
public func coreNumbers(of graph: Graph, directed: Bool = false) -> [String: Int] {
    let index = GraphIndex(graph, directed: directed)
    return Dictionary(uniqueKeysWithValues: zip(index.ids, index.coreNumbers()))
}

extension GraphIndex {
    /// The node ids grouped by label, largest group first, ties by first member.
    func groups(_ labels: [Int]) -> [[String]] {
        var byLabel = [Int: [String]]()
        var first = [Int: Int]()
        for (v, label) in labels.enumerated() {
            byLabel[label, default: []].append(ids[v])
            if first[label] == nil { first[label] = v }
        }
        return byLabel.keys
            .sorted { a, b in
                let ca = byLabel[a]?.count ?? 0, cb = byLabel[b]?.count ?? 0
                return ca != cb ? ca > cb : (first[a] ?? 0) < (first[b] ?? 0)
            }
            .compactMap { byLabel[$0] }
    }
}
