/// Per-node scratch space for point queries on an index (`shortestPath`),
/// kept between queries so that a query costs what it visits, not O(n) to
/// allocate and clear arrays. An array has `count` labels, all zero when
/// idle, then `queues` × `count` entries of queue space with no such
/// promise: a query sets the labels of the nodes it visits and clears
/// exactly those before giving the array back. Concurrent queries each get
/// their own array.
final class NodeScratch: Sendable {
    /// Labels per array: the index's node count.
    let count: Int
    /// Node queues of `count` entries after the labels.
    static let queues = 4
    /// The queues lent to a query.
    typealias Queues = (
        UnsafeMutableBufferPointer<Int32>, UnsafeMutableBufferPointer<Int32>,
        UnsafeMutableBufferPointer<Int32>, UnsafeMutableBufferPointer<Int32>
    )
    /// The addresses of the idle arrays. A pthread mutex (`Locked`), not
    /// `Synchronization.Mutex`: ThreadSanitizer cannot see the latter on Linux
    /// and reported an array handed from one query's thread to the next as raced.
    private let idle = Locked<[UInt]>([])

    init(count: Int) {
        self.count = count
    }

    deinit {
        idle.withLock { addresses in
            for address in addresses { UnsafeMutablePointer<Int32>(bitPattern: address)?.deallocate() }
        }
    }

    /// Runs `body` with `count` all-zero labels, which `body` must leave all zero, and
    /// `queues` buffers of `count` entries each.
    func withArrays<Result>(
        _ body: (UnsafeMutableBufferPointer<Int32>, Queues) -> Result
    ) -> Result {
        let size = max(count, 1)
        let reused = idle.withLock { $0.popLast() }
        let start: UnsafeMutablePointer<Int32>
        if let reused, let pointer = UnsafeMutablePointer<Int32>(bitPattern: reused) {
            start = pointer
        } else {
            start = .allocate(capacity: size * (1 + Self.queues))
            start.initialize(repeating: 0, count: size * (1 + Self.queues))
        }
        let labels = UnsafeMutableBufferPointer(start: start, count: count)
        func queue(_ i: Int) -> UnsafeMutableBufferPointer<Int32> { .init(start: start + size * (1 + i), count: count) }
        let queues = (queue(0), queue(1), queue(2), queue(3))
        let result = body(labels, queues)
        let address = UInt(bitPattern: start)
        idle.withLock { $0.append(address) }
        return result
    }
}
