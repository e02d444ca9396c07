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
    private let arcCount: Int
    /// Pulls read the in-arcs of the view being searched, pushes its out-arcs.
    private let incoming: Adjacency
    private let outgoing: Adjacency
    private let seen: UnsafeMutableBufferPointer<Word>
    /// Nonzero exactly at the nodes of `active`; `next` is all zero between levels.
    private var frontier: UnsafeMutableBufferPointer<Word>
    private var next: UnsafeMutableBufferPointer<Word>
    private var planes: [Word]

    /// Scratch space for batches of searches along the out-arcs of a view.
    init(incoming: Adjacency, outgoing: Adjacency) {
        nodeCount = incoming.nodeCount
        arcCount = incoming.arcCount
        self.incoming = incoming
        self.outgoing = outgoing
        seen = .allocate(capacity: max(nodeCount, 1))
        frontier = .allocate(capacity: max(nodeCount, 1))
        frontier.initialize(repeating: .zero)
        next = .allocate(capacity: max(nodeCount, 1))
        next.initialize(repeating: .zero)
        var bits = 1
        while (1 << bits) <= nodeCount { bits += 1 }
        planes = [Word](repeating: .zero, count: bits)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
    }

    /// Searches from `sources` (at most 256, distinct) and reports each one's reach, in order.
    ///
    /// A level is pushed along the out-arcs of the frontier while the frontier
    /// is small (its arcs under 1/8 of all), else pulled over every node's
    /// in-arcs: the direction-optimising idea of Beamer, Asanović and
    /// Patterson (SC 2012) applied to the batch.
    func run(_ sources: ArraySlice<Int>) -> [Reach] {
        let batch = sources.count
        seen.update(repeating: .zero)
        var all = Word.zero
        var active = [Int32]()
        for (i, s) in sources.enumerated() {
            let bit = Self.bit(i)
            seen[s] |= bit
            frontier[s] |= bit
            all |= bit
            active.append(Int32(s))
        }
        var reach = [Reach](repeating: Reach(reached: 1), count: batch)
        var fresh = [Int32]()
        var level = 0
        while !active.isEmpty {
            level += 1
            for k in planes.indices { planes[k] = .zero }
            fresh.removeAll(keepingCapacity: true)
            var frontierArcs = 0
            for u in active { frontierArcs += outgoing.offsets[Int(u) + 1] - outgoing.offsets[Int(u)] }
            if frontierArcs * 8 < arcCount {
                push(active, into: &fresh)
            } else {
                pull(all, into: &fresh)
            }
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
            for u in active { frontier[Int(u)] = .zero }
            swap(&frontier, &next)
            swap(&active, &fresh)
        }
        return reach
    }

    /// Records the newly reached bits of `v` in `seen`, `next`, the counters and `fresh`.
    @inline(__always)
    private func settle(_ v: Int, _ bits: Word, _ planes: UnsafeMutableBufferPointer<Word>, _ fresh: inout [Int32]) {
        seen[v] |= bits
        next[v] = bits
        fresh.append(Int32(v))
        // Add `bits` to the bit-sliced per-source counters.
        var carry = bits
        var k = 0
        while carry != .zero && k < planes.count {
            let overflow = planes[k] & carry
            planes[k] ^= carry
            carry = overflow
            k += 1
        }
    }

    /// Top-down level: each frontier node ORs its bits into its out-neighbours.
    private func push(_ active: [Int32], into fresh: inout [Int32]) {
        var candidates = [Int32]()
        let frontier = self.frontier, next = self.next, seen = self.seen
        outgoing.offsets.withUnsafeBufferPointer { off in
            outgoing.targets.withUnsafeBufferPointer { adj in
                for u32 in active {
                    let u = Int(u32)
                    let bits = frontier[u]
                    for e in off[u] ..< off[u + 1] {
                        let w = Int(adj[e])
                        if next[w] == .zero { candidates.append(Int32(w)) }
                        next[w] |= bits
                    }
                }
            }
        }
        planes.withUnsafeMutableBufferPointer { planes in
            for w32 in candidates {
                let w = Int(w32)
                let bits = next[w] & ~seen[w]
                next[w] = .zero
                if bits != .zero { settle(w, bits, planes, &fresh) }
            }
        }
    }

    /// Bottom-up level: every node not yet reached by all sources ORs in its in-neighbours' frontier bits.
    private func pull(_ all: Word, into fresh: inout [Int32]) {
        let frontier = self.frontier, seen = self.seen
        incoming.offsets.withUnsafeBufferPointer { off in
            incoming.targets.withUnsafeBufferPointer { adj in
                planes.withUnsafeMutableBufferPointer { planes in
                    for v in 0 ..< nodeCount {
                        let known = seen[v]
                        if known == all { continue }
                        var gathered = Word.zero
                        for e in off[v] ..< off[v + 1] { gathered |= frontier[Int(adj[e])] }
                        let bits = gathered & ~known
                        if bits != .zero { settle(v, bits, planes, &fresh) }
                    }
                }
            }
        }
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
        let incoming = self.incoming, outgoing = self.outgoing
        let states = ParallelSources.run(
            sources: Array(0 ..< batches),
            makeState: { (search: MultiSourceBFS(incoming: incoming, outgoing: outgoing), found: [(Int, [MultiSourceBFS.Reach])]()) },
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
