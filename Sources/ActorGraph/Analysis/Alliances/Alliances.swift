/// How `Alliances.compute` partitions the actors.
public enum AllianceMethod: String, CaseIterable, Codable, Sendable {
    /// Structural balance: blocs with the least frustration (signed ties).
    case balance
    /// Louvain communities of the cooperative ties (signs otherwise ignored).
    case louvain
}

/// Blocs of actors from the signed graph of cooperation and hostility
/// (`actorgraph alliances`; DESIGN.md, "Analysis").
public enum Alliances {
    /// Partitions the actors of a graph into blocs and reports the frustration.
    ///
    /// The signed actor graph is described in `SignedActorGraph`. With
    /// `.balance`, each connected part of it is solved on its own: exactly
    /// (branch and bound, `ExactPartition`) when it has at most `exactLimit`
    /// actors, else by seeded multi-start local search
    /// (`LocalSearchPartition`), which also gives the exact search its first
    /// bound. With `.louvain`, the blocs are the Louvain communities of the
    /// cooperative ties.
    ///
    /// - Parameters:
    ///   - graph: the relation graph.
    ///   - method: balance (default) or Louvain.
    ///   - exactLimit: the largest part solved exactly.
    ///   - seed: fixes the heuristics' random choices.
    /// - Returns: blocs, frustration, balance ratio, and the violating ties with their evidence.
    /// - Complexity: linear in the ties for the heuristics; exponential in the
    ///   worst case (bounded by a search budget) for the exact parts.
    public static func compute(_ graph: Graph, method: AllianceMethod = .balance, exactLimit: Int = 24, seed: UInt64 = 42) -> AllianceReport {
        let signed = SignedActorGraph(graph)
        let (labels, exact) = method == .balance
            ? balancePartition(signed, exactLimit: exactLimit, seed: seed)
            : (louvainPartition(signed, seed: seed), false)
        return report(signed, labels: labels, graph: graph, method: method, exact: exact)
    }

    /// Least-frustration labels, part by part, and whether every part was solved exactly.
    static func balancePartition(_ signed: SignedActorGraph, exactLimit: Int, seed: UInt64) -> ([Int], Bool) {
        let n = signed.actors.count
        var neighbors = [[(node: Int, net: Double)]](repeating: [], count: n)
        var net = [Int: Double]()
        for tie in signed.ties { net[tie.a * n + tie.b, default: 0] += Double(tie.sign) * tie.weight }
        for (key, value) in net.sorted(by: { $0.key < $1.key }) {
            neighbors[key / n].append((key % n, value))
            neighbors[key % n].append((key / n, value))
        }
        let parts = GraphIndex.renumberedByFirstNode(partLabels(neighbors))
        let (together, apart) = signed.costMatrices()
        var labels = [Int](repeating: 0, count: n)
        var nextLabel = 0
        var allExact = true
        for part in 0 ..< ((parts.max() ?? -1) + 1) {
            let members = (0 ..< n).filter { parts[$0] == part }
            var local = [Int: Int]()
            for (i, v) in members.enumerated() { local[v] = i }
            let localNeighbors = members.map { v in neighbors[v].compactMap { w in local[w.node].map { ($0, w.net) } } }
            var partLabels = LocalSearchPartition(seed: seed).solve(neighbors: localNeighbors)
            if members.count <= exactLimit {
                let k = members.count
                var t = [Double](repeating: 0, count: k * k), a = t
                for (i, u) in members.enumerated() {
                    for (j, v) in members.enumerated() {
                        t[i * k + j] = together[u * n + v]
                        a[i * k + j] = apart[u * n + v]
                    }
                }
                let startCost = frustration(partLabels, together: t, apart: a, count: k)
                let solved = ExactPartition().solve(together: t, apart: a, count: k, start: partLabels, startCost: startCost)
                partLabels = solved.labels
                allExact = allExact && solved.isProven
            } else {
                allExact = false
            }
            let renumbered = GraphIndex.renumberedByFirstNode(partLabels)
            for (i, v) in members.enumerated() { labels[v] = nextLabel + renumbered[i] }
            nextLabel += (renumbered.max() ?? -1) + 1
        }
        return (labels, allExact)
    }

    /// Louvain communities of the graph of cooperative ties.
    static func louvainPartition(_ signed: SignedActorGraph, seed: UInt64) -> [Int] {
        let n = signed.actors.count
        var links = [GraphIndex.Link]()
        for tie in signed.ties where tie.sign > 0 { links.append(.init(source: tie.a, target: tie.b, weight: tie.weight)) }
        let index = GraphIndex(nodeCount: n, checkedLinks: links, directed: false, ids: signed.actors)
        return index.louvain(weighted: true, seed: seed).labels
    }

    /// Connected parts of the tie graph (ties of either sign), a label per actor.
    private static func partLabels(_ neighbors: [[(node: Int, net: Double)]]) -> [Int] {
        var label = [Int](repeating: -1, count: neighbors.count)
        var next = 0
        for start in neighbors.indices where label[start] < 0 {
            var stack = [start]
            label[start] = next
            while let v = stack.popLast() {
                for (w, _) in neighbors[v] where label[w] < 0 {
                    label[w] = next
                    stack.append(w)
                }
            }
            next += 1
        }
        return label
    }

    /// Hostile weight inside blocs plus cooperative weight between them.
    static func frustration(_ labels: [Int], together: [Double], apart: [Double], count n: Int) -> Double {
        var cost = 0.0
        for i in 0 ..< n {
            for j in (i + 1) ..< n {
                cost += labels[i] == labels[j] ? together[i * n + j] : apart[i * n + j]
            }
        }
        return cost
    }

    /// The report of a partition: canonical blocs, frustration, violations, missions.
    static func report(_ signed: SignedActorGraph, labels: [Int], graph: Graph, method: AllianceMethod, exact: Bool) -> AllianceReport {
        var groups = [Int: [String]]()
        for (i, id) in signed.actors.enumerated() { groups[labels[i], default: []].append(id) }
        let ordered = groups.values.map { $0.sorted() }.sorted { a, b in
            a.count != b.count ? a.count > b.count : a[0] < b[0]
        }
        var blocOf = [String: Int]()
        for (i, members) in ordered.enumerated() { for id in members { blocOf[id] = i } }
        var missions = [[String]](repeating: [], count: ordered.count)
        for (mission, bloc) in missionBlocs(graph, blocOf: blocOf) { missions[bloc].append(mission) }
        let blocs = ordered.enumerated().map { i, members in
            AllianceReport.Bloc(id: i + 1, members: members, missions: missions[i].sorted())
        }
        let violations = signed.violations(labels)
            .map { tie in
                AllianceReport.Violation(source: signed.actors[tie.a], target: signed.actors[tie.b], sign: tie.sign,
                                         weight: tie.weight, evidence: tie.evidence)
            }
            .sorted { ($0.weight, $1.source, $1.target) > ($1.weight, $0.source, $0.target) }
        let frustration = violations.reduce(0) { $0 + $1.weight }
        let total = signed.totalWeight
        return AllianceReport(method: method.rawValue, blocs: blocs, frustration: frustration,
                              balance: total > 0 ? 1 - frustration / total : 1, violations: violations, exact: exact)
    }

    /// Each mission with cooperative relations to actors in blocs goes to the
    /// bloc with the most cooperative weight (ties: the lower bloc).
    private static func missionBlocs(_ graph: Graph, blocOf: [String: Int]) -> [String: Int] {
        var weight = [String: [Int: Double]]()
        for edge in graph.edges.values where edge.sign > 0 {
            for (mission, actor) in [(edge.source, edge.target), (edge.target, edge.source)] {
                guard graph.nodes[mission]?.kind == .mission, let bloc = blocOf[actor] else { continue }
                weight[mission, default: [:]][bloc, default: 0] += edge.weight
            }
        }
        return weight.compactMapValues { byBloc in
            byBloc.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        }
    }
}
