/// One direction of a graph's adjacency in compressed sparse row (CSR) form.
///
/// The neighbours of node `v` are `targets[offsets[v] ..< offsets[v + 1]]`,
/// sorted by id, each with the summed `weights` of the relations merged into
/// that arc and the `signs` of their summed signed weight. A self-loop
/// appears once in its node's row, as in NetworkX's adjacency.
struct Adjacency: Sendable {
    /// `offsets[v] ..< offsets[v + 1]` indexes the arcs leaving `v`; `nodeCount + 1` entries.
    var offsets: [Int]
    /// The arc heads, dense node ids.
    var targets: [Int32]
    /// The arc weights (strengths): the sum of the merged relations' weights.
    var weights: [Double]
    /// The sign (−1, 0, +1) of the sum of the merged relations' signed weights.
    var signs: [Int8]
    /// The nodes with a self-loop and its weight (rare, so kept apart for the degree counts).
    var loops: [(node: Int, weight: Double)] = []

    /// The number of nodes.
    var nodeCount: Int { offsets.count - 1 }
    /// The number of arcs.
    var arcCount: Int { targets.count }

    /// The arc range of node `v`.
    @inline(__always)
    func arcs(of v: Int) -> Range<Int> { offsets[v] ..< offsets[v + 1] }

    /// Builds the CSR form of a list of arcs, merging arcs with the same tail and
    /// head (weights and signed weights summed).
    ///
    /// - Complexity: O(n + m log d) for m arcs and maximum degree d: a counting
    ///   sort by tail, then a sort of each row by head.
    static func build(nodeCount n: Int, tails: [Int32], heads: [Int32], weights: [Double], signs: [Int8]) -> Adjacency {
        let m = tails.count
        var counts = [Int](repeating: 0, count: n + 1)
        for t in tails { counts[Int(t) + 1] += 1 }
        for v in 0 ..< n { counts[v + 1] += counts[v] }
        var cursor = counts
        var order = [Int32](repeating: 0, count: m)
        for e in 0 ..< m {
            let t = Int(tails[e])
            order[cursor[t]] = Int32(e)
            cursor[t] += 1
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var outTargets = [Int32]()
        var outWeights = [Double]()
        var outSigns = [Int8]()
        outTargets.reserveCapacity(m)
        outWeights.reserveCapacity(m)
        outSigns.reserveCapacity(m)
        var row: [(head: Int32, arc: Int32)] = []
        var loops: [(node: Int, weight: Double)] = []
        for v in 0 ..< n {
            row.removeAll(keepingCapacity: true)
            for i in counts[v] ..< counts[v + 1] {
                let e = order[i]
                row.append((heads[Int(e)], e))
            }
            row.sort { $0.head < $1.head || ($0.head == $1.head && $0.arc < $1.arc) }
            var i = 0
            while i < row.count {
                let head = row[i].head
                var weight = 0.0
                var signed = 0.0
                while i < row.count && row[i].head == head {
                    let e = Int(row[i].arc)
                    weight += weights[e]
                    signed += Double(signs[e]) * weights[e]
                    i += 1
                }
                outTargets.append(head)
                outWeights.append(weight)
                outSigns.append(signed > 0 ? 1 : signed < 0 ? -1 : 0)
                if Int(head) == v { loops.append((v, weight)) }
            }
            offsets[v + 1] = outTargets.count
        }
        return Adjacency(offsets: offsets, targets: outTargets, weights: outWeights, signs: outSigns, loops: loops)
    }
}
