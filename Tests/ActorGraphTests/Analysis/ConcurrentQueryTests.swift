import Dispatch
import Synchronization
import Testing
@testable import ActorGraph

/// `GraphIndex` is `Sendable`: point queries on one index from many threads
/// share its `NodeScratch` arrays, which a query takes, dirties, cleans and
/// hands back, often to another thread. Run under ThreadSanitizer by
/// `make sanitize`.
@Suite("Concurrent queries on one index")
struct ConcurrentQueryTests {
    @Test("shortest paths from 8 threads at once equal the same queries run one by one")
    func shortestPathsFromManyThreads() throws {
        // A 30 × 30 grid: many equally short paths, long enough searches to overlap.
        let side = 30
        var links: [GraphIndex.Link] = []
        for row in 0 ..< side {
            for column in 0 ..< side {
                let node = row * side + column
                if column + 1 < side { links.append(.init(source: node, target: node + 1)) }
                if row + 1 < side { links.append(.init(source: node, target: node + side)) }
            }
        }
        let index = try GraphIndex(nodeCount: side * side, links: links, directed: false)
        let pairs = (0 ..< 40).map { i in ((i * 379) % (side * side), (i * 613 + 17) % (side * side)) }
        let expected = pairs.map { index.shortestPath(from: $0.0, to: $0.1) }
        let mismatches = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for step in 0 ..< pairs.count {
                let k = (step + thread * 5) % pairs.count
                if index.shortestPath(from: pairs[k].0, to: pairs[k].1) != expected[k] {
                    mismatches.add(1, ordering: .relaxed)
                }
            }
        }
        #expect(mismatches.load(ordering: .relaxed) == 0)
        #expect(expected.allSatisfy { $0 != nil })
    }
}
