import Testing
@testable import ActorGraph

/// `GraphIndex.shortestPath`: the bidirectional search against one plain
/// breadth-first search from the source, on graphs chosen to reach every
/// way the search can end.
@Suite("Shortest paths on the index")
struct ShortestPathTests {
    /// The reference: the breadth-first search tree's path from `s` to `t`, neighbours in id order.
    static func treePath(_ sorted: [[Int]], from s: Int, to t: Int) -> [Int]? {
        var parent = [Int](repeating: -1, count: sorted.count)
        parent[s] = s
        var queue = [s]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in sorted[v] where parent[w] < 0 {
                parent[w] = v
                queue.append(w)
            }
        }
        guard parent[t] >= 0 else { return nil }
        var path = [t]
        while path[path.count - 1] != s { path.append(parent[path[path.count - 1]]) }
        return path.reversed()
    }

    /// The out-neighbours of each node, in id order.
    static func neighbours(_ n: Int, _ links: [GraphIndex.Link], directed: Bool) -> [[Int]] {
        var sets = [Set<Int>](repeating: [], count: n)
        for link in links {
            sets[link.source].insert(link.target)
            if !directed { sets[link.target].insert(link.source) }
        }
        return sets.map { $0.sorted() }
    }

    /// Whether the index's reusable labels are all back to zero.
    static func labelsCleared(_ index: GraphIndex) -> Bool {
        index.scratch.withArrays { labels, _ in labels.allSatisfy { $0 == 0 } }
    }

    /// A random graph with `hubs` nodes tied to many others, so that frontiers
    /// of few nodes can have more arcs than frontiers of many.
    static func randomLinks(nodes n: Int, links m: Int, hubs: Int, using generator: inout SeededGenerator) -> [GraphIndex.Link] {
        var links = (0 ..< m).map { _ in
            GraphIndex.Link(source: Int.random(in: 0 ..< n, using: &generator), target: Int.random(in: 0 ..< n, using: &generator))
        }
        for _ in 0 ..< hubs {
            let hub = Int.random(in: 0 ..< n, using: &generator)
            for _ in 0 ..< n / 4 { links.append(.init(source: hub, target: Int.random(in: 0 ..< n, using: &generator))) }
        }
        return links
    }

    @Test("one index answering many queries gives each the path a fresh index gives, and leaves its labels cleared")
    func reusedWorkspace() throws {
        var generator = SeededGenerator(seed: 11)
        for trial in 0 ..< 12 {
            let n = [50, 400, 3_000][trial % 3]
            let links = Self.randomLinks(nodes: n, links: Int.random(in: n / 2 ... 4 * n, using: &generator),
                                         hubs: trial % 4, using: &generator)
            for directed in [false, true] {
                let sorted = Self.neighbours(n, links, directed: directed)
                let reused = try GraphIndex(nodeCount: n, links: links, directed: directed)
                for _ in 0 ..< 60 {
                    let s = Int.random(in: 0 ..< n, using: &generator), t = Int.random(in: 0 ..< n, using: &generator)
                    let fresh = try GraphIndex(nodeCount: n, links: links, directed: directed)
                    let expected = Self.treePath(sorted, from: s, to: t)
                    let context = "trial \(trial), n \(n), directed \(directed), \(s) → \(t)"
                    #expect(reused.shortestPath(from: s, to: t) == expected, "reused index: \(context)")
                    #expect(fresh.shortestPath(from: s, to: t) == expected, "fresh index: \(context)")
                }
                #expect(Self.labelsCleared(reused), "trial \(trial), directed \(directed): labels left set")
            }
        }
    }

    @Test("unreachable pairs give nil, whichever side runs out first, and the next query is unaffected")
    func unreachable() throws {
        // A large component 0…99 (a cycle with chords), a small one 100…102, an isolated node 103,
        // and a one-way chain 104 → 105 → 106.
        var links = (0 ..< 100).map { GraphIndex.Link(source: $0, target: ($0 + 1) % 100) }
        links += (0 ..< 100).map { GraphIndex.Link(source: $0, target: ($0 * 7 + 3) % 100) }
        links += [.init(source: 100, target: 101), .init(source: 101, target: 102),
                  .init(source: 104, target: 105), .init(source: 105, target: 106)]
        for directed in [false, true] {
            let index = try GraphIndex(nodeCount: 107, links: links, directed: directed)
            let sorted = Self.neighbours(107, links, directed: directed)
            for (s, t) in [(0, 101), (101, 0), (5, 103), (103, 5), (103, 100), (100, 103), (0, 50), (50, 0)] {
                #expect(index.shortestPath(from: s, to: t) == Self.treePath(sorted, from: s, to: t),
                        "directed \(directed), \(s) → \(t)")
            }
            #expect(index.shortestPath(from: 0, to: 101) == nil)
            #expect(index.shortestPath(from: 103, to: 0) == nil)
            #expect(index.shortestPath(from: 104, to: 106) == [104, 105, 106])
            #expect(index.shortestPath(from: 106, to: 104) == (directed ? nil : [106, 105, 104]))
            #expect(Self.labelsCleared(index))
        }
    }

    @Test("a node to itself is the one-node path, isolated or on a self-loop")
    func sameNode() throws {
        let index = try GraphIndex(nodeCount: 4, links: [.init(source: 0, target: 1), .init(source: 2, target: 2)],
                                   directed: false)
        for v in 0 ..< 4 { #expect(index.shortestPath(from: v, to: v) == [v]) }
        let single = try GraphIndex(nodeCount: 1, links: [], directed: true)
        #expect(single.shortestPath(from: 0, to: 0) == [0])
        #expect(single.shortestPath(from: 0, to: 1) == nil)
        #expect(Self.labelsCleared(index) && Self.labelsCleared(single))
    }

    @Test("long paths: as many levels as nodes, on a chain and a ladder")
    func longPaths() throws {
        let n = 500
        let chain = (0 ..< n - 1).map { GraphIndex.Link(source: $0, target: $0 + 1) }
        // A ladder: two chains with rungs, so that many paths tie and the smallest ids must win.
        let ladder = chain + chain.map { .init(source: $0.source + n, target: $0.target + n) }
            + (0 ..< n).map { GraphIndex.Link(source: $0, target: $0 + n) }
        for (nodes, links) in [(n, chain), (2 * n, ladder)] {
            for directed in [false, true] {
                let index = try GraphIndex(nodeCount: nodes, links: links, directed: directed)
                let sorted = Self.neighbours(nodes, links, directed: directed)
                for (s, t) in [(0, n - 1), (n - 1, 0), (0, nodes - 1), (nodes - 1, 0), (n / 2, nodes - 2)] {
                    #expect(index.shortestPath(from: s, to: t) == Self.treePath(sorted, from: s, to: t),
                            "\(nodes) nodes, directed \(directed), \(s) → \(t)")
                }
            }
        }
    }

    @Test("concurrent queries on one index each get their own labels and the right path")
    func concurrentQueries() async throws {
        var generator = SeededGenerator(seed: 12)
        let n = 2_000
        let links = Self.randomLinks(nodes: n, links: 6_000, hubs: 2, using: &generator)
        let index = try GraphIndex(nodeCount: n, links: links, directed: false)
        let sorted = Self.neighbours(n, links, directed: false)
        let pairs = (0 ..< 400).map { _ in (Int.random(in: 0 ..< n, using: &generator), Int.random(in: 0 ..< n, using: &generator)) }
        let found = await withTaskGroup(of: (Int, [Int]?).self) { group in
            for (i, (s, t)) in pairs.enumerated() { group.addTask { (i, index.shortestPath(from: s, to: t)) } }
            var found = [[Int]?](repeating: nil, count: pairs.count)
            for await (i, path) in group { found[i] = path }
            return found
        }
        for (i, (s, t)) in pairs.enumerated() {
            #expect(found[i] == Self.treePath(sorted, from: s, to: t), "\(s) → \(t)")
        }
        #expect(Self.labelsCleared(index))
    }
}
