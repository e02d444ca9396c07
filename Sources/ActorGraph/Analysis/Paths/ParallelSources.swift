import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one independent task per source node on all cores: the all-sources
/// loops of betweenness, closeness and harmonic centrality.
///
/// Each worker thread owns its state (a `Traversal` and its accumulators),
/// claims sources in small chunks from a shared counter so that the cores
/// stay busy, and hands its state back for the caller to reduce.
enum ParallelSources {
    /// The number of worker threads: the online processors.
    static var workerCount: Int {
        #if canImport(Glibc) || canImport(Darwin)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }

    /// Calls `body(&state, source)` for every source, in parallel, and returns
    /// the workers' final states.
    ///
    /// - Parameters:
    ///   - sources: the source nodes.
    ///   - makeState: creates one worker's state (called on that worker's thread).
    ///   - body: processes one source with the worker's state.
    static func run<State>(
        sources: [Int], makeState: @escaping @Sendable () -> State, body: @escaping @Sendable (inout State, Int) -> Void
    ) -> [State] {
        let workers = min(workerCount, max(1, sources.count))
        let chunk = max(1, min(64, sources.count / (workers * 16)))
        let next = Atomic<Int>(0)
        let states = Slots<State>(count: workers)
        defer { states.free() }
        let work: @Sendable (Int) -> Void = { worker in
            var state = makeState()
            while true {
                let start = next.wrappingAdd(chunk, ordering: .relaxed).oldValue
                if start >= sources.count { break }
                for i in start ..< min(start + chunk, sources.count) { body(&state, sources[i]) }
            }
            states.base[worker] = state
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        return states.base.compactMap { $0 }
    }
}

/// One result slot per worker. Unchecked: worker `i` writes only slot `i`, and
/// the slots are read after `concurrentPerform` has joined every worker.
private struct Slots<State>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<State?>

    init(count: Int) {
        base = .allocate(capacity: count)
        base.initialize(repeating: nil)
    }

    func free() {
        base.deinitialize().deallocate()
    }
}
