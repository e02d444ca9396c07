/// A good partition of a large signed graph into blocs, minimising
/// frustration heuristically: multi-start local search.
///
/// Each start (the first from singletons, the second from one bloc, the rest
/// from random labels drawn with the seed) alternates two steps until neither
/// helps: *moves*, sweeping the actors in random order and moving each to the
/// bloc (or a new bloc) that most lowers frustration, and *merges*, joining
/// the two blocs whose union lowers it most. The best result over all starts
/// is kept (ties: the earliest start). Like the local-move phase of Louvain
/// with frustration as the objective; compare Doreian and Mrvar, "A
/// partitioning approach to structural balance", Social Networks 18 (1996).
///
/// - Complexity: O(starts · rounds · (m + n)), m the number of ties.
struct LocalSearchPartition {
    var starts = 24
    var seed: UInt64 = 42

    /// A bloc label per actor, given each actor's neighbours with the net
    /// weight `cooperative − hostile` of their ties.
    func solve(neighbors: [[(node: Int, net: Double)]]) -> [Int] {
        let n = neighbors.count
        guard n > 1 else { return Array(repeating: 0, count: n) }
        var generator = SeededGenerator(seed: seed)
        var best: [Int] = Array(0 ..< n)
        var bestScore: Double?
        for start in 0 ..< starts {
            var labels: [Int]
            switch start {
            case 0: labels = Array(0 ..< n)
            case 1: labels = Array(repeating: 0, count: n)
            default:
                let k = Int.random(in: 2 ... min(n, 8), using: &generator)
                labels = (0 ..< n).map { _ in Int.random(in: 0 ..< k, using: &generator) }
            }
            repeat {
                move(&labels, neighbors, using: &generator)
            } while merge(&labels, neighbors)
            let score = Self.cohesion(labels, neighbors)
            if bestScore.map({ score > $0 + 1e-9 * max(1, abs($0)) }) ?? true {
                bestScore = score
                best = labels
            }
        }
        return GraphIndex.renumberedByFirstNode(best)
    }

    /// Σ net weight of the ties inside blocs: frustration is a constant minus this.
    static func cohesion(_ labels: [Int], _ neighbors: [[(node: Int, net: Double)]]) -> Double {
        var sum = 0.0
        for (u, list) in neighbors.enumerated() {
            for (v, net) in list where labels[u] == labels[v] { sum += net }
        }
        return sum / 2
    }

    private func move(_ labels: inout [Int], _ neighbors: [[(node: Int, net: Double)]], using generator: inout SeededGenerator) {
        let n = neighbors.count
        var size = [Int](repeating: 0, count: n)
        for label in labels { size[label] += 1 }
        var affinity = [Double](repeating: 0, count: n)
        var touched = [Int]()
        var order = Array(0 ..< n)
        order.shuffle(using: &generator)
        var moved = true
        var sweeps = 0
        while moved && sweeps < 100 {
            moved = false
            sweeps += 1
            for u in order {
                let own = labels[u]
                touched.removeAll(keepingCapacity: true)
                for (v, net) in neighbors[u] {
                    let b = labels[v]
                    if !touched.contains(b) { touched.append(b) }
                    affinity[b] += net
                }
                let stay = affinity[own]
                var target = own
                var gain = 0.0
                for b in touched where b != own && affinity[b] - stay > gain + 1e-12 {
                    gain = affinity[b] - stay
                    target = b
                }
                // Alone in a new bloc, u keeps no tie: worth it when its own bloc is hostile on balance.
                if -stay > gain + 1e-12 && size[own] > 1, let empty = size.firstIndex(of: 0) {
                    target = empty
                }
                for b in touched { affinity[b] = 0 }
                if target != own {
                    size[own] -= 1
                    size[target] += 1
                    labels[u] = target
                    moved = true
                }
            }
        }
    }

    /// Merges the pair of blocs whose ties are most cooperative on balance, if any is.
    private func merge(_ labels: inout [Int], _ neighbors: [[(node: Int, net: Double)]]) -> Bool {
        var between = [Int: Double]()
        let n = neighbors.count
        for (u, list) in neighbors.enumerated() {
            for (v, net) in list where labels[u] < labels[v] {
                between[labels[u] * n + labels[v], default: 0] += net
            }
        }
        guard let (pair, net) = between.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              net > 1e-12 else { return false }
        let (keep, gone) = (pair / n, pair % n)
        for u in 0 ..< n where labels[u] == gone { labels[u] = keep }
        return true
    }
}
