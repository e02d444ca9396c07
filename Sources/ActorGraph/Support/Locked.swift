#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value guarded by a `pthread_mutex_t`. (The Graphviz module has the same
/// type; it depends on nothing of ours, so the two cannot share one.)
///
/// Not `Synchronization.Mutex`: on Linux that lock is a futex driven from the
/// Synchronization library, which is not built with ThreadSanitizer, so TSan
/// sees no ordering between two holders and reports every access to the
/// guarded value as a data race (a `Mutex` and eight threads show it with no code
/// of ours involved; docs/reliability.md, "Sanitizers"). TSan intercepts
/// `pthread_mutex_lock`, so with this lock a race it reports here is real.
final class Locked<Value>: @unchecked Sendable {
    // Unchecked: `value` is only reached through `withLock`, under the mutex.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    init(_ value: Value) {
        // Allocated, not stored inline: a pthread mutex must not move.
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        self.value = value
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the value, holding the mutex.
    func withLock<T, E: Error>(_ body: (inout Value) throws(E) -> T) throws(E) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
