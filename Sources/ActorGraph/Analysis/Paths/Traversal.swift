/// The single-source shortest-path kernel shared by betweenness, closeness and
/// harmonic centrality (as NetworkX shares `_single_source_shortest_path_basic`):
/// breadth-first search on unweighted views, Dijkstra's algorithm on weighted
/// ones, where an arc of weight w has length 1/w (stronger ties are shorter;
/// arcs with a non-positive weight are not traversed).
///
/// One `Traversal` is scratch space for one worker thread: it is reused from
/// source to source and only the nodes a search reached are reset, so a search
/// costs O(reached arcs), not O(n).
///
/// After `run(from:)`, `order[0 ..< reachedCount]` lists the reached nodes by
/// non-decreasing distance (the source first), `sigma[v]` is the number of
/// shortest paths from the source to `v`, and `distance(to:)` the distance.
///
/// - Complexity: BFS O(n + m); Dijkstra O((n + m) log n) (binary heap).
final class Traversal {
    let nodeCount: Int
    private let offsets: [Int]
    private let targets: [Int32]
    /// Arc lengths `1 / weight`, or nil for breadth-first search.
    private let lengths: [Double]?
    /// BFS: the level of each node, −1 unreached. Dijkstra: −1 unreached, 0 queued, 1 settled.
    private let level: UnsafeMutableBufferPointer<Int32>
    private let dist: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Per node, `(1 + δ(v)) / σ(v)` during dependency accumulation (Brandes).
    private let coefficient: UnsafeMutableBufferPointer<Double>
    let order: UnsafeMutableBufferPointer<Int32>
    private(set) var reachedCount = 0
    private var heap = DistanceHeap()

    /// Scratch space for searches along the out-arcs of `adjacency`.
    init(_ adjacency: Adjacency, weighted: Bool) {
        nodeCount = adjacency.nodeCount
        offsets = adjacency.offsets
        targets = adjacency.targets
        lengths = weighted ? adjacency.weights.map { $0 > 0 ? 1 / $0 : .infinity } : nil
        level = .allocate(capacity: nodeCount)
        level.initialize(repeating: -1)
        dist = .allocate(capacity: nodeCount)
        dist.initialize(repeating: 0)
        sigma = .allocate(capacity: nodeCount)
        sigma.initialize(repeating: 0)
        coefficient = .allocate(capacity: nodeCount)
        coefficient.initialize(repeating: 0)
        order = .allocate(capacity: max(nodeCount, 1))
        order.initialize(repeating: 0)
    }

    deinit {
        level.deallocate()
        dist.deallocate()
        sigma.deallocate()
        coefficient.deallocate()
        order.deallocate()
    }

    /// Whether searches are weighted (Dijkstra).
    var isWeighted: Bool { lengths != nil }

    /// The distance from the last source to the `i`-th reached node.
    @inline(__always)
    func distance(ofReached i: Int) -> Double {
        let v = Int(order[i])
        return lengths == nil ? Double(level[v]) : dist[v]
    }

    /// Searches from `source`, forgetting the previous search.
    /// - Parameter countPaths: also count shortest paths into `sigma` (betweenness needs them).
    func run(from source: Int, countPaths: Bool = true) {
        for i in 0 ..< reachedCount { level[Int(order[i])] = -1 }
        if let lengths {
            dijkstra(source, lengths)
        } else {
            reachedCount = offsets.withUnsafeBufferPointer { off in
                targets.withUnsafeBufferPointer { adj in
                    Self.bfs(source, off.baseAddress!, adj.baseAddress!, level.baseAddress!,
                             countPaths ? sigma.baseAddress! : nil, order.baseAddress!)
                }
            }
        }
    }

    /// Breadth-first search on raw buffers (kept free of class and closure
    /// state so the compiler keeps everything in registers); returns the
    /// number of nodes reached.
    private static func bfs(
        _ source: Int, _ off: UnsafePointer<Int>, _ adj: UnsafePointer<Int32>, _ level: UnsafeMutablePointer<Int32>,
        _ sigma: UnsafeMutablePointer<Double>?, _ order: UnsafeMutablePointer<Int32>
    ) -> Int {
        order[0] = Int32(truncatingIfNeeded: source)
        level[source] = 0
        sigma?[source] = 1
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head &+= 1
            let next = level[v] &+ 1
            var e = off[v]
            let end = off[v &+ 1]
            if let sigma {
                let paths = sigma[v]
                while e < end {
                    let w = Int(adj[e])
                    let lw = level[w]
                    if lw < 0 {
                        level[w] = next
                        sigma[w] = paths
                        order[tail] = Int32(truncatingIfNeeded: w)
                        tail &+= 1
                    } else if lw == next {
                        sigma[w] += paths
                    }
                    e &+= 1
                }
            } else {
                while e < end {
                    let w = Int(adj[e])
                    if level[w] < 0 {
                        level[w] = next
                        order[tail] = Int32(truncatingIfNeeded: w)
                        tail &+= 1
                    }
                    e &+= 1
                }
            }
        }
        return tail
    }

    private func dijkstra(_ source: Int, _ lengths: [Double]) {
        let level = self.level, dist = self.dist, sigma = self.sigma, order = self.order
        var count = 0
        heap.removeAll()
        level[source] = 0
        dist[source] = 0
        sigma[source] = 1
        heap.push(0, Int32(source))
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { adj in
                lengths.withUnsafeBufferPointer { len in
                    while let (d, node) = heap.popMin() {
                        let v = Int(node)
                        if level[v] == 1 || d > dist[v] { continue }
                        level[v] = 1
                        order[count] = node
                        count += 1
                        let paths = sigma[v]
                        for e in off[v] ..< off[v + 1] {
                            let length = len[e]
                            guard length < .infinity else { continue }
                            let w = Int(adj[e])
                            let candidate = d + length
                            switch level[w] {
                            case -1:
                                level[w] = 0
                                dist[w] = candidate
                                sigma[w] = paths
                                heap.push(candidate, Int32(w))
                            case 0:
                                if candidate < dist[w] {
                                    dist[w] = candidate
                                    sigma[w] = paths
                                    heap.push(candidate, Int32(w))
                                } else if candidate == dist[w] {
                                    sigma[w] += paths
                                }
                            default:
                                break
                            }
                        }
                    }
                }
            }
        }
        reachedCount = count
    }

    /// Adds each reached node's dependency δ(v) on the last source (Brandes
    /// 2001, eq. 6) to `scores`, except the source's own.
    ///
    /// Runs over the reached nodes farthest first and pulls from each node's
    /// successors on shortest paths, so no predecessor lists are stored.
    func accumulateDependencies(into scores: UnsafeMutableBufferPointer<Double>) {
        let level = self.level, dist = self.dist, sigma = self.sigma, order = self.order
        let coefficient = self.coefficient
        let count = reachedCount
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { adj in
                if let lengths {
                    lengths.withUnsafeBufferPointer { len in
                        for i in stride(from: count - 1, through: 0, by: -1) {
                            let v = Int(order[i])
                            let dv = dist[v]
                            var sum = 0.0
                            for e in off[v] ..< off[v + 1] {
                                let w = Int(adj[e])
                                if level[w] == 1 && dist[w] == dv + len[e] { sum += coefficient[w] }
                            }
                            let delta = sigma[v] * sum
                            coefficient[v] = (1 + delta) / sigma[v]
                            if i > 0 { scores[v] += delta }
                        }
                    }
                } else {
                    for i in stride(from: count - 1, through: 0, by: -1) {
                        let v = Int(order[i])
                        let next = level[v] &+ 1
                        var sum = 0.0
                        for e in off[v] ..< off[v + 1] {
                            let w = Int(adj[e])
                            if level[w] == next { sum += coefficient[w] }
                        }
                        let delta = sigma[v] * sum
                        coefficient[v] = (1 + delta) / sigma[v]
                        if i > 0 { scores[v] += delta }
                    }
                }
            }
        }
    }
}
