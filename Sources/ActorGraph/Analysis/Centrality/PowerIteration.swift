import Dispatch

/// The product at the heart of eigenvector, PageRank and Katz centrality:
/// `result[v] = Σ_{u → v} x[u] · w(u, v)`, pulled along each node's in-arcs so
/// that every node is written by one thread only. Large graphs split the
/// nodes into ranges over all cores.
struct PullProduct: Sendable {
    let incoming: Adjacency
    let weighted: Bool
    private let workers: Int

    init(_ incoming: Adjacency, weighted: Bool) {
        self.incoming = incoming
        self.weighted = weighted
        // Below ~50,000 arcs a thread costs more than it saves.
        workers = incoming.arcCount >= 50_000 ? ParallelSources.workerCount : 1
    }

    /// Writes `A^T x` into `result` (both of length n).
    func apply(_ x: [Double], into result: inout [Double]) {
        x.withUnsafeBufferPointer { xs in
            result.withUnsafeMutableBufferPointer { apply(xs, into: $0) }
        }
    }

    /// Writes `A^T x` into `result` (both of length n).
    func apply(_ x: UnsafeBufferPointer<Double>, into result: UnsafeMutableBufferPointer<Double>) {
        let n = incoming.nodeCount
        let task = PullTask(x: x, result: result, product: self)
        if workers == 1 {
            task.run(0 ..< n)
            return
        }
        let chunks = workers * 8
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            task.run(n * chunk / chunks ..< n * (chunk + 1) / chunks)
        }
    }
}

/// One product over a range of nodes. Unchecked Sendable: ranges are disjoint,
/// `x` is only read, and `apply` returns after every range is done.
private struct PullTask: @unchecked Sendable {
    let x: UnsafeBufferPointer<Double>
    let result: UnsafeMutableBufferPointer<Double>
    let product: PullProduct

    func run(_ nodes: Range<Int>) {
        let adjacency = product.incoming
        adjacency.offsets.withUnsafeBufferPointer { off in
            adjacency.targets.withUnsafeBufferPointer { adj in
                if product.weighted {
                    adjacency.weights.withUnsafeBufferPointer { wt in
                        for v in nodes {
                            var sum = 0.0
                            for e in off[v] ..< off[v + 1] { sum += x[Int(adj[e])] * wt[e] }
                            result[v] = sum
                        }
                    }
                } else {
                    for v in nodes {
                        var sum = 0.0
                        for e in off[v] ..< off[v + 1] { sum += x[Int(adj[e])] }
                        result[v] = sum
                    }
                }
            }
        }
    }
}
