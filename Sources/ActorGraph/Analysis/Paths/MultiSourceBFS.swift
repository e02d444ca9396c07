/// Breadth-first search from 256 sources at once, for the distance-only
/// measures on unweighted views (closeness and harmonic centrality): each
/// node keeps one bit per source in a 256-bit word, and a level of all 256
/// searches is one pass of word-wide ORs over the arcs.
///
/// A node's new bits at level d are `(OR of its in-neighbours' frontier
/// bits) AND NOT (its seen bits)`; nodes every source has reached are skipped.
/// The number of nodes each source reaches at each level is summed with
/// bit-sliced counters, so distances are never stored per pair.
///
/// Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper, Neumann and Vo, "The
/// more the merrier: efficient multi-source graph traversal", PVLDB 8 (2014).
/// - Complexity: O(D · m) word operations per batch of 256 sources, D the
///   number of levels, i.e. O(n · D · m / 256) for all sources.
final class MultiSourceBFS {
    typealias Word = SIMD4<UInt64>
    /// Sources per batch.
    static let width = 256

    /// What a search from one source found.
    struct Reach {
        /// Nodes reached, the source included.
        var reached = 0
        /// Σ d(source, v) over the nodes reached.
        var distanceSum = 0.0
        /// Σ 1/d(source, v) over the other nodes reached.
        var inverseSum = 0.0
    }

    private let nodeCount: Int
    /// Pulls along in-arcs: `incoming` of the view being searched.
    private let offsets: [Int]
    private let targets: [Int32]
    private let seen: UnsafeMutableBufferPointer<Word>
    private var frontier: UnsafeMutableBufferPointer<Word>
    private var next: UnsafeMutableBufferPointer<Word>
    private var planes: [Word]

    /// Scratch space for batches of searches along the out-arcs of the view whose in-arcs are `incoming`.
    init(incoming: Adjacency) {
        nodeCount = incoming.nodeCount
        offsets = incoming.offsets
        targets = incoming.targets
        seen = .allocate(capacity: max(nodeCount, 1))
        frontier = .allocate(capacity: max(nodeCount, 1))
        next = .allocate(capacity: max(nodeCount, 1))
        var bits = 1
        while (1 << bits) <= nodeCount { bits += 1 }
        planes = [Word](repeating: .zero, count: bits)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
    }

    /// Searches from `sources` (at most 256) and reports each one's reach, in order.
    func run(_ sources: ArraySlice<Int>) -> [Reach] {
        let n = nodeCount
        let batch = sources.count
        seen.initialize(repeating: .zero)
        frontier.initialize(repeating: .zero)
        var all = Word.zero
        for (i, s) in sources.enumerated() {
            let bit = Self.bit(i)
            seen[s] |= bit
            frontier[s] |= bit
            all |= bit
        }
        var reach = [Reach](repeating: Reach(reached: 1), count: batch)
        var level = 0
        while true {
            level += 1
            for k in planes.indices { planes[k] = .zero }
            var anyNew = false
            offsets.withUnsafeBufferPointer { off in
                targets.withUnsafeBufferPointer { adj in
                    planes.withUnsafeMutableBufferPointer { planes in
                        let seen = self.seen, frontier = self.frontier, next = self.next
                        for v in 0 ..< n {
                            let known = seen[v]
                            if known == all {
                                next[v] = .zero
                                continue
                            }
                            var gathered = Word.zero
                            for e in off[v] ..< off[v + 1] { gathered |= frontier[Int(adj[e])] }
                            let fresh = gathered & ~known
                            next[v] = fresh
                            guard fresh != .zero else { continue }
                            anyNew = true
                            seen[v] = known | fresh
                            // Add `fresh` to the bit-sliced per-source counters.
                            var carry = fresh
                            var k = 0
                            while carry != .zero && k < planes.count {
                                let overflow = planes[k] & carry
                                planes[k] ^= carry
                                carry = overflow
                                k += 1
                            }
                        }
                    }
                }
            }
            guard anyNew else { break }
            let d = Double(level)
            for i in 0 ..< batch {
                let lane = i >> 6, shift = UInt64(i & 63)
                var count = 0
                for k in planes.indices { count |= Int((planes[k][lane] >> shift) & 1) << k }
                guard count > 0 else { continue }
                reach[i].reached += count
                reach[i].distanceSum += Double(count) * d
                reach[i].inverseSum += Double(count) / d
            }
            swap(&frontier, &next)
        }
        return reach
    }

    /// The word with only bit `i` set.
    private static func bit(_ i: Int) -> Word {
        var word = Word.zero
        word[i >> 6] = 1 << UInt64(i & 63)
        return word
    }
}

extension GraphIndex {
    /// Each node's reach (count, Σ distances, Σ inverse distances) from
    /// unweighted breadth-first searches along out-arcs, 256 sources per
    /// batch, batches in parallel on all cores.
    func multiSourceReach() -> [MultiSourceBFS.Reach] {
        let n = nodeCount
        let width = MultiSourceBFS.width
        let batches = (n + width - 1) / width
        let incoming = self.incoming
        let states = ParallelSources.run(
            sources: Array(0 ..< batches),
            makeState: { (search: MultiSourceBFS(incoming: incoming), found: [(Int, [MultiSourceBFS.Reach])]()) },
            body: { state, batch in
                let sources = Array(batch * width ..< min(n, (batch + 1) * width))
                state.found.append((batch, state.search.run(sources[...])))
            }
        )
        var result = [MultiSourceBFS.Reach](repeating: .init(), count: n)
        for state in states {
            for (batch, reaches) in state.found {
                for (i, reach) in reaches.enumerated() { result[batch * width + i] = reach }
            }
        }
        return result
    }
}
