/// The partition of a small signed graph into any number of blocs with the
/// least frustration (correlation clustering, Bansal, Blum and Chawla,
/// Machine Learning 56, 2004): hostile weight inside blocs plus cooperative
/// weight between them.
///
/// Branch and bound over set partitions: actors are placed one at a time
/// (most strongly tied to those already placed first) into an existing bloc
/// or a new one, so every partition is met exactly once. A branch is cut when
/// its cost so far, plus for every actor still to place the least it must
/// pay against the placed ones, reaches the best partition known. The first
/// bound comes from the local search, so the search mostly proves optimality.
///
/// - Complexity: exponential in the worst case (the problem is NP-hard);
///   `budget` caps the branches explored, after which the best partition
///   found is returned and `isProven` is false. Graphs of up to ~25 actors
///   tied like news graphs finish in milliseconds.
struct ExactPartition {
    /// The most search nodes to visit before giving up the proof.
    var budget = 4_000_000

    /// The best partition (a bloc label per actor), its cost and whether it is proven optimal.
    func solve(together: [Double], apart: [Double], count n: Int, start: [Int], startCost: Double)
        -> (labels: [Int], cost: Double, isProven: Bool)
    {
        guard n > 1 else { return (Array(repeating: 0, count: n), 0, true) }
        var search = Search(together: together, apart: apart, n: n, budget: budget)
        // Just above the start so that the search finds (and returns) its own first optimum.
        search.best = startCost + 1e-9 * max(1, startCost)
        search.bestLabels = nil
        search.run(depth: 0, cost: 0)
        guard let found = search.bestLabels else { return (start, startCost, !search.aborted) }
        var labels = [Int](repeating: 0, count: n)
        for (position, node) in search.order.enumerated() { labels[node] = found[position] }
        return (labels, search.best, !search.aborted)
    }
}

private struct Search {
    let n: Int
    let budget: Int
    /// Actors in placement order, and each pair's costs in that order.
    let order: [Int]
    let together: [Double]
    let apart: [Double]
    var best = Double.infinity
    var bestLabels: [Int]?
    var aborted = false
    private var visited = 0
    private var labels: [Int]
    private var blocCount = 0
    /// For an actor still to place: hostile and cooperative weight to each bloc, cooperative weight to all placed actors.
    private var hostileTo: [Double]
    private var friendlyTo: [Double]
    private var friendlyPlaced: [Double]

    init(together: [Double], apart: [Double], n: Int, budget: Int) {
        self.n = n
        self.budget = budget
        // Maximum-adjacency order: strongest total first, then most tied to the placed ones.
        var order = [Int]()
        var placed = [Bool](repeating: false, count: n)
        var tie = [Double](repeating: 0, count: n)
        var total = [Double](repeating: 0, count: n)
        for u in 0 ..< n { for v in 0 ..< n { total[u] += together[u * n + v] + apart[u * n + v] } }
        for _ in 0 ..< n {
            var pick = -1
            for u in 0 ..< n where !placed[u] {
                if pick < 0 || tie[u] > tie[pick] || (tie[u] == tie[pick] && total[u] > total[pick]) { pick = u }
            }
            placed[pick] = true
            order.append(pick)
            for v in 0 ..< n { tie[v] += together[pick * n + v] + apart[pick * n + v] }
        }
        self.order = order
        var t = [Double](repeating: 0, count: n * n)
        var a = [Double](repeating: 0, count: n * n)
        for i in 0 ..< n {
            for j in 0 ..< n {
                t[i * n + j] = together[order[i] * n + order[j]]
                a[i * n + j] = apart[order[i] * n + order[j]]
            }
        }
        self.together = t
        self.apart = a
        labels = [Int](repeating: -1, count: n)
        hostileTo = [Double](repeating: 0, count: n * n)
        friendlyTo = [Double](repeating: 0, count: n * n)
        friendlyPlaced = [Double](repeating: 0, count: n)
    }

    /// What actor `u` (not placed) pays against the placed actors if it joins bloc `b` (`blocCount` = a new bloc).
    private func joinCost(_ u: Int, _ b: Int) -> Double {
        b == blocCount ? friendlyPlaced[u] : hostileTo[u * n + b] + friendlyPlaced[u] - friendlyTo[u * n + b]
    }

    /// The least the actors after `depth` must still pay against the placed ones.
    private func remainingBound(from depth: Int) -> Double {
        var bound = 0.0
        for u in depth ..< n {
            var least = friendlyPlaced[u]
            for b in 0 ..< blocCount { least = min(least, joinCost(u, b)) }
            bound += least
        }
        return bound
    }

    private mutating func place(_ u: Int, in b: Int, sign: Double) {
        for v in (u + 1) ..< n {
            hostileTo[v * n + b] += sign * together[v * n + u]
            friendlyTo[v * n + b] += sign * apart[v * n + u]
            friendlyPlaced[v] += sign * apart[v * n + u]
        }
    }

    mutating func run(depth u: Int, cost: Double) {
        visited += 1
        if visited > budget {
            aborted = true
            return
        }
        if u == n {
            if cost < best {
                best = cost
                bestLabels = labels
            }
            return
        }
        var options = (0 ... blocCount).map { (bloc: $0, cost: joinCost(u, $0)) }
        options.sort { $0.cost < $1.cost || ($0.cost == $1.cost && $0.bloc < $1.bloc) }
        for option in options {
            let next = cost + option.cost
            guard next < best, !aborted else { continue }
            let opened = option.bloc == blocCount
            if opened { blocCount += 1 }
            labels[u] = option.bloc
            place(u, in: option.bloc, sign: 1)
            if next + remainingBound(from: u + 1) < best { run(depth: u + 1, cost: next) }
            place(u, in: option.bloc, sign: -1)
            labels[u] = -1
            if opened { blocCount -= 1 }
        }
    }
}
